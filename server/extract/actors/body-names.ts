// Names of government bodies: the key two spellings of one body share
// ("Ministry of Foreign Affairs" ~ "foreign ministry", "Department of the
// Treasury" ~ "Treasury Department"), and the canonical name that carries
// the state ("Iranian Foreign Ministry"), so that the same ministry of two
// states is two actors.
import { COUNTRY_FORMS, countryByName } from '../lexicon/countries.ts';

/** Words dropped from a body key: articles and modifiers that do not change which body it is. */
const KEY_DROP = new Set(['the', 'of', 'for', 'and', '&', "'s", 'national', 'federal', 'state', 'main', 'top']);

/** Spellings folded together in a key. */
const KEY_SYNONYMS: Readonly<Record<string, string>> = {
  defense: 'defence', affairs: '', foreign: 'foreign', external: 'foreign', interior: 'interior', home: 'interior',
  armed: '', ministries: 'ministry', departments: 'department', services: 'service',
};

/**
 * The identity key of a body name without its state: lower case, words sorted
 * after folding, so that "Ministry of Foreign Affairs", "Foreign Ministry" and
 * "foreign affairs ministry" agree.
 */
export function bodyKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[.,]/g, '')
    .split(/[\s-]+/)
    .filter((w) => w && !KEY_DROP.has(w) && !COUNTRY_FORMS.has(w.charAt(0).toUpperCase() + w.slice(1)))
    .map((w) => KEY_SYNONYMS[w] ?? w)
    .filter(Boolean);
  return [...new Set(words)].sort().join(' ');
}

/** How a body's state is named in front of its name: "U.S.", "British", "Iranian". */
export function statePrefix(country: string): string {
  if (country === 'United States') return 'U.S.';
  return countryByName(country)?.demonym ?? country;
}

/** The title-cased body name from its surface form, with the state's own words removed ("Iran's foreign ministry" → "Foreign Ministry"). */
export function bareBodyName(surface: string): string {
  let words = surface.replace(/^the\s+/i, '').replace(/\s+[’']s\b/g, "'s").split(/\s+/).filter(Boolean);
  // A leading state of one to three words, possessive or not: "the United States'", "Iran's", "Iranian".
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const lead = words.slice(0, n).join(' ').replace(/[’']s?$/, '');
    if (COUNTRY_FORMS.has(lead) || lead === 'US') {
      words = words.slice(n);
      break;
    }
  }
  const small = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'to']);
  return words.map((w) => (/^[a-z]/.test(w) && !small.has(w) ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ');
}

/** "Iranian Foreign Ministry": the state's prefix and the bare name, unless the name already names a state. */
export function canonicalBodyName(bare: string, country: string | null): string {
  if (!country) return bare;
  const mentionsState = bare.split(/\s+/).some((w) => COUNTRY_FORMS.has(w.replace(/[’']s$/, '')) || w.replace(/[.]/g, '') === 'US');
  return mentionsState ? bare : `${statePrefix(country)} ${bare}`;
}
