// The canvas view model on a headless Cytoscape: merging claims into edges,
// filters as classes, undo/redo of view changes through snapshots, and
// actors redrawn after a correction.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { GraphElement } from '../../../server/api/contract.ts';
import { Canvas } from '../../../client/src/graph/canvas.ts';
import { NO_FILTERS } from '../../../client/src/graph/filters.ts';
import { graphStyle } from '../../../client/src/graph/style.ts';
import type { ViewContext } from '../../../client/src/graph/view-context.ts';

const actor = (id: string, name: string, kind = 'Country'): GraphElement => ({ group: 'nodes', data: { id, key: `country:${name.toLowerCase()}`, label: name, name, kind, labels: ['Actor', kind] } });
const rel = (id: string, source: string, target: string, type: string, when: string | null): GraphElement => ({ group: 'edges', data: { id, source, target, type, when, evidence: `${id}.` } });

const BASE = [actor('n1', 'Iran'), actor('n2', 'Albania'), rel('r1', 'n1', 'n2', 'ATTACKED', '2022-07'), rel('r2', 'n1', 'n2', 'ATTACKED', '2022-09-09')];

function canvas(): Canvas {
  return new Canvas(cytoscape({ headless: true, styleEnabled: true, style: graphStyle() }));
}

describe('Canvas', () => {
  it('draws parallel claims as one edge with a count', () => {
    const c = canvas();
    c.add(BASE);
    const edges = c.cy.edges();
    expect(edges).toHaveLength(1);
    expect(edges.first().data()).toMatchObject({ type: 'ATTACKED', count: 2, label: 'ATTACKED ×2', claims: ['r1', 'r2'] });
  });

  it('adds later claims to the drawn edge', () => {
    const c = canvas();
    c.add(BASE);
    c.add([rel('r3', 'n1', 'n2', 'ATTACKED', '2022-10')]);
    expect(c.cy.edges().first().data('label')).toBe('ATTACKED ×3');
  });

  it('undoes and redoes an expansion', async () => {
    const c = canvas();
    c.add(BASE);
    await c.change('Expand Albania', () => {
      c.add([actor('n3', 'Serbia'), rel('r4', 'n2', 'n3', 'EXPELLED', '2022-09')], c.cy.getElementById('n2'));
    });
    expect(c.cy.nodes()).toHaveLength(3);
    c.history.undo();
    expect(c.cy.nodes().map((n) => n.id()).sort()).toEqual(['n1', 'n2']);
    expect(c.cy.edges()).toHaveLength(1);
    c.history.redo();
    expect(c.cy.nodes()).toHaveLength(3);
    expect(c.cy.getElementById('m:n2|EXPELLED|n3').nonempty()).toBe(true);
  });

  it('records no step when nothing changed', async () => {
    const c = canvas();
    c.add(BASE);
    expect(await c.change('nothing', () => undefined)).toBe(false);
    expect(c.history.canUndo).toBe(false);
  });

  it('hides events after the date range and recounts the edge', () => {
    const c = canvas();
    c.add([...BASE, actor('n3', 'Serbia'), rel('r4', 'n2', 'n3', 'EXPELLED', '2022-09')]);
    c.setFilters({ ...NO_FILTERS, to: '2022-08' });
    expect(c.cy.getElementById('m:n1|ATTACKED|n2').data('label')).toBe('ATTACKED');
    expect(c.cy.getElementById('m:n2|EXPELLED|n3').hasClass('filtered')).toBe(true);
    expect(c.cy.getElementById('n3').hasClass('faded')).toBe(true);
    c.history.undo();
    expect(c.filters).toEqual(NO_FILTERS);
    expect(c.cy.getElementById('n3').hasClass('faded')).toBe(false);
  });

  it('exports the shown actors and the claims that pass the filters', () => {
    const c = canvas();
    c.add(BASE);
    c.setFilters({ ...NO_FILTERS, to: '2022-08' }, false);
    expect(c.exportIds().sort()).toEqual(['n1', 'n2', 'r1']);
  });

  describe('redraw after a correction', () => {
    it('gives a changed actor its new name and kind where it was drawn', () => {
      const c = canvas();
      c.add(BASE);
      c.cy.getElementById('n2').position({ x: 40, y: 50 });
      c.redraw(['n2'], [actor('n2', 'Shqipëria', 'Organization'), ...BASE.slice(2)], []);
      const n = c.cy.getElementById('n2');
      expect(n.data()).toMatchObject({ label: 'Shqipëria', kind: 'Organization' });
      expect(n.position()).toEqual({ x: 40, y: 50 });
      expect(c.cy.getElementById('m:n1|ATTACKED|n2').data('claims')).toEqual(['r1', 'r2']);
    });

    it('removes an actor merged away and draws its claims on the survivor', () => {
      const c = canvas();
      c.add([...BASE, actor('n3', 'Tirana'), rel('r3', 'n1', 'n3', 'ATTACKED', '2022-07')]);
      c.redraw(['n2'], [actor('n2', 'Albania'), ...BASE.slice(2), rel('r4', 'n1', 'n2', 'ATTACKED', '2022-07')], ['n3']);
      expect(c.cy.nodes().map((n) => n.id()).sort()).toEqual(['n1', 'n2']);
      expect(c.cy.getElementById('m:n1|ATTACKED|n2').data('claims')).toEqual(['r1', 'r4', 'r2']);
      expect(c.model.claim('r3')).toBeUndefined();
      expect(c.model.actor('n3')).toBeUndefined();
    });

    it('adds a split-off actor beside the actors it has claims with', () => {
      const c = canvas();
      c.add(BASE);
      c.redraw(['n2', 'n4'], [actor('n2', 'Albania'), actor('n4', 'Tirana'), rel('r1', 'n1', 'n2', 'ATTACKED', '2022-07'), rel('r5', 'n1', 'n4', 'ATTACKED', '2022-09-09')], []);
      expect(c.cy.getElementById('n4').nonempty()).toBe(true);
      expect(c.cy.getElementById('m:n1|ATTACKED|n2').data('claims')).toEqual(['r1']);
      expect(c.cy.getElementById('m:n1|ATTACKED|n4').data('claims')).toEqual(['r5']);
      expect(c.model.claim('r2')).toBeUndefined();
    });

    it('clears the view history, whose snapshots name replaced claims', async () => {
      const c = canvas();
      c.add(BASE);
      await c.change('Hide Albania', () => {
        c.cy.getElementById('n2').addClass('hidden');
      });
      c.redraw(['n1'], [actor('n1', 'Iran'), ...BASE.slice(2)], []);
      expect(c.history.canUndo).toBe(false);
    });
  });

  describe('undo of a query run', () => {
    it('puts back the query and table of the step with the drawing and the viewport', async () => {
      const c = canvas();
      c.add(BASE);
      let ctx: ViewContext = { query: null, shown: null };
      c.keepContext({ take: () => ctx, put: (x) => void (ctx = x) });
      c.cy.viewport({ zoom: 0.7, pan: { x: 12, y: 34 } });
      const q = { kind: 'saved', name: 'timeline', params: {} } as const;
      const shown = { result: { elements: [], table: { columns: [], rows: [] }, truncated: false, rowCount: 0, elapsedMs: 1 }, title: 'Timeline' };
      await c.change('Run Timeline', () => {
        c.replace([actor('n3', 'Serbia')]);
        c.cy.viewport({ zoom: 1.2, pan: { x: -50, y: 5 } });
        ctx = { query: q, shown };
      });
      c.history.undo();
      expect(ctx).toEqual({ query: null, shown: null });
      expect(c.cy.nodes().map((n) => n.id()).sort()).toEqual(['n1', 'n2']);
      expect({ zoom: c.cy.zoom(), pan: c.cy.pan() }).toEqual({ zoom: 0.7, pan: { x: 12, y: 34 } });
      c.history.redo();
      expect(ctx).toEqual({ query: q, shown });
      expect(c.cy.nodes().map((n) => n.id())).toEqual(['n3']);
      expect(c.cy.zoom()).toBe(1.2);
    });

    it('records a step when only the query and table changed', async () => {
      const c = canvas();
      c.add(BASE);
      let ctx: ViewContext = { query: null, shown: null };
      c.keepContext({ take: () => ctx, put: (x) => void (ctx = x) });
      expect(await c.change('Run', () => void (ctx = { query: { kind: 'cypher', text: 'RETURN 1', params: {} }, shown: null }))).toBe(true);
      expect(await c.change('Nothing', () => undefined)).toBe(false);
    });
  });

  describe('drop', () => {
    it('takes deleted claims off their edges, removes emptied edges and gone actors, and clears the history', async () => {
      const c = canvas();
      c.add([...BASE, actor('n3', 'Serbia'), rel('r4', 'n2', 'n3', 'EXPELLED', '2022-09')]);
      await c.change('Hide Serbia', () => void c.cy.getElementById('n3').addClass('hidden'));
      c.drop(['r2', 'r4'], ['n3']);
      expect(c.cy.nodes().map((n) => n.id()).sort()).toEqual(['n1', 'n2']);
      expect(c.cy.edges().map((e) => e.id())).toEqual(['m:n1|ATTACKED|n2']);
      expect(c.cy.edges().first().data()).toMatchObject({ claims: ['r1'], count: 1, label: 'ATTACKED' });
      expect(c.model.claim('r4')).toBeUndefined();
      expect(c.model.actor('n3')).toBeUndefined();
      expect(c.history.canUndo).toBe(false);
    });
  });
});
