// What an undo step puts back besides the drawing: the query the view came
// from and the result the table shows. The canvas takes it from, and gives it
// back to, a keeper the view layer hands it (it owns the table and the URL).
import type { QueryResult } from '../../../server/api/contract.ts';
import type { QueryState } from './url-state.ts';

/** A result in the table with the title it is shown under. */
export interface ShownResult {
  readonly result: QueryResult;
  readonly title: string;
}

export interface ViewContext {
  /** The query behind the drawing, or null for the browsing view. */
  readonly query: QueryState | null;
  /** What the results table shows, or null when it is hidden. */
  readonly shown: ShownResult | null;
}

export interface ContextKeeper {
  take(): ViewContext;
  put(c: ViewContext): void;
}

export const NO_CONTEXT: ViewContext = { query: null, shown: null };

/** The same query (by value) and the same result in the table (by identity: each run is a new result). */
export function sameContext(a: ViewContext, b: ViewContext): boolean {
  return JSON.stringify(a.query) === JSON.stringify(b.query) && a.shown?.result === b.shown?.result && a.shown?.title === b.shown?.title;
}
