// cleanArticle: page furniture out, headline, caption and body kept in order,
// the published date and the dateline found, offsets into cleanText.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../server/extract/clean/clean.ts';

const PAGE = `THE DAILY EXAMPLE
Home | World | Politics | Business
Monday 3 April 2023

WORLD

Estonia expels Peruvian envoy after data breach


Officials arrive at the foreign ministry in Tallinn on Monday.
Officials arrive at the foreign ministry in Tallinn on Monday.

By Example staff
Published: 3 April 2023, 09:15 GMT

[Share on X]  [Copy link]

TALLINN — Estonia on Monday ordered two Peruvian diplomats to leave the country.

Advertisement

The foreign ministry said the decision was final.

Most read
  1. Something else entirely
  2. Another unrelated story

© Daily Example 2023. All rights reserved.
Privacy notice | Terms`;

describe('cleanArticle', () => {
  const c = cleanArticle(PAGE);

  it('keeps headline, one copy of the caption and the body, in that order', () => {
    expect(c.cleanText.split('\n\n')).toEqual([
      'Estonia expels Peruvian envoy after data breach',
      'Officials arrive at the foreign ministry in Tallinn on Monday.',
      'TALLINN — Estonia on Monday ordered two Peruvian diplomats to leave the country.',
      'The foreign ministry said the decision was final.',
    ]);
  });

  it('detects the headline and the published date', () => {
    expect(c.headline).toBe('Estonia expels Peruvian envoy after data breach');
    expect(c.published).toBe('2023-04-03');
  });

  it('records the dateline so it is not read as an actor', () => {
    expect(c.dateline?.city).toBe('TALLINN');
    expect(c.cleanText.slice(c.dateline?.start, c.dateline?.end)).toBe('TALLINN — ');
  });

  it('gives paragraph offsets into cleanText', () => {
    for (const p of c.paragraphs) expect(c.cleanText.slice(p.start, p.end).length).toBe(p.end - p.start);
    expect(c.paragraphs.map((p) => p.role)).toEqual(['headline', 'caption', 'body', 'body']);
  });

  it('drops credits and outlet text after the end of the story', () => {
    const x = cleanArticle('Japan sanctions two firms\n\nJapan sanctioned two firms on Friday.\n\nEditor\'s note: updated.\n\nThe Example Network reaches 3 million readers a week.');
    expect(x.cleanText).not.toContain('readers');
  });
});
