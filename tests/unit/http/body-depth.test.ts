// Parsed bodies refused before anything walks them: too deep, or carrying a
// prototype-poisoning key.
import { describe, expect, it } from 'vitest';
import { bodyProblem, MAX_BODY_DEPTH, poisonedKey } from '../../../server/http/body-depth.ts';

const deep = (n: number): unknown => (n === 0 ? 1 : { a: deep(n - 1) });

describe('poisonedKey', () => {
  it.each([
    ['{"__proto__": {"x": 1}}', '__proto__'],
    ['{"a": [{"b": {"__proto__": 1}}]}', 'a.0.b.__proto__'],
    ['{"constructor": {"prototype": {"x": 1}}}', 'constructor.prototype'],
  ])('finds the key of %s', (json, path) => {
    expect(poisonedKey(JSON.parse(json))).toBe(path);
  });

  it.each(['{"constructor": 1}', '{"prototype": {"x": 1}}', '{"params": {"constructor": "x"}}', '[1, "__proto__"]', 'null'])('lets %s through', (json) => {
    expect(poisonedKey(JSON.parse(json))).toBeUndefined();
  });

  it('finds a __proto__ field of a null-prototype object, as multer builds them', () => {
    const body = Object.create(null) as Record<string, unknown>;
    body['__proto__'] = { url: 'javascript:alert(1)' };
    expect(poisonedKey(body)).toBe('__proto__');
  });
});

describe('bodyProblem', () => {
  it('refuses a body nested deeper than the limit, and not one at it', () => {
    expect(bodyProblem(deep(MAX_BODY_DEPTH + 1))?.code).toBe('BAD_REQUEST');
    expect(bodyProblem(deep(MAX_BODY_DEPTH))).toBeUndefined();
  });

  it('walks a sparse array by its elements, not its length', () => {
    const sparse: unknown[] = [];
    sparse[999_999_999] = 'x';
    expect(bodyProblem({ a: sparse })).toBeUndefined();
  });
});
