import type { User } from '@phyto/shared/user';
import type { UserDoc } from '../repositories/user.repository.ts';

/** An account as the API returns it: no token version, no erasure mark. */
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
