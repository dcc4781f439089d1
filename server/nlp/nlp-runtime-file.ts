// DATA_DIR/nlp.runtime.json: which NLP sidecar is running for this data
// directory (port, token, pid, pipeline), so that CLIs run once per article
// reuse a warm one — the server's own while `npm start` runs, else a shared
// detached one — instead of loading CoreNLP each time. It holds the token, so
// it is written with mode 0600, atomically (a temporary file renamed).
import { chmodSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const NlpRuntimeSchema = z.object({
  port: z.number().int().min(1).max(65535),
  token: z.string().min(32),
  pid: z.number().int().positive(),
  /** ISO time the sidecar was ready. */
  startedAt: z.string(),
  version: z.string(),
  /** Fingerprint of the annotators and their options. */
  pipeline: z.string(),
  /** Detached (shared by CLIs, exits when idle), or attached to the process ownerPid (the server). */
  detached: z.boolean(),
  /** The process that started it. */
  ownerPid: z.number().int().positive(),
});
export type NlpRuntime = z.infer<typeof NlpRuntimeSchema>;

export const nlpRuntimeFile = (dataDir: string): string => path.join(dataDir, 'nlp.runtime.json');

/** The log of the sidecar started for DATA_DIR (the server's, or a shared detached one). */
export const nlpLogFile = (dataDir: string): string => path.join(dataDir, 'nlp.log');

/** The record in a runtime file's text, or undefined when it is not one (then the file is stale). */
export function parseNlpRuntime(text: string): NlpRuntime | undefined {
  try {
    const parsed = NlpRuntimeSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** What DATA_DIR/nlp.runtime.json says, without checking that it is still true. */
export function readNlpRuntime(dataDir: string): NlpRuntime | undefined {
  let text: string;
  try {
    text = readFileSync(nlpRuntimeFile(dataDir), 'utf8');
  } catch {
    return undefined;
  }
  return parseNlpRuntime(text);
}

export function writeNlpRuntime(dataDir: string, info: NlpRuntime): void {
  const file = nlpRuntimeFile(dataDir);
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, JSON.stringify(info), { mode: 0o600 });
  // NOTE: the umask can only take bits away from 0600; chmod makes it exactly 0600 (readable by the owner).
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

/** Removes the file if it still names this pid (another sidecar may have been recorded since). */
export function clearNlpRuntime(dataDir: string, pid: number): void {
  if (readNlpRuntime(dataDir)?.pid === pid) rmSync(nlpRuntimeFile(dataDir), { force: true });
}

/** What a running sidecar records about itself (the fields of NlpSidecar that a later client needs). */
interface RecordableSidecar {
  readonly port: number;
  readonly token: string;
  readonly pid: number;
  readonly version: string;
  readonly pipeline: string;
}

/** The runtime record of a sidecar this process started, attached to it or detached. */
function runtimeRecord(sidecar: RecordableSidecar, detached: boolean): NlpRuntime {
  return {
    port: sidecar.port, token: sidecar.token, pid: sidecar.pid, startedAt: new Date().toISOString(),
    version: sidecar.version, pipeline: sidecar.pipeline, detached, ownerPid: process.pid,
  };
}

/** Records a sidecar this process started in DATA_DIR/nlp.runtime.json; returns the record. */
export function recordNlpSidecar(dataDir: string, sidecar: RecordableSidecar, detached: boolean): NlpRuntime {
  const runtime = runtimeRecord(sidecar, detached);
  writeNlpRuntime(dataDir, runtime);
  return runtime;
}
