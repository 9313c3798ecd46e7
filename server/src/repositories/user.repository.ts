import type { Collection, Db } from 'mongodb';
import type { CropId } from '@phyto/shared/crops';
import type { Language } from '@phyto/shared/languages';

export interface UserDoc {
  _id: string;
  phone: string;
  name: string;
  language: Language;
  crops: CropId[];
  createdAt: Date;
  /** Bumped by "sign out of all phones": tokens carry the version they were signed at (absent: 0). */
  tokenVersion?: number;
  /** The account is being erased (AccountErasureService): `phone` no longer holds the number, this does. */
  erasing?: { phone: string; since: Date };
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

  /**
   * Starts an account's erasure: every token is void at once, and the number is free to sign up again while
   * the records are erased (`phone` takes a placeholder no number can equal; the unique index stays happy).
   */
  markErasing(user: UserDoc, since: Date): Promise<UserDoc | null> {
    return this.users.findOneAndUpdate(
      { _id: user._id },
      {
        $set: { phone: `erasing:${user._id}`, erasing: { phone: user.phone, since } },
        $inc: { tokenVersion: 1 },
      },
      { returnDocument: 'after' },
    );
  }

  /** Accounts whose erasure has not finished (a full scan: rare, and only at start-up). */
  async erasingIds(): Promise<string[]> {
    const docs = await this.users.find({ erasing: { $exists: true } }, { projection: { _id: 1 } }).toArray();
    return docs.map((d) => d._id);
  }

  async remove(id: string): Promise<void> {
    await this.users.deleteOne({ _id: id });
  }

  update(id: string, patch: ProfilePatch): Promise<UserDoc | null> {
    return this.users.findOneAndUpdate({ _id: id }, { $set: patch }, { returnDocument: 'after' });
  }
}
