import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** The last line CI reads: "N passed, N failed" (tests not run after a failure count as failed). */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === 'passed') this.passed += 1;
    else if (result.status === 'skipped' && test.annotations.some((a) => a.type === 'skip'))
      this.skipped += 1;
    else this.failed += 1;
  }

  onEnd(result: FullResult): void {
    if (this.skipped > 0) console.log(`${this.skipped} skipped`);
    // A failure outside any test (set-up, a crash) still shows as one.
    const failed = this.failed === 0 && result.status !== 'passed' ? 1 : this.failed;
    console.log(`${this.passed} passed, ${failed} failed`);
  }
}
