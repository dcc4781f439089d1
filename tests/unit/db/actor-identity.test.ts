// What the writer compares across articles: the name key, the keys of the
// specific names, and the state of a body or person from the article's links
// or the body's own name.
import { describe, expect, it } from 'vitest';
import { actorIdentities, storedIdentity } from '../../../server/db/actor-identity.ts';
import type { ExtractedLink } from '../../../server/extract/types.ts';
import { actor, extraction } from '../../support/fixtures.ts';

const link = (type: ExtractedLink['type'], source: string, target: string): ExtractedLink => ({ id: `${type}-${source}`, type, source, target, evidence: 'x', start: 0, end: 1 });

describe('actorIdentities', () => {
  const iran = actor('country:iran', 'Iran', 'Country', ['Tehran']);
  const mfa = actor('body:iranian-foreign-ministry', 'Iranian Foreign Ministry', 'GovernmentBody', ['Foreign Ministry']);
  const embassy = actor('body:embassy-in-london', 'Embassy in London', 'GovernmentBody');
  const envoy = actor('person:jane-roe', 'Jane Roe', 'Person', ['Roe']);
  const x = {
    ...extraction('article:i1', [iran, mfa, embassy, envoy], []),
    relationships: [link('PART_OF', embassy.id, iran.id), link('SPEAKS_FOR', envoy.id, embassy.id)],
  };
  const ids = actorIdentities(x);

  it('keeps only the keys of specific names', () => {
    expect(ids.get(mfa.id)).toMatchObject({ nameKey: 'iranian foreign ministry', idKeys: ['iranian foreign ministry'] });
    expect(ids.get(iran.id)?.idKeys).toEqual(['iran', 'tehran']);
  });

  it('takes a body\'s state from its name, else from its links, and a person\'s through the body they speak for', () => {
    expect(ids.get(mfa.id)?.state).toBe('country:iran');
    expect(ids.get(embassy.id)?.state).toBe('country:iran');
    expect(ids.get(envoy.id)?.state).toBe('country:iran');
    expect(ids.get(iran.id)?.state).toBeNull();
  });

  it('names the id a body without a state in its name takes when another state\'s body holds its id', () => {
    expect(ids.get(embassy.id)?.ofState).toEqual({ id: 'body:iranian-embassy-in-london', name: 'Iranian Embassy in London' });
    expect(ids.get(mfa.id)?.ofState).toBeNull();
  });

  it('gives no state when the links disagree', () => {
    const ru = actor('country:russia', 'Russia', 'Country');
    const y = { ...extraction('article:i2', [iran, ru, embassy], []), relationships: [link('PART_OF', embassy.id, iran.id), { ...link('PART_OF', embassy.id, ru.id), id: 'other' }] };
    expect(actorIdentities(y).get(embassy.id)?.state).toBeNull();
  });
});

describe('storedIdentity', () => {
  it('gives an actor written before identities were kept its keys and the state its name or its one linked country says', () => {
    expect(storedIdentity({ kind: 'GovernmentBody', name: 'Iranian Foreign Ministry', aliases: ['Foreign Ministry'], linkedStates: ['country:iran', 'country:russia'] })).toEqual({
      nameKey: 'iranian foreign ministry', idKeys: ['iranian foreign ministry'], state: 'country:iran',
    });
    expect(storedIdentity({ kind: 'Person', name: 'Jane Roe', aliases: [], linkedStates: ['country:ruritania'] }).state).toBe('country:ruritania');
    expect(storedIdentity({ kind: 'Country', name: 'Iran', aliases: [], linkedStates: [] }).state).toBeNull();
  });
});
