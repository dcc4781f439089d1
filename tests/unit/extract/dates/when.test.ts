// whenOf: the date of an event from the date expression nearest its trigger,
// resolved against the publication date; partial dates keep what the text fixes.
import { describe, expect, it } from 'vitest';
import { parseIsoDate, whenOf } from '../../../../server/extract/dates/when.ts';
import { extract, isEvent } from '../helpers.ts';

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

describe('the date of an event in a sentence that gives two', () => {
  it('prefers the date of its own clause to a nearer one outside it', () => {
    const s = 'Chile said on Monday that Peru had attacked the computers of its foreign ministry in March.';
    const march = s.indexOf('March');
    expect(whenOf(s, s.indexOf('attacked'), pub)).toBe('2022-09-05');
    expect(whenOf(s, s.indexOf('attacked'), pub, (at) => at >= march)).toBe('2022-03');
  });

  it.each([
    ["Chile said on Monday that Peru had attacked its foreign ministry's computers in March.", '2023-03'],
    ['Chile said on Monday that Peru had attacked its parliament.', '2023-05-08'],
    ['Norway imposed sanctions on Peru on Monday after the attack in March.', '2023-05-08'],
  ])('reads it from the parse: %s → %s', async (text, when) => {
    const x = await extract(text);
    const dates = [...new Set(x.relationships.filter(isEvent).map((r) => r.when))];
    expect(dates).toEqual([when]);
  });
});
