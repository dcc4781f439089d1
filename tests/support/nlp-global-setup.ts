// Vitest global setup of the tests that parse text: starts ONE real attached
// NLP sidecar (Stanford CoreNLP) per test run, and hands its port and token to
// the tests through `inject('nlpPort')` / `inject('nlpToken')` (see
// nlp-client.ts). It is also recorded, as a server records its own, in the
// nlp.runtime.json of a temporary DATA_DIR (`inject('nlpDataDir')`), so that
// the server and CLIs run as child processes reuse it, token-checked, instead
// of loading CoreNLP again. Its log goes to that directory, removed at the end.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { clearNlpRuntime, nlpLogFile, recordNlpSidecar } from '../../server/nlp/nlp-runtime-file.ts';
import { stopSharedSidecar } from '../../server/nlp/shared-sidecar-control.ts';
import { startNlpSidecar } from '../../server/nlp/sidecar-process.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    nlpPort: number;
    nlpToken: string;
    /** The sidecar's pipeline fingerprint, a key for caches of parses. */
    nlpPipeline: string;
    /** A DATA_DIR whose nlp.runtime.json records the run's sidecar (for child processes). */
    nlpDataDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-nlp-test-'));
  const sidecar = await startNlpSidecar({ logFile: nlpLogFile(dir), threads: 2 });
  recordNlpSidecar(dir, sidecar, false);
  project.provide('nlpPort', sidecar.port);
  project.provide('nlpToken', sidecar.token);
  project.provide('nlpPipeline', sidecar.pipeline);
  project.provide('nlpDataDir', dir);
  return async () => {
    // NOTE: should the run's sidecar have died, a child may have started a
    // detached one in its place; that one is stopped (the run's own is refused
    // while this process lives, and stopped below).
    await stopSharedSidecar(dir).catch(() => undefined);
    clearNlpRuntime(dir, sidecar.pid);
    await sidecar.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
