// The resolver both write paths use: the same id (unless it is another
// state's body), else the same kind and the same name or a shared specific
// key, with the same state for bodies and people; and whether an actor
// brings anything the graph does not have yet, and whether it was known.
import { describe, expect, it } from 'vitest';
import { ActorResolver, type IncomingActor, type KnownActor } from '../../../server/db/actor-resolver.ts';
import { actorKeys } from '../../../server/graph/actor-keys.ts';
import { specificKeys } from '../../../server/db/actor-identity.ts';

/** An incoming actor the way actor-identity.ts describes one. */
function incoming(id: string, kind: string, name: string, aliases: string[] = [], state: string | null = null, ofState: IncomingActor['ofState'] = null): IncomingActor {
  return { id, kind, name, aliases, keys: actorKeys(name, aliases), nameKey: actorKeys(name, [])[0] ?? '', idKeys: specificKeys([name, ...aliases]), state, ofState };
}

const known = (a: IncomingActor): KnownActor => ({ ...a, aliases: [a.name, ...a.aliases] });

const rur = incoming('country:ruritania', 'Country', 'Ruritania', ['Strelsau']);
const iranMfa = incoming('body:iranian-foreign-ministry', 'GovernmentBody', 'Iranian Foreign Ministry', ['Foreign Ministry'], 'country:iran');

describe('ActorResolver', () => {
  it('keeps a known id (unchanged when it brings nothing new, known) and a new id with no shared key (changed, not known)', () => {
    const r = ActorResolver.of([known(rur)]);
    expect(r.resolve(incoming('country:ruritania', 'Country', 'Ruritania'))).toMatchObject({ id: 'country:ruritania', changed: false, known: true });
    expect(r.resolve(incoming('country:freedonia', 'Country', 'Freedonia'))).toMatchObject({ id: 'country:freedonia', changed: true, known: false });
    expect(r.size).toBe(2);
  });

  it('maps a new id to the actor of the same kind that has one of its specific names', () => {
    expect(ActorResolver.of([known(rur)]).resolve(incoming('country:strelsau', 'Country', 'Strelsau'))).toMatchObject({ id: 'country:ruritania', known: true });
  });

  it('does not match across kinds', () => {
    expect(ActorResolver.of([known(rur)]).resolve(incoming('person:strelsau', 'Person', 'Strelsau')).id).toBe('person:strelsau');
  });

  it.each([
    ['a generic alias', incoming('body:russian-foreign-ministry', 'GovernmentBody', 'Russian Foreign Ministry', ['Foreign Ministry'], 'country:russia')],
    ['a generic name', incoming('body:foreign-ministry', 'GovernmentBody', 'Foreign Ministry')],
    ['a specific alias of another state', incoming('body:ruritanian-guard', 'GovernmentBody', 'Ruritanian Guard', ['Iranian Foreign Ministry'], 'country:ruritania')],
  ])('never merges on %s', (_what, other) => {
    expect(ActorResolver.of([known(iranMfa)]).resolve(other).id).toBe(other.id);
  });

  it('merges bodies that share a specific alias and a state, or where one has no state', () => {
    const irgc = incoming('body:islamic-revolutionary-guard-corps', 'GovernmentBody', 'Islamic Revolutionary Guard Corps', ['IRGC'], 'country:iran');
    const r = ActorResolver.of([known(irgc)]);
    expect(r.resolve(incoming('body:irgc', 'GovernmentBody', 'IRGC', [], 'country:iran')).id).toBe(irgc.id);
    expect(r.resolve(incoming('body:irgc', 'GovernmentBody', 'IRGC')).id).toBe(irgc.id);
  });

  it('joins an actor without a state to none of several states\' actors that fit it', () => {
    const a = incoming('person:jan-novak', 'Person', 'Jan Novak', ['Novak'], 'country:czechia');
    const b = incoming('person:petr-novak', 'Person', 'Petr Novak', ['Novak'], 'country:slovakia');
    expect(ActorResolver.of([known(a), known(b)]).resolve(incoming('person:novak', 'Person', 'Novak')).id).toBe('person:novak');
    expect(ActorResolver.of([known(a), known(b)]).resolve(incoming('person:novak', 'Person', 'Novak', [], 'country:slovakia')).id).toBe('person:petr-novak');
  });

  it('puts a body whose id another state\'s body holds under the id named for its state, and finds it there next time', () => {
    const china = incoming('body:embassy-in-london', 'GovernmentBody', 'Embassy in London', [], 'country:china');
    const russian = incoming('body:embassy-in-london', 'GovernmentBody', 'Embassy in London', [], 'country:russia', { id: 'body:russian-embassy-in-london', name: 'Russian Embassy in London' });
    const r = ActorResolver.of([known(china)]);
    expect(r.resolve(russian)).toMatchObject({ id: 'body:russian-embassy-in-london', name: 'Russian Embassy in London', known: false, state: 'country:russia' });
    expect(r.resolve(russian)).toMatchObject({ id: 'body:russian-embassy-in-london', known: true, changed: false });
    expect(r.resolve({ ...russian, state: null })).toMatchObject({ id: 'body:embassy-in-london' });
  });

  it('keeps one id for one person whatever their states say', () => {
    const a = incoming('person:jane-roe', 'Person', 'Jane Roe', [], 'country:ruritania');
    expect(ActorResolver.of([known(a)]).resolve(incoming('person:jane-roe', 'Person', 'Jane Roe', [], 'country:freedonia')).id).toBe('person:jane-roe');
  });

  it('resolves an article\'s countries first and compares bodies by the country they resolved to', () => {
    const mfa = incoming('body:ruritanian-foreign-ministry', 'GovernmentBody', 'Ruritanian Foreign Ministry', ['Ruritanian MFA'], 'country:ruritania');
    const r = ActorResolver.of([known(rur), known(mfa)]);
    const article = [incoming('body:rmfa', 'GovernmentBody', 'RMFA', ['Ruritanian MFA'], 'country:strelsau'), incoming('country:strelsau', 'Country', 'Strelsau')];
    const out = r.resolveArticle(article);
    expect(out.get('country:strelsau')?.id).toBe('country:ruritania');
    expect(out.get('body:rmfa')).toMatchObject({ id: mfa.id, state: 'country:ruritania' });
  });

  it('reports a known actor with a new alias or a state as changed, once', () => {
    const r = ActorResolver.of([known(rur)]);
    const more = incoming('country:ruritania', 'Country', 'Ruritania', ['Strelsau', 'Kingdom of Ruritania']);
    expect(r.resolve(more).changed).toBe(true);
    expect(r.resolve(more).changed).toBe(false);
    const body = incoming('body:x-office', 'GovernmentBody', 'X Office');
    r.resolve(body);
    expect(r.resolve({ ...body, state: 'country:ruritania' }).changed).toBe(true);
    expect(r.stateOf('body:x-office')).toBe('country:ruritania');
  });

  it('remembers what it resolved: later articles find new actors and the names merged into old ones', () => {
    const r = ActorResolver.of([]);
    r.resolve(incoming('org:acme', 'Organization', 'Acme'));
    expect(r.resolve(incoming('org:acme-corp', 'Organization', 'Acme Corp', ['Acme']))).toMatchObject({ id: 'org:acme', changed: true });
    expect(r.resolve(incoming('org:acme-corporation', 'Organization', 'Acme Corporation', ['Acme Corp']))).toMatchObject({ id: 'org:acme', changed: true });
  });
});
