// Links to the current view: the address bar follows drags, zoom and pan (so
// a copied or bookmarked link puts every actor back where it was), "Copy link"
// writes the URL at once, and says so when the view is too big for a link to
// keep its positions (save it as a scene instead).
import { placedParams } from '../graph/url-state.ts';
import type { AppContext } from './app-context.ts';
import { status, toast } from './toast.ts';
import { currentState, writeUrl } from './url-sync.ts';

/** Wait after the last zoom or pan before the URL follows (they fire on every frame). */
const VIEWPORT_SYNC_MS = 400;

export function mountViewLink(app: AppContext): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  app.cy.on('dragfree', () => app.syncUrl());
  app.cy.on('viewport', () => {
    clearTimeout(timer);
    timer = setTimeout(() => app.syncUrl(), VIEWPORT_SYNC_MS);
  });
}

export function copyViewLink(app: AppContext): void {
  const state = currentState(app);
  writeUrl(app, state);
  const tooBig = state.placed !== null && state.placed !== undefined && placedParams(state) === null;
  if (tooBig) toast(`This view (${app.cy.nodes().length} actors) is too big for a link to keep its positions: the link reopens it with a layout. Save it as a scene (Queries panel) to keep every position.`);
  const what = tooBig ? 'Link to this view (without positions)' : 'Link to this view';
  void navigator.clipboard?.writeText(location.href).then(() => status(`${what} copied.`), () => status(`${what}: ${location.href}`));
}
