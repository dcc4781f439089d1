import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../server/extract/clean.ts';
import { splitSentences } from '../../../server/extract/sentences.ts';

const split = (body: string): string[] => {
  const c = cleanArticle(`A headline about something here\n\n${body}`);
  return splitSentences(c.cleanText, c.paragraphs).filter((s) => s.role === 'body').map((s) => s.text);
};

describe('splitSentences', () => {
  it('does not break after abbreviations or inside quotes', () => {
    expect(split('The U.S. Treasury acted on Sept. 8, 2022. "We acted fast," the minister said. Gen. Doe agreed.')).toEqual([
      'The U.S. Treasury acted on Sept. 8, 2022.',
      '"We acted fast," the minister said.',
      'Gen. Doe agreed.',
    ]);
  });

  it('gives tokens and sentences offsets into cleanText', () => {
    const c = cleanArticle('A headline about something here\n\nPoland said on Dec. 19 that it would respond. Kenya agreed.');
    for (const s of splitSentences(c.cleanText, c.paragraphs)) {
      expect(c.cleanText.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) expect(c.cleanText.slice(t.start, t.end)).toBe(t.text);
    }
  });
});
