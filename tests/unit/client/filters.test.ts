// Which claims, edges and actors the filters let through.
import { describe, expect, it } from 'vitest';
import type { ClaimData } from '../../../client/src/graph/elements.ts';
import { applyFilters, claimPasses, inDateRange, NO_FILTERS, type Filters } from '../../../client/src/graph/filters.ts';

const claim = (id: string, type: string, when: string | null, articleId = 'a1'): ClaimData => ({
  id, source: 's', target: 't', type, when, key: null, articleId, evidence: null, certainty: null, claimedBy: null, denies: null,
});

describe('inDateRange', () => {
  it.each([
    ['2022-07-15', '2022-07', '2022-07', true],
    ['2022-09-09', null, '2022-08', false],
    ['2022-06', '2022-07', null, false],
    // A claim dated only by year overlaps any range inside that year.
    ['2022', '2022-07', '2022-08', true],
    ['2021', '2022', null, false],
  ])('%s in [%s, %s] is %s', (when, from, to, expected) => {
    expect(inDateRange(when, { from, to, undated: true })).toBe(expected);
  });

  it('shows undated claims only when asked, with or without a range', () => {
    expect(inDateRange(null, { from: '2022', to: null, undated: true })).toBe(true);
    expect(inDateRange(null, { from: '2022', to: null, undated: false })).toBe(false);
    expect(inDateRange(null, { from: null, to: null, undated: false })).toBe(false);
    expect(inDateRange(null, { from: null, to: null, undated: true })).toBe(true);
    expect(inDateRange('2022-07', { from: null, to: null, undated: false })).toBe(true);
  });
});

describe('claimPasses', () => {
  it.each<[string, Partial<Filters>, ClaimData, boolean]>([
    ['a type not chosen', { types: ['DENIED'] }, claim('1', 'ATTACKED', null), false],
    ['a chosen type', { types: ['ATTACKED'] }, claim('1', 'ATTACKED', null), true],
    ['another article', { articles: ['a2'] }, claim('1', 'ATTACKED', null, 'a1'), false],
    ['a later event', { to: '2022-08' }, claim('1', 'ATTACKED', '2022-09-09'), false],
    ['a structural edge whatever the dates', { from: '2023', undated: false }, claim('1', 'PART_OF', null), true],
    ['an undated event with undated hidden and no range', { undated: false }, claim('1', 'ATTACKED', null), false],
  ])('judges %s', (_what, patch, c, expected) => {
    expect(claimPasses(c, { ...NO_FILTERS, ...patch })).toBe(expected);
  });
});

describe('applyFilters', () => {
  const nodes = [
    { id: 'iran', kind: 'Country' },
    { id: 'albania', kind: 'Country' },
    { id: 'mois', kind: 'GovernmentBody' },
    { id: 'lonely', kind: 'Person' },
  ];
  const edges = [
    { id: 'e1', source: 'iran', target: 'albania', claims: [claim('c1', 'ATTACKED', '2022-07'), claim('c2', 'ATTACKED', '2022-09-09')] },
    { id: 'e2', source: 'mois', target: 'albania', claims: [claim('c3', 'ATTACKED', '2022-09-09')] },
  ];

  it('counts the visible claims of each edge', () => {
    const v = applyFilters({ nodes, edges }, { ...NO_FILTERS, to: '2022-08' });
    expect(v.counts.get('e1')).toBe(1);
    expect(v.hiddenEdges.has('e1')).toBe(false);
    expect(v.hiddenEdges.has('e2')).toBe(true);
  });

  it('fades (or hides) actors left without a visible edge, but not actors that never had one', () => {
    const f = { ...NO_FILTERS, to: '2022-08' };
    expect([...applyFilters({ nodes, edges }, f).fadedNodes]).toEqual(['mois']);
    const hidden = applyFilters({ nodes, edges }, { ...f, orphans: 'hide' }).hiddenNodes;
    expect(hidden.has('mois')).toBe(true);
    expect(hidden.has('lonely')).toBe(false);
  });

  it('hides actors of kinds not chosen, and their edges', () => {
    const v = applyFilters({ nodes, edges }, { ...NO_FILTERS, kinds: ['Country'] });
    expect(v.hiddenNodes.has('mois')).toBe(true);
    expect(v.hiddenEdges.has('e2')).toBe(true);
    expect(v.hiddenEdges.has('e1')).toBe(false);
  });
});
