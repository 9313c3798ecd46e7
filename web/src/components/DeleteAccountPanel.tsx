import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OTP_LENGTH, type OtpRequestReply } from '@phyto/shared';
import { sessionStore } from '../auth/session.ts';
import { forgetAccount } from '../db/ownership.ts';
import { NO_FILTER } from '../history/history-filter.ts';
import { useServices } from '../services/context.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { HistoryExport } from './HistoryExport.tsx';
import { OtpInput } from './OtpInput.tsx';
import { useBusyAction } from './useBusyAction.ts';

/**
 * Deleting the account: what goes, the CSV export offered first, then a fresh code to the account's number
 * (proof it is still the farmer's), then the server erases everything and this phone forgets the account.
 */
export function DeleteAccountPanel({ userId, onDeleted }: { userId: string; onDeleted: () => void }) {
  const { db, api } = useServices();
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState<OtpRequestReply | null>(null);
  const [code, setCode] = useState('');
  const { busy, error, run } = useBusyAction();

  const requestCode = () =>
    void run(async () => {
      setSent(await api.requestDeletionCode());
      setCode('');
    });

  const deleteAccount = (e: FormEvent) => {
    e.preventDefault();
    if (sent === null) return;
    void run(async () => {
      await api.deleteAccount({ challengeId: sent.challengeId, code });
      await forgetAccount(db, userId);
      sessionStore.signOut();
      onDeleted();
    });
  };

  if (!open)
    return (
      <button type="button" className="button" data-testid="delete-account" onClick={() => setOpen(true)}>
        {t('accountDeletion.title')}
      </button>
    );
  return (
    <div className="delete-account-panel" data-testid="delete-account-panel">
      <h2>{t('accountDeletion.title')}</h2>
      <p>{t('accountDeletion.intro')}</p>
      <p className="muted small">{t('accountDeletion.exportFirst')}</p>
      <HistoryExport owner={userId} filter={NO_FILTER} />
      {sent === null ? (
        <div className="row">
          <button
            type="button"
            className="button"
            data-testid="delete-account-request-code"
            disabled={busy}
            onClick={requestCode}
          >
            {t('accountDeletion.sendCode')}
          </button>
          <button type="button" className="button link" onClick={() => setOpen(false)}>
            {t('account.cancel')}
          </button>
        </div>
      ) : (
        <form onSubmit={deleteAccount} noValidate>
          <p>{t('accountDeletion.codeSent', { minutes: Math.round(sent.expiresInSeconds / 60) })}</p>
          {sent.devCode !== undefined && (
            <p className="dev-hint" data-testid="dev-code">
              {t('auth.devCode', { code: sent.devCode })}
            </p>
          )}
          <OtpInput value={code} onChange={setCode} disabled={busy} />
          <button
            type="submit"
            className="button danger"
            data-testid="delete-account-confirm"
            disabled={busy || code.replace(/\D/g, '').length !== OTP_LENGTH}
          >
            {t('accountDeletion.confirm')}
          </button>
          <div className="row">
            <button type="button" className="button link" disabled={busy} onClick={requestCode}>
              {t('auth.resend')}
            </button>
            <button type="button" className="button link" onClick={() => setOpen(false)}>
              {t('account.cancel')}
            </button>
          </div>
        </form>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
