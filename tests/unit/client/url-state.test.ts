// The view as a URL hash: what is encoded comes back, and malformed input is dropped.
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../client/src/graph/filters.ts';
import { decodeState, EMPTY_STATE, encodeState, type UrlState } from '../../../client/src/graph/url-state.ts';

describe('url state', () => {
  it.each<[string, UrlState]>([
    ['the empty view', EMPTY_STATE],
    [
      'a saved query with parameters, filters, selection and layout',
      {
        layout: 'concentric',
        filters: { ...NO_FILTERS, types: ['ATTACKED', 'DENIED'], kinds: ['Country'], articles: ['article:abc'], from: '2022-07', to: '2022-09-09', undated: false, orphans: 'hide' },
        selection: ['country:iran', 'country:iran>ATTACKED>country:albania'],
        expanded: ['country:albania'],
        query: { kind: 'saved', name: 'sanctions-after-attacks', params: { victim: 'country:albania', limit: 20 } },
      },
    ],
    ['ad-hoc Cypher with odd characters', { ...EMPTY_STATE, query: { kind: 'cypher', text: "MATCH (a {name: 'Iran & co #1'})\nRETURN a", params: { x: [1, 'two'] } } }],
  ])('round-trips %s', (_what, state) => {
    expect(decodeState(`#${encodeState(state)}`)).toEqual(state);
  });

  it('encodes nothing for the default view', () => {
    expect(encodeState(EMPTY_STATE)).toBe('');
  });

  it.each([
    ['a date that is not a date', 'from=yesterday', (s: UrlState) => s.filters.from === null],
    ['parameters that are not JSON', 'q=timeline&params={oops', (s: UrlState) => s.query?.kind === 'saved' && Object.keys(s.query.params).length === 0],
    ['parameters that are an array', 'cypher=RETURN%201&params=[1]', (s: UrlState) => s.query?.kind === 'cypher' && Object.keys(s.query.params).length === 0],
    ['a query name that is not kebab-case', 'q=../../etc', (s: UrlState) => s.query === null],
    ['an empty Cypher text', 'cypher=%20', (s: UrlState) => s.query === null],
  ])('drops %s', (_what, hash, check) => {
    expect(check(decodeState(hash))).toBe(true);
  });
});
