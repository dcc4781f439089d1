// A text field for one actor: suggestions of the drawn actors and, as the
// analyst types, of GET /api/search (names and aliases); what is typed may be
// an actor id ("country:chile"), a drawn actor's name or a name to search.
import type { ApiError } from '../../../server/api/contract.ts';
import { searchActors } from '../api/graph.ts';
import type { AppContext } from './app-context.ts';
import { h } from './dom.ts';

export interface PickedActor {
  readonly id: string;
  readonly name: string;
}

export interface ActorPicker {
  readonly input: HTMLInputElement;
  readonly element: HTMLElement;
  /** The actor the field names, or why there is none. */
  resolve(): Promise<{ ok: true; actor: PickedActor } | { ok: false; error: ApiError | string }>;
}

/** Drawn actors as {id, name}, by name, without `except`. */
export function drawnActors(app: AppContext, except: readonly string[] = []): PickedActor[] {
  const seen = new Map<string, PickedActor>();
  app.cy.nodes().forEach((n) => {
    const id = String(n.data('key'));
    if (!except.includes(id)) seen.set(id, { id, name: String(n.data('label')) });
  });
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function actorPicker(app: AppContext, id: string, opts: { readonly except?: readonly string[]; readonly extra?: readonly PickedActor[]; readonly value?: string } = {}): ActorPicker {
  const except = opts.except ?? [];
  const listId = `${id}-options`;
  const input = h('input', { id, type: 'text', list: listId, autocomplete: 'off', placeholder: 'a name or an id (country:chile)', value: opts.value ?? '' });
  const options = h('datalist', { id: listId });
  const known = new Map<string, PickedActor>();
  const offer = (actors: readonly PickedActor[]) => {
    for (const a of actors) if (!except.includes(a.id)) known.set(a.id, a);
    options.replaceChildren(...[...known.values()].map((a) => h('option', { value: a.id, text: a.name })));
  };
  offer([...(opts.extra ?? []), ...drawnActors(app, except)]);
  input.addEventListener('input', () => {
    const q = input.value.trim();
    if (q.length < 2 || q.includes(':')) return;
    void searchActors(q).then((r) => {
      if (r.ok) offer(r.data.results.map((a) => ({ id: a.id, name: a.name })));
    });
  });
  return {
    input,
    element: h('span', { class: 'actor-picker' }, input, options),
    async resolve() {
      const v = input.value.trim();
      if (v === '') return { ok: false, error: 'Name an actor first.' };
      const byId = known.get(v);
      if (byId) return { ok: true, actor: byId };
      const lower = v.toLowerCase();
      const byName = [...known.values()].find((a) => a.name.toLowerCase() === lower);
      if (byName) return { ok: true, actor: byName };
      if (/^[a-z]+:\S+$/i.test(v)) return { ok: true, actor: { id: v, name: v } };
      const r = await searchActors(v, 5);
      if (!r.ok) return { ok: false, error: r.error };
      const hit = r.data.results.find((a) => !except.includes(a.id));
      return hit ? { ok: true, actor: { id: hit.id, name: hit.name } } : { ok: false, error: `No actor matches "${v}".` };
    },
  };
}
