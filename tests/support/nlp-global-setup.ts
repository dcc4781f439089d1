// Vitest global setup of the tests that parse text: starts ONE real attached
// NLP sidecar (Stanford CoreNLP) per test run, and hands its port and token to
// the tests through `inject('nlpPort')` / `inject('nlpToken')` (see
// nlp-client.ts). Its log goes to a temporary directory, removed at the end.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startNlpSidecar } from '../../server/nlp/sidecar-process.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    nlpPort: number;
    nlpToken: string;
    /** The sidecar's pipeline fingerprint, a key for caches of parses. */
    nlpPipeline: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-nlp-test-'));
  const sidecar = await startNlpSidecar({ logFile: path.join(dir, 'nlp.log'), threads: 2 });
  project.provide('nlpPort', sidecar.port);
  project.provide('nlpToken', sidecar.token);
  project.provide('nlpPipeline', sidecar.pipeline);
  return async () => {
    await sidecar.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
