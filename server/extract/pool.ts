// Extracts many articles across CPU cores: `extractArticle` runs in
// node:worker_threads workers and results stream back in input order, with a
// bounded number of articles in flight so thousands never sit in memory.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractArticle } from './extract.ts';
import type { ArticleInput, Extraction } from './types.ts';

/** One article's outcome: a throw inside the extractor is an `ok: false` result, not a dead pool. */
export type ExtractResult =
  | { readonly ok: true; readonly extraction: Extraction }
  | { readonly ok: false; readonly error: string };

/** Main thread → worker: one article to extract. */
export interface JobMessage {
  readonly id: number;
  readonly input: ArticleInput;
}

/** Worker → main thread: the outcome of job `id`. */
export interface ResultMessage {
  readonly id: number;
  readonly result: ExtractResult;
}

export interface PoolOptions {
  readonly workers?: number;
  readonly perWorker?: number;
}

export const POOL_DEFAULTS = {
  /** Worker threads; 0 extracts inline on the calling thread (the reference the pool must match). */
  workers: availableParallelism(),
  /** Articles queued per worker: enough to keep each busy, few enough to bound memory. */
  perWorker: 4,
} as const;

/** `extractArticle` with its throw caught: what the pool yields for one article. */
export function extractResult(input: ArticleInput): ExtractResult {
  try {
    return { ok: true, extraction: extractArticle(input) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

// NOTE: workers are started from a few lines of JavaScript that load the `.ts`
// worker through tsx's `tsImport`, not from the `.ts` file itself. Passing
// `--import tsx` in execArgv is not enough: on Node 20, tsx registers its hooks
// only in the main thread, so the worker fails with "Unknown file extension
// .ts" whether the parent ran under `tsx`, `node --import tsx` or vitest (which
// has no tsx at all). `tsImport` works in all three. Both URLs are resolved
// here so nothing depends on the worker's current directory.
const BOOT = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => tsx.tsImport(${JSON.stringify(new URL('./extract-worker.ts', import.meta.url).href)}, ${JSON.stringify(import.meta.url)}));`;

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, { resolve: (r: ExtractResult) => void; reject: (e: Error) => void }>;
}

async function* each<T>(items: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T, void, undefined> {
  yield* items;
}

/**
 * Extracts every input, yielding one result per input in input order. Workers
 * start on the first `next()` and are terminated when the iteration ends, is
 * left early (`break`) or fails. A worker that dies (not a throwing article:
 * a crash) fails the whole iteration.
 */
export async function* extractMany(
  inputs: Iterable<ArticleInput> | AsyncIterable<ArticleInput>,
  options: PoolOptions = {},
): AsyncGenerator<ExtractResult, void, undefined> {
  const count = options.workers ?? POOL_DEFAULTS.workers;
  if (count < 1) {
    for await (const input of inputs) yield extractResult(input);
    return;
  }
  let failure: Error | undefined;
  const slots: Slot[] = Array.from({ length: count }, () => {
    const slot: Slot = {
      worker: new Worker(BOOT, { eval: true }),
      pending: new Map(),
    };
    slot.worker.on('message', ({ id, result }: ResultMessage) => {
      slot.pending.get(id)?.resolve(result);
      slot.pending.delete(id);
    });
    slot.worker.on('error', (e) => { failure ??= e; });
    // An exit before `terminate()` (in `finally`) is a crash: fail the pool,
    // so no later job is sent to a dead worker and waited on forever.
    slot.worker.on('exit', (code) => {
      const err = (failure ??= new Error(`extract worker exited with code ${code}`));
      for (const job of slot.pending.values()) job.reject(err);
      slot.pending.clear();
    });
    return slot;
  });

  let nextId = 0;
  const dispatch = (input: ArticleInput): Promise<ExtractResult> => {
    if (failure) throw failure;
    const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = nextId++;
    const result = new Promise<ExtractResult>((resolve, reject) => slot.pending.set(id, { resolve, reject }));
    // NOTE: when a worker dies, its queued jobs reject before they reach the
    // head of the queue; mark them handled here, the head's `await` rethrows.
    result.catch(() => undefined);
    slot.worker.postMessage({ id, input } satisfies JobMessage);
    return result;
  };

  const source = each(inputs);
  const queue: Promise<ExtractResult>[] = [];
  const window = count * (options.perWorker ?? POOL_DEFAULTS.perWorker);
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && queue.length < window) {
        const next = await source.next();
        if (next.done) exhausted = true;
        else queue.push(dispatch(next.value));
      }
      const head = queue.shift();
      if (!head) return;
      yield await head;
    }
  } finally {
    await source.return();
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
