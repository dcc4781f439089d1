// The client's configuration, read once: where the API lives and the caps
// and thresholds the explorer works with. Frozen; nothing else hard-codes them.
export const config = Object.freeze({
  /** Base path of the API; same origin as the page. */
  apiBase: '/api',
  /** Most edges asked of GET /api/graph for the first view. */
  graphLimit: 1_000,
  /** Neighbours fetched per expansion (the rest behind "show more"). */
  neighbourPage: 25,
  /** Suggestions shown under the search box. */
  searchLimit: 8,
  /** Claims (found by their sentence) shown under the search box, after the actors. */
  claimSearchLimit: 6,
  /** Milliseconds of typing pause before the search box asks the server. */
  searchDebounceMs: 180,
  /** Rows drawn in the results table (the rest are counted, not drawn). */
  tableRows: 500,
  /** Above this many elements the canvas switches to its big-graph settings. */
  bigGraph: 2_000,
  /** Above this many nodes fCoSE runs in draft quality. */
  draftLayoutNodes: 400,
  /** Longest time between two taps on one actor that make a double tap (expand); Cytoscape's own multi-click time. */
  doubleTapMs: 250,
  /** Undo steps kept. */
  undoDepth: 100,
  /** sessionStorage key of the API token typed in Settings. */
  tokenKey: 'actorgraph.token',
});
