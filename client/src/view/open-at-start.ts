// At the page's start: a scene named in the address (?scene=name) or a link
// that holds positions is put back as it was, with no layout and no undo step.
// Returns false when neither applies (or the scene cannot be fetched): the
// page then starts as before (the link's query or the browsing view, laid out).
import { getScene } from '../api/scenes.ts';
import type { UrlState } from '../graph/url-state.ts';
import type { AppContext } from './app-context.ts';
import { sceneView } from './scene-state.ts';
import { apiError } from './toast.ts';
import { writeUrl } from './url-sync.ts';
import { openPlaced, type QueryForms } from './view-restore.ts';

export async function openAtStart(app: AppContext, url: UrlState, forms: QueryForms): Promise<boolean> {
  const name = new URLSearchParams(location.search).get('scene');
  let opened = false;
  if (name !== null) {
    // NOTE: the scene's name leaves the address: from here on the hash describes the view.
    history.replaceState(null, '', `${location.pathname}${location.hash}`);
    const res = await getScene(name);
    if (res.ok) {
      const v = sceneView(res.data.state);
      await openPlaced(app, v.url, v.placed, forms, null);
      opened = true;
    } else apiError(`Could not open the scene ${name}`, res.error);
  }
  if (!opened && url.placed) {
    await openPlaced(app, url, url.placed, forms, null);
    opened = true;
  }
  if (!opened) return false;
  app.canvas.history.clear();
  writeUrl(app);
  document.body.dataset['ready'] = 'true';
  return true;
}
