import type { Db } from 'mongodb';

/**
 * Every document of every collection whose JSON holds one of `needles` (a user id, a phone number), as
 * `collection/_id`: what an account's erasure must leave none of.
 */
export async function documentsMentioning(db: Db, needles: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
    for await (const doc of db.collection(name).find({})) {
      const text = JSON.stringify(doc);
      if (needles.some((n) => text.includes(n))) found.push(`${name}/${String(doc._id)}`);
    }
  }
  return found;
}
