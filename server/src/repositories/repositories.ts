import type { Db } from 'mongodb';
import { OtpRepository } from './otp.repository.ts';
import { PredictionRepository } from './prediction.repository.ts';
import { RateLimitRepository } from './rate-limit.repository.ts';
import { RecordIndexRepository } from './record-index.repository.ts';
import { UserRepository } from './user.repository.ts';

/** Every repository of one database, built once: the API, start-up (migration, purge) and tests share them. */
export interface Repositories {
  users: UserRepository;
  predictions: PredictionRepository;
  otps: OtpRepository;
  rateLimits: RateLimitRepository;
}

export function createRepositories(db: Db): Repositories {
  return {
    users: new UserRepository(db),
    predictions: new PredictionRepository(db, new RecordIndexRepository(db)),
    otps: new OtpRepository(db),
    rateLimits: new RateLimitRepository(db),
  };
}
