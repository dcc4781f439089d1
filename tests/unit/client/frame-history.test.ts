// The Query history: frames newest first, bounded in number and rows, kept
// in (and read back from) storage, malformed storage dropped, the quota met.
import { describe, expect, it } from 'vitest';
import type { QueryResult } from '../../../server/api/contract.ts';
import { FRAME_DEFAULTS, FrameHistory, hasGraph, rowsLeftOut, type FrameInput, type FrameStorage } from '../../../client/src/graph/frame-history.ts';

class MemoryStorage implements FrameStorage {
  readonly items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  getItem(k: string): string | null {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    if (v.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(k, v);
  }
}

const result = (rows: number, graph: boolean): QueryResult => ({
  elements: graph
    ? [
        { group: 'nodes', data: { id: 'n1', label: 'A', labels: ['Actor'] } },
        { group: 'nodes', data: { id: 'n2', label: 'B', labels: ['Actor'] } },
        { group: 'edges', data: { id: 'r1', source: 'n1', target: 'n2', type: 'ATTACKED' } },
      ]
    : [],
  table: { columns: ['x'], rows: Array.from({ length: rows }, (_, i) => [i]) },
  truncated: false,
  rowCount: rows,
  elapsedMs: 3,
});

const input = (text: string, rows = 1, graph = false): FrameInput => ({
  title: 'Cypher query',
  query: { kind: 'cypher', text, params: { limit: 5 } },
  at: '2026-12-02T02:30:00.000Z',
  result: result(rows, graph),
  positions: graph ? { n1: { x: 1, y: 2 }, n2: { x: 3, y: 4 } } : null,
});

describe('FrameHistory', () => {
  it('lists frames newest first with their counts and whether they drew a graph', () => {
    const h = new FrameHistory(null);
    h.add(input('RETURN s, r, t', 1, true));
    h.add(input('RETURN 1 AS x'));
    const [values, graph] = h.frames();
    expect(values).toMatchObject({ rowCount: 1, actors: 0, claims: 0 });
    expect(graph).toMatchObject({ rowCount: 1, actors: 2, claims: 1 });
    expect(values && hasGraph(values)).toBe(false);
    expect(graph && hasGraph(graph)).toBe(true);
    expect(new Set(h.frames().map((f) => f.id)).size).toBe(2);
  });

  it('keeps at most maxFrames, dropping the oldest', () => {
    const h = new FrameHistory(null, { ...FRAME_DEFAULTS, maxFrames: 3 });
    for (const t of ['a', 'b', 'c', 'd']) h.add(input(t));
    expect(h.frames().map((f) => (f.query.kind === 'cypher' ? f.query.text : ''))).toEqual(['d', 'c', 'b']);
  });

  it('keeps at most maxRows rows of a result and says how many it left out', () => {
    const h = new FrameHistory(null, { ...FRAME_DEFAULTS, maxRows: 10 });
    const f = h.add(input('UNWIND range(1, 25) AS x RETURN x', 25));
    expect(f.result.table.rows).toHaveLength(10);
    expect(f.rowCount).toBe(25);
    expect(rowsLeftOut(f)).toBe(15);
  });

  it('reads back what it stored, and numbers new frames after the stored ones', () => {
    const store = new MemoryStorage();
    const a = new FrameHistory(store);
    a.add(input('first', 2, true));
    a.add(input('second'));
    const b = new FrameHistory(store);
    expect(b.frames()).toEqual(a.frames());
    const c = b.add(input('third'));
    expect(c.id).toBeGreaterThan(Math.max(...a.frames().map((f) => f.id)));
  });

  it.each([
    ['not JSON', '{oops'],
    ['not a list', '{"id": 1}'],
    ['a frame without its query', JSON.stringify([{ id: 1, title: 't', at: 'x', rowCount: 1, actors: 0, claims: 0, result: result(1, false), positions: null }])],
  ])('starts empty from storage that is %s', (_what, stored) => {
    const store = new MemoryStorage();
    store.setItem(FRAME_DEFAULTS.storageKey, stored);
    expect(new FrameHistory(store).frames()).toEqual([]);
  });

  it('stores the newest frames that fit when the quota is too small for all', () => {
    const one = JSON.stringify([new FrameHistory(null).add(input('x'.repeat(500)))]).length;
    const store = new MemoryStorage(one * 2 + 50);
    const h = new FrameHistory(store);
    for (const t of ['a', 'b', 'c']) h.add(input(t.repeat(500)));
    expect(h.frames()).toHaveLength(3);
    const stored = new FrameHistory(store).frames().map((f) => (f.query.kind === 'cypher' ? f.query.text[0] : ''));
    expect(stored).toEqual(['c', 'b']);
  });
});
