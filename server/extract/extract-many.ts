// Extracts many articles through one Annotator: results stream back in input
// order, with a bounded number of parses in flight (the NLP sidecar runs a
// fixed number at a time and queues the rest) and a bounded number of inputs
// read ahead, so thousands never sit in memory. An article that fails (a
// refused or timed-out parse, a bad input) is an `ok: false` result; the
// others go on.
import type { Annotator } from '../nlp/annotation.ts';
import { extractArticle, type ExtractOptions } from './extract.ts';
import type { ArticleInput, Extraction } from './types.ts';

/** One article's outcome. */
export type ExtractResult =
  | { readonly ok: true; readonly extraction: Extraction }
  | { readonly ok: false; readonly error: Error };

export interface ExtractManyOptions {
  /** Articles being extracted at once. */
  readonly concurrency?: number;
  /** Inputs read ahead of the consumer (at least `concurrency`). */
  readonly readAhead?: number;
  /** Passed to extractArticle for every article. */
  readonly extract?: ExtractOptions;
}

export const EXTRACT_MANY_DEFAULTS = Object.freeze({
  /** The sidecar's threads (NLP_DEFAULTS.threads on 2+ cores): more would only queue in the sidecar. */
  concurrency: 2,
  /** Enough that a long article at the head does not leave the sidecar's other thread idle. */
  readAhead: 8,
});

// A `readonly` tuple is no Iterable for `yield*`; this accepts both kinds of source.
async function* each<T>(items: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T, void, undefined> {
  yield* items;
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

/**
 * Extracts every input, yielding one result per input in input order. Leaving
 * the iteration early (`break`, a throw in the consumer) starts no further
 * article and waits for those in flight, so nothing runs on after it.
 */
export async function* extractMany(
  inputs: Iterable<ArticleInput> | AsyncIterable<ArticleInput>,
  annotator: Annotator,
  options: ExtractManyOptions = {},
): AsyncGenerator<ExtractResult, void, undefined> {
  const concurrency = options.concurrency ?? EXTRACT_MANY_DEFAULTS.concurrency;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`extractMany: concurrency must be a positive integer, not ${concurrency}`);
  const window = Math.max(concurrency, options.readAhead ?? EXTRACT_MANY_DEFAULTS.readAhead);

  const running = new Set<Promise<void>>();
  const waiting: (() => void)[] = [];
  let stopped = false;

  /** Starts the article when a slot is free, else queues it; never rejects. */
  const schedule = (input: ArticleInput): Promise<ExtractResult> =>
    new Promise((resolve) => {
      const start = (): void => {
        const job = extractArticle(input, annotator, options.extract).then(
          (extraction) => resolve({ ok: true, extraction }),
          (e: unknown) => resolve({ ok: false, error: asError(e) }),
        );
        const tracked: Promise<void> = job.finally(() => {
          running.delete(tracked);
          if (!stopped) waiting.shift()?.();
        });
        running.add(tracked);
      };
      if (running.size < concurrency) start();
      else waiting.push(start);
    });

  const source = each(inputs);
  const queue: Promise<ExtractResult>[] = [];
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && queue.length < window) {
        const next = await source.next();
        if (next.done) exhausted = true;
        else queue.push(schedule(next.value));
      }
      const head = queue.shift();
      if (!head) return;
      yield await head;
    }
  } finally {
    stopped = true;
    waiting.length = 0;
    await source.return();
    await Promise.all(running);
  }
}
