// Stable identifiers: actor slugs of kind and name, content hashes of
// articles and relations.
import { describe, expect, it } from 'vitest';
import { actorId, articleId, relationId, slugify } from '../../../server/extract/ids.ts';

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
});
