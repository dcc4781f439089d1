// The country gazetteer, built from the `world-countries` data: names, official
// names, Latin alternative spellings, capitals (as metonyms: "Tehran" for Iran)
// and demonyms, plus the common short forms news writing uses.
import worldCountries from 'world-countries';
import type { Country } from 'world-countries';

// NOTE: the package is CommonJS (`module.exports = [...]`) but its typings declare
// an ES default export, which NodeNext types as the module namespace; at run time
// the default import is the array itself.
const countries = worldCountries as unknown as readonly Country[];

export interface CountryEntry {
  /** Canonical (common) name, e.g. 'Iran'. */
  readonly name: string;
  readonly official: string;
  /** Adjective, e.g. 'Iranian'. */
  readonly demonym: string;
  readonly capital: string | null;
}

/** Short forms news writing uses that the data lacks. */
const SHORT_FORMS: Readonly<Record<string, string>> = {
  'U.S.': 'United States', 'U.S.A.': 'United States', America: 'United States', 'United States': 'United States',
  'U.K.': 'United Kingdom', Britain: 'United Kingdom', 'Great Britain': 'United Kingdom',
  'Czech Republic': 'Czechia', 'South Korea': 'South Korea', 'Republic of Korea': 'South Korea',
  'Ivory Coast': 'Ivory Coast', Burma: 'Myanmar', Turkey: 'Türkiye', 'Republic of Turkey': 'Türkiye',
  'Holy See': 'Vatican City', Vatican: 'Vatican City', 'Russian Federation': 'Russia', 'Islamic Republic': 'Iran',
  'Mainland China': 'China', 'Democratic Republic of Congo': 'DR Congo', Holland: 'Netherlands',
};

/** English names news writing uses where the data's common name differs. */
const DISPLAY_NAMES: Readonly<Record<string, string>> = { 'Türkiye': 'Turkey' };

/** States the data marks neither independent nor UN members that news treats as states. */
const DE_FACTO_STATES = new Set(['Taiwan', 'Palestine', 'Kosovo']);

/** Extra demonyms (adjectives) the data lacks. */
const EXTRA_DEMONYMS: Readonly<Record<string, string>> = {
  British: 'United Kingdom', English: 'United Kingdom', Scottish: 'United Kingdom', Welsh: 'United Kingdom',
  Dutch: 'Netherlands', Czech: 'Czechia', Saudi: 'Saudi Arabia', Emirati: 'United Arab Emirates', Turkish: 'Türkiye',
  Filipino: 'Philippines', Swiss: 'Switzerland', Vatican: 'Vatican City',
};

/** Capitals that are also common first names or English words: never a metonym. */
const AMBIGUOUS_CAPITALS = new Set(['Victoria', 'Kingston', 'Hamilton', 'Georgetown', 'Santiago', 'Praia', 'Nassau', 'Valletta', 'Roseau', 'Apia', 'Palikir', 'Avarua', 'Alofi', 'Flying Fish Cove', 'Adamstown', 'Jamestown', 'Plymouth', 'Brussels']);

/** Only sovereign states; territories share too many names. */
const SOVEREIGN = countries.filter((c) => c.independent === true || c.unMember || DE_FACTO_STATES.has(c.name.common));

/** The name this project uses for a state, from the data's common name. */
const canon = (common: string): string => DISPLAY_NAMES[common] ?? common;

export const COUNTRIES: readonly CountryEntry[] = SOVEREIGN.map((c) => ({
  name: canon(c.name.common),
  official: c.name.official,
  demonym: c.demonyms.eng?.m ?? c.name.common,
  capital: (c.capital[0] ?? '').replace(/\s+D\.C\.$/, '') || null,
}));

const byName = new Map(COUNTRIES.map((c) => [c.name, c]));

export function countryByName(name: string): CountryEntry | undefined {
  return byName.get(name);
}

export type CountryForm = 'name' | 'capital' | 'demonym' | 'people';

/** Surface form → country name and what kind of form it is. Case-sensitive. */
export const COUNTRY_FORMS: ReadonlyMap<string, { readonly country: string; readonly form: CountryForm }> = (() => {
  const m = new Map<string, { country: string; form: CountryForm }>();
  const add = (surface: string, country: string, form: CountryForm): void => {
    if (surface.length < 2 || /[^\p{Script=Latin}\s.'’-]/u.test(surface) || m.has(surface)) return;
    m.set(surface, { country, form });
  };
  for (const c of SOVEREIGN) {
    add(c.name.common, canon(c.name.common), 'name');
    add(canon(c.name.common), canon(c.name.common), 'name');
    add(c.name.official, canon(c.name.common), 'name');
    for (const alt of c.altSpellings) if (alt.length > 2 || /^[A-Z]{2}$/.test(alt) === false) add(alt, canon(c.name.common), 'name');
  }
  for (const [surface, country] of Object.entries(SHORT_FORMS)) add(surface, canon(country), 'name');
  for (const short of ['US', 'UK', 'USA', 'UAE', 'DPRK', 'PRC', 'ROK']) {
    const target = { US: 'United States', UK: 'United Kingdom', USA: 'United States', UAE: 'United Arab Emirates', DPRK: 'North Korea', PRC: 'China', ROK: 'South Korea' }[short];
    if (target) m.set(short, { country: target, form: 'name' });
  }
  for (const c of COUNTRIES) {
    if (c.capital && !AMBIGUOUS_CAPITALS.has(c.capital)) add(c.capital, c.name, 'capital');
  }
  for (const [surface, country] of Object.entries(EXTRA_DEMONYMS)) add(surface, canon(country), 'demonym');
  for (const c of COUNTRIES) {
    add(c.demonym, c.name, 'demonym');
    // People: "Russians", "Czechs"; demonyms in -ese/-ish/-ch take no plural.
    if (!/(ese|ish|ch|ss|s)$/.test(c.demonym) || c.demonym === 'Czech') add(`${c.demonym}s`, c.name, 'people');
  }
  return m;
})();
