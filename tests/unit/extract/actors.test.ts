import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';
import { hasNoActors } from '../../../server/extract/extract.ts';

const HEAD = 'A headline about the dispute today\n\n';
const actorsOf = (body: string) => run(HEAD + body).nodes;
const byName = (body: string, name: string) => actorsOf(body).find((n) => n.name === name);

describe('actors', () => {
  it('resolves names, capitals, seats and demonym + government to one country', () => {
    const nodes = actorsOf('Japan said on Monday that Tokyo would respond. The Japanese government agreed. The Kremlin said Russia disagreed.');
    const japan = nodes.find((n) => n.id === 'country:japan');
    expect(japan?.aliases).toEqual(expect.arrayContaining(['Tokyo', 'Japanese government']));
    expect(nodes.find((n) => n.id === 'country:russia')?.aliases).toContain('Kremlin');
  });

  it('keeps a ministry apart from its state, linked by PART_OF', () => {
    const x = run(HEAD + "Peru's Ministry of Defence (MOD) said the Peruvian Foreign Ministry was informed.");
    const mod = x.nodes.find((n) => n.name === 'Peruvian Ministry of Defence');
    expect(mod?.aliases).toEqual(expect.arrayContaining(['MOD', 'Ministry of Defence']));
    expect(mod?.kind).toBe('GovernmentBody');
    expect(x.relationships).toContainEqual(expect.objectContaining({ type: 'PART_OF', source: mod?.id, target: 'country:peru' }));
    expect(x.nodes.find((n) => n.id === 'country:peru')?.aliases ?? []).not.toContain('MOD');
  });

  it('keeps an embassy apart from its state, keyed by host city', () => {
    const nodes = actorsOf('The Vietnamese embassy in Paris said it disagreed. Vietnam agreed.');
    expect(nodes.map((n) => n.name)).toEqual(expect.arrayContaining(['Vietnamese embassy in Paris', 'Vietnam']));
  });

  it('finds people with their titles and resolves the surname', () => {
    const x = run(HEAD + 'Polish Foreign Minister Anna Kowalczyk spoke on Monday. Kowalczyk said the talks failed.');
    const anna = x.nodes.find((n) => n.name === 'Anna Kowalczyk');
    expect(anna?.kind).toBe('Person');
    expect(anna?.mentions).toBe(2);
    expect(x.relationships).toContainEqual(expect.objectContaining({ type: 'SPEAKS_FOR', source: anna?.id, target: 'country:poland' }));
  });

  it('reads spokespeople of seats of government', () => {
    const x = run(HEAD + 'Kremlin spokesman Ivan Petrenko said the claims were baseless.');
    expect(x.relationships).toContainEqual(expect.objectContaining({ type: 'SPEAKS_FOR', source: 'person:ivan-petrenko', target: 'country:russia' }));
  });

  it('finds hacker groups and organisations by their shape', () => {
    expect(byName('A group known as APT99 struck first.', 'APT99')?.kind).toBe('Group');
    expect(byName('Brazil sanctioned Northwind Shipping Corporation.', 'Northwind Shipping Corporation')?.kind).toBe('Organization');
  });

  it("resolves 'the bloc' only when the EU is named", () => {
    expect(byName('The European Union met. The bloc agreed.', 'European Union')?.aliases.map((a) => a.toLowerCase())).toContain('the bloc');
    expect(actorsOf('The bloc agreed.').find((n) => n.name === 'European Union')).toBeUndefined();
  });

  it('flags text with no actors', () => {
    expect(hasNoActors(run('nothing here at all\n\njust some words about weather and rain.'))).toBe(true);
  });
});
