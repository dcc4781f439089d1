// Which names of an actor say who it is, judged with the extractor's own
// lexicons: "Foreign Ministry", "the ministry", "officials", "the president"
// are bare office or body phrases that any state has (generic), while
// "IRGC", "Kremlin", "State Department", "Russian Foreign Ministry" or
// "Blinken" pick out one actor (specific). And the state a body's name
// itself names ("Iranian Foreign Ministry" → Iran, "OFAC" → United States).
// The writer merges actors of different articles only on specific names.
import {
  ARMED_GROUP_NOUNS, BODY_NOUNS, GOVERNMENT_NOUNS, LEGISLATOR_NOUNS, MILITARY_NOUNS, PEOPLE_NOUNS, PERSON_NOUNS, STATE_PEOPLE_NOUNS,
} from '../lexicon/actor-nouns.ts';
import { TITLE_WORDS } from '../lexicon/offices.ts';
import { bodyKey } from './body-names.ts';
import { INSTITUTION_ANAPHORS, knownName } from './gazetteer.ts';
import { NOT_NAMES } from './name-spans.ts';
import { DESCRIPTIONS } from './phrase-words.ts';

/** Words of office and body phrases: nouns that say what an actor is, titles, and words that never make a name. */
const GENERIC_WORDS: ReadonlySet<string> = new Set([
  ...BODY_NOUNS, ...GOVERNMENT_NOUNS, ...LEGISLATOR_NOUNS, ...STATE_PEOPLE_NOUNS, ...PEOPLE_NOUNS, ...MILITARY_NOUNS,
  ...PERSON_NOUNS, ...ARMED_GROUP_NOUNS, ...TITLE_WORDS, ...NOT_NAMES, ...Object.keys(DESCRIPTIONS),
]);

const isGenericWord = (w: string): boolean =>
  GENERIC_WORDS.has(w) || (w.endsWith('ies') && GENERIC_WORDS.has(`${w.slice(0, -3)}y`)) || (w.endsWith('es') && GENERIC_WORDS.has(w.slice(0, -2))) || (w.endsWith('s') && GENERIC_WORDS.has(w.slice(0, -1)));

const straight = (s: string): string => s.replace(/[’‘]/g, "'").trim();
const withoutThe = (s: string): string => s.replace(/^the\s+/i, '');
const unpossessed = (w: string): string => w.replace(/'s?$/, '').replace(/[,;:]$/, '');

/** Whether a run of one to three words of the name is a state's name, demonym, capital or seat. */
function namesAState(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++)
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const k = knownName(unpossessed(words.slice(i, i + n).join(' ')));
      if (k?.type === 'country') return true;
    }
  return false;
}

/**
 * Whether a name is generic: a bare office or body phrase without a national
 * qualifier ("Foreign Ministry", "Ministry of Foreign Affairs", "the
 * embassy", "officials", "the state department"), or an institution's
 * anaphor ("the bloc"). A known institution's name as the lexicon writes it
 * ("State Department", "Foreign Office") and any name that names a state or
 * has a word outside the generic lexicons ("IRGC", "Blinken") are specific.
 */
export function isGenericName(name: string): boolean {
  const surface = withoutThe(straight(name));
  if (surface === '') return true;
  if (INSTITUTION_ANAPHORS.has(surface)) return true;
  const known = knownName(surface);
  if (known) return known.type === 'institution' && known.anaphor;
  const words = surface.split(/\s+/);
  if (namesAState(words)) return false;
  // NOTE: bodyKey folds the spellings of one body ("affairs", "external", "armed") the way the extractor's registry does.
  const key = bodyKey(surface);
  return key === '' || key.split(' ').every(isGenericWord);
}

/** The state (a country's common name) that a body's name itself names: a known national body or seat, or a leading state ("Iranian", "Iran's", "U.S."). */
export function stateNamedIn(name: string): string | null {
  const surface = withoutThe(straight(name));
  const known = knownName(surface);
  if (known?.type === 'institution') return known.institution.state ?? null;
  if (known?.type === 'country') return known.form === 'seat' ? known.country : null;
  const words = surface.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const lead = words.slice(0, n).join(' ');
    const k = knownName(unpossessed(lead));
    // NOTE: a capital leads a body's name as its host as often as its owner ("Moscow court", "London bureau"), unless possessive.
    if (k?.type === 'country' && (k.form !== 'capital' || /'s?$/.test(lead))) return k.country;
  }
  return null;
}
