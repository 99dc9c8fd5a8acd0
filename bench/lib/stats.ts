/** Summary statistics for timing samples (milliseconds). */
export interface Summary {
  n: number;
  median: number;
  p95: number;
  mean: number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const mean = sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length);
  return { n: sorted.length, median: round(at(0.5)), p95: round(at(0.95)), mean: round(mean) };
}

export function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Prints a table of rows (objects with the same keys): to stdout, or stderr when stdout carries --json output. */
export function printTable(title: string, rows: Record<string, unknown>[]): void {
  const print = process.argv.includes('--json') ? console.error : console.log;
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const cells = rows.map((row) => columns.map((column) => String(row[column] ?? '')));
  const widths = columns.map((column, i) => Math.max(column.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: string[]): string => values.map((value, i) => value.padEnd(widths[i]!)).join('  ');
  print(`\n${title}`);
  print(line(columns));
  print(line(widths.map((w) => '-'.repeat(w))));
  for (const row of cells) print(line(row));
}

/** Progress goes to stderr so that `--json` output on stdout stays clean. */
export function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}
