// Cypher literals and names: exact output for ordinary and hostile values.
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../server/errors.ts';
import { commentText, cypherKey, cypherMap, cypherName, cypherString, cypherValue } from '../../../server/export/cypher-literals.ts';

describe('cypherString', () => {
  it.each([
    ['Ruritania', "'Ruritania'"],
    ["Freedonia's", "'Freedonia\\'s'"],
    ['say "no"', `'say "no"'`],
    ['back\\slash', "'back\\\\slash'"],
    ['line1\nline2\r\n\tend', "'line1\\nline2\\r\\n\\tend'"],
    ['*/ // -- ; /*', "'*/ // -- ; /*'"],
    ["'}) DETACH DELETE n //", "'\\'}) DETACH DELETE n //'"],
    ['\\u0027 stays text', "'\\\\u0027 stays text'"],
    ['Zürich — 🚀', "'Zürich — 🚀'"],
    ['nul\u0000bell\u0007del\u007f', "'nul\\u0000bell\\u0007del\\u007F'"],
    ['sep\u2028para\u2029', "'sep\\u2028para\\u2029'"],
    ['lone\uD800x', "'lone\\uD800x'"],
    ['', "''"],
  ])('writes %j as %s', (input, literal) => {
    expect(cypherString(input)).toBe(literal);
  });
});

describe('cypherName and cypherKey', () => {
  it.each([
    ['Actor', '`Actor`'],
    ['we`ird', '`we``ird`'],
    ['`) DETACH DELETE n //', '```) DETACH DELETE n //`'],
    ['Zürich Body', '`Zürich Body`'],
  ])('quotes the name %j as %s', (name, quoted) => {
    expect(cypherName(name)).toBe(quoted);
  });

  it.each([
    ['name', 'name'],
    ['_exportId', '_exportId'],
    ['claimed by', '`claimed by`'],
    ['1st', '`1st`'],
  ])('writes the map key %j as %s', (name, key) => {
    expect(cypherKey(name)).toBe(key);
  });

  it.each([['a\\u0060b'], [''], ['line\nbreak'], ['nul\u0000']])('refuses the name %j with VALIDATION_FAILED', (name) => {
    const err = ((): unknown => {
      try {
        cypherName(name);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(isAppError(err) && err.code).toBe('VALIDATION_FAILED');
  });
});

describe('cypherValue and cypherMap', () => {
  it.each([
    [42, '42'],
    [-3, '-3'],
    [0.5, '0.5'],
    [1e21, '1e21'],
    [2 ** 53 + 2, '9007199254740994.0'],
    [1.5e-7, '1.5e-7'],
    [Number.NaN, "'NaN'"],
    [true, 'true'],
    [false, 'false'],
    [null, 'null'],
    [['a', "b'c"], "['a', 'b\\'c']"],
    [[1, 2.5], '[1, 2.5]'],
    [[], '[]'],
    [[1, 'a'], `'[1,"a"]'`],
    [{ x: 1, y: "it's" }, `'{"x":1,"y":"it\\'s"}'`],
  ])('writes %j as %s', (value, literal) => {
    expect(cypherValue(value)).toBe(literal);
  });

  it('leaves null and undefined entries out of a map', () => {
    expect(cypherMap([['name', 'Ruritania'], ['when', null], ['end', undefined], ['claimed by', 'X']])).toBe("{name: 'Ruritania', `claimed by`: 'X'}");
  });
});

describe('commentText', () => {
  it.each([
    ['MATCH (n) RETURN n', 'MATCH (n) RETURN n'],
    ['a\nMATCH (n) DETACH DELETE n', 'a\uFFFDMATCH (n) DETACH DELETE n'],
    ['x\\u000aDETACH', 'x\\\\u000aDETACH'],
    ['sep\u2028x\u0085y', 'sep\uFFFDx\uFFFDy'],
  ])('keeps %j on one line as %j', (input, out) => {
    expect(commentText(input)).toBe(out);
  });
});
