import { describe, expect, it } from 'vitest';
import { actorId, articleId, relationId, slugify } from '../../../server/extract/ids.ts';
import { extractArticle } from '../../../server/extract/extract.ts';

describe('ids', () => {
  it('slugs kind and name, folding accents', () => {
    expect(actorId('Country', 'North Korea')).toBe('country:north-korea');
    expect(actorId('Person', 'Jiří Novák')).toBe('person:jiri-novak');
    expect(slugify("Workers' Party")).toBe('workers-party');
  });

  it('hashes article text and relation keys stably', () => {
    expect(articleId('abc')).toMatch(/^article:[0-9a-f]{16}$/);
    expect(articleId('abc')).toBe(articleId('abc'));
    expect(relationId('ATTACKED', 'a', 'b', 'article:x', 5)).toHaveLength(16);
    expect(relationId('ATTACKED', 'a', 'b', 'article:x', 5)).not.toBe(relationId('ATTACKED', 'a', 'b', 'article:x', 6));
  });

  it('gives the same output for the same input', () => {
    const text = 'Norway sanctions Peruvian firm\n\nNorway on Monday imposed sanctions on Andes Mining Corporation.';
    expect(JSON.stringify(extractArticle({ text, published: '2023-01-02' }))).toBe(JSON.stringify(extractArticle({ text, published: '2023-01-02' })));
  });
});
