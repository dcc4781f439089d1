import { describe, expect, it } from 'vitest';
import { parseIsoDate, whenOf } from '../../../server/extract/dates.ts';

const pub = parseIsoDate('2022-09-10'); // a Saturday

describe('whenOf', () => {
  it.each([
    ['The networks were hit Friday by an attack.', '2022-09-09'],
    ['In July 2022, attackers struck the ministry.', '2022-07'],
    ['The attack launched in July was traced.', '2022-07'],
    ['The agency said on Dec. 19 that it was sure.', '2021-12-19'],
    ['an October 2014 explosion at a depot', '2014-10'],
    ['the poisoning in the port city last year', '2021'],
    ['compromised the networks in 2021', '2021'],
    ['Kenya on Saturday condemned the move.', '2022-09-10'],
    ['No date is given here.', null],
  ])('%s → %s', (sentence, expected) => {
    expect(whenOf(sentence, 0, pub)).toBe(expected);
  });

  it('keeps only absolute dates without a publication date', () => {
    expect(whenOf('They struck on Friday.', 0, null)).toBeNull();
    expect(whenOf('They struck in October 2014.', 0, null)).toBe('2014-10');
  });
});
