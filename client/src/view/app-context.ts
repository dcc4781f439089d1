// What the panels share: the canvas (view model), the query that produced the
// view, and hooks to show details, results and panels. Built once in main.ts.
import type { Core, SingularElementArgument } from 'cytoscape';
import type { QueryResult } from '../../../server/api/contract.ts';
import type { Canvas } from '../graph/canvas.ts';
import type { FrameHistory } from '../graph/frame-history.ts';
import type { QueryState } from '../graph/url-state.ts';

export interface AppContext {
  readonly canvas: Canvas;
  readonly cy: Core;
  /** The query behind the current view, or null for the browsing view. */
  query: QueryState | null;
  /** The last query result (for the table and "export the query result"). */
  lastResult: QueryResult | null;
  /** Article titles by id, for the details panel. */
  readonly articleTitles: Map<string, string>;
  /** The Query history: a frame per query run. */
  readonly frames: FrameHistory;
  showDetails(ele: SingularElementArgument | null): void;
  /** Shows an article's corrections in the details panel. */
  showArticle(articleId: string): void;
  /** Opens the article reader; with `claimId` (a claim's `id` property), at that claim's sentence. */
  readArticle(articleId: string, claimId?: string): void;
  /** Refreshes every list of articles (the Articles and Filters panels) after a load, a delete or a correction. */
  articlesChanged(): Promise<void>;
  showResults(result: QueryResult | null, title: string): void;
  selectTab(name: PanelName): void;
  /** Writes the view into the URL (call after a change). */
  syncUrl(): void;
}

export const PANELS = ['details', 'filters', 'queries', 'cypher', 'articles', 'export', 'settings'] as const;
export type PanelName = (typeof PANELS)[number];
