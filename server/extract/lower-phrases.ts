// Lower-case actor phrases that hang off an owner mention or stand alone:
// "Estonian government" (the state), "Russia's military intelligence service"
// (a body of it), "Iranian officials" (people of it), "British parliamentarians"
// (its parliament), "the country's", "the agency", "the same two men".
import type { Token } from './sentences.ts';
import type { Mention, MentionContext } from './mentions.ts';
import { bodyKey, countryKey, demonymOf } from './actor-keys.ts';
import { readRun, runEnd, surfaceOf } from './runs.ts';
import {
  BODY_MODIFIERS, BODY_TAILS, GOVERNMENT_NOUNS, LEGISLATOR_NOUNS, LOWER_BODY_HEADS, PEOPLE_NOUNS, SPOKESPERSON_TITLES,
} from './lexicon/words.ts';
import { COUNTRY_FORMS } from './lexicon/countries.ts';

export interface LowerPhrase {
  readonly mention: Mention;
  /** The owner mention this phrase absorbs (it is removed from the list). */
  readonly replaces?: Mention;
}

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const isWord = (t: Token | undefined): t is Token => t !== undefined && /^[a-z][a-z-]*$/.test(t.text);
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'NUM']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'both']);

/** Bare anaphors and the head word their antecedent's name must contain. */
const ANAPHOR_HEADS: Readonly<Record<string, string>> = {
  agency: 'agency', ministry: 'ministry', embassy: 'embassy', company: 'company', firm: 'company', group: 'group',
  department: 'department', studio: 'pictures',
};

function ownerBefore(out: readonly Mention[], toks: readonly Token[], i: number): Mention | null {
  const m = out[out.length - 1];
  if (!m) return null;
  if (m.end === i && !m.possessive && m.form !== 'people') return m;
  if (m.possessive && m.end + 1 === i && POSSESSIVE.has(toks[m.end]?.text ?? '')) return m;
  return null;
}

/** The longest lower-case body head at k (one or two words). */
function bodyHeadAt(toks: readonly Token[], k: number): number {
  const two = `${toks[k]?.lower ?? ''} ${toks[k + 1]?.lower ?? ''}`;
  if (LOWER_BODY_HEADS.has(two)) return 2;
  return LOWER_BODY_HEADS.has(toks[k]?.lower ?? '') ? 1 : 0;
}

function ownerPhrase(toks: readonly Token[], i: number, owner: Mention, ctx: MentionContext, s: number): LowerPhrase | null {
  const reg = ctx.registry;
  const rec = reg.get(owner.key);
  if (!rec) return null;
  const isCountry = rec.kind === 'Country';
  const start = owner.start;
  const first = toks[i];
  if (isCountry && first && GOVERNMENT_NOUNS.has(first.lower) && first.lower !== 'state') {
    reg.addAlias(rec.key, surfaceOf(toks, start, i + 1));
    return { mention: { start, end: i + 1, key: rec.key, form: 'name', possessive: POSSESSIVE.has(toks[i + 1]?.text ?? '') }, replaces: owner };
  }
  // Up to three lower-case modifiers, then the last body head, then generic tails.
  let head: { k: number; n: number } | null = null;
  for (let k = i; k < i + 5 && isWord(toks[k]); k++) {
    const w = toks[k]?.lower ?? '';
    if (PEOPLE_NOUNS.has(w)) {
      // "Russian diplomats" are people of the state; "embassy staff" of the embassy's state.
      const key = head ? reg.stateOf(rec.key) ?? rec.key : rec.key;
      return { mention: { start, end: k + 1, key, form: 'people', possessive: false, noun: w }, replaces: owner };
    }
    if (LEGISLATOR_NOUNS.has(w) && isCountry && head === null) {
      const key = bodyKey('Parliament', rec.key);
      const body = reg.ensure(key, 'GovernmentBody', `${rec.name} Parliament`, surfaceOf(toks, start, k + 1), s);
      reg.setParent(body.key, rec.key, 'PART_OF', s);
      return { mention: { start, end: k + 1, key: body.key, form: 'name', possessive: false, descriptive: true }, replaces: owner };
    }
    const n = bodyHeadAt(toks, k);
    if (n > 0) { head = { k, n }; k += n - 1; continue; }
    if (head && BODY_TAILS.has(w)) { head = { k: head.k, n: k + 1 - head.k }; continue; }
    if (head || !MODIFIER_POS.has(toks[k]?.pos ?? '')) break;
  }
  if (!head || !(rec.kind === 'Country' || rec.kind === 'GovernmentBody')) return null;
  let end = head.k + head.n;
  const words = toks.slice(i, end).map((t) => t.lower);
  const core = words.filter((x) => !BODY_MODIFIERS.has(x) && !BODY_TAILS.has(x));
  const keyWords = (core.length > 0 ? core : words).join(' ');
  let host: string | null = null;
  let hostName = '';
  if (toks[end]?.lower === 'in') {
    const two = surfaceOf(toks, end + 1, end + 3);
    const one = toks[end + 1]?.text ?? '';
    const place = COUNTRY_FORMS.get(two) ?? COUNTRY_FORMS.get(one);
    if (place) {
      host = countryKey(place.country);
      hostName = COUNTRY_FORMS.has(two) ? two : one;
      end += hostName.split(' ').length + 1;
    }
  }
  const phrase = surfaceOf(toks, i, head.k + head.n);
  const name = `${isCountry ? demonymOf(rec.name) : rec.name} ${phrase}${hostName ? ` in ${hostName}` : ''}`;
  const body = reg.ensure(bodyKey(keyWords, rec.key, host), 'GovernmentBody', name, surfaceOf(toks, start, end), s);
  reg.setParent(body.key, rec.key, 'PART_OF', s);
  if (host) body.host = host;
  return { mention: { start, end, key: body.key, form: 'name', possessive: POSSESSIVE.has(toks[end]?.text ?? ''), descriptive: true }, replaces: owner };
}

/** The most recent actor whose name or alias contains `head`. */
function antecedent(ctx: MentionContext, head: string): string | null {
  let best: { key: string; at: number } | null = null;
  for (const rec of ctx.registry.all()) {
    const names = [rec.name, ...rec.aliases].map((x) => x.toLowerCase());
    if (rec.kind === 'Country' || !names.some((x) => x.split(/\s+/).includes(head))) continue;
    const at = rec.lastSeen;
    if (at >= 0 && (!best || at > best.at)) best = { key: rec.key, at };
  }
  return best?.key ?? null;
}

/** A lower-case actor phrase starting at token i, if any; see the module comment. */
export function lowerPhraseAt(toks: readonly Token[], i: number, out: readonly Mention[], ctx: MentionContext, s: number): LowerPhrase | null {
  const t = toks[i];
  // Every pattern below starts with a lower-case word or follows an owner mention.
  if (!t || !/^[a-z]/.test(t.text) && !LEGISLATOR_NOUNS.has(t.lower)) return null;
  const owner = ownerBefore(out, toks, i);
  if (owner && isWord(t)) return ownerPhrase(toks, i, owner, ctx, s);
  const next = toks[i + 1];
  // "the government of North Korea" → the state.
  if (t.lower === 'government' && next?.lower === 'of') {
    const at = toks[i + 2]?.lower === 'the' ? i + 3 : i + 2;
    const e = runEnd(toks, at);
    const pieces = e > at ? readRun(toks, at, e, false) : [];
    const p = pieces[0];
    if (pieces.length === 1 && p && p.piece.t === 'country' && p.piece.form === 'name') {
      const key = countryKey(p.piece.country);
      ctx.registry.ensure(key, 'Country', p.piece.country, surfaceOf(toks, i, e), s);
      return { mention: { start: i, end: e, key, form: 'name', possessive: POSSESSIVE.has(toks[e]?.text ?? '') } };
    }
  }
  // "the country's ..." → the last country named.
  if (t.lower === 'the' && next?.lower === 'country' && POSSESSIVE.has(toks[i + 2]?.text ?? '') && ctx.lastCountry) {
    return { mention: { start: i, end: i + 2, key: ctx.lastCountry, form: 'name', possessive: true } };
  }
  // "the North" → the one 'North …' country named in the article.
  if (t.lower === 'the' && (next?.text === 'North' || next?.text === 'South') && !/^\p{Lu}/u.test(toks[i + 2]?.text ?? '')) {
    const matches = [...ctx.presentCountries].filter((c) => c.startsWith(`${next.text} `));
    const only = matches[0];
    if (matches.length === 1 && only) {
      const key = countryKey(only);
      ctx.registry.addAlias(key, `the ${next.text}`);
      return { mention: { start: i, end: i + 2, key, form: 'name', possessive: POSSESSIVE.has(toks[i + 2]?.text ?? '') } };
    }
  }
  // "the same company", "the same two men".
  if (t.lower === 'the' && next?.lower === 'same') {
    let k = i + 2;
    let count = 1;
    if (NUMBER_WORDS.has(toks[k]?.lower ?? '') || /^\d+$/.test(toks[k]?.text ?? '')) {
      count = NUMBER_WORDS.has(toks[k]?.lower ?? '') ? NUMBER_WORDS_VALUE[toks[k]?.lower ?? ''] ?? 2 : Number(toks[k]?.text);
      k++;
    }
    const noun = toks[k]?.lower ?? '';
    if (PEOPLE_NOUNS.has(noun) || ANAPHOR_HEADS[noun]) {
      return { mention: { start: i, end: k + 1, key: '#same', form: 'same', possessive: false, noun, count } };
    }
  }
  // Bare legislators ("MPs", "lawmakers") → the parliament already named, else a generic one.
  if (LEGISLATOR_NOUNS.has(t.lower) && t.lower !== 'parliament') {
    const known = ctx.registry.all().find((r) => r.kind === 'GovernmentBody' && r.name.endsWith(' Parliament'));
    const key = known?.key ?? bodyKey('Parliament', null);
    const rec = ctx.registry.ensure(key, 'GovernmentBody', known?.name ?? 'Parliament', t.text, s);
    return { mention: { start: i, end: i + 1, key: rec.key, form: 'name', possessive: false, descriptive: true } };
  }
  // "embassy spokesman Jane Roe" → the last embassy named.
  if (ANAPHOR_HEADS[t.lower] && SPOKESPERSON_TITLES.has(next?.lower ?? '')) {
    const key = antecedent(ctx, ANAPHOR_HEADS[t.lower] ?? '');
    const ante = key ? ctx.registry.get(key) : undefined;
    // "In Washington, embassy spokesman ...": the same state's embassy, but in that city.
    const place = toks[0]?.lower === 'in' ? out.find((m) => m.start === 1 && toks[m.end]?.text === ',') : undefined;
    const host = place ? ctx.registry.stateOf(place.key) : null;
    if (ante && host && ante.host !== host && ante.parent && t.lower === 'embassy') {
      const owner = ctx.registry.get(ante.parent.key);
      const hostName = surfaceOf(toks, place?.start ?? 1, place?.end ?? 2);
      const body = ctx.registry.ensure(bodyKey('embassy', owner?.key ?? null, host), 'GovernmentBody', `${owner ? demonymOf(owner.name) : ''} embassy in ${hostName}`.trim(), t.text, s);
      if (owner) ctx.registry.setParent(body.key, owner.key, 'PART_OF', s);
      body.host = host;
      return { mention: { start: i, end: i + 1, key: body.key, form: 'name', possessive: false } };
    }
    if (key) return { mention: { start: i, end: i + 1, key, form: 'name', possessive: false } };
  }
  // "the agency", "the ministry" → the last such actor.
  if (t.lower === 'the' && next && ANAPHOR_HEADS[next.lower] && !/^\p{Lu}/u.test(toks[i + 2]?.text ?? '') && toks[i + 2]?.lower !== 'of') {
    const key = antecedent(ctx, ANAPHOR_HEADS[next.lower] ?? '');
    if (key) return { mention: { start: i, end: i + 2, key, form: 'name', possessive: POSSESSIVE.has(toks[i + 2]?.text ?? '') } };
  }
  return null;
}

const NUMBER_WORDS_VALUE: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, both: 2 };
