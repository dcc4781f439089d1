// "Expand…": a small dialog over the canvas that lists an actor's relation
// types in each direction with how many neighbours (and claims) each brings,
// fetched before anything is drawn; choosing one expands the actor along it
// only, as one undoable step. Keyboard: arrows move, Enter picks, Escape closes.
import type { NodeSingular } from 'cytoscape';
import type { NeighbourCount } from '../../../server/api/contract.ts';
import { fetchNeighbourCounts } from '../api/graph.ts';
import { typeStyle } from '../graph/style.ts';
import type { AppContext } from './app-context.ts';
import { byId, h, swatch } from './dom.ts';
import { expandAlong } from './explorer-actions.ts';
import { apiError, toast } from './toast.ts';

const DIALOG_ID = 'expand-choices';
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** A row's text: "ATTACKED → out · 12 actors · 14 claims". */
export const choiceText = (c: NeighbourCount): string =>
  `${c.type} ${c.direction === 'out' ? '→ out' : '← in'} · ${plural(c.neighbours, 'actor', 'actors')} · ${plural(c.claims, 'claim', 'claims')}`;

function close(app: AppContext): void {
  const open = document.getElementById(DIALOG_ID);
  if (!open) return;
  open.remove();
  app.cy.container()?.focus();
}

/** Opens the choices for one actor beside it on the canvas. */
export async function openExpandChoices(app: AppContext, node: NodeSingular): Promise<void> {
  document.getElementById(DIALOG_ID)?.remove();
  const label = String(node.data('label'));
  const title = h('h2', { id: `${DIALOG_ID}-title`, text: `Expand ${label} by relation` });
  const body = h('div', { class: 'expand-choices-body' }, h('p', { class: 'muted', text: 'Counting neighbours…' }));
  const cancel = h('button', { type: 'button', text: 'Cancel' });
  const dialog = h('div', { id: DIALOG_ID, class: 'context-menu expand-choices', role: 'dialog', 'aria-labelledby': title.id, 'aria-busy': 'true' }, title, body, cancel);
  const at = node.renderedPosition();
  dialog.style.left = `${Math.max(0, at.x + 36)}px`;
  dialog.style.top = `${Math.max(0, at.y - 20)}px`;
  cancel.addEventListener('click', () => close(app));
  dialog.addEventListener('keydown', (ev) => {
    const items = [...dialog.querySelectorAll<HTMLButtonElement>('button')];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (ev.key === 'Escape') {
      ev.stopPropagation();
      close(app);
    } else if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      items[(i + (ev.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    }
  });
  byId('context-menu').after(dialog);
  cancel.focus();
  // A tap elsewhere on the canvas closes it, as it closes the context menu.
  app.cy.one('tap', () => close(app));

  const res = await fetchNeighbourCounts(String(node.data('key')));
  dialog.removeAttribute('aria-busy');
  if (!res.ok) {
    close(app);
    return apiError(`Could not count the neighbours of ${label}`, res.error);
  }
  const rows = res.data.counts.map((c) => {
    const b = h('button', { type: 'button', class: 'expand-choice', 'data-type': c.type, 'data-direction': c.direction, 'data-neighbours': c.neighbours, 'data-claims': c.claims }, swatch(typeStyle(c.type).color), choiceText(c));
    b.addEventListener('click', () => {
      close(app);
      // The actor may have left the view (an undo, a query) while the dialog was open.
      if (node.removed()) return toast(`${label} is no longer drawn.`);
      void expandAlong(app, node, { types: [c.type], direction: c.direction });
    });
    return b;
  });
  body.replaceChildren(...(rows.length > 0 ? rows : [h('p', { class: 'muted', text: `${label} has no relations.` })]));
  rows[0]?.focus();
}
