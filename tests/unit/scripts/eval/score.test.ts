// The TypeScript port of the corpus scorer on invented gold/extraction pairs:
// name matching, merged nodes, folding, recall over required relations,
// precision over the four event types, traps.
import { describe, expect, it } from 'vitest';
import { normaliseName, scoreExtraction, type ScoredExtraction, type ScoredGold } from '../../../../scripts/eval/score.ts';

const gold: ScoredGold = {
  entities: [
    { id: 'norway', name: 'Norway', aliases: ['Oslo', 'Kingdom of Norway'] },
    { id: 'peru', name: 'Peru', aliases: ['Lima'] },
    { id: 'mfa', name: 'Norwegian Foreign Ministry', aliases: ["Norway's foreign ministry"] },
    { id: 'heron', name: 'Grey Heron', aliases: ['the Grey Heron group'] },
  ],
  relations: [
    { type: 'EXPELLED', source: 'norway', target: 'peru', required: true },
    { type: 'EXPELLED', source: 'mfa', target: 'peru', required: false },
    { type: 'ATTACKED', source: 'heron', target: 'norway', required: true },
    { type: 'DENIED', source: 'peru', target: 'norway', required: true },
  ],
  not: [{ type: 'SANCTIONED', source: 'norway', target: 'peru', why: 'only threatened' }],
};

const node = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases });
const rel = (type: string, source: string, target: string) => ({ type, source, target });

describe('normaliseName', () => {
  it.each([
    ['The Grey Heron', 'grey heron'],
    ['U.S.', 'us'],
    ["Norway's", 'norway'],
    ['Norway\u2019s', 'norway'],
    ['  Kingdom   of\nNorway ', 'kingdom of norway'],
    ['ＮＯＲＷＡＹ', 'norway'],
  ])('%j → %j', (name, key) => {
    expect(normaliseName(name)).toBe(key);
  });
});

describe('scoreExtraction', () => {
  it('scores a perfect extraction 1/1/1, matching nodes by any name or alias', () => {
    const ext: ScoredExtraction = {
      nodes: [node('a', 'Kingdom of Norway'), node('b', 'Lima'), node('c', 'The Grey Heron')],
      relationships: [rel('EXPELLED', 'a', 'b'), rel('ATTACKED', 'c', 'a'), rel('DENIED', 'b', 'a')],
    };
    expect(scoreExtraction(gold, ext)).toMatchObject({ precision: 1, recall: 1, f1: 1, extracted: 3, correct: 3, required: 3, misses: [], falsePositives: [], traps: 0 });
  });

  it('counts an optional relation as correct without needing it', () => {
    const ext = { nodes: [node('a', 'Norway'), node('b', 'Peru'), node('m', "Norway's foreign ministry")], relationships: [rel('EXPELLED', 'm', 'b')] };
    const s = scoreExtraction(gold, ext);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0);
    expect(s.misses).toEqual(['EXPELLED norway -> peru', 'ATTACKED heron -> norway', 'DENIED peru -> norway']);
  });

  it('lets a node whose names hit two gold entities match none', () => {
    const ext = { nodes: [node('x', 'Norway', ['Peru']), node('b', 'Peru')], relationships: [rel('EXPELLED', 'x', 'b')] };
    expect(scoreExtraction(gold, ext)).toMatchObject({ correct: 0, falsePositives: ['EXPELLED Norway -> Peru'] });
  });

  it('folds duplicates by type and node names', () => {
    const ext = { nodes: [node('a', 'Norway'), node('a2', 'Norway'), node('b', 'Peru')], relationships: [rel('EXPELLED', 'a', 'b'), rel('EXPELLED', 'a2', 'b'), rel('EXPELLED', 'a', 'b')] };
    expect(scoreExtraction(gold, ext)).toMatchObject({ extracted: 1, correct: 1 });
  });

  it('ignores relations outside the four event types', () => {
    const ext = { nodes: [node('a', 'Norway'), node('m', 'Norwegian Foreign Ministry'), node('b', 'Peru')], relationships: [rel('PART_OF', 'm', 'a'), rel('EXPELLED', 'a', 'b')] };
    expect(scoreExtraction(gold, ext)).toMatchObject({ extracted: 1, precision: 1 });
  });

  it('counts a relation on the not list as a trap and a false positive', () => {
    const ext = { nodes: [node('a', 'Norway'), node('b', 'Peru'), node('z', 'Zanzibar')], relationships: [rel('SANCTIONED', 'a', 'b'), rel('ATTACKED', 'z', 'a')] };
    const s = scoreExtraction(gold, ext);
    expect(s.traps).toBe(1);
    expect(s.falsePositives).toEqual(['SANCTIONED Norway -> Peru  (wrong: only threatened)', 'ATTACKED Zanzibar -> Norway']);
    expect(s.precision).toBe(0);
  });

  it.each([
    ['no relations extracted', { nodes: [], relationships: [] }, { precision: 0, recall: 0, f1: 0 }],
    ['edges instead of relationships, start/end instead of source/target', { nodes: [node('a', 'Norway'), node('b', 'Peru')], edges: [{ type: 'EXPELLED', start: 'a', end: 'b' }] }, { precision: 1, correct: 1 }],
    ['names under properties', { nodes: [{ id: 1, properties: { name: 'Norway' } }, { id: 2, properties: { name: 'Peru' } }], relationships: [rel('EXPELLED', '1', '2')] }, { correct: 1 }],
  ])('reads %s', (_what, ext: ScoredExtraction, expected) => {
    expect(scoreExtraction(gold, ext)).toMatchObject(expected);
  });

  it('gives recall 1 when the gold file requires nothing', () => {
    expect(scoreExtraction({ entities: [], relations: [] }, { nodes: [], relationships: [] })).toMatchObject({ recall: 1, precision: 0, f1: 0 });
  });

  it('computes F1 as the harmonic mean', () => {
    const ext = { nodes: [node('a', 'Norway'), node('b', 'Peru'), node('c', 'Grey Heron')], relationships: [rel('EXPELLED', 'a', 'b'), rel('ATTACKED', 'b', 'a')] };
    const s = scoreExtraction(gold, ext);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBeCloseTo(1 / 3);
    expect(s.f1).toBeCloseTo(0.4);
  });
});
