import type { OtpRepository } from '../repositories/otp.repository.ts';
import type { PredictionRepository } from '../repositories/prediction.repository.ts';
import type { UserRepository } from '../repositories/user.repository.ts';
import type { PredictionService } from './prediction.service.ts';

/**
 * Erases an account marked for erasure (`UserRepository.markErasing`: its tokens are already void and its
 * number free): every record with its photos, the record index with its tombstones, the number's pending
 * codes, and last the user document, whose mark is what makes a crashed erasure resume at the next start.
 * Every step is a delete, so running it twice, or on two API processes at once, is harmless.
 */
export class AccountErasureService {
  constructor(
    private readonly users: UserRepository,
    private readonly predictions: PredictionRepository,
    private readonly records: PredictionService,
    private readonly otps: OtpRepository,
    private readonly log: (message: string, err: unknown) => void,
  ) {}

  async erase(userId: string): Promise<void> {
    const user = await this.users.findById(userId);
    if (user?.erasing === undefined) return;
    for await (const doc of this.predictions.ofUser(userId)) await this.records.removeStored(doc);
    await this.predictions.dropIndex(userId);
    await this.otps.remove(user.erasing.phone);
    await this.users.remove(userId);
  }

  /** Runs in the background of the request that asked for it; a failure is finished at the next start. */
  eraseLater(userId: string): void {
    this.erase(userId).catch((err: unknown) => this.log(`[erasure] account ${userId} failed`, err));
  }

  /** At start-up: erasures that a crash or a failure left unfinished. */
  async resumePending(): Promise<void> {
    for (const userId of await this.users.erasingIds()) await this.erase(userId);
  }
}
