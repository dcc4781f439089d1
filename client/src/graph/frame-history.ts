// The Query history: one frame per query run (its query and parameters, when
// it ran, how many rows, whether it drew a graph) with its result kept in
// memory, so that reopening a frame shows that result again without a rerun.
// Bounded (frames, rows per frame) and kept in the tab's sessionStorage.
import type { Position } from 'cytoscape';
import type { QueryResult } from '../../../server/api/contract.ts';
import type { QueryState } from './url-state.ts';

export interface FrameOptions {
  readonly maxFrames: number;
  readonly maxRows: number;
  readonly storageKey: string;
  readonly storageChars: number;
}

export const FRAME_DEFAULTS: FrameOptions = Object.freeze({
  /** Frames kept; the oldest goes first. */
  maxFrames: 50,
  /** Rows of a result kept in a frame (the rest are counted, not kept). */
  maxRows: 200,
  /** sessionStorage key of the history. */
  storageKey: 'actorgraph.frames',
  /** Characters of JSON the stored history may take; the oldest frames are left out past it. */
  storageChars: 2_000_000,
});

export interface Frame {
  /** Unique within the tab, growing with each run. */
  readonly id: number;
  readonly title: string;
  readonly query: QueryState;
  /** When it ran (ISO 8601). */
  readonly at: string;
  /** Rows the query returned (the result may keep fewer: `result.table.rows.length`). */
  readonly rowCount: number;
  readonly actors: number;
  readonly claims: number;
  /** The result, its rows capped at `maxRows`. */
  readonly result: QueryResult;
  /** Where its actors were drawn; null when the result had no graph elements. */
  readonly positions: Readonly<Record<string, Position>> | null;
}

export type FrameInput = Omit<Frame, 'id' | 'rowCount' | 'actors' | 'claims' | 'result'> & { readonly result: QueryResult };

export type FrameStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const hasGraph = (f: Frame): boolean => f.positions !== null;

/** Rows of the result the frame does not keep. */
export const rowsLeftOut = (f: Frame): number => Math.max(0, f.rowCount - f.result.table.rows.length);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A stored frame, narrowed: anything malformed is dropped (the storage is ours, but it outlives a release). */
function isFrame(v: unknown): v is Frame {
  if (!isObject(v) || typeof v['id'] !== 'number' || typeof v['title'] !== 'string' || typeof v['at'] !== 'string') return false;
  if (typeof v['rowCount'] !== 'number' || typeof v['actors'] !== 'number' || typeof v['claims'] !== 'number') return false;
  const q = v['query'];
  const queryOk = isObject(q) && isObject(q['params']) && ((q['kind'] === 'saved' && typeof q['name'] === 'string') || (q['kind'] === 'cypher' && typeof q['text'] === 'string'));
  const r = v['result'];
  const resultOk = isObject(r) && Array.isArray(r['elements']) && isObject(r['table']) && Array.isArray(r['table']['columns']) && Array.isArray(r['table']['rows']);
  return queryOk && resultOk && (v['positions'] === null || isObject(v['positions']));
}

export class FrameHistory {
  private list: Frame[] = [];
  private next = 1;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: FrameStorage | null,
    private readonly opts: FrameOptions = FRAME_DEFAULTS,
  ) {
    this.list = this.read();
    this.next = Math.max(0, ...this.list.map((f) => f.id)) + 1;
  }

  /** Newest first. */
  frames(): readonly Frame[] {
    return this.list;
  }

  add(input: FrameInput): Frame {
    const r = input.result;
    const frame: Frame = {
      ...input,
      id: this.next++,
      rowCount: r.rowCount,
      actors: r.elements.filter((e) => e.group === 'nodes').length,
      claims: r.elements.filter((e) => e.group === 'edges').length,
      result: r.table.rows.length > this.opts.maxRows ? { ...r, table: { columns: r.table.columns, rows: r.table.rows.slice(0, this.opts.maxRows) } } : r,
    };
    this.list = [frame, ...this.list].slice(0, this.opts.maxFrames);
    this.write();
    for (const fn of this.listeners) fn();
    return frame;
  }

  onChange(fn: () => void): void {
    this.listeners.add(fn);
  }

  private read(): Frame[] {
    try {
      const v: unknown = JSON.parse(this.storage?.getItem(this.opts.storageKey) ?? '[]');
      return Array.isArray(v) ? v.filter(isFrame).slice(0, this.opts.maxFrames) : [];
    } catch {
      return [];
    }
  }

  /** Stores the newest frames that fit the budget (and the browser's quota). */
  private write(): void {
    if (!this.storage) return;
    for (let n = this.list.length; n >= 0; n--) {
      const json = JSON.stringify(this.list.slice(0, n));
      if (json.length > this.opts.storageChars && n > 0) continue;
      try {
        this.storage.setItem(this.opts.storageKey, json);
        return;
      } catch {
        // NOTE: over the quota (or storage disabled): try with one frame fewer.
      }
    }
  }
}
