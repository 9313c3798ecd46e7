import { expect } from '@playwright/test';

/** Assertions that say in words what was expected (Playwright's expect, with a message). */
export function expectEqual<T>(actual: T, expected: T, what: string): void {
  expect(actual as unknown, what).toEqual(expected);
}

export function expectTrue(condition: boolean, what: string): void {
  expect(condition, what).toBe(true);
}

/** Polls `probe` until it returns true (for state that settles in the background, like a sync). */
export async function eventually(
  probe: () => Promise<boolean>,
  what: string,
  timeout = 30_000,
): Promise<void> {
  await expect.poll(probe, { message: what, timeout }).toBe(true);
}
