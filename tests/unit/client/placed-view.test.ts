// Positions in a link: what is encoded comes back (to the pixel), old links
// have none, malformed values are dropped or refused, and a view too big for a
// URL keeps no positions.
import { describe, expect, it } from 'vitest';
import { decodePlaced, MAX_PLACED_URL_CHARS, type PlacedView } from '../../../client/src/graph/placed-view.ts';
import { decodeState, EMPTY_STATE, encodeState, placedParams, type UrlState } from '../../../client/src/graph/url-state.ts';

const placed = (n: number): PlacedView => ({
  nodes: new Map(Array.from({ length: n }, (_, i) => [`country:w${i}`, { x: i * 10.4 - 300, y: -i * 7.6 }])),
  edges: null,
  hidden: ['country:w1', 'country:w0>ATTACKED>country:w2'],
  pinned: ['country:w2'],
  zoom: 1.23456,
  pan: { x: 120.4, y: -55.6 },
});

const withPlaced = (p: PlacedView): UrlState => ({ ...EMPTY_STATE, layout: 'concentric', selection: ['country:w3'], placed: p });
const params = (s: string) => new URLSearchParams(s);

describe('positions in a link', () => {
  it('round-trips positions to the unit, zoom to 4 decimals, pan, hidden and pinned', () => {
    const p = placed(59);
    const back = decodeState(`#${encodeState(withPlaced(p))}`);
    expect(back.layout).toBe('concentric');
    expect(back.selection).toEqual(['country:w3']);
    const got = back.placed;
    expect(got).toBeTruthy();
    expect(got?.nodes.size).toBe(59);
    for (const [k, q] of p.nodes) {
      const r = got?.nodes.get(k);
      expect(Math.abs((r?.x ?? Infinity) - q.x)).toBeLessThanOrEqual(0.5);
      expect(Math.abs((r?.y ?? Infinity) - q.y)).toBeLessThanOrEqual(0.5);
    }
    expect(got?.zoom).toBeCloseTo(1.2346, 6);
    expect(got?.pan).toEqual({ x: 120, y: -56 });
    expect(got?.hidden).toEqual(p.hidden);
    expect(got?.pinned).toEqual(p.pinned);
  });

  it('keeps keys that hold the separator of an entry', () => {
    const p: PlacedView = { ...placed(0), nodes: new Map([['person:a~b', { x: 1, y: 2 }]]), hidden: [], pinned: [] };
    expect(decodeState(`#${encodeState(withPlaced(p))}`).placed?.nodes.get('person:a~b')).toEqual({ x: 1, y: 2 });
  });

  it('reads an old link (no positions) as before: no placed view', () => {
    expect(decodeState('#layout=concentric&sel=country:iran').placed).toBeUndefined();
  });

  it.each([
    ['no view', 'pos=country:a~1~2'],
    ['a zoom of zero', 'pos=country:a~1~2&view=0~0~0'],
    ['a negative zoom', 'pos=country:a~1~2&view=-1~0~0'],
    ['a zoom that is not a number', 'pos=country:a~1~2&view=big~0~0'],
    ['a pan of Infinity', 'pos=country:a~1~2&view=1~Infinity~0'],
    ['a view of two numbers', 'pos=country:a~1~2&view=1~0'],
    ['no position that reads', 'pos=country:a~x~y,~1~2&view=1~0~0'],
  ])('refuses %s', (_what, text) => {
    expect(decodePlaced(params(text))).toBeNull();
  });

  it('drops the malformed entries and keeps the rest', () => {
    const got = decodePlaced(params(`pos=country:a~1~2,country:b~NaN~3,country:c~1e400~3,country:d~4,country:e~99999999999~1,country:a~9~9,country:f~-5.5~6&view=1~0~0&pin=country:a,country:zz,&hide=,country:f`));
    expect([...(got?.nodes ?? new Map()).entries()]).toEqual([
      ['country:a', { x: 1, y: 2 }],
      ['country:f', { x: -5.5, y: 6 }],
    ]);
    expect(got?.pinned).toEqual(['country:a']);
    expect(got?.hidden).toEqual(['country:f']);
  });

  it('leaves positions out of a URL too long for them', () => {
    const big = placed(400);
    expect(placedParams(withPlaced(big))).toBeNull();
    expect(decodeState(`#${encodeState(withPlaced(big))}`).placed).toBeUndefined();
    const small = placedParams(withPlaced(placed(20)));
    expect(small).not.toBeNull();
    expect(small?.length).toBeLessThanOrEqual(MAX_PLACED_URL_CHARS);
  });
});
