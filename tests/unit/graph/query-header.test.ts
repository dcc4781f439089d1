import { describe, expect, it } from 'vitest';
import { parseQueryHeader, QueryHeaderError, validateParams } from '../../../server/graph/query-header.ts';
import { loadBuiltinQueries } from '../../../server/db/saved-query-repo.ts';

const text = `// @title Who did it
// @description First line.
// @description Second line.
// @param actor: actor = "country:ruritania" — the actor
// @param limit: integer = 10 — how many
// @param types: relationTypes = ["ATTACKED"]
// @param since: date
MATCH (n) RETURN n LIMIT $limit`;

describe('parseQueryHeader', () => {
  it('reads title, description and typed parameters with defaults', () => {
    const h = parseQueryHeader(text, 'x.cypher');
    expect(h.title).toBe('Who did it');
    expect(h.description).toBe('First line. Second line.');
    expect(h.params).toEqual([
      { name: 'actor', type: 'actor', default: 'country:ruritania', description: 'the actor' },
      { name: 'limit', type: 'integer', default: 10, description: 'how many' },
      { name: 'types', type: 'relationTypes', default: ['ATTACKED'] },
      { name: 'since', type: 'date' },
    ]);
  });

  it.each([
    ['MATCH (n) RETURN n', /missing/],
    ['// @title T\n// @param x: colour = 1\nRETURN 1', /bad @param/],
    ['// @title T\n// @param x: integer = nope\nRETURN 1', /not a JSON value/],
  ])('rejects a bad header', (bad, message) => {
    expect(() => parseQueryHeader(bad, 'bad.cypher')).toThrow(QueryHeaderError);
    expect(() => parseQueryHeader(bad, 'bad.cypher')).toThrow(message);
  });
});

describe('validateParams', () => {
  const { params } = parseQueryHeader(text, 'x.cypher');

  it('fills defaults and coerces numbers given as strings', () => {
    const r = validateParams(params, { limit: '25', since: '2022-07' });
    expect(r).toEqual({ ok: true, values: { actor: 'country:ruritania', limit: 25, types: ['ATTACKED'], since: '2022-07' } });
  });

  it.each([
    [{ since: '2022-07', limit: 'many' }, 'limit'],
    [{ since: 'July' }, 'since'],
    [{}, 'since'],
    [{ since: '2022', types: ['HUGGED'] }, 'types'],
    [{ since: '2022', extra: 1 }, 'extra'],
  ])('reports %o as a problem with %s', (given, name) => {
    const r = validateParams(params, given);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.name)).toContain(name);
  });
});

describe('the built-in saved queries', () => {
  it('are at least eight, each with a title and a description', () => {
    const qs = [...loadBuiltinQueries().values()];
    expect(qs.length).toBeGreaterThanOrEqual(8);
    for (const q of qs) {
      expect(q.title.length).toBeGreaterThan(3);
      expect(q.description.length).toBeGreaterThan(10);
    }
  });
});
