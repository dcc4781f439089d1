// The in-memory resolver of bulk loads: same id, else same kind and a shared key.
import { describe, expect, it } from 'vitest';
import { ActorResolver } from '../../../server/db/actor-resolver.ts';

describe('ActorResolver', () => {
  const known = () => ActorResolver.of([{ id: 'country:ruritania', kind: 'Country', keys: ['ruritania', 'strelsau'] }]);

  it('keeps a known id and a new id with no shared key', () => {
    const r = known();
    expect(r.resolve({ id: 'country:ruritania', kind: 'Country', keys: ['ruritania'] })).toBe('country:ruritania');
    expect(r.resolve({ id: 'country:freedonia', kind: 'Country', keys: ['freedonia'] })).toBe('country:freedonia');
    expect(r.size).toBe(2);
  });

  it('maps a new id to the actor of the same kind that has one of its keys', () => {
    expect(known().resolve({ id: 'country:strelsau', kind: 'Country', keys: ['strelsau'] })).toBe('country:ruritania');
  });

  it('does not match across kinds', () => {
    expect(known().resolve({ id: 'person:strelsau', kind: 'Person', keys: ['strelsau'] })).toBe('person:strelsau');
  });

  it('remembers what it resolved: later articles find new actors and the keys merged into old ones', () => {
    const r = known();
    r.resolve({ id: 'org:acme', kind: 'Organization', keys: ['acme'] });
    expect(r.resolve({ id: 'org:acme-corp', kind: 'Organization', keys: ['acme corp', 'acme'] })).toBe('org:acme');
    expect(r.resolve({ id: 'org:acme-corporation', kind: 'Organization', keys: ['acme corp'] })).toBe('org:acme');
  });
});
