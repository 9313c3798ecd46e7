/**
 * A test whose prerequisite is missing (a dataset, the Python env, a system program) is skipped with the
 * reason printed on a developer's machine, and fails under CI=true, where everything must run.
 * Returns the reason (skip) or null (run).
 */
export function skipOrFail(missing: string | null): string | null {
  if (missing === null) return null;
  if (process.env.CI === 'true') throw new Error(`CI=true and ${missing}`);
  console.warn(`SKIPPED — ${missing}`);
  return missing;
}
