// The corrections of an actor or an article, newest first: what each did,
// who made it, when and why, and Undo (Restore for a rejected claim) while
// it is in force. An undo's error shows by its entry.
import type { Correction } from '../../../server/api/contract.ts';
import { listCorrections, type CorrectionFilter } from '../api/corrections.ts';
import type { AppContext } from './app-context.ts';
import { actorNamer, revertCorrection } from './correction-actions.ts';
import { claimEvidence, describeCorrection, madeBy, undoneBy } from './correction-text.ts';
import { h } from './dom.ts';

function entry(app: AppContext, c: Correction, after: (c: Correction) => void): HTMLElement {
  const error = h('p', { class: 'error', role: 'alert' });
  const evidence = claimEvidence(c);
  const undone = undoneBy(c);
  const li = h(
    'li',
    { class: `correction${undone ? ' undone' : ''}`, 'data-id': c.id, 'data-kind': c.kind },
    h('strong', { text: describeCorrection(c, actorNamer(app)) }),
    evidence ? h('blockquote', { class: 'evidence', text: evidence }) : null,
    h('div', { class: 'muted', text: madeBy(c) }),
    undone ? h('div', { class: 'muted', text: undone }) : null,
  );
  if (!undone) {
    const b = h('button', { type: 'button', class: 'undo-correction', text: c.kind === 'reject' ? 'Restore' : 'Undo' });
    b.addEventListener('click', () => {
      b.disabled = true;
      error.textContent = '';
      void revertCorrection(app, c).then((r) => {
        b.disabled = false;
        if (!r.ok) return void (error.textContent = `${r.error.message} (${r.error.code})`);
        after(r.data);
      });
    });
    li.append(h('div', { class: 'button-row' }, b));
  }
  li.append(error);
  return li;
}

/** A heading and the list, filled when the server answers; `after` runs after an undo. */
export function correctionsList(app: AppContext, filter: CorrectionFilter, after: (c: Correction) => void): HTMLElement {
  const heading = h('h3', { text: 'Corrections' });
  const body = h('div', {}, h('p', { class: 'muted', text: 'Loading corrections…' }));
  void listCorrections(filter).then((r) => {
    if (!r.ok) return body.replaceChildren(h('p', { class: 'error', role: 'alert', text: `Could not list the corrections: ${r.error.message} (${r.error.code})` }));
    heading.textContent = `Corrections (${r.data.corrections.length})`;
    body.replaceChildren(
      r.data.corrections.length === 0 ? h('p', { class: 'muted', text: 'none' }) : h('ul', { class: 'plain corrections' }, ...r.data.corrections.map((c) => entry(app, c, after))),
    );
  });
  return h('section', { class: 'corrections-block', 'aria-label': 'Corrections' }, heading, body);
}
