// Reads one capitalised run of tokens ("U.S. Secretary of State Jane Roe",
// "Iranian Foreign Ministry", "Acme Trading Corporation") into the actors it
// names: owner qualifiers first, then a title, then a body, organisation,
// group or person.
import type { Token } from './sentences.ts';
import type { ActorKind } from './types.ts';
import { COUNTRY_FORMS, MAX_FORM_TOKENS } from './lexicon/countries.ts';
import { NATIONAL_BODIES, SEATS, SUPRANATIONAL } from './lexicon/institutions.ts';
import { BODY_HEADS, BODY_OF_HEADS, COMPANY_WORDS, NOT_NAME_WORDS, TITLES } from './lexicon/words.ts';
import { LEAD_STRIP, NOT_ACRONYMS } from './lexicon/stopwords.ts';

/** What a piece of a run names, before it is resolved against the registry. */
export type RunPiece =
  | { readonly t: 'country'; readonly country: string; readonly form: 'name' | 'capital' | 'demonym' | 'people' | 'seat' }
  | { readonly t: 'known'; readonly name: string; readonly kind: ActorKind }
  | { readonly t: 'national-body'; readonly name: string; readonly country: string }
  | { readonly t: 'body'; readonly name: string }
  | { readonly t: 'org'; readonly name: string; readonly kind: ActorKind }
  | { readonly t: 'person'; readonly name: string; readonly title: string | null }
  | { readonly t: 'single'; readonly text: string; readonly title: string | null }
  | { readonly t: 'title'; readonly title: string };

export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly piece: RunPiece;
}

const join = (toks: readonly Token[], a: number, b: number): string => {
  let s = '';
  for (let i = a; i < b; i++) {
    const t = toks[i];
    if (!t) continue;
    const prev = toks[i - 1];
    s += i > a && prev && t.start > prev.end ? ` ${t.text}` : t.text;
  }
  return s;
};
export const surfaceOf = join;

const SUPRA_FORMS = new Map<string, { name: string; kind: ActorKind }>();
for (const s of SUPRANATIONAL) for (const f of [s.name, ...s.aliases]) SUPRA_FORMS.set(f, { name: s.name, kind: s.kind });

const TITLE_WORDS = TITLES.map((t) => t.split(' '));

/** For each first word of a known name, the most tokens a name starting with it spans (a fast pre-check). */
const FIRST_WORDS = new Map<string, number>();
for (const name of [...COUNTRY_FORMS.keys(), ...SUPRA_FORMS.keys(), ...Object.keys(SEATS), ...Object.keys(NATIONAL_BODIES)]) {
  const first = name.split(/\s+/)[0] ?? '';
  // NOTE: wink splits "U.S." as one token but "Workers'" or "Côte d'Ivoire" into several; allow a margin.
  FIRST_WORDS.set(first, Math.max(FIRST_WORDS.get(first) ?? 0, name.split(/\s+/).length + 3));
}

/** The longest known name (country form, seat, institution, national body) starting at `a`. */
export function knownAt(toks: readonly Token[], a: number, b: number): { end: number; piece: RunPiece } | null {
  const span = FIRST_WORDS.get(toks[a]?.text ?? '');
  if (span === undefined) return null;
  for (let e = Math.min(b, a + Math.min(span, MAX_FORM_TOKENS)); e > a; e--) {
    const s = join(toks, a, e);
    const body = NATIONAL_BODIES[s];
    if (body) return { end: e, piece: { t: 'national-body', name: s, country: body } };
    const supra = SUPRA_FORMS.get(s);
    if (supra) return { end: e, piece: { t: 'known', name: supra.name, kind: supra.kind } };
    const seat = SEATS[s];
    if (seat) return { end: e, piece: { t: 'country', country: seat.country, form: 'seat' } };
    const form = COUNTRY_FORMS.get(s);
    if (form) return { end: e, piece: { t: 'country', country: form.country, form: form.form } };
  }
  return null;
}

/** Titles indexed by their first word. */
const TITLES_BY_FIRST = new Map<string, string[][]>();
for (const words of TITLE_WORDS) {
  const first = words[0] ?? '';
  TITLES_BY_FIRST.set(first, [...(TITLES_BY_FIRST.get(first) ?? []), words]);
}

function titleAt(toks: readonly Token[], a: number, b: number): number {
  let best = 0;
  for (const words of TITLES_BY_FIRST.get(toks[a]?.lower ?? '') ?? []) {
    if (words.length > b - a || words.length <= best) continue;
    if (words.every((w, k) => toks[a + k]?.lower === w)) best = words.length;
  }
  return best;
}

const isAcronym = (text: string): boolean => /^[A-Z]{2,6}$/.test(text) && !NOT_ACRONYMS.has(text);
const isCode = (text: string): boolean => /^[A-Z]{2,}\d{1,4}$/.test(text);

/** Splits "X Office and Y Service" into two bodies when both halves end in a body head. */
function splitAnd(toks: readonly Token[], a: number, b: number): number | null {
  for (let i = a + 1; i < b - 1; i++) {
    if (toks[i]?.lower === 'and' && BODY_HEADS.has(toks[i - 1]?.lower ?? '') && BODY_HEADS.has(toks[b - 1]?.lower ?? '')) return i;
  }
  return null;
}

/** "Jane Roe and John Doe": two people joined by 'and'. */
function splitPersons(toks: readonly Token[], a: number, b: number, title: string | null, headline: boolean): Piece[] | null {
  for (let i = a + 1; i < b - 1; i++) {
    if (toks[i]?.lower !== 'and') continue;
    const left = nameOf(toks, a, i, title, headline);
    const right = nameOf(toks, i + 1, b, null, headline);
    const ok = (p: RunPiece | null): p is RunPiece => p?.t === 'person' || p?.t === 'single';
    if (ok(left) && ok(right) && left.t === right.t) return [{ start: a, end: i, piece: left }, { start: i + 1, end: b, piece: right }];
  }
  return null;
}

/** Classifies the name in [a, b) that is left once owners and titles are read. */
function nameOf(toks: readonly Token[], a: number, b: number, title: string | null, headline: boolean): RunPiece | null {
  const text = join(toks, a, b);
  const lowers = toks.slice(a, b).map((t) => t.lower);
  const last = lowers[lowers.length - 1] ?? '';
  if (!text.includes(' ')) {
    if (isCode(text)) return { t: 'org', name: text, kind: 'Group' };
    return { t: 'single', text, title };
  }
  if (lowers[0] === 'unit' && /^\d+$/.test(last)) return { t: 'org', name: text, kind: 'Group' };
  if (BODY_HEADS.has(last) || (BODY_OF_HEADS.has(lowers[0] ?? '') && lowers[1] === 'of')) return { t: 'body', name: text };
  if (lowers.some((w) => COMPANY_WORDS.has(w))) return { t: 'org', name: text, kind: 'Organization' };
  if (lowers.some((w) => /\d/.test(w))) return { t: 'org', name: text, kind: 'Group' };
  if (lowers.includes('of') || lowers.includes('and')) return b - a >= 3 ? { t: 'org', name: text, kind: 'Organization' } : null;
  if (headline || b - a > 4) return null;
  if (lowers.some((w) => NOT_NAME_WORDS.has(w))) return null;
  if (text.split(' ').some((w) => !/^\p{Lu}[\p{L}'’-]*\.?$/u.test(w) || isAcronym(w))) return null;
  return { t: 'person', name: text, title };
}

/** Reads the run [a, b) into pieces; see the module comment. */
export function readRun(toks: readonly Token[], a0: number, b: number, headline: boolean): Piece[] {
  const out: Piece[] = [];
  let a = a0;
  while (a < b && LEAD_STRIP.has(toks[a]?.lower ?? '') && titleAt(toks, a, b) === 0) a++;
  // "Government of X" is X itself.
  if (toks[a]?.lower === 'government' && toks[a + 1]?.lower === 'of') {
    const at = toks[a + 2]?.lower === 'the' ? a + 3 : a + 2;
    const k = knownAt(toks, at, b);
    if (k && k.end === b && k.piece.t === 'country') return [{ start: a, end: b, piece: k.piece }];
  }
  // "Kenya Power Company": a company named after its country is one name, not owner + company.
  const lastWord = toks[b - 1]?.lower ?? '';
  const lead = knownAt(toks, a, b);
  if (lead && lead.end < b && lead.piece.t === 'country' && lead.piece.form === 'name' && COMPANY_WORDS.has(lastWord) && !headline) {
    return [{ start: a, end: b, piece: { t: 'org', name: join(toks, a, b), kind: 'Organization' } }];
  }
  // Owner qualifiers and known names.
  for (let known = knownAt(toks, a, b); known !== null && a < b; known = knownAt(toks, a, b)) {
    out.push({ start: a, end: known.end, piece: known.piece });
    a = known.end;
  }
  while (a < b && LEAD_STRIP.has(toks[a]?.lower ?? '')) a++;
  if (a >= b) return out;
  // Titles, possibly stacked ("Deputy Prime Minister").
  let title: string | null = null;
  for (let n = titleAt(toks, a, b); n > 0; n = titleAt(toks, a, b)) {
    title = join(toks, a, a + n);
    out.push({ start: a, end: a + n, piece: { t: 'title', title } });
    a += n;
  }
  if (a >= b) return out;
  const known = knownAt(toks, a, b);
  if (known) return [...out, ...readRun(toks, a, b, headline)];
  const persons = splitPersons(toks, a, b, title, headline);
  if (persons) return [...out, ...persons];
  const cut = splitAnd(toks, a, b);
  const ranges: [number, number][] = cut === null ? [[a, b]] : [[a, cut], [cut + 1, b]];
  for (const [s, e] of ranges) {
    const p = nameOf(toks, s, e, title, headline);
    if (p) out.push({ start: s, end: e, piece: p });
  }
  return out;
}

/** Tokens that may continue a capitalised run between two capitalised words. */
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'de', 'al', 'bin', 'van', 'von', '&']);

/** End (exclusive) of the capitalised run starting at `a`, or `a` if none starts there. */
export function runEnd(toks: readonly Token[], a: number): number {
  const first = toks[a];
  if (!first || !/^\p{Lu}/u.test(first.text)) return a;
  let e = a + 1;
  while (e < toks.length) {
    const t = toks[e];
    if (!t) break;
    const prevEnd = toks[e - 1]?.end ?? 0;
    if (t.start - prevEnd > 1) break; // a line break or double space
    // wink splits some accented words ("Jiří" → "Ji" + "ř" + "í"): glue them back.
    if (t.start === prevEnd && /^\p{L}+$/u.test(t.text) && /\p{L}$/u.test(toks[e - 1]?.text ?? '')) { e++; continue; }
    if (/^\p{Lu}/u.test(t.text)) { e++; continue; }
    // "Workers' Party": a plural possessive inside a name.
    if ((t.text === "'" || t.text === '’') && /s$/.test(toks[e - 1]?.text ?? '') && /^\p{Lu}/u.test(toks[e + 1]?.text ?? '') && t.start === prevEnd) { e++; continue; }
    if (CONNECTORS.has(t.lower) && /^\p{Lu}/u.test(toks[e + 1]?.text ?? '')) { e += 2; continue; }
    if (/^\d+$/.test(t.text) && e - a >= 1 && /^(unit|threat|group|team|apt)$/i.test(toks[e - 1]?.text ?? '')) { e++; continue; }
    break;
  }
  return e;
}
