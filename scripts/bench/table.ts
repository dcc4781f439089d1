// One row of the benchmark table: a figure beside the reference measured in
// the same run, and whether the target is met.
import { readFileSync } from 'node:fs';

export interface Row {
  readonly section: string;
  readonly figure: string;
  readonly value: string;
  readonly reference: string;
  readonly ratio: string;
  readonly target: string;
  readonly met: string;
}

export const fmt = (n: number, d = 1): string => (Number.isFinite(n) ? n.toFixed(d) : 'n/a');

export const row = (r: Partial<Row> & Pick<Row, 'section' | 'figure' | 'value'>): Row => ({ reference: '', ratio: '', target: '', met: '', ...r });

export const yesNo = (ok: boolean): string => (ok ? 'yes' : 'no');

/** Peak resident set size of a process so far (VmHWM), in MiB; NaN where /proc is missing. */
export function peakRssMiB(pid: number): number {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+)/.exec(text)?.[1];
    return kb ? Number(kb) / 1024 : NaN;
  } catch {
    return NaN;
  }
}
