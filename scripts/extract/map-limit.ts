// Runs an async function over items with at most `limit` calls in flight,
// results in input order; `onResult` sees each result as soon as every
// earlier one has been seen (so output streams in order). `fn` should return
// its failures as values: a throw rejects the whole map.
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>, onResult?: (result: R, index: number) => void): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  const done: boolean[] = new Array<boolean>(items.length).fill(false);
  let next = 0;
  let emitted = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T, i);
      done[i] = true;
      while (emitted < items.length && done[emitted]) {
        onResult?.(results[emitted] as R, emitted);
        emitted++;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
