// The in-memory resolver of bulk loads: same id, else same kind and a shared
// key; and whether an actor brings anything the graph does not have yet.
import { describe, expect, it } from 'vitest';
import { ActorResolver } from '../../../server/db/actor-resolver.ts';

const rur = { id: 'country:ruritania', kind: 'Country', keys: ['ruritania', 'strelsau'], aliases: ['Strelsau'] };

describe('ActorResolver', () => {
  const known = () => ActorResolver.of([rur]);

  it('keeps a known id (unchanged when it brings nothing new) and a new id with no shared key', () => {
    const r = known();
    expect(r.resolve({ ...rur, keys: ['ruritania'], aliases: [] })).toEqual({ id: 'country:ruritania', changed: false });
    expect(r.resolve({ id: 'country:freedonia', kind: 'Country', keys: ['freedonia'], aliases: [] })).toEqual({ id: 'country:freedonia', changed: true });
    expect(r.size).toBe(2);
  });

  it('maps a new id to the actor of the same kind that has one of its keys', () => {
    expect(known().resolve({ id: 'country:strelsau', kind: 'Country', keys: ['strelsau'], aliases: [] })).toEqual({ id: 'country:ruritania', changed: false });
  });

  it('does not match across kinds', () => {
    expect(known().resolve({ id: 'person:strelsau', kind: 'Person', keys: ['strelsau'], aliases: [] }).id).toBe('person:strelsau');
  });

  it('reports a known actor with a new alias as changed, once', () => {
    const r = known();
    const more = { ...rur, aliases: ['Strelsau', 'Kingdom of Ruritania'] };
    expect(r.resolve(more).changed).toBe(true);
    expect(r.resolve(more).changed).toBe(false);
  });

  it('remembers what it resolved: later articles find new actors and the keys merged into old ones', () => {
    const r = known();
    r.resolve({ id: 'org:acme', kind: 'Organization', keys: ['acme'], aliases: [] });
    expect(r.resolve({ id: 'org:acme-corp', kind: 'Organization', keys: ['acme corp', 'acme'], aliases: ['Acme Corp'] })).toEqual({ id: 'org:acme', changed: true });
    expect(r.resolve({ id: 'org:acme-corporation', kind: 'Organization', keys: ['acme corp'], aliases: [] })).toEqual({ id: 'org:acme', changed: false });
  });
});
