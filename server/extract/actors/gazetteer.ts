// The known names: every surface form of a state (name, capital, demonym) and
// of the institutions of lexicon/institutions.ts, looked up by exact text.
import { COUNTRY_FORMS, type CountryForm } from '../lexicon/countries.ts';
import { NATIONAL_BODIES, SEATS, SUPRANATIONAL, type Institution } from '../lexicon/institutions.ts';

export type KnownName =
  | { readonly type: 'country'; readonly country: string; readonly form: CountryForm | 'seat' }
  | { readonly type: 'institution'; readonly institution: Institution; readonly anaphor: boolean };

const TABLE: ReadonlyMap<string, KnownName> = (() => {
  const m = new Map<string, KnownName>();
  for (const [surface, f] of COUNTRY_FORMS) m.set(surface, { type: 'country', country: f.country, form: f.form });
  for (const [surface, country] of Object.entries(SEATS)) m.set(surface, { type: 'country', country, form: 'seat' });
  for (const inst of [...SUPRANATIONAL, ...NATIONAL_BODIES]) {
    for (const a of [inst.name, ...inst.aliases]) m.set(a, { type: 'institution', institution: inst, anaphor: false });
    // Capitalised anaphors ("Brussels" for the EU) are names; "the bloc" is a description (denote.ts).
    for (const a of inst.anaphors ?? []) if (/^\p{Lu}/u.test(a) && !m.has(a)) m.set(a, { type: 'institution', institution: inst, anaphor: true });
  }
  return m;
})();

/** The longest number of tokens a known name spans. */
export const MAX_NAME_TOKENS = 8;

const straighten = (s: string): string => s.replace(/[’‘]/g, "'");

/** The known name written exactly as `surface` (curly apostrophes straightened), if any. */
export function knownName(surface: string): KnownName | undefined {
  return TABLE.get(surface) ?? TABLE.get(straighten(surface));
}

/** Institutions' group-like forms ("the bloc") and the institution each stands for. */
export const INSTITUTION_ANAPHORS: ReadonlyMap<string, Institution> = new Map(
  SUPRANATIONAL.flatMap((i) => (i.anaphors ?? []).map((a) => [a.replace(/^the /, ''), i] as const)),
);
