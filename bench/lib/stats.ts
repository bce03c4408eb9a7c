/** Small statistics and table helpers for the benchmarks. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** "1234 ms", "12.3 ms", "0.42 ms": enough digits to read, no more. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value >= 100) return `${Math.round(value)} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function ratio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)} ×` : '—';
}

/** A Markdown table; it reads as plain text in a terminal too. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** How many times each measurement is repeated (BENCH_RUNS overrides; the median is reported). */
export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));

/** Runs `measure` RUNS times, one after another, and returns every sample. */
export async function repeat<T>(measure: (run: number) => Promise<T>, runs = RUNS): Promise<T[]> {
  const samples: T[] = [];
  for (let run = 0; run < runs; run++) samples.push(await measure(run));
  return samples;
}

export const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Polls `check` every `everyMs` until it returns a value other than undefined (or throws after `timeoutMs`). */
export async function until<T>(check: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 60_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}
