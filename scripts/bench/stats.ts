// Small statistics helpers for benchmarks: percentiles and a timed loop
// that keeps N requests in flight.

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

export interface LatencyStats {
  readonly n: number;
  readonly p50: number;
  readonly p99: number;
  readonly mean: number;
  readonly perSecond: number;
}

export function summarise(latencies: number[], seconds: number): LatencyStats {
  const s = [...latencies].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  return { n: s.length, p50: percentile(s, 50), p99: percentile(s, 99), mean, perSecond: s.length / seconds };
}

/** Runs `op` with `concurrency` calls in flight for `seconds`; returns per-call latencies in ms. */
export async function closedLoop(op: () => Promise<unknown>, concurrency: number, seconds: number): Promise<LatencyStats> {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  const worker = async (): Promise<void> => {
    while (performance.now() < end) {
      const t = performance.now();
      await op();
      latencies.push(performance.now() - t);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return summarise(latencies, (performance.now() - started) / 1000);
}
