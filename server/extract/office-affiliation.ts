// Affiliates officials the text names only by title ("President Jane Roe",
// "Foreign Minister John Doe") with a state: the state whose seat of that
// office the article names (White House → the President's), else the state
// of the article's dateline when the article also names it.
import type { ActorRegistry } from './registry.ts';
import { SEATS } from './lexicon/institutions.ts';
import { COUNTRY_FORMS } from './lexicon/countries.ts';
import { countryKey } from './actor-keys.ts';

const NATIONAL_TITLES = /\b(president|prime minister|minister|secretary|chancellor|premier|spokes(man|woman|person)|ambassador)\b/;

export function affiliateOfficials(reg: ActorRegistry, titles: ReadonlyMap<string, string>, datelineCity: string | null): void {
  const countries = reg.all().filter((r) => r.kind === 'Country' && r.mentions > 0);
  const datelinePlace = datelineCity ? COUNTRY_FORMS.get(datelineCity.charAt(0) + datelineCity.slice(1).toLowerCase()) : undefined;
  const datelineState = datelinePlace ? countries.find((c) => c.key === countryKey(datelinePlace.country)) : undefined;
  for (const [key, title] of titles) {
    const rec = reg.get(key);
    if (!rec || rec.parent || !NATIONAL_TITLES.test(title)) continue;
    const seat = Object.entries(SEATS).find(([name, s]) => title.endsWith(s.office.toLowerCase()) && countries.some((c) => c.aliases.has(name)));
    if (seat) {
      reg.setParent(key, countryKey(seat[1].country), 'SPEAKS_FOR', rec.firstSentence);
      continue;
    }
    if (datelineState) reg.setParent(key, datelineState.key, 'SPEAKS_FOR', rec.firstSentence);
  }
}
