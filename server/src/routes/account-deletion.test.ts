import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HistoryPageSchema } from '@phyto/shared/history';
import { OtpRequestReplySchema } from '@phyto/shared/otp';
import type { AuthReply } from '@phyto/shared/user';
import { prediction, randomPhone, startTestServer, type TestServer } from '../testing/test-server.ts';
import { documentsMentioning } from '../testing/documents-mentioning.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t?.close();
});

/** An account with `n` records, each with a photo, and a note on the first. */
async function accountWithRecords(n: number, phone = randomPhone()): Promise<AuthReply> {
  const account = await t.signUp(phone);
  const records = Array.from({ length: n }, () => prediction());
  await t.call('POST', '/api/predictions/sync', { token: account.token, json: { records } });
  for (const r of records) {
    expect((await t.uploadPhoto(account.token, r.id)).status).toBe(201);
  }
  await t.call('PUT', `/api/predictions/${records[0]?.id}/note`, {
    token: account.token,
    json: { note: 'north field', baseRevision: 0 },
  });
  return account;
}

async function deletionCode(token: string) {
  t.clock.advance(61); // past the resend cool-down of the sign-up's code
  const res = await t.call('POST', '/api/auth/delete-account/request-otp', { token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return OtpRequestReplySchema.parse(res.body);
}

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('timed out waiting');
}

describe('POST /api/auth/delete-account', () => {
  it('needs a fresh code sent to the account’s number; a wrong code deletes nothing', async () => {
    const account = await accountWithRecords(1);
    expect((await t.call('POST', '/api/auth/delete-account/request-otp')).status).toBe(401);
    const otp = await deletionCode(account.token);
    const wrong = String((Number(otp.devCode) + 1) % 1_000_000).padStart(6, '0');
    const res = await t.call('POST', '/api/auth/delete-account', {
      token: account.token,
      json: { challengeId: otp.challengeId, code: wrong },
    });
    expect(res.status).toBe(400);
    expect((await t.call('GET', '/api/auth/me', { token: account.token })).status).toBe(200);
    // A sign-in code is not a deletion code.
    t.clock.advance(61);
    const signin = OtpRequestReplySchema.parse(
      (await t.call('POST', '/api/auth/signin/request-otp', { json: { phone: account.user.phone } })).body,
    );
    const crossed = await t.call('POST', '/api/auth/delete-account', {
      token: account.token,
      json: { challengeId: signin.challengeId, code: signin.devCode },
    });
    expect(crossed.status).toBe(400);
    expect(await documentsMentioning(t.db, [account.user.id])).not.toEqual([]);
  });

  it('erases every document of the account, voids its tokens, and the number can sign up afresh', async () => {
    const other = await accountWithRecords(2);
    const filesOfOther = await t.db.collection('photo_files').countDocuments();
    const account = await accountWithRecords(3);
    expect(await t.db.collection('photo_files').countDocuments()).toBe(filesOfOther + 3);

    const otp = await deletionCode(account.token);
    const res = await t.call('POST', '/api/auth/delete-account', {
      token: account.token,
      json: { challengeId: otp.challengeId, code: otp.devCode },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ deleted: true });
    expect((await t.call('GET', '/api/auth/me', { token: account.token })).status).toBe(401);
    expect((await t.call('GET', '/api/predictions/history', { token: account.token })).status).toBe(401);

    await until(
      async () => (await documentsMentioning(t.db, [account.user.id, account.user.phone])).length === 0,
    );
    expect(await t.db.collection('photo_files').countDocuments()).toBe(filesOfOther);
    // The other account is untouched.
    const history = await t.call('GET', '/api/predictions/history', { token: other.token });
    expect(HistoryPageSchema.parse(history.body).total).toBe(2);

    const again = await t.signUp(account.user.phone);
    expect(again.user.id).not.toBe(account.user.id);
    const fresh = await t.call('GET', '/api/predictions/history', { token: again.token });
    expect(HistoryPageSchema.parse(fresh.body).total).toBe(0);
  });
});
