// A benchmark section: a name and a run that prints its figures. run.ts lists the sections.
export interface BenchSection {
  name: string;
  /** What the section measures, one line (printed before it runs). */
  about: string;
  run(): Promise<void>;
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** "p50 1.23 ms, p95 4.56 ms, max 7.89 ms (n = 100)" */
export function describeTimes(times: readonly number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const f = (ms: number) => `${ms.toFixed(2)} ms`;
  return `p50 ${f(percentile(sorted, 50))}, p95 ${f(percentile(sorted, 95))}, max ${f(sorted.at(-1) ?? 0)} (n = ${sorted.length})`;
}
