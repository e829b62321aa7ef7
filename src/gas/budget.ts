/**
 * The time budget of one execution. Apps Script stops every execution at 6 minutes ("Script
 * runtime: 6 min / execution", https://developers.google.com/apps-script/guides/services/quotas),
 * so every loop over tabs, protections or mails asks the budget before each step and stops
 * cleanly, leaving time to record how far it got, instead of dying with work half done.
 */

export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
/** Work stops here: 90 s before the wall, for the writes that close the work and the message. */
export const WORK_BUDGET_MS = 4.5 * 60 * 1000;

export class Budget {
  private readonly started: number;

  constructor(
    private readonly clock: () => Date,
    readonly limitMs: number = WORK_BUDGET_MS,
  ) {
    this.started = clock().getTime();
  }

  elapsedMs(): number {
    return this.clock().getTime() - this.started;
  }

  /** True once the work part of the execution is used up: stop and record progress. */
  exhausted(): boolean {
    return this.elapsedMs() >= this.limitMs;
  }
}
