import { describe, expect, it } from 'vitest';
import { edgesOf, run } from './helpers.ts';

const HEAD = 'A headline about the dispute today\n\n';
const edges = (body: string): string[] => edgesOf(HEAD + body);

describe('events: what counts', () => {
  it.each([
    ['active verb', 'Norway sanctioned Northwind Shipping Corporation on Monday.', 'SANCTIONED Norway -> Northwind Shipping Corporation'],
    ['nominal with light verb', 'Japan imposed sanctions on Northwind Shipping Corporation.', 'SANCTIONED Japan -> Northwind Shipping Corporation'],
    ['asset freeze', 'Canada froze the assets of Northwind Shipping Corporation.', 'SANCTIONED Canada -> Northwind Shipping Corporation'],
    ['passive attack', 'Estonian government networks were attacked by a group known as APT99.', 'ATTACKED APT99 -> Estonia'],
    ['attribution', 'Investigators said Venezuela was behind the cyberattack on Colombia.', 'ATTACKED Venezuela -> Colombia'],
    ['sponsored attackers', 'Hackers sponsored by Belarus disrupted Lithuanian government websites.', 'ATTACKED Belarus -> Lithuania'],
    ['expel diplomats of a state', 'Kenya expelled two Ugandan diplomats on Friday.', 'EXPELLED Kenya -> Uganda'],
    ['order out', 'Chile ordered three Bolivian officials out of the country.', 'EXPELLED Chile -> Bolivia'],
    ['persona non grata', 'Latvia declared two employees of the Belarusian embassy persona non grata.', 'EXPELLED Latvia -> Belarus'],
    ['sever relations', 'Ecuador severed diplomatic relations with Mexico.', 'EXPELLED Ecuador -> Mexico'],
    ['retaliation gerund', 'Russia retaliated by expelling ten Estonian diplomats.', 'EXPELLED Russia -> Estonia'],
  ])('%s', (_label, body, expected) => {
    expect(edges(body)).toContain(expected);
  });

  it.each([
    ['negation', 'Norway did not sanction Peru.'],
    ['threat', 'Brazil threatened to impose sanctions on Peru.'],
    ['future', 'Kenya will expel Ugandan diplomats.'],
    ['intention', 'Chile plans to expel Bolivian diplomats.'],
    ['question', 'Will Mexico expel Ecuadorian diplomats?'],
    ['urged', 'Lawmakers urged Japan to sanction Chinese officials.'],
    ['no plans', 'Poland said it had no plans to impose sanctions on Belarus.'],
    ['stopped short', 'Brussels stopped short of sanctioning Turkey. The European Union met.'],
  ])('no edge for %s', (_label, body) => {
    expect(edges(body).filter((e) => !e.startsWith('DENIED'))).toEqual([]);
  });
});

describe('events: who and whom', () => {
  it('lets a ministry or official also count for its state', () => {
    const e = edges("The U.S. Treasury Department sanctioned Northwind Shipping Corporation. Peru's foreign ministry denied the accusation.");
    expect(e).toEqual(expect.arrayContaining([
      'SANCTIONED Treasury Department -> Northwind Shipping Corporation',
      'SANCTIONED United States -> Northwind Shipping Corporation',
    ]));
  });

  it('points a denial at the accuser named in the sentence', () => {
    expect(edges("Peru called Chile's accusations baseless.")).toContain('DENIED Peru -> Chile');
  });

  it('points a denial at the accuser named earlier in the article', () => {
    const e = edges('Colombia blamed Venezuela for the attack on its power grid. Venezuela rejected the accusation.');
    expect(e).toContain('DENIED Venezuela -> Colombia');
    expect(e).toContain('ATTACKED Venezuela -> Colombia');
  });

  it('takes the agent of an agentless sanction from the previous one', () => {
    const e = edges('Japan blacklisted Northwind Shipping Corporation on Monday. Two officials, Ken Arata and Mei Soga, were also designated.');
    expect(e).toEqual(expect.arrayContaining(['SANCTIONED Japan -> Ken Arata', 'SANCTIONED Japan -> Mei Soga']));
  });

  it('fills a definite "the attack" with the last victim', () => {
    const e = edges('Hackers breached the networks of Kenya Power Company in May. Investigators said the operation was carried out by a group known as APT99.');
    expect(e).toContain('ATTACKED APT99 -> Kenya Power Company');
  });

  it('records certainty, claimant, date and denied type', () => {
    const x = run(`${HEAD}Colombia said on Friday that Venezuela was behind the attack on Colombian government websites. Venezuela denied the accusation.`, '2023-05-13');
    const att = x.relationships.find((r) => r.type === 'ATTACKED');
    expect(att).toMatchObject({ certainty: 'alleged', claimedBy: 'Colombia', when: '2023-05-12' });
    expect(x.relationships.find((r) => r.type === 'DENIED')).toMatchObject({ denies: 'ATTACKED', source: 'country:venezuela', target: 'country:colombia' });
  });

  it('quotes the sentence verbatim as evidence', () => {
    const x = run(`${HEAD}Kenya expelled two Ugandan diplomats on Friday.`);
    for (const r of x.relationships) expect(x.article.cleanText.slice(r.start, r.end)).toBe(r.evidence);
  });
});
