// The explorer's view model around Cytoscape: adds fetched elements (merging
// parallel claims into one edge), applies the filters, runs layouts, and makes
// every change to the view an undoable command (a snapshot before and after).
import type { CollectionReturnValue, Core, ElementDefinition, NodeSingular, Position } from 'cytoscape';
import type { GraphElement } from '../../../server/api/contract.ts';
import { config } from '../config.ts';
import { afterLayout } from './after-layout.ts';
import { edgeLabel, type ActorData, type ClaimData } from './elements.ts';
import { applyFilters, claimPasses, NO_FILTERS, type Filters } from './filters.ts';
import { DEFAULT_LAYOUT, layoutOptions, ringAround } from './layouts.ts';
import { ModelStore } from './model-store.ts';
import { sizeNodes } from './node-size.ts';
import { UndoStack } from './undo-stack.ts';
import { NO_CONTEXT, sameContext, type ContextKeeper, type ViewContext } from './view-context.ts';
import { sameSnapshot, takeSnapshot, type ViewSnapshot } from './view-snapshot.ts';
import { restoreViewport, takeViewport, type Viewport } from './viewport.ts';

/** Largest zoom a layout's fit may leave (small graphs stay readable, not huge). */
const MAX_FIT_ZOOM = 1.4;
/** Margin, in pixels, of a drawing fitted into the canvas. */
const FIT_PADDING = 30;

export type CanvasEvent = 'elements' | 'filters' | 'layout';

const nodeDef = (a: ActorData, position?: Position): ElementDefinition => ({
  group: 'nodes',
  data: { id: a.id, key: a.key, label: a.label, kind: a.kind, aliases: [...a.aliases], labels: [...a.labels] },
  ...(position ? { position: { ...position } } : {}),
});

/** What one undo step records, before and after. */
interface Step {
  readonly view: ViewSnapshot;
  readonly viewport: Viewport;
  readonly context: ViewContext;
  readonly filters: Filters;
  readonly layout: string;
}

export class Canvas {
  readonly model = new ModelStore();
  readonly history = new UndoStack(config.undoDepth);
  filters: Filters = NO_FILTERS;
  layoutName: string = DEFAULT_LAYOUT;
  private readonly listeners = new Set<(what: CanvasEvent) => void>();
  private keeper: ContextKeeper | null = null;

  constructor(readonly cy: Core) {}

  /** Lets undo and redo take and put back the query and results table with the drawing. */
  keepContext(keeper: ContextKeeper): void {
    this.keeper = keeper;
  }

  on(fn: (what: CanvasEvent) => void): void {
    this.listeners.add(fn);
  }

  private emit(what: CanvasEvent): void {
    for (const fn of this.listeners) fn(what);
  }

  private edgeDef(id: string, claims: readonly string[]): ElementDefinition | null {
    const first = this.model.claim(claims[0] ?? '');
    if (!first) return null;
    return { group: 'edges', data: { id, source: first.source, target: first.target, type: first.type, claims: [...claims], count: claims.length, label: edgeLabel(first.type, claims.length) } };
  }

  /**
   * Draws fetched elements: new actors (around `around` when given), and each
   * claim merged into the edge of its (source, type, target). Returns the new
   * nodes. Elements already drawn but hidden are shown again.
   */
  add(elements: readonly GraphElement[], around?: NodeSingular): CollectionReturnValue {
    const { cy } = this;
    const { nodes, claims } = this.model.absorb(elements);
    const fresh = nodes.filter((a) => cy.getElementById(a.id).empty());
    const positions = around ? this.ringPositions(around, fresh.length) : [];
    const added = cy.collection();
    cy.batch(() => {
      fresh.forEach((a, i) => added.merge(cy.add(nodeDef(a, positions[i]))));
      for (const a of nodes) cy.getElementById(a.id).removeClass('hidden');
      this.drawClaims(claims).removeClass('hidden');
    });
    this.applyFilters();
    return added;
  }

  /**
   * Takes actors that changed on the server (a correction) back from it:
   * removes the nodes in `gone`, drops every edge of the `changed` nodes and
   * draws `elements` — the changed actors with their current names, kinds and
   * aliases, drawn where they were (new ones beside the actors they have
   * claims with) and their claims with what is drawn. Not an undo step, and
   * it clears the view history: earlier snapshots name relationships the
   * correction replaced, and restoring one would draw claims that no longer
   * exist (the correction has its own Undo).
   */
  redraw(changed: readonly string[], elements: readonly GraphElement[], gone: readonly string[]): void {
    const { cy } = this;
    const isChanged = new Set(changed);
    const stale = cy.collection();
    for (const id of [...changed, ...gone]) stale.merge(cy.getElementById(id).connectedEdges());
    const staleClaims = stale.map((e) => e.data('claims') as string[]).flat();
    const { nodes, claims } = this.model.absorb(elements);
    cy.batch(() => {
      stale.remove();
      for (const id of gone) cy.getElementById(id).remove();
      for (const a of nodes) {
        const n = cy.getElementById(a.id);
        if (n.nonempty()) n.data({ key: a.key, label: a.label, kind: a.kind, aliases: [...a.aliases], labels: [...a.labels] });
      }
      const fresh = nodes.filter((a) => isChanged.has(a.id) && cy.getElementById(a.id).empty());
      fresh.forEach((a, i) => cy.add(nodeDef(a, this.besidePartners(a.id, claims, i))));
      this.drawClaims(claims);
    });
    const current = new Set(claims.map((c) => c.id));
    this.model.forget([...gone, ...staleClaims.filter((id) => !current.has(id))]);
    this.history.clear();
    this.applyFilters();
    this.emit('elements');
  }

  /**
   * Takes claims and actors the server deleted (an article removed) off the
   * canvas: each edge loses those claims (and goes when none is left), the
   * actors go. Not an undo step, and it clears the view history, as
   * `redraw` does: earlier snapshots name claims that no longer exist.
   */
  drop(claims: readonly string[], actors: readonly string[]): void {
    const { cy } = this;
    const gone = new Set(claims);
    cy.batch(() => {
      cy.edges().forEach((e) => {
        const had = e.data('claims') as string[];
        const left = had.filter((c) => !gone.has(c));
        if (left.length === 0) e.remove();
        else if (left.length < had.length) e.data({ claims: left, count: left.length, label: edgeLabel(String(e.data('type')), left.length) });
      });
      for (const id of actors) cy.getElementById(id).remove();
    });
    this.model.forget([...claims, ...actors]);
    this.history.clear();
    this.applyFilters();
    this.emit('elements');
  }

  /**
   * Draws claims between drawn actors, each merged into the edge of its
   * (source, type, target): a new edge, or one more claim on an edge already
   * drawn. Returns the edges that existed before (the caller may show them).
   */
  private drawClaims(claims: readonly ClaimData[]): CollectionReturnValue {
    const { cy } = this;
    const existing = cy.collection();
    const present = (id: string): boolean => cy.getElementById(id).nonempty();
    for (const m of this.model.mergedAmong(claims, present)) {
      const edge = cy.getElementById(m.id);
      if (edge.empty()) {
        const def = this.edgeDef(m.id, m.claims);
        if (def) cy.add(def);
        continue;
      }
      const had = edge.data('claims') as string[];
      const union = [...new Set([...had, ...m.claims])];
      if (union.length !== had.length) edge.data({ claims: union, count: union.length, label: edgeLabel(m.type, union.length) });
      existing.merge(edge);
    }
    return existing;
  }

  /** Where a new actor goes: beside the drawn actors it has claims with, else mid-view. */
  private besidePartners(id: string, claims: readonly ClaimData[], i: number): Position {
    const { cy } = this;
    const partners = cy.collection();
    for (const c of claims) {
      const other = c.source === id ? c.target : c.target === id ? c.source : null;
      if (other !== null) partners.merge(cy.getElementById(other));
    }
    const ext = cy.extent();
    const box = partners.nonempty() ? partners.boundingBox() : { x1: ext.x1, x2: ext.x2, y1: ext.y1, y2: ext.y2, w: ext.w };
    return { x: (box.x1 + box.x2) / 2 + 90 + 40 * i, y: (box.y1 + box.y2) / 2 + 70 + 30 * i };
  }

  /** Positions for new nodes around one, turned away from its drawn neighbours. */
  private ringPositions(around: NodeSingular, n: number): Position[] {
    const c = around.position();
    const others = around.neighborhood().nodes();
    let away: number | null = null;
    if (others.nonempty()) {
      const mx = others.reduce((s, o) => s + o.position().x, 0) / others.length;
      const my = others.reduce((s, o) => s + o.position().y, 0) / others.length;
      away = Math.atan2(c.y - my, c.x - mx);
    }
    return ringAround(c, n, away);
  }

  /** Replaces everything drawn (a query result, a reset). */
  replace(elements: readonly GraphElement[]): void {
    this.cy.elements().remove();
    this.add(elements);
  }

  snapshot(): ViewSnapshot {
    return takeSnapshot(this.cy);
  }

  restore(s: ViewSnapshot): void {
    const { cy } = this;
    cy.batch(() => {
      cy.edges().filter((e) => !s.edges.has(e.id())).remove();
      cy.nodes().filter((n) => !s.nodes.has(n.id())).remove();
      // NOTE: unlocked first: Cytoscape ignores position() on locked nodes.
      cy.nodes().unlock();
      for (const [id, pos] of s.nodes) {
        const n = cy.getElementById(id);
        const a = this.model.actor(id);
        if (n.nonempty()) n.position(pos);
        else if (a) cy.add(nodeDef(a, pos));
      }
      for (const [id, claims] of s.edges) {
        const e = cy.getElementById(id);
        if (e.empty()) {
          const def = this.edgeDef(id, claims);
          if (def) cy.add(def);
        } else if ((e.data('claims') as string[]).join() !== claims.join()) {
          e.data({ claims: [...claims], count: claims.length, label: edgeLabel(String(e.data('type')), claims.length) });
        }
      }
      cy.elements().forEach((el) => {
        el.toggleClass('hidden', s.hidden.has(el.id()));
      });
      cy.nodes().forEach((n) => {
        n.toggleClass('pinned', s.pinned.has(n.id()));
        if (s.pinned.has(n.id())) n.lock();
      });
    });
    this.applyFilters();
  }

  /**
   * Runs a change to the view and records it for undo (unless nothing
   * changed): the drawing, the viewport, the filters and layout, and the
   * keeper's query and table.
   */
  async change(label: string, fn: () => void | Promise<void>): Promise<boolean> {
    const before = this.step();
    await fn();
    const after = this.step();
    this.emit('elements');
    const same = sameSnapshot(before.view, after.view) && sameContext(before.context, after.context) && before.filters === after.filters && before.layout === after.layout;
    if (same) return false;
    this.history.push({ label, undo: () => this.put(before), redo: () => this.put(after) });
    return true;
  }

  private step(): Step {
    return { view: this.snapshot(), viewport: takeViewport(this.cy), context: this.keeper?.take() ?? NO_CONTEXT, filters: this.filters, layout: this.layoutName };
  }

  /** Puts a recorded step back: the table first (it changes the canvas's size), then the filters, the drawing, then where it was on screen. */
  private put(s: Step): void {
    this.keeper?.put(s.context);
    const filtersChanged = s.filters !== this.filters;
    const layoutChanged = s.layout !== this.layoutName;
    this.filters = s.filters;
    this.layoutName = s.layout;
    this.restore(s.view);
    restoreViewport(this.cy, s.viewport, () => this.fit());
    if (filtersChanged) this.emit('filters');
    if (layoutChanged) this.emit('layout');
    this.emit('elements');
  }

  /**
   * Sets the filters; `record` pushes an undo step back to `prev` (by default
   * the filters before this call; a slider drag passes the ones it started from).
   */
  setFilters(next: Filters, record = true, prev: Filters = this.filters): void {
    const set = (f: Filters) => {
      this.filters = f;
      this.applyFilters();
      this.emit('filters');
    };
    set(next);
    if (record) this.history.push({ label: 'Change filters', undo: () => set(prev), redo: () => set(next) });
  }

  /** Applies the filters as classes and recounts each edge's visible claims. */
  applyFilters(): void {
    const { cy } = this;
    const input = {
      nodes: cy.nodes().map((n) => ({ id: n.id(), kind: (n.data('kind') as string | null) ?? null })),
      edges: cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id(), claims: this.model.claimsOf(e.data('claims') as string[]) })),
    };
    const v = applyFilters(input, this.filters);
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass('filtered', v.hiddenNodes.has(n.id()));
        n.toggleClass('faded', v.fadedNodes.has(n.id()));
      });
      cy.edges().forEach((e) => {
        e.toggleClass('filtered', v.hiddenEdges.has(e.id()));
        const count = v.counts.get(e.id()) ?? 0;
        const label = edgeLabel(String(e.data('type')), Math.max(count, 1));
        if (e.data('label') !== label) e.data({ label, count: Math.max(count, 1) });
      });
      sizeNodes(cy.nodes());
    });
  }

  /** Runs the named layout over what is shown (or `eles`), and waits for it. */
  async layout(name: string = this.layoutName, eles = this.shown()): Promise<void> {
    this.layoutName = name;
    const l = eles.layout(layoutOptions(name, eles.nodes().length));
    const done = l.promiseOn('layoutstop');
    l.run();
    await done;
    // fCoSE leaves some labels over others, breadthfirst's levels are too wide: mended here.
    afterLayout(this.cy, name, eles);
    this.capZoom(eles);
    this.emit('layout');
  }

  /** Fits what is shown (or `eles`) into the canvas, no closer than a layout leaves it. */
  fit(eles = this.shown()): void {
    if (eles.empty()) return;
    this.cy.fit(eles, FIT_PADDING);
    this.capZoom(eles);
  }

  /** A fitted graph of two or three actors would fill the screen with giants: no closer than MAX_FIT_ZOOM. */
  private capZoom(eles: CollectionReturnValue): void {
    if (this.cy.zoom() <= MAX_FIT_ZOOM) return;
    this.cy.zoom(MAX_FIT_ZOOM);
    this.cy.center(eles);
  }

  /** Elements not hidden by the analyst nor by the filters. */
  shown(): CollectionReturnValue {
    return this.cy.elements().not('.hidden, .filtered');
  }

  /** Ids for a server export: the shown actors and the shown claims that pass the filters. */
  exportIds(eles = this.shown()): string[] {
    const ids = eles.nodes().map((n) => n.id());
    eles.edges().forEach((e) => {
      for (const c of this.model.claimsOf(e.data('claims') as string[])) if (claimPasses(c, this.filters)) ids.push(c.id);
    });
    return ids;
  }
}
