// One test per row of the frame table (server/extract/events/frames.ts): a
// plain invented instance of the construction the row reads, and what an
// analyst takes from it. A row without an instance here shows as a todo.
import { describe, expect, it } from 'vitest';
import { FRAMES } from '../../../../server/extract/events/frames.ts';
import { compare, edgesOf, right, type Reading } from '../helpers.ts';

const S = 'SANCTIONED';
const E = 'EXPELLED';
const A = 'ATTACKED';

/** [the row's `reads`, a sentence that is a plain instance of it, what it gives]. */
const INSTANCES: readonly (readonly [string, string, Reading])[] = [
  // ── SANCTIONED
  ['X hit Y with sanctions', 'Norway hit Peru with sanctions on Monday.', { required: [`${S} Norway -> Peru`] }],
  ['X imposed (placed, announced, slapped) sanctions (a travel ban, an asset freeze) on Y', 'Chile imposed a travel ban on Tomas Varga, a Bolivian general.', { required: [`${S} Chile -> Tomas Varga`], optional: [`${S} Chile -> Bolivia`] }],
  ["X froze (blocked, seized) the assets of Y / Y's assets / assets belonging to Y", 'Chile froze the assets of Andes Mining Corporation.', { required: [`${S} Chile -> Andes Mining Corporation`] }],
  ['X sanctioned (blacklisted, designated, penalised) Y', 'Japan sanctioned Jorge Salas, a Peruvian mining executive, on Friday.', { required: [`${S} Japan -> Jorge Salas`] }],
  ['X banned (barred) Y from entering / travelling', "Brazil banned Luis Benitez, Paraguay's interior minister, from entering the country.", { required: [`${S} Brazil -> Luis Benitez`], optional: [`${S} Brazil -> Paraguay`] }],
  ['X added Y to its sanctions list (blacklist, entity list)', 'Argentina added Lima Holdings to its sanctions list.', { required: [`${S} Argentina -> Lima Holdings`] }],
  ['X halted (suspended, banned) arms exports (sales, deliveries) to Y', 'Sweden halted arms exports to Kenya.', { required: [`${S} Sweden -> Kenya`] }],
  ['the sanctions (the measures) target (cover, include) Y', 'Norway imposed new sanctions on Peru on Monday. The measures target the Peruvian mining minister, Jorge Salas.', { required: [`${S} Norway -> Peru`, `${S} Norway -> Jorge Salas`] }],
  ['the sanctions target Y (with "target" read as a noun: "the sanctions target")', 'Norway imposed new sanctions on Peru on Monday. The sanctions target Jorge Salas.', { required: [`${S} Norway -> Peru`, `${S} Norway -> Jorge Salas`] }],
  ['those sanctioned (designated, targeted) include Y', 'Norway imposed sanctions on ten Peruvian officials on Monday. Those sanctioned include Jorge Salas.', { required: [`${S} Norway -> Jorge Salas`], optional: [`${S} Norway -> Peru`] }],
  ['Y is (remains) on the (sanctions) list', 'Norway imposed sanctions on ten Peruvian officials on Monday. Jorge Salas is on the list.', { required: [`${S} Norway -> Jorge Salas`], optional: [`${S} Norway -> Peru`] }],
  ["sanctions (a travel ban, an asset freeze) by X on Y; X's / U.S. sanctions on Y", "Norway's sanctions on Peru took effect on Monday.", { required: [`${S} Norway -> Peru`] }],
  // ── EXPELLED
  ['X expelled (deported, kicked out) Y; X expelled diplomats from Y', 'Norway expelled two Peruvian diplomats on Monday.', { required: [`${E} Norway -> Peru`] }],
  ['X gave Y N hours (days) to leave', 'Chile gave the Bolivian ambassador 72 hours to leave the country.', { required: [`${E} Chile -> Bolivia`] }],
  ['X ordered (told) Y out / to leave', 'Kenya ordered three Tanzanian diplomats to leave the country.', { required: [`${E} Kenya -> Tanzania`] }],
  ['X ordered Y out (of the country)', 'Ghana ordered the Nigerian envoy out of the country.', { required: [`${E} Ghana -> Nigeria`] }],
  ['X sent Y home (packing)', 'Sweden sent the Egyptian diplomats home.', { required: [`${E} Sweden -> Egypt`] }],
  ['X declared Y persona non grata (unwelcome)', 'Finland declared two Austrian diplomats persona non grata on Monday.', { required: [`${E} Finland -> Austria`] }],
  ['X severed (cut, broke off, suspended) ties (relations) with Y', 'Morocco severed diplomatic ties with Algeria on Wednesday.', { required: [`${E} Morocco -> Algeria`] }],
  ['X announced (ordered, carried out) the expulsion of Y', 'Norway announced the expulsion of two Peruvian diplomats on Monday.', { required: [`${E} Norway -> Peru`] }],
  ["the expulsion of Y by X; X's expulsion of Y", "Peru condemned Chile's expulsion of two Peruvian diplomats.", { required: [`${E} Chile -> Peru`] }],
  // ── ATTACKED
  ['X launched (fired) missiles (drones, rockets) at Y', 'Egypt fired missiles at Libyan ports on Sunday.', { required: [`${A} Egypt -> Libya`] }],
  ['X launched (carried out, conducted, mounted) an attack (strikes, a cyberattack) on Y', "Serbia carried out a cyberattack on Croatia's electricity grid.", { required: [`${A} Serbia -> Croatia`] }],
  ['X shot (brought, took, knocked) down Y', 'Azerbaijan shot down an Armenian drone on Monday.', { required: [`${A} Azerbaijan -> Armenia`] }],
  ['X gained (got) access to Y', "The Grey Heron group gained access to Chile's election commission.", { required: [`${A} Grey Heron -> Chilean Election Commission`], optional: [`${A} Grey Heron -> Chile`] }],
  ['X stole data (secrets, emails) from Y', "The Grey Heron group stole emails from Chile's foreign ministry.", { required: [`${A} Grey Heron -> Chilean Foreign Ministry`], optional: [`${A} Grey Heron -> Chile`] }],
  ['X hacked into (broke into) Y', "The Grey Heron group hacked into the Brazilian foreign ministry's email system.", { required: [`${A} Grey Heron -> Brazilian Foreign Ministry`], optional: [`${A} Grey Heron -> Brazil`] }],
  ['X fired on (at) Y; X opened fire on Y', 'Armenian troops fired on Azerbaijani positions.', { required: [`${A} Armenia -> Azerbaijan`], optional: [`${A} Armenian armed forces -> Azerbaijan`] }],
  ['X attacked (struck, hit, bombed, hacked, invaded, poisoned, killed) Y', 'Serbia attacked Croatia on Sunday.', { required: [`${A} Serbia -> Croatia`] }],
  ["an attack (strike, cyberattack, invasion) by X on (against) Y; X's attack on Y; Russian strikes on Y", 'The attack by Serbia on Croatia killed ten people.', { required: [`${A} Serbia -> Croatia`] }],
];

describe('the frame table', () => {
  it.each(INSTANCES)('%s: %s', async (_reads, text, reading) => {
    expect(compare(await edgesOf(text), reading)).toEqual(right);
  });

  it('has an instance here only for rows it has', () => {
    const rows = new Set(FRAMES.map((f) => f.reads));
    expect(INSTANCES.map(([reads]) => reads).filter((r) => !rows.has(r))).toEqual([]);
  });

  it('reads every row differently', () => {
    const reads = FRAMES.map((f) => f.reads);
    expect(reads.filter((r, i) => reads.indexOf(r) !== i)).toEqual([]);
  });

  // NOTE: a row the table has but no instance above (a new row, or one whose instance awaits a fix of the extractor).
  for (const f of FRAMES) if (!INSTANCES.some(([reads]) => reads === f.reads)) it.todo(`${f.reads}: a plain instance`);
});
