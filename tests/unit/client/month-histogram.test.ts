// Claims per month for the time control's histogram.
import { describe, expect, it } from 'vitest';
import type { ClaimData } from '../../../client/src/graph/elements.ts';
import { bucketText, monthHistogram, monthLabel, monthOf, monthsBetween } from '../../../client/src/graph/month-histogram.ts';

const claim = (id: string, when: string | null, type = 'ATTACKED'): ClaimData => ({
  id, source: 's', target: 't', type, when, key: null, articleId: 'a1', evidence: null, certainty: null, claimedBy: null, denies: null,
});

describe('monthOf and monthLabel', () => {
  it.each([
    ['2022-07-15', '2022-07'],
    ['2022-07', '2022-07'],
    ['2022', '2022-01'],
  ])('%s falls in %s', (when, month) => {
    expect(monthOf(when)).toBe(month);
  });

  it('names a month for people', () => {
    expect(monthLabel('2022-03')).toBe('Mar 2022');
    expect(monthLabel('2021-12')).toBe('Dec 2021');
  });
});

describe('monthsBetween', () => {
  it('lists every month, across a year end', () => {
    expect(monthsBetween('2021-11', '2022-02')).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']);
  });
  it('gives one month when both ends are the same', () => {
    expect(monthsBetween('2022-05', '2022-05')).toEqual(['2022-05']);
  });
});

describe('monthHistogram', () => {
  it('counts claims per month with the empty months between, and the undated apart', () => {
    const h = monthHistogram([claim('1', '2022-01-03'), claim('2', '2022-01'), claim('3', '2022-03-30'), claim('4', null), claim('5', null)]);
    expect(h.months.map((b) => [b.month, b.count])).toEqual([['2022-01', 2], ['2022-02', 0], ['2022-03', 1]]);
    expect(h.undated).toBe(2);
  });

  it('puts a claim dated only by year in its January, counted apart', () => {
    const h = monthHistogram([claim('1', '2021'), claim('2', '2021-01-09'), claim('3', '2021-02')]);
    expect(h.months[0]).toEqual({ month: '2021-01', count: 2, yearOnly: 1 });
    expect(bucketText(h.months[0] ?? { month: '', count: 0, yearOnly: 0 })).toBe('Jan 2021: 2 claims (1 dated only 2021)');
  });

  it('leaves structural links out: they have no date of their own', () => {
    const h = monthHistogram([claim('1', null, 'PART_OF'), claim('2', '2022-05', 'SPEAKS_FOR'), claim('3', '2022-05')]);
    expect(h.months).toEqual([{ month: '2022-05', count: 1, yearOnly: 0 }]);
    expect(h.undated).toBe(0);
  });

  it('adds up: the bars and the undated are all the event claims', () => {
    const claims = ['2020-02', null, '2020-11-30', '2021', null, '2020-02-01'].map((w, i) => claim(String(i), w));
    const h = monthHistogram(claims);
    expect(h.months.reduce((s, b) => s + b.count, 0) + h.undated).toBe(claims.length);
  });

  it('has no months without dated claims', () => {
    expect(monthHistogram([claim('1', null)])).toEqual({ months: [], undated: 1 });
    expect(bucketText({ month: '2022-03', count: 1, yearOnly: 0 })).toBe('Mar 2022: 1 claim');
  });
});
