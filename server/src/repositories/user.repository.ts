import type { Collection, Db } from 'mongodb';
import type { CropId } from '@phyto/shared/crops';
import type { Language } from '@phyto/shared/languages';
import type { User } from '@phyto/shared/user';

export interface UserDoc {
  _id: string;
  phone: string;
  name: string;
  language: Language;
  crops: CropId[];
  createdAt: Date;
  /** Bumped by "sign out of all phones": tokens carry the version they were signed at (absent: 0). */
  tokenVersion?: number;
}

export type ProfilePatch = Partial<Pick<UserDoc, 'name' | 'language' | 'crops'>>;

export class UserRepository {
  private readonly users: Collection<UserDoc>;

  constructor(db: Db) {
    this.users = db.collection<UserDoc>('users');
  }

  findById(id: string): Promise<UserDoc | null> {
    return this.users.findOne({ _id: id });
  }

  findByPhone(phone: string): Promise<UserDoc | null> {
    return this.users.findOne({ phone });
  }

  /** Throws a duplicate-key error (11000) when the phone number is taken. */
  async insert(user: UserDoc): Promise<void> {
    await this.users.insertOne(user);
  }

  /** Voids every token of the account at once (their version no longer matches). */
  bumpTokenVersion(id: string): Promise<UserDoc | null> {
    return this.users.findOneAndUpdate(
      { _id: id },
      { $inc: { tokenVersion: 1 } },
      { returnDocument: 'after' },
    );
  }

  update(id: string, patch: ProfilePatch): Promise<UserDoc | null> {
    return this.users.findOneAndUpdate({ _id: id }, { $set: patch }, { returnDocument: 'after' });
  }
}

export function toUser(doc: UserDoc): User {
  return {
    id: doc._id,
    phone: doc.phone,
    name: doc.name,
    language: doc.language,
    crops: doc.crops,
    createdAt: doc.createdAt.toISOString(),
  };
}
