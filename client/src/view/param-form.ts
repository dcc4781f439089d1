// A form for a saved query's typed parameters (string, integer, float,
// boolean, date, actor, relationTypes), with labelled inputs and its values
// read back as the JSON the API expects.
import type { QueryParamSpec } from '../../../server/api/contract.ts';
import { searchActors } from '../api/graph.ts';
import { TYPE_STYLE } from '../graph/style.ts';
import { h } from './dom.ts';

export interface ParamForm {
  readonly element: HTMLElement;
  /** The values, or the first problem found. */
  values(): { ok: true; params: Record<string, unknown> } | { ok: false; message: string };
}

const RELATIONS = Object.keys(TYPE_STYLE);

type Reader = () => { ok: true; value: unknown } | { ok: false; message: string };

function actorInput(id: string, value: string): HTMLElement {
  const listId = `${id}-options`;
  const input = h('input', { id, type: 'text', value, list: listId, autocomplete: 'off', placeholder: 'country:iran' });
  const options = h('datalist', { id: listId });
  input.addEventListener('input', () => {
    const q = input.value.trim();
    if (q.length < 2 || q.includes(':')) return;
    void searchActors(q).then((r) => {
      if (!r.ok) return;
      options.replaceChildren(...r.data.results.map((a) => h('option', { value: a.id, text: `${a.name} (${a.kind ?? 'actor'})` })));
    });
  });
  return h('span', {}, input, options);
}

function field(prefix: string, spec: QueryParamSpec): { el: HTMLElement; read: Reader } {
  const id = `${prefix}-${spec.name}`;
  const dflt = spec.default;
  const label = h('label', { for: id }, h('code', { text: spec.name }), ` (${spec.type})`);
  const help = spec.description ? h('small', { class: 'muted', text: spec.description }) : null;
  switch (spec.type) {
    case 'boolean': {
      const box = h('input', { id, type: 'checkbox', checked: dflt === true });
      return { el: h('div', { class: 'field' }, h('label', { class: 'check' }, box, h('code', { text: spec.name })), help), read: () => ({ ok: true, value: box.checked }) };
    }
    case 'integer':
    case 'float': {
      const input = h('input', { id, type: 'number', step: spec.type === 'integer' ? '1' : 'any', value: typeof dflt === 'number' ? dflt : '' });
      return {
        el: h('div', { class: 'field' }, label, input, help),
        read: () => {
          const v = Number(input.value);
          if (input.value.trim() === '' || !Number.isFinite(v) || (spec.type === 'integer' && !Number.isInteger(v))) return { ok: false, message: `${spec.name} must be ${spec.type === 'integer' ? 'a whole number' : 'a number'}` };
          return { ok: true, value: v };
        },
      };
    }
    case 'relationTypes': {
      const chosen = Array.isArray(dflt) ? dflt : RELATIONS;
      const boxes = RELATIONS.map((t) => h('input', { type: 'checkbox', value: t, name: id, checked: chosen.includes(t) }));
      return {
        el: h('fieldset', { class: 'field' }, h('legend', {}, h('code', { text: spec.name }), ' (relation types)'), ...boxes.map((b) => h('label', { class: 'check' }, b, b.value)), help),
        read: () => ({ ok: true, value: boxes.filter((b) => b.checked).map((b) => b.value) }),
      };
    }
    case 'actor':
    case 'date':
    case 'string': {
      const value = typeof dflt === 'string' ? dflt : '';
      const wrap = spec.type === 'actor' ? actorInput(id, value) : h('input', { id, type: 'text', value, ...(spec.type === 'date' ? { placeholder: 'YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' } : {}) });
      const input = wrap instanceof HTMLInputElement ? wrap : (wrap.querySelector('input') as HTMLInputElement);
      return {
        el: h('div', { class: 'field' }, label, wrap, help),
        read: () => {
          if (spec.type === 'date' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(input.value)) return { ok: false, message: `${spec.name} must be YYYY, YYYY-MM or YYYY-MM-DD` };
          return { ok: true, value: input.value };
        },
      };
    }
  }
}

export function paramForm(prefix: string, specs: readonly QueryParamSpec[], initial: Readonly<Record<string, unknown>> = {}): ParamForm {
  const fields = specs.map((s) => ({ spec: s, ...field(prefix, s.name in initial ? { ...s, default: initial[s.name] as QueryParamSpec['default'] } : s) }));
  const element = h('div', { class: 'param-form' }, ...fields.map((f) => f.el));
  return {
    element,
    values: () => {
      const params: Record<string, unknown> = {};
      for (const f of fields) {
        const r = f.read();
        if (!r.ok) return r;
        params[f.spec.name] = r.value;
      }
      return { ok: true, params };
    },
  };
}
