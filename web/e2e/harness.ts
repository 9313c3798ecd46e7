/**
 * A tiny serial test runner: the end-to-end steps build on each other (install → sign up → offline →
 * diagnose → sync), so after a failure the later steps are reported as failed without running.
 */
export interface Step {
  name: string;
  /** A reason to skip (e.g. the dataset is absent), or null to run. */
  skip?: string | null;
  run(): Promise<void>;
}

export interface Outcome {
  passed: number;
  failed: number;
  skipped: number;
}

export async function runSteps(
  steps: readonly Step[],
  log: (line: string) => void = console.log,
): Promise<Outcome> {
  const outcome: Outcome = { passed: 0, failed: 0, skipped: 0 };
  let broken: string | null = null;
  for (const step of steps) {
    if (broken) {
      outcome.failed++;
      log(`✗ ${step.name} — not run: "${broken}" failed`);
      continue;
    }
    if (step.skip) {
      outcome.skipped++;
      log(`- ${step.name} — skipped: ${step.skip}`);
      continue;
    }
    const started = performance.now();
    try {
      await step.run();
      outcome.passed++;
      log(`✓ ${step.name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      outcome.failed++;
      broken = step.name;
      log(`✗ ${step.name}\n    ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  return outcome;
}
