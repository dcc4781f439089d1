// What a claim result shows of its sentence: the words the query matched
// marked (prefixes too), and a long sentence cut around the first match.
import { describe, expect, it } from 'vitest';
import { markTerms, queryTerms, snippet } from '../../../client/src/graph/mark-terms.ts';

const marked = (s: string, q: string) => markTerms(s, q).filter((p) => p.marked).map((p) => p.text);

describe('markTerms', () => {
  it.each([
    ['every word, any case', 'Russia used a Nerve agent; the agent was new.', 'nerve AGENT', ['Nerve', 'agent', 'agent']],
    ['a prefix as the whole word', 'Hackers planted a wiper.', 'wip', ['wiper']],
    ['not inside a word', 'The Iranian hackers.', 'ran', []],
    ['quotes and syntax ignored', 'It was a nerve agent.', '"nerve agent"~2 AND', ['nerve', 'agent']],
  ])('marks %s', (_what, s, q, expected) => {
    expect(marked(s, q)).toEqual(expected);
  });

  it('keeps the sentence whole', () => {
    const s = 'A (wiper) hit [Tirana], officials said.';
    expect(markTerms(s, 'wiper tirana').map((p) => p.text).join('')).toBe(s);
  });

  it('drops operator words from the terms', () => {
    expect(queryTerms('AND or nerve NOT to')).toEqual(['nerve']);
  });
});

describe('snippet', () => {
  it('keeps a short sentence whole', () => {
    expect(snippet('A wiper hit.', 'wiper').map((p) => p.text).join('')).toBe('A wiper hit.');
  });

  it('cuts a long sentence around the first match, with ellipses', () => {
    const s = `${'word '.repeat(60)}the wiper struck ${'more '.repeat(60)}end.`;
    const parts = snippet(s, 'wiper', 80);
    const text = parts.map((p) => p.text).join('');
    expect(text.length).toBeLessThanOrEqual(84);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['wiper']);
  });
});
