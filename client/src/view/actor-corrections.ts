// The corrections an analyst makes from an actor's details: Rename…, Change
// kind…, Merge into… (another actor, picked by name or id) and Split alias…
// (one of its aliases becomes an actor of its own), each a small form whose
// API error stays under it; after one, the graph and the details redraw.
import type { ActorSummary, CorrectionInput } from '../../../server/api/contract.ts';
import type { AppContext } from './app-context.ts';
import { actorPicker } from './actor-picker.ts';
import { makeCorrection, nodeOfActor } from './correction-actions.ts';
import { h } from './dom.ts';
import { field, formSwitcher, inlineForm, reasonField } from './inline-form.ts';

type Kind = Extract<CorrectionInput, { kind: 'kind' }>['to'];

/** The kinds an actor may be corrected to (the contract checks the list). */
export const ACTOR_KINDS = ['Country', 'GovernmentBody', 'Organization', 'Person', 'Group'] as const satisfies readonly Kind[];

/** Shows the details of the actor with this id when it is drawn, else clears them. */
export function showActorById(app: AppContext, id: string): void {
  const n = nodeOfActor(app, id);
  app.showDetails(n);
  if (n) {
    app.cy.elements(':selected').unselect();
    n.select();
  }
}

export function actorCorrectionTools(app: AppContext, actor: ActorSummary): HTMLElement {
  const p = `fix-${actor.id.replace(/[^a-z0-9]+/gi, '-')}`;

  const rename = (close: () => void) => {
    const name = h('input', { id: `${p}-name`, type: 'text', required: true, value: actor.name, maxlength: 300 });
    const reason = reasonField(`${p}-rename-reason`);
    return inlineForm({
      label: `Rename ${actor.name}`,
      name: 'rename-form',
      fields: [field('New name', name), reason.el],
      submit: 'Rename',
      onCancel: close,
      run: async () => {
        const r = await makeCorrection(app, { kind: 'rename', actor: actor.id, name: name.value.trim(), reason: reason.input.value });
        if (!r.ok) return r.error;
        showActorById(app, actor.id);
        return null;
      },
    });
  };

  const kind = (close: () => void) => {
    const select = h('select', { id: `${p}-kind` }, ...ACTOR_KINDS.map((k) => h('option', { value: k, text: k, selected: k === actor.kind })));
    const reason = reasonField(`${p}-kind-reason`);
    return inlineForm({
      label: `Change the kind of ${actor.name}`,
      name: 'kind-form',
      fields: [field(`Kind (now ${actor.kind ?? 'none'})`, select), reason.el],
      submit: 'Change kind',
      onCancel: close,
      run: async () => {
        const to = ACTOR_KINDS.find((k) => k === select.value);
        if (!to) return 'Choose a kind.';
        const r = await makeCorrection(app, { kind: 'kind', actor: actor.id, to, reason: reason.input.value });
        if (!r.ok) return r.error;
        showActorById(app, actor.id);
        return null;
      },
    });
  };

  const merge = (close: () => void) => {
    const picker = actorPicker(app, `${p}-survivor`, { except: [actor.id] });
    const reason = reasonField(`${p}-merge-reason`);
    return inlineForm({
      label: `Merge ${actor.name} into another actor`,
      name: 'merge-form',
      fields: [field(`Merge ${actor.name} into`, picker.element, `${actor.name}'s names and claims join that actor; ${actor.id} then leads to it.`), reason.el],
      submit: 'Merge',
      onCancel: close,
      run: async () => {
        const s = await picker.resolve();
        if (!s.ok) return s.error;
        const r = await makeCorrection(app, { kind: 'merge', survivor: s.actor.id, absorbed: actor.id, reason: reason.input.value });
        if (!r.ok) return r.error;
        showActorById(app, s.actor.id);
        return null;
      },
    });
  };

  const split = (close: () => void) => {
    const select = h('select', { id: `${p}-alias` }, ...actor.aliases.map((a) => h('option', { value: a, text: a })));
    const reason = reasonField(`${p}-split-reason`);
    return inlineForm({
      label: `Split an alias off ${actor.name}`,
      name: 'split-form',
      fields: [field('Alias', select, 'It becomes an actor of its own; the claims whose sentence uses it follow it.'), reason.el],
      submit: 'Split',
      onCancel: close,
      run: async () => {
        const r = await makeCorrection(app, { kind: 'split', actor: actor.id, alias: select.value, reason: reason.input.value });
        if (!r.ok) return r.error;
        showActorById(app, actor.id);
        return null;
      },
    });
  };

  return formSwitcher([
    { text: 'Rename…', open: rename },
    { text: 'Change kind…', open: kind },
    { text: 'Merge into…', open: merge },
    { text: 'Split alias…', disabled: actor.aliases.length === 0, open: split },
  ]);
}
