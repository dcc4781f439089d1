// extractArticle as a whole: the same input gives the same JSON, every claim
// quotes its sentence at its offsets in cleanText, events carry their date
// (resolved against the publication date), certainty and claimant, and the
// article record says what was read.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../server/extract/extract.ts';
import { sha256Hex } from '../../../server/extract/ids.ts';
import { recordedAnnotator } from '../../support/recorded-annotator.ts';
import { extract, isEvent } from './helpers.ts';

const PAGE = 'Norway expels Peruvian diplomats\n\nBy Example Staff\n\nSubscribe to our newsletter\n\nNorway expelled two Peruvian diplomats on Monday. Peru expelled two Norwegian diplomats on Wednesday.\n\nChile accused Peru of hacking its foreign ministry.';

describe('extractArticle', () => {
  it('gives identical JSON for the same input, whatever the annotator instance', async () => {
    const a = await extractArticle({ text: PAGE, published: '2023-05-12' }, recordedAnnotator());
    const b = await extractArticle({ text: PAGE, published: '2023-05-12' }, recordedAnnotator());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('quotes each claim\'s whole sentence at its offsets in cleanText', async () => {
    const x = await extract(PAGE);
    expect(x.relationships.length).toBeGreaterThan(0);
    for (const r of x.relationships) expect(x.article.cleanText.slice(r.start, r.end)).toBe(r.evidence);
    const evidence = x.relationships.filter(isEvent).map((r) => r.evidence);
    expect(new Set(evidence)).toEqual(new Set(['Norway expelled two Peruvian diplomats on Monday.', 'Peru expelled two Norwegian diplomats on Wednesday.', 'Chile accused Peru of hacking its foreign ministry.']));
  });

  it.each([
    ['a weekday', 'Norway expelled two Peruvian diplomats on Monday.', '2023-05-08'],
    ['"last Friday"', 'Norway expelled two Peruvian diplomats last Friday.', '2023-05-05'],
    ['a month and year', 'Norway expelled two Peruvian diplomats in March 2021.', '2021-03'],
    ['no date', 'Norway expelled two Peruvian diplomats.', null],
  ])('dates an event by %s against the publication date (Friday 12 May 2023)', async (_what, text, when) => {
    const [event] = (await extract(text)).relationships.filter(isEvent);
    expect(event?.when).toBe(when);
  });

  it('marks an accusation as alleged and names who makes it', async () => {
    const x = await extract('Chile accused Peru of hacking its foreign ministry.');
    const attacks = x.relationships.filter(isEvent).filter((r) => r.type === 'ATTACKED');
    expect(attacks.length).toBeGreaterThan(0);
    for (const a of attacks) expect([a.source, a.certainty, a.claimedBy]).toEqual(['country:peru', 'alleged', 'Chile']);
  });

  it('states an act told plainly, claimed by no one', async () => {
    const [event] = (await extract('Norway expelled two Peruvian diplomats on Monday.')).relationships.filter(isEvent);
    expect(event).toMatchObject({ type: 'EXPELLED', source: 'country:norway', target: 'country:peru', certainty: 'stated', claimedBy: null, denies: null });
  });

  it('records the article: id and sha256 of the raw text, title, publication date, the text without its furniture', async () => {
    const x = await extractArticle({ text: PAGE, title: 'A title', published: '2023-05-12', source: 'Example News', url: 'https://example.org/a' }, recordedAnnotator());
    expect(x.article).toMatchObject({ id: `article:${sha256Hex(PAGE).slice(0, 16)}`, sha256: sha256Hex(PAGE), title: 'A title', published: '2023-05-12', source: 'Example News', url: 'https://example.org/a' });
    expect(x.article.cleanText).not.toContain('Subscribe');
    expect(x.article.cleanText).not.toContain('By Example Staff');
  });
});
