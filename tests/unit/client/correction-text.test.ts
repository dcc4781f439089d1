// How corrections read in the explorer's lists: what each kind did, from its
// payload, and who made or undid it, when and why.
import { describe, expect, it } from 'vitest';
import type { Correction } from '../../../server/api/contract.ts';
import { claimEvidence, describeCorrection, madeBy, undoneBy } from '../../../client/src/view/correction-text.ts';

const base: Omit<Correction, 'kind' | 'payload'> = { id: 'correction:x', by: 'local', reason: '', actors: [], articles: [], at: '2026-01-02T10:11:12.000Z', undoneAt: null, undoneBy: null, undoReason: null };
const claim = { source: 'country:chile', target: 'country:norway', type: 'SANCTIONED', props: { evidence: 'Chile sanctioned Norway.' } };

describe('describeCorrection', () => {
  it.each<[Correction['kind'], Record<string, unknown>, string]>([
    ['merge', { survivor: 'country:chile', absorbed: 'group:x' }, 'Merged group:x into country:chile'],
    ['split', { actor: 'country:portugal', alias: 'Lisbon', newId: 'country:lisbon' }, 'Split "Lisbon" off country:portugal as country:lisbon'],
    ['rename', { name: 'Republic of Finland', oldName: 'Finland' }, 'Renamed Finland to Republic of Finland'],
    ['kind', { actor: 'country:chile', from: 'Country', to: 'Organization' }, 'Changed country:chile from Country to Organization'],
    ['reject', { article: 'a', claim }, 'Rejected country:chile → SANCTIONED → country:norway'],
    ['add', { article: 'a', claim }, 'Added country:chile → SANCTIONED → country:norway'],
  ])('reads a %s from its payload', (kind, payload, text) => {
    expect(describeCorrection({ ...base, kind, payload })).toBe(text);
  });

  it.each<[Correction['kind'], Record<string, unknown>, string]>([
    ['merge', { survivor: 'country:chile', absorbed: 'group:x' }, 'Merged X Group (group:x) into Chile'],
    ['kind', { actor: 'country:chile', from: 'Country', to: 'Organization' }, 'Changed Chile from Country to Organization'],
    ['reject', { article: 'a', claim }, 'Rejected Chile → SANCTIONED → country:norway'],
  ])('names the actors it knows in a %s, and keeps the ids of the others', (kind, payload, text) => {
    const names: Record<string, string> = { 'country:chile': 'Chile', 'group:x': 'X Group' };
    expect(describeCorrection({ ...base, kind, payload }, (id) => names[id])).toBe(text);
  });

  it('keeps going on a payload it does not know', () => {
    expect(describeCorrection({ ...base, kind: 'merge', payload: {} })).toBe('Merged ? into ?');
  });
});

describe('who, when and why', () => {
  it('says who made it, when (to the minute) and why', () => {
    expect(madeBy({ ...base, kind: 'rename', payload: {}, reason: 'official name' })).toBe('by local, 2026-01-02 10:11 — official name');
  });

  it('says a rejected claim was restored, and other corrections undone', () => {
    const undone = { ...base, undoneAt: '2026-01-03T08:00:00Z', undoneBy: 'local', undoReason: null };
    expect(undoneBy({ ...undone, kind: 'reject', payload: {} })).toBe('Restored by local, 2026-01-03 08:00');
    expect(undoneBy({ ...undone, kind: 'split', payload: {}, undoReason: 'wrong' })).toBe('Undone by local, 2026-01-03 08:00 — wrong');
    expect(undoneBy({ ...base, kind: 'split', payload: {} })).toBeNull();
  });

  it('finds the sentence of a rejected or added claim', () => {
    expect(claimEvidence({ ...base, kind: 'reject', payload: { claim } })).toBe('Chile sanctioned Norway.');
    expect(claimEvidence({ ...base, kind: 'rename', payload: {} })).toBeNull();
  });
});
