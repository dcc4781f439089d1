// The view as a URL hash (layout, filters, selection, expanded actors and the
// query that produced the view), so that a copied link reopens the same view.
// Decoding narrows untrusted text: anything malformed is dropped, not thrown.
import { NO_FILTERS, type Filters } from './filters.ts';
import { decodePlaced, encodePlaced, MAX_PLACED_URL_CHARS, type PlacedView } from './placed-view.ts';

export type QueryState =
  | { readonly kind: 'saved'; readonly name: string; readonly params: Readonly<Record<string, unknown>> }
  | { readonly kind: 'cypher'; readonly text: string; readonly params: Readonly<Record<string, unknown>> };

export interface UrlState {
  readonly layout: string | null;
  readonly filters: Filters;
  /** Actor keys ('country:iran') and edge keys ('country:iran>ATTACKED>country:albania'). */
  readonly selection: readonly string[];
  /** Actor keys whose neighbours were expanded, in order. */
  readonly expanded: readonly string[];
  readonly query: QueryState | null;
  /** Positions, hidden, pinned, zoom and pan; null in links made before they were kept (a layout places the actors). */
  readonly placed?: PlacedView | null;
}

export const EMPTY_STATE: UrlState = { layout: null, filters: NO_FILTERS, selection: [], expanded: [], query: null };

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const list = (v: string | null): string[] | null => (v === null ? null : v.split(',').filter((x) => x !== ''));
const csv = (xs: readonly string[]): string => xs.join(',');

function paramsOf(text: string | null): Record<string, unknown> {
  if (text === null) return {};
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function encodeState(s: UrlState): string {
  const q = new URLSearchParams();
  if (s.layout) q.set('layout', s.layout);
  const f = s.filters;
  if (f.types !== null) q.set('types', csv(f.types));
  if (f.kinds !== null) q.set('kinds', csv(f.kinds));
  if (f.articles !== null) q.set('articles', csv(f.articles));
  if (f.from !== null) q.set('from', f.from);
  if (f.to !== null) q.set('to', f.to);
  if (!f.undated) q.set('undated', '0');
  if (f.orphans !== 'fade') q.set('orphans', f.orphans);
  if (s.query?.kind === 'saved') q.set('q', s.query.name);
  if (s.query?.kind === 'cypher') q.set('cypher', s.query.text);
  if (s.query && Object.keys(s.query.params).length > 0) q.set('params', JSON.stringify(s.query.params));
  if (s.expanded.length > 0) q.set('expand', csv(s.expanded));
  if (s.selection.length > 0) q.set('sel', csv(s.selection));
  const placed = placedParams(s);
  return [q.toString(), placed ?? ''].filter((x) => x !== '').join('&');
}

export function decodeState(hash: string): UrlState {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const date = (k: string): string | null => {
    const v = q.get(k);
    return v !== null && DATE.test(v) ? v : null;
  };
  const filters: Filters = {
    types: list(q.get('types')),
    kinds: list(q.get('kinds')),
    articles: list(q.get('articles')),
    from: date('from'),
    to: date('to'),
    undated: q.get('undated') !== '0',
    orphans: q.get('orphans') === 'hide' ? 'hide' : 'fade',
  };
  const params = paramsOf(q.get('params'));
  const name = q.get('q');
  const cypher = q.get('cypher');
  const query: QueryState | null =
    name !== null && /^[a-z0-9][a-z0-9-]{0,79}$/.test(name)
      ? { kind: 'saved', name, params }
      : cypher !== null && cypher.trim() !== ''
        ? { kind: 'cypher', text: cypher, params }
        : null;
  const placed = decodePlaced(q);
  return { layout: q.get('layout'), filters, selection: list(q.get('sel')) ?? [], expanded: list(q.get('expand')) ?? [], query, ...(placed ? { placed } : {}) };
}

/** The encoded positions of a state, or null when it has none or they are too long for a URL (MAX_PLACED_URL_CHARS). */
export function placedParams(s: UrlState): string | null {
  if (!s.placed) return null;
  const text = new URLSearchParams(encodePlaced(s.placed)).toString();
  return text.length <= MAX_PLACED_URL_CHARS ? text : null;
}
