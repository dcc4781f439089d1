// Offices whose title alone says which state or organisation the holder
// serves ("Secretary of State Jane Doe", "Foreign Secretary Dominic Raab"),
// and offices tied to a seat of government ("President" ↔ the White House,
// the Kremlin): a holder of such an office in an article that names exactly
// one seat with that office serves that seat's state. Lower case.

/** Title → state (a country's common name) or organisation (an institution's name). */
export const NATIONAL_OFFICES: Readonly<Record<string, string>> = {
  'secretary of state': 'United States',
  'treasury secretary': 'United States',
  'secretary of the treasury': 'United States',
  'defense secretary': 'United States',
  'secretary of defense': 'United States',
  'homeland security secretary': 'United States',
  'commerce secretary': 'United States',
  'attorney general': 'United States',
  'deputy attorney general': 'United States',
  'national security adviser': 'United States',
  'foreign secretary': 'United Kingdom',
  'home secretary': 'United Kingdom',
  'defence secretary': 'United Kingdom',
  'chancellor of the exchequer': 'United Kingdom',
  taoiseach: 'Ireland',
  'secretary-general': 'United Nations',
  'un secretary-general': 'United Nations',
};

/** Offices held at a seat of government, by seat (as written in lexicon/institutions.ts SEATS). */
export const SEAT_OFFICES: Readonly<Record<string, readonly string[]>> = {
  Kremlin: ['president', 'spokesman', 'spokeswoman', 'spokesperson', 'chief of staff'],
  'White House': ['president', 'vice president', 'press secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'chief of staff'],
  'Élysée': ['president'],
  Elysee: ['president'],
  'Blue House': ['president'],
  'Downing Street': ['prime minister'],
  'Number 10': ['prime minister'],
};

/** Words of a title of office: a name preceded or followed by them is held by an official. */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'chancellor', 'premier', 'king', 'queen', 'emperor',
  'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'governor', 'mayor', 'general',
  'colonel', 'admiral', 'director', 'chief', 'leader', 'chairman', 'chairwoman', 'head', 'commander', 'judge',
  'prosecutor', 'attorney', 'deputy', 'foreign', 'defence', 'defense', 'interior', 'home', 'treasury', 'state',
  'justice', 'finance', 'crown', 'prince', 'sheikh', 'emir', 'ayatollah', 'supreme', 'adviser', 'advisor', 'press',
  'national', 'security',
]);

/**
 * How an official stands to the state or body of their office: a spokesman,
 * ambassador or envoy SPEAKS_FOR it, a head of it LEADS it, any other office
 * (a minister, an officer) is PART_OF it.
 */
export function officeLink(office: string | null): 'SPEAKS_FOR' | 'LEADS' | 'PART_OF' {
  const o = office ?? '';
  if (/\b(spokes(man|woman|person)|ambassador|envoy|press secretary|representative)\b/.test(o)) return 'SPEAKS_FOR';
  if (/\b(president|prime minister|premier|chancellor|king|queen|emperor|emir|sultan|leader|head|chief|director|chair(man|woman)?|commander|supreme leader|secretary-general)\b/.test(o) && !/\bdeputy\b|\bvice\b/.test(o)) return 'LEADS';
  return 'PART_OF';
}
