// Hands the canvas the keeper of what a query run changes besides the
// drawing — the query behind the view (and so the URL) and the results
// table — so that undo and redo of a run put those back too.
import type { AppContext } from './app-context.ts';
import { showResults, shownResults } from './results-table.ts';

export function keepQueryContext(app: AppContext): void {
  app.canvas.keepContext({
    take: () => ({ query: app.query, shown: shownResults() }),
    put: (c) => {
      app.query = c.query;
      app.lastResult = c.shown?.result ?? null;
      // NOTE: no fit: the canvas puts the step's own viewport back after this.
      showResults(app, c.shown?.result ?? null, c.shown?.title ?? '', false);
    },
  });
}
