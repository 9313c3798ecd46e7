import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type * as z from 'zod/mini';
import { HttpError } from './http-error.ts';
import './zod-english.ts';

/**
 * `zValidator` whose failures become `validation_failed` errors naming the first bad field. Wrong
 * types fail here, before any value can reach a database query (no operator injection).
 */
export function validate<Target extends keyof ValidationTargets, Schema extends z.ZodMiniType>(
  target: Target,
  schema: Schema,
) {
  return zValidator(target, schema, (result) => {
    if (result.success) return;
    const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const first = issues[0];
    const message = first
      ? first.path
        ? `${first.path}: ${first.message}`
        : first.message
      : 'Invalid input';
    throw new HttpError(400, 'validation_failed', message, { details: issues });
  });
}
