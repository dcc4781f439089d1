// Resident memory of a process from /proc/PID/status: VmRSS (now) and VmHWM
// (the peak so far), in MiB; null where /proc or the process is missing.
import { readFileSync } from 'node:fs';

export interface ProcMemory {
  readonly rssMiB: number | null;
  readonly peakRssMiB: number | null;
}

export function procStatusMiB(pid: number): ProcMemory {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return { rssMiB: null, peakRssMiB: null };
  }
  const mib = (field: string): number | null => {
    const kb = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(text)?.[1];
    return kb === undefined ? null : Math.round(Number(kb) / 1024);
  };
  return { rssMiB: mib('VmRSS'), peakRssMiB: mib('VmHWM') };
}
