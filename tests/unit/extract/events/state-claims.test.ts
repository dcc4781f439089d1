// A state acts through its bodies and officials: their act is also the
// state's ("the U.S. Treasury sanctioned X" → the United States sanctioned X),
// the body's own claim kept beside it.
import { describe, expect, it } from 'vitest';
import { compare, edgesOf, right, type Reading } from '../helpers.ts';

describe("a body's or an official's act", () => {
  it.each<readonly [string, string, Reading]>([
    ['a treasury', 'The U.S. Treasury on Tuesday sanctioned Jorge Salas, a Peruvian mining executive.', { required: ['SANCTIONED United States -> Jorge Salas'], optional: ['SANCTIONED U.S. Treasury Department -> Jorge Salas'] }],
    ['a treasury imposing sanctions', 'The U.S. Treasury imposed sanctions on Andes Mining Corporation on Tuesday.', { required: ['SANCTIONED United States -> Andes Mining Corporation'], optional: ['SANCTIONED U.S. Treasury Department -> Andes Mining Corporation'] }],
    ['a finance ministry', "Japan's Finance Ministry froze the assets of Andes Mining Corporation.", { required: ['SANCTIONED Japan -> Andes Mining Corporation'], optional: ['SANCTIONED Japanese Finance Ministry -> Andes Mining Corporation', 'SANCTIONED Japanese Ministry of Finance -> Andes Mining Corporation'] }],
    ['a foreign ministry', 'The Chilean Foreign Ministry expelled two Bolivian diplomats on Monday.', { required: ['EXPELLED Chile -> Bolivia'], optional: ['EXPELLED Chilean Foreign Ministry -> Bolivia'] }],
    ['a minister', "Norway's foreign minister, Ingrid Dahl, announced sanctions on Lima Holdings.", { required: ['SANCTIONED Norway -> Lima Holdings'], optional: ['SANCTIONED Ingrid Dahl -> Lima Holdings'] }],
    ['armed forces', 'Azerbaijani forces shot down an Armenian military helicopter on Monday.', { required: ['ATTACKED Azerbaijan -> Armenia'], optional: ['ATTACKED Azerbaijani armed forces -> Armenia'] }],
  ])('is its state\'s too: %s', async (_what, text, reading) => {
    expect(compare(await edgesOf(text), reading)).toEqual(right);
  });
});
