// Which names say who an actor is: bare office and body phrases without a
// national qualifier are generic; known institutions, names that name a state
// and names with a word outside the generic lexicons are specific.
import { describe, expect, it } from 'vitest';
import { isGenericName, stateNamedIn } from '../../../../server/extract/actors/generic-names.ts';

describe('isGenericName', () => {
  it.each([
    'Foreign Ministry', 'foreign ministry', 'the Foreign Ministry', 'Ministry of Foreign Affairs', 'Defence Ministry', 'the ministry',
    'the embassy', 'Embassy', 'the government', 'police', 'the president', 'officials', 'the state department', 'Senate',
    'National Assembly', 'troops', 'the authorities', 'the kingdom', 'the bloc', 'Secretary of State', '',
  ])('%j is generic', (name) => {
    expect(isGenericName(name)).toBe(true);
  });

  it.each([
    'IRGC', 'Islamic Revolutionary Guard Corps', 'Kremlin', 'State Department', 'Foreign Office', 'Iranian Foreign Ministry',
    "Iran's foreign ministry", 'Russian forces', 'U.S. Treasury', 'Blinken', 'Antony Blinken', 'Islamic Republic', 'Unit 74455',
    'White House', 'Security Council',
  ])('%j is specific', (name) => {
    expect(isGenericName(name)).toBe(false);
  });
});

describe('stateNamedIn', () => {
  it.each([
    ['Iranian Foreign Ministry', 'Iran'],
    ["Russia's defence ministry", 'Russia'],
    ['U.S. Embassy', 'United States'],
    ['North Korean Foreign Ministry', 'North Korea'],
    ['Islamic Revolutionary Guard Corps', 'Iran'],
    ['OFAC', 'United States'],
    ['Kremlin', 'Russia'],
    ["Managua's foreign ministry", 'Nicaragua'],
    ['Moscow court', null],
    ['Embassy in London', null],
    ['Foreign Ministry', null],
  ])('%j names %j', (name, state) => {
    expect(stateNamedIn(name)).toBe(state);
  });
});
