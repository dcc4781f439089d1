// Officials the text names only by a title ("President Jane Roe", "Foreign
// Minister John Doe"): when the article names exactly one seat of government
// whose offices include that title, the official serves the seat's state;
// else an official with a national title in an article filed from a state's
// city ("PRAGUE —") that names that state serves it; else the state named
// most often beside the official, when one clearly leads and the official
// does not act against it.
import { officeLink, SEAT_OFFICES } from '../lexicon/offices.ts';
import { ActorRegistry, type ActorRec } from './registry.ts';
import type { Salience } from './salience.ts';

export function affiliateBySeat(reg: ActorRegistry): void {
  const seats = Object.keys(SEAT_OFFICES).flatMap((seat) => {
    const state = reg.all().find((r) => r.kind === 'Country' && r.mentions > 0 && r.aliases.has(seat));
    return state ? [{ seat, state, offices: SEAT_OFFICES[seat] ?? [] }] : [];
  });
  for (const rec of reg.all()) {
    if (rec.kind !== 'Person' || rec.state || !rec.office) continue;
    const office = rec.office;
    const fits = seats.filter((s) => s.offices.some((o) => office === o || office.endsWith(` ${o}`)));
    const only = fits[0];
    if (fits.length !== 1 || !only) continue;
    rec.state = only.state.key;
    rec.link = { type: officeLink(office), target: only.state.key, sentence: rec.firstSentence };
  }
}

/** National titles that, unqualified, belong to the government of the place a story is filed from. */
const NATIONAL_TITLE = /\b(president|prime minister|minister|premier|chancellor|foreign secretary|secretary of state|spokes(man|woman|person))\b/;

export function affiliateByDateline(reg: ActorRegistry, country: string | null): void {
  if (!country) return;
  const state = reg.get(ActorRegistry.countryKey(country));
  if (!state || state.mentions === 0) return;
  for (const rec of reg.all()) {
    if (rec.kind !== 'Person' || rec.state || !rec.office || !NATIONAL_TITLE.test(rec.office)) continue;
    rec.state = state.key;
    rec.link = { type: officeLink(rec.office), target: state.key, sentence: rec.firstSentence };
  }
}

/**
 * The state most often named in the sentences that name the official, when
 * it is named at least twice and more than any other, and takes no part in a
 * claim with the official (a state does not sanction or attack its own).
 */
export function affiliateByCompany(reg: ActorRegistry, salience: Salience, targetsOf: (r: ActorRec) => ReadonlySet<ActorRec>): void {
  for (const rec of reg.all()) {
    if (rec.kind !== 'Person' || rec.state || !rec.office || !NATIONAL_TITLE.test(rec.office)) continue;
    const against = targetsOf(rec);
    const counts = new Map<ActorRec, number>();
    for (const m of salience.mentionsIn(salience.sentencesOf(rec))) if (m.kind === 'Country' && !against.has(m)) counts.set(m, (counts.get(m) ?? 0) + 1);
    const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
    if (!first || first[1] < 2 || (second && second[1] >= first[1])) continue;
    rec.state = first[0].key;
    rec.link = { type: officeLink(rec.office), target: first[0].key, sentence: rec.firstSentence };
  }
}

/**
 * National bodies the text names without their state ("the Foreign Ministry
 * said", "the national police") belong to the state the story is filed from,
 * else to the state the article names most, when one clearly leads; their
 * officials follow them.
 */
export function affiliateBodies(reg: ActorRegistry, salience: Salience, home: string | null): void {
  const homeRec = home ? reg.get(ActorRegistry.countryKey(home)) : undefined;
  const [first, second] = salience.countryCounts();
  const topic = homeRec && homeRec.mentions > 0 ? homeRec : first && (!second || first[1] >= second[1] * 2) ? first[0] : undefined;
  if (!topic) return;
  for (const rec of reg.all()) {
    if (rec.kind !== 'GovernmentBody' || rec.state || rec.link) continue;
    rec.state = topic.key;
    rec.link = { type: 'PART_OF', target: topic.key, sentence: rec.firstSentence };
  }
  for (const rec of reg.all()) {
    if (rec.kind !== 'Person' || rec.state || !rec.link) continue;
    const parent = reg.get(rec.link.target);
    if (parent?.kind === 'GovernmentBody' && parent.state) rec.state = parent.state;
  }
}
