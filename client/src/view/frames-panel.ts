// The Query history in the Queries panel: one entry per run, newest first,
// with its query and parameters, time, row count and what it drew; Reopen
// shows the kept result again without rerunning it (a graph one as an
// undoable step, a values-only one in the table alone).
import { FrameHistory, hasGraph, rowsLeftOut, type Frame, type FrameStorage } from '../graph/frame-history.ts';
import type { AppContext } from './app-context.ts';
import { byId, clear, h } from './dom.ts';
import { showResult } from './query-runner.ts';
import { status } from './toast.ts';

/** The tab's sessionStorage, or null where storage is disabled (the history then lasts as long as the page). */
export function frameStorage(): FrameStorage | null {
  try {
    return sessionStorage;
  } catch {
    return null;
  }
}

export const newFrameHistory = (): FrameHistory => new FrameHistory(frameStorage());

const clock = (iso: string): string => new Date(iso).toLocaleTimeString('en-GB', { hour12: false });
const plural = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

export async function reopenFrame(app: AppContext, f: Frame): Promise<void> {
  const drawn = await showResult(app, f.query, f.title, f.result, f.positions, `Reopen ${f.title}`);
  status(`Reopened ${f.title} of ${clock(f.at)}: ${plural(f.rowCount, 'row')}${drawn ? `, ${plural(f.actors, 'actor')}` : '; the canvas is unchanged'} (as it was then, not rerun)`);
}

function entry(app: AppContext, f: Frame): HTMLLIElement {
  const time = clock(f.at);
  const params = Object.keys(f.query.params).length > 0 ? JSON.stringify(f.query.params) : null;
  const left = rowsLeftOut(f);
  const what = hasGraph(f) ? `${plural(f.actors, 'actor')}, ${plural(f.claims, 'claim')}` : 'values only';
  const reopen = h('button', { type: 'button', text: 'Reopen', 'aria-label': `Reopen ${f.title} of ${time}` });
  reopen.addEventListener('click', () => void reopenFrame(app, f));
  return h(
    'li',
    { class: 'frame', 'data-frame': f.id },
    h('div', {}, h('strong', { text: f.title }), ' · ', h('time', { datetime: f.at, text: time })),
    h('code', { class: 'frame-query', text: f.query.kind === 'saved' ? f.query.name : f.query.text }),
    params ? h('div', { class: 'muted', text: `Parameters: ${params}` }) : null,
    h('div', { class: 'muted', text: `${plural(f.rowCount, 'row')} · ${what}${left > 0 ? ` · first ${f.result.table.rows.length} rows kept` : ''}` }),
    h('div', { class: 'button-row' }, reopen),
  );
}

export function mountFramesPanel(app: AppContext): void {
  const list = h('ol', { id: 'frames-list', class: 'plain frames', 'aria-labelledby': 'frames-title' });
  byId('panel-queries').append(
    h('h3', { id: 'frames-title', text: 'Query history' }),
    h('p', { class: 'muted', text: 'Every run in this tab, newest first. Reopen shows its result as it was then, without running it again.' }),
    list,
  );
  const render = () => {
    clear(list);
    for (const f of app.frames.frames()) list.appendChild(entry(app, f));
  };
  app.frames.onChange(render);
  render();
}
