import { describe, expect, it } from 'vitest';
import { actorKey, actorKeys, luceneAnyPhrase } from '../../../server/graph/actor-keys.ts';

describe('actorKey', () => {
  it.each([
    ['The U.S. Treasury', 'us treasury'],
    ["Ruritania's", 'ruritania'],
    ['  Foreign   Ministry ', 'foreign ministry'],
    ['Ruritania\u2019s', 'ruritania'],
  ])('normalises %s to %s', (name, key) => {
    expect(actorKey(name)).toBe(key);
  });

  it('deduplicates keys of a name and its aliases', () => {
    expect(actorKeys('Ruritania', ['ruritania', 'The Ruritania', 'Strelsau'])).toEqual(['ruritania', 'strelsau']);
  });
});

describe('luceneAnyPhrase', () => {
  it('quotes each key and escapes Lucene syntax', () => {
    expect(luceneAnyPhrase(['a (b)', 'c:d'])).toBe('"a b" OR "c d"');
  });

  it('drops keys that are Lucene operators or empty', () => {
    expect(luceneAnyPhrase(['and', '', 'x'])).toBe('"x"');
  });
});
