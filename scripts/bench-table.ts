/**
 * What every part of `npm run bench` prints with: a plain table whose columns line up, seconds
 * from milliseconds, and the median of several runs (the machine's speed varies with load, so
 * the bench quotes medians, never one run).
 */

export const seconds = (ms: number, digits = 2): string => `${(ms / 1000).toFixed(digits)} s`;

export const median = (values: ReadonlyArray<number>): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export function printTable(rows: ReadonlyArray<ReadonlyArray<string>>): void {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const row of rows) process.stdout.write(row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ') + '\n');
}
