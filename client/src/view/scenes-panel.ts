// The Scenes section (in the Queries panel): save the current view by name,
// list the saved scenes, open one (every actor where it was; one undo step),
// copy a link to it (?scene=name) and delete it (after a confirm).
import type { SceneSummary } from '../../../server/api/contract-scenes.ts';
import { deleteScene, getScene, listScenes, saveScene } from '../api/scenes.ts';
import type { AppContext } from './app-context.ts';
import { byId, clear, h } from './dom.ts';
import { sceneStateOf, sceneView } from './scene-state.ts';
import { apiError, busy, status, toast } from './toast.ts';
import { openPlaced, type QueryForms } from './view-restore.ts';

const NAME = /^[a-z0-9][a-z0-9-]{0,79}$/;
/** The server's cap on actors in a scene (SCENE_LIMITS.nodes). */
const MAX_NODES = 5_000;

export interface ScenesPanel {
  refresh(): Promise<void>;
  /** Opens a saved scene by name; false when it could not be fetched. */
  open(name: string): Promise<boolean>;
}

/** The link that opens a scene by name. */
export const sceneLink = (name: string): string => `${location.origin}${location.pathname}?scene=${encodeURIComponent(name)}`;

export function mountScenesPanel(app: AppContext, forms: QueryForms): ScenesPanel {
  const body = byId('scenes-body');
  const nameInput = h('input', { id: 'scene-name', name: 'name', required: true, placeholder: 'e.g. iran-and-albania', autocomplete: 'off' });
  const titleInput = h('input', { id: 'scene-title', name: 'title', placeholder: 'e.g. Iran and Albania, July 2022', autocomplete: 'off' });
  const error = h('p', { class: 'error', role: 'alert', id: 'scene-error' });
  const form = h(
    'form',
    { id: 'scene-save', 'aria-label': 'Save this view as a scene' },
    h('label', { for: 'scene-name', text: 'Name (kebab-case)' }),
    nameInput,
    h('label', { for: 'scene-title', text: 'Title' }),
    titleInput,
    h('div', { class: 'button-row' }, h('button', { type: 'submit', class: 'primary', text: 'Save view as scene' })),
    error,
  );
  const list = h('ul', { id: 'scenes-list', class: 'scenes', 'aria-label': 'Saved scenes' });
  body.append(form, list);

  const save = async (): Promise<void> => {
    error.textContent = '';
    const name = nameInput.value.trim();
    if (!NAME.test(name)) return void (error.textContent = 'The name must be kebab-case (a-z, 0-9 and -), at most 80 characters.');
    if (app.cy.nodes().empty()) return void (error.textContent = 'There is nothing drawn to save.');
    if (app.cy.nodes().length > MAX_NODES) return void (error.textContent = `A scene holds at most ${MAX_NODES} actors; this view has ${app.cy.nodes().length}. Hide or collapse some first.`);
    const title = titleInput.value.trim();
    const state = sceneStateOf(app);
    const send = (overwrite: boolean) => busy(`Saving scene ${name}`, () => saveScene({ name, ...(title ? { title } : {}), overwrite, state }));
    let res = await send(false);
    if (!res.ok && res.error.code === 'CONFLICT') {
      if (!confirm(`A scene named "${name}" exists. Replace it with this view?`)) return;
      res = await send(true);
    }
    if (!res.ok) return void (error.textContent = `${res.error.message} (${res.error.code})`);
    toast(`Saved the scene "${res.data.title}" (${res.data.nodes} actors)`, 'success');
    status(`Saved the scene "${res.data.title}": ${res.data.nodes} actors, ${res.data.edges} edges.`);
    await panel.refresh();
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void save();
  });

  const item = (s: SceneSummary): HTMLElement => {
    const open = h('button', { type: 'button', class: 'primary', text: 'Open', 'aria-label': `Open the scene ${s.title}` });
    const copy = h('button', { type: 'button', text: 'Copy link', 'aria-label': `Copy a link to the scene ${s.title}` });
    const del = h('button', { type: 'button', class: 'danger', text: 'Delete', 'aria-label': `Delete the scene ${s.title}` });
    open.addEventListener('click', () => void panel.open(s.name));
    copy.addEventListener('click', () => {
      const link = sceneLink(s.name);
      void navigator.clipboard?.writeText(link).then(() => status(`Link to the scene "${s.title}" copied: ${link}`), () => status(`Link to the scene "${s.title}": ${link}`));
    });
    del.addEventListener('click', () => {
      if (!confirm(`Delete the scene "${s.title}"?`)) return;
      void deleteScene(s.name).then((r) => {
        if (!r.ok) return apiError('Could not delete the scene', r.error);
        toast(`Deleted the scene "${s.title}"`, 'success');
        void panel.refresh();
      });
    });
    const counts = `${s.nodes} actors · ${s.edges} edges${s.hidden > 0 ? ` · ${s.hidden} hidden` : ''}${s.pinned > 0 ? ` · ${s.pinned} pinned` : ''}`;
    const when = s.updatedAt ? new Date(s.updatedAt).toLocaleString() : '';
    return h('li', { class: 'scene', id: `scene-${s.name}`, 'data-scene': s.name }, h('strong', { text: s.title }), h('span', { class: 'muted', text: ` ${s.name}` }), h('p', { class: 'muted', text: `${counts}${when ? ` · saved ${when}` : ''}` }), h('div', { class: 'button-row' }, open, copy, del));
  };

  const panel: ScenesPanel = {
    async refresh() {
      const res = await listScenes();
      if (!res.ok) return apiError('Could not list the scenes', res.error);
      clear(list);
      if (res.data.scenes.length === 0) list.appendChild(h('li', { class: 'muted', text: 'No scenes yet: save the current view above.' }));
      for (const s of res.data.scenes) list.appendChild(item(s));
    },
    async open(name) {
      const res = await busy(`Opening scene ${name}`, () => getScene(name));
      if (!res.ok) {
        apiError(`Could not open the scene ${name}`, res.error);
        return false;
      }
      const { url, placed } = sceneView(res.data.state);
      const missing = await openPlaced(app, url, placed, forms, `Open scene ${res.data.title}`);
      status(`Opened the scene "${res.data.title}": ${app.cy.nodes().length} actors${missing.length > 0 ? `, ${missing.length} no longer in the graph` : ''}.`);
      return true;
    },
  };
  return panel;
}
