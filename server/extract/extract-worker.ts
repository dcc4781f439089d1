// Worker-thread side of the extraction pool (pool.ts): extracts each article
// it is sent and answers with the result under the same job id. pool.ts
// loads it through tsx's `tsImport`, which is why it can be `.ts`.
import { parentPort } from 'node:worker_threads';
import { extractResult } from './pool.ts';
import type { JobMessage, ResultMessage } from './pool.ts';

if (!parentPort) throw new Error('extract-worker.ts runs only as a worker thread of pool.ts');
const port = parentPort;

// NOTE: messages come only from pool.ts, which types them as JobMessage.
port.on('message', ({ id, input }: JobMessage) => {
  port.postMessage({ id, result: extractResult(input) } satisfies ResultMessage);
});
