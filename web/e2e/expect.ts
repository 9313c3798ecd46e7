/** Assertions that say what was expected and what came, without a test framework. */
export function expectEqual<T>(actual: T, expected: T, what: string): void {
  if (!Object.is(actual, expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

export function expectTrue(condition: boolean, what: string): void {
  if (!condition) throw new Error(what);
}

/** Polls `probe` until it returns true (for state that settles in the background, like a sync). */
export async function eventually(
  probe: () => Promise<boolean>,
  what: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`);
}
