import type { ProfileUpdateBody, User } from '@phyto/shared/user';
import { HttpError } from '../lib/http-error.ts';
import type { UserRepository } from '../repositories/user.repository.ts';
import { toUser } from './user-record.ts';

export class UserService {
  constructor(private readonly users: UserRepository) {}

  async updateProfile(userId: string, patch: ProfileUpdateBody): Promise<User> {
    // Build the update from known keys only: nothing else from the body can reach the database.
    const fields = {
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.language !== undefined && { language: patch.language }),
      ...(patch.crops !== undefined && { crops: [...new Set(patch.crops)] }),
    };
    const updated =
      Object.keys(fields).length > 0
        ? await this.users.update(userId, fields)
        : await this.users.findById(userId);
    if (!updated) throw new HttpError(404, 'not_found', 'User not found');
    return toUser(updated);
  }
}
