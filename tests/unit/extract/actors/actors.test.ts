// The actors of an article: one per state whatever the surface form (name,
// capital, demonym), the same ministry of two states as two actors, and none
// from page furniture (newsletter prompts, sharing links, a shouted headline).
import { describe, expect, it } from 'vitest';
import { hasNoActors } from '../../../../server/extract/extract.ts';
import { extract } from '../helpers.ts';

describe('actors', () => {
  it('are one per state, with the capital as an alias', async () => {
    const x = await extract('Norway expelled two Peruvian diplomats on Monday. Oslo said the diplomats had spied on Norwegian oil firms. The Peruvian government called the decision unjustified, and Lima recalled its ambassador.');
    expect(x.nodes.map((n) => [n.id, n.name, n.kind])).toEqual([
      ['country:norway', 'Norway', 'Country'],
      ['country:peru', 'Peru', 'Country'],
    ]);
    expect(x.nodes.find((n) => n.name === 'Norway')?.aliases).toContain('Oslo');
    expect(x.nodes.find((n) => n.name === 'Peru')?.aliases).toContain('Lima');
  });

  it('keep the same ministry of two states apart, each part of its own state', async () => {
    const x = await extract('The Chilean Foreign Ministry expelled two Peruvian diplomats on Monday. The Peruvian Foreign Ministry called the decision unjustified.');
    const ministries = x.nodes.filter((n) => n.kind === 'GovernmentBody');
    expect(ministries.map((n) => n.name).sort()).toEqual(['Chilean Foreign Ministry', 'Peruvian Foreign Ministry']);
    expect(new Set(ministries.map((n) => n.id)).size).toBe(2);
    const name = new Map(x.nodes.map((n) => [n.id, n.name]));
    const partOf = x.relationships.filter((r) => r.type === 'PART_OF').map((r) => `${name.get(r.source)} -> ${name.get(r.target)}`);
    expect(partOf.sort()).toEqual(['Chilean Foreign Ministry -> Chile', 'Peruvian Foreign Ministry -> Peru']);
  });

  it('come from the story, not from the furniture around it', async () => {
    const page = 'NORWAY EXPELS PERUVIAN DIPLOMATS OVER SPY ROW\n\nSubscribe to our newsletter\n\nOSLO — Norway expelled two Peruvian diplomats on Monday, the foreign ministry said.\n\nAdvertisement\n\nPeru said it would respond.';
    const x = await extract(page);
    const names = x.nodes.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['Norway', 'Peru']));
    expect(names.filter((n) => !['Norway', 'Peru', 'Norwegian Foreign Ministry'].includes(n))).toEqual([]);
    expect(x.article.cleanText).not.toMatch(/Subscribe|Advertisement/);
  });

  it('are none on a page of furniture only', async () => {
    const x = await extract('SPY ROW DEEPENS\n\nSubscribe to our newsletter\n\nShare on Facebook\n\nAdvertisement');
    expect(x.nodes).toEqual([]);
    expect(hasNoActors(x)).toBe(true);
  });
});

describe('a common noun that opens a sentence', () => {
  it('is no actor for its capital letter', async () => {
    const x = await extract('Ministers met in Oslo on Monday. Diplomats said Norway would respond.');
    expect(x.nodes.map((n) => n.name)).toEqual(['Norway']);
  });
});

describe('a noun that is also a name of Object.prototype', () => {
  it('is a plain noun ("the constructor" once an actor is named)', async () => {
    const x = await extract('Iran said it had no part in the attack. The constructor said the building was safe.');
    expect(x.nodes.map((n) => n.name)).toEqual(['Iran']);
  });
});
