// The actor names of a sentence are found for <mark>, whole words only.
import { describe, expect, it } from 'vitest';
import { markNames } from '../../../client/src/graph/mark-names.ts';

const marked = (s: string, names: string[]) => markNames(s, names).filter((p) => p.marked).map((p) => p.text);

describe('markNames', () => {
  it('marks each name, case-insensitively, longest first', () => {
    expect(marked("Albania said Iran's Ministry of Intelligence attacked it", ['Iran', "Iran's Ministry of Intelligence", 'albania'])).toEqual(['Albania', "Iran's Ministry of Intelligence"]);
  });

  it('does not mark a name inside another word', () => {
    expect(marked('The Iranian hackers', ['Iran'])).toEqual([]);
  });

  it('keeps the whole sentence, in order', () => {
    const s = 'U.S. sanctions (MOIS) over [July] attack';
    expect(markNames(s, ['U.S.', 'MOIS', '[July]']).map((p) => p.text).join('')).toBe(s);
  });

  it('returns the sentence unmarked when no name is given', () => {
    expect(markNames('plain', [])).toEqual([{ text: 'plain', marked: false }]);
  });
});
