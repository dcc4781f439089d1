// The proper names of one sentence: known names (states, capitals, demonyms,
// institutions), CoreNLP's PERSON / ORGANIZATION / LOCATION / MISC runs, and
// runs of capitalised words the tagger left out ("Grey Heron"). Each span gets
// its syntactic head, through which the rest of the extractor reaches it.
import type { Sentence } from '../annotate/doc.ts';
import { knownName, MAX_NAME_TOKENS, type KnownName } from './gazetteer.ts';
import {
  BODY_NOUNS, COMPANY_CUES, COMPANY_NOUNS, GOVERNMENT_NOUNS, GROUP_CUES, MILITARY_NOUNS, PEOPLE_NOUNS, PERSON_NOUNS, STATE_PEOPLE_NOUNS, THING_NOUNS,
  WEAPON_NOUNS,
} from '../lexicon/actor-nouns.ts';

export interface NameSpan {
  readonly first: number;
  readonly last: number;
  /** The token of the span whose head lies outside it. */
  readonly head: number;
  readonly text: string;
  /** known: in the gazetteer; ner: an entity run; caps: capitalised words only. */
  readonly source: 'known' | 'ner' | 'caps';
  /** The entity class ('PERSON', ...), or '' for caps runs. */
  readonly ner: string;
  /** The known name of the whole span, if any. */
  readonly known?: KnownName;
}

const ENTITY = new Set(['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC']);

/** Capitalised words that never make a name on their own. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mr', 'mrs', 'ms', 'dr', 'sir', 'president',
  'minister', 'prime', 'secretary', 'general', 'gen', 'colonel', 'col', 'lt', 'spokesman', 'spokeswoman',
  'spokesperson', 'ambassador', 'foreign', 'chancellor', 'king', 'queen', 'prince', 'crown', 'deputy', 'senator',
  'sen', 'rep', 'gov', 'governor', 'mayor', 'chief', 'director', 'commander', 'admiral', 'vice', 'acting', 'former',
  'the', 'a', 'an', 'this', 'that', 'it', 'he', 'she', 'they', 'we', 'i', 'but', 'and', 'or', 'in', 'on', 'at',
  'for', 'of', 'to', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'update', 'updated', 'breaking',
  'live', 'latest', 'news', 'video', 'photo', 'read', 'more', 'share', 'subscribe', 'advertisement', 'opinion',
  'analysis', 'editor', 'note', 'reporting', 'additional', 'statement', 'press', 'release', 'today', 'yesterday',
  'tonight', 'god', 'internet', 'web', 'email', 'covid', 'christmas', 'easter', 'ramadan', 'eid', 'new', 'year',
  'day', 'war', 'world', 'cold', 'act', 'order', 'executive', 'resolution', 'convention', 'treaty', 'agreement',
  'operation', 'sanctions', 'sanction', 'attack', 'major', 'lieutenant', 'captain', 'brigadier', 'sergeant',
  'corporal', 'marshal', 'field', 'rear', 'commodore', 'ayatollah', 'sheikh', 'emir', 'pope', 'cardinal', 'bishop',
  'archbishop', 'rev', 'father', 'photograph', 'defence', 'defense', 'interior', 'justice', 'finance', 'industry',
  'trade', 'economy', 'health', 'education', 'energy', 'transport', 'agriculture', 'culture', 'home', 'treasury',
  'attorney', 'supreme', 'leader', 'first', 'lady', 'north', 'south', 'east', 'west', 'central', 'western',
  'eastern', 'northern', 'southern', 'upper', 'lower', 'high', 'commissioner', 'consul', 'envoy', 'special',
  'representative', 'rapporteur', 'exclusive', 'watch', 'national', 'treasurer', 'state', 'party', 'people',
  'government', 'ministry', 'department', 'office', 'embassy', 'ip', 'vpn', 'dns', 'url', 'usb', 'gps', 'sms',
  'ddos', 'pdf', 'ai', 'ceo', 'cfo', 'gdp', 'tv', 'pm', 'am', 'gmt', 'utc', 'senators', 'representatives',
  'congressman', 'congresswoman', 'lawmaker', 'mp', 'mps',
]);

/** Common nouns written with a capital in formal text ("the Government", "the Embassy"): descriptions, not names. */
const COMMON = new Set([...GOVERNMENT_NOUNS, ...BODY_NOUNS, ...PEOPLE_NOUNS, ...STATE_PEOPLE_NOUNS, ...THING_NOUNS, ...MILITARY_NOUNS, ...WEAPON_NOUNS, ...GROUP_CUES, ...COMPANY_NOUNS, ...PERSON_NOUNS, 'decree', 'law', 'act', 'order', 'resolution', 'statement', 'report', 'party', 'union', 'republic', 'federation', 'kingdom', 'state', 'states', 'house', 'court', 'council']);

/** Small words allowed inside a capitalised run ("Ministry of Intelligence and Security"). */
const JOINERS = new Set(['of', 'and', 'for', '&', 'the', 'de', 'al', 'bin', 'van', 'von', 'der', 'du', 'la', 'le', "'s"]);

const capitalised = (text: string): boolean => /^[\p{Lu}0-9]/u.test(text) && /\p{L}/u.test(text);

function headOf(s: Sentence, first: number, last: number): number {
  let head = last;
  for (let k = last; k >= first; k--) {
    const h = s.head(k)?.gov ?? 0;
    if (h < first || h > last) {
      head = k;
      break;
    }
  }
  return head;
}

function make(s: Sentence, first: number, last: number, source: NameSpan['source'], ner: string, known?: KnownName): NameSpan {
  return { first, last, head: headOf(s, first, last), text: s.span(first, last), source, ner, ...(known ? { known } : {}) };
}

function knownSpans(s: Sentence): NameSpan[] {
  const out: NameSpan[] = [];
  const n = s.tokens.length;
  for (let k = 1; k <= n; k++) {
    for (let len = Math.min(MAX_NAME_TOKENS, n - k + 1); len >= 1; len--) {
      const surface = s.span(k, k + len - 1);
      const known = knownName(surface);
      if (!known) continue;
      const tok = s.tok(k);
      // "Jordan" the person, "Chad" the first name: the tagger's PERSON wins over a one-word state.
      if (len === 1 && tok?.ner === 'PERSON' && known.type === 'country' && known.form !== 'demonym') continue;
      out.push(make(s, k, k + len - 1, 'known', tok?.ner ?? 'O', known));
      k += len - 1;
      break;
    }
  }
  return out;
}

function entitySpans(s: Sentence): NameSpan[] {
  const out: NameSpan[] = [];
  const n = s.tokens.length;
  for (let k = 1; k <= n; k++) {
    const tag = s.tok(k)?.ner ?? 'O';
    if (!ENTITY.has(tag)) continue;
    let last = k;
    while (last < n && s.tok(last + 1)?.ner === tag) last++;
    // A possessive 's inside a run belongs to the outer phrase ("the Treasury Department's Office of ...") when what comes
    // before it is a name of its own; "People's Front for ...", "Workers' Party" keep their 's.
    let first = k;
    for (let j = k; j <= last; j++) {
      if (s.tok(j)?.pos === 'POS' && j > first && knownName(s.span(first, j - 1))) {
        if (j > first) out.push(make(s, first, j - 1, 'ner', tag, knownName(s.span(first, j - 1))));
        first = j + 1;
      }
    }
    // "Lima Holdings and Pacific Star Shipping": two company names in one run.
    for (let j = first + 1; j < last; j++) {
      if (tag === 'ORGANIZATION' && s.tok(j)?.lower === 'and' && COMPANY_CUES.has(s.tok(j - 1)?.lower ?? '') && /^\p{Lu}/u.test(s.tok(j + 1)?.text ?? '')) {
        out.push(make(s, first, j - 1, 'ner', tag, knownName(s.span(first, j - 1))));
        first = j + 1;
      }
    }
    // A lone common noun the tagger capitalised or tagged ("State" of "Secretary of State", "Party", "People") is no name.
    const lone = first === last && (NOT_NAMES.has(s.tok(first)?.lower ?? '') || COMMON.has(s.tok(first)?.lemma ?? '') || /-(related|linked|backed|based|led|owned|aligned)$/i.test(s.tok(first)?.text ?? ''));
    if (first <= last && !lone) out.push(make(s, first, last, 'ner', tag, knownName(s.span(first, last))));
    k = last;
  }
  return out;
}

function capsSpans(s: Sentence, taken: (k: number) => boolean): NameSpan[] {
  const out: NameSpan[] = [];
  const n = s.tokens.length;
  for (let k = 1; k <= n; k++) {
    const t = s.tok(k);
    // NOTE: acronyms are names whatever the tagger's part of speech ("Iran's MOIS" came out NN).
    const acronym = /^[A-Z][A-Z0-9&-]+$/.test(t?.text ?? '') && (t?.text.length ?? 0) >= 2;
    // A capitalised common noun inside a sentence ("the Storting") is a name the tagger did not know.
    const midCapital = !!t && k > 1 && /^NN/.test(t.pos) && /^\p{Lu}\p{Ll}/u.test(t.text) && !['``', '"', ':', '-LRB-'].includes(s.tok(k - 1)?.pos ?? '') && !COMMON.has(t.lemma);
    if (!t || taken(k) || !(/^NNP/.test(t.pos) || acronym || midCapital) || !capitalised(t.text) || NOT_NAMES.has(t.lower.replace(/\.$/, ''))) continue;
    let last = k;
    for (let j = k + 1; j <= n; j++) {
      const u = s.tok(j);
      if (!u || taken(j)) break;
      if ((/^NNP/.test(u.pos) || /^[A-Z0-9]/.test(u.text)) && /^[\p{Lu}0-9]/u.test(u.text) && !NOT_NAMES.has(u.lower) && (last === j - 1 || JOINERS.has(s.tok(j - 1)?.lower ?? '') || s.tok(j - 1)?.pos === 'HYPH')) last = j;
      else if ((!JOINERS.has(u.lower) && u.pos !== 'HYPH') || u.pos === 'POS') break;
    }
    const text = s.span(k, last);
    // "Ministers added ...": a common noun capitalised only because it opens the sentence.
    const singular = t.lower.replace(/(?<=[^s])s$/, '');
    if (k === 1 && last === k && t.ner === 'O' && !acronym && (COMMON.has(t.lower) || COMMON.has(singular))) continue;
    // Model designators ("Su-24M", "F-16", "Mi-8", "S-400") are things, not actors.
    if (!/^[A-Z][a-z]?-?\d/.test(text)) out.push(make(s, k, last, 'caps', ''));
    k = last;
  }
  return out;
}

/** Every name span of a sentence, in text order, without overlaps (longer entity runs win over known names inside them). */
/** A line in capitals ("JULY 20, 2021 / 11:42 AM / UPDATED 2 HOURS AGO"): page furniture or a shouted headline. */
function shouted(s: Sentence): boolean {
  const words = s.tokens.filter((t) => /^\p{L}{2,}/u.test(t.text));
  return words.length >= 2 && words.filter((t) => t.text === t.text.toUpperCase()).length >= words.length * 0.6;
}

export function nameSpans(s: Sentence): NameSpan[] {
  if (shouted(s)) return knownSpans(s);
  const entities = entitySpans(s);
  const known = knownSpans(s);
  const kept: NameSpan[] = [];
  for (const k of known) {
    const inside = entities.find((e) => e.first <= k.first && e.last >= k.last && e.last - e.first > k.last - k.first && e.ner !== 'LOCATION' && e.ner !== 'MISC');
    if (!inside) kept.push(k);
  }
  for (const e of entities) {
    if (kept.some((k) => k.first <= e.last && k.last >= e.first)) continue;
    kept.push(e);
  }
  const taken = (t: number): boolean => kept.some((k) => t >= k.first && t <= k.last);
  kept.push(...capsSpans(s, taken));
  return kept.sort((a, b) => a.first - b.first);
}
