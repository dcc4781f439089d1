// End to end: the explorer is readable at size. Two synthetic worlds (50 and
// 300 actors, realistic name lengths, readable-world.ts) are written into the
// run's Neo4j in turn; for every layout the test counts the pairs of nodes
// whose body-and-label boxes overlap (label-overlap.ts) and logs a table of
// them; the default layout must have none. Edge labels appear only when
// zoomed in enough to read them, long names wrap instead of being cut, and
// the SVG export keeps every label inside its picture, edge labels turned
// along their edges. The graph is emptied again at the end, so that the next
// server started on it seeds the sample article.
// Run `npx vite build` first.
import type { Browser, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../client/src/graph/layouts.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { ArticleRepo } from '../../server/db/article-repo.ts';
import { launchBrowser } from '../support/browser.ts';
import { sharedNlpEnv } from '../support/nlp-client.ts';
import { startServer, type RunningServer } from '../support/run-server.ts';
import { emptyDb, neo4jEnv, openTestDb } from '../support/test-db.ts';
import { download, DOWNLOADS, openExplorer, settled, SHOTS } from './explorer-page.ts';
import { labelOverlaps } from './label-overlap.ts';
import { readableWorld } from './readable-world.ts';

const SEED = 13;
const SIZES = [50, 300] as const;
const DEFAULT = LAYOUTS[0] as (typeof LAYOUTS)[number];
/**
 * Most overlapping pairs allowed in the other layouts, by size: what they
 * measured with this change (all label-aware), against the counts before it
 * (50 actors: concentric 25, hierarchical 32, circle 48, grid 13; 300:
 * 227, 507, 300, 1541).
 */
const BOUND: Readonly<Record<number, Readonly<Record<string, number>>>> = {
  50: { concentric: 0, breadthfirst: 0, circle: 0, grid: 0 },
  300: { concentric: 0, breadthfirst: 0, circle: 0, grid: 0 },
};

describe('the explorer at size', () => {
  let db: GraphDb;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  /** Overlapping pairs by size, then by layout name. */
  const counts = new Map<number, Map<string, number>>();

  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });

  async function loadWorld(n: number): Promise<void> {
    await emptyDb(db);
    const r = await new ArticleRepo(db).writeMany(readableWorld(n, SEED));
    if (r.failed.length > 0) throw new Error(`the ${n}-actor world did not load: ${r.failed[0]?.message}`);
    await openExplorer(page, server.url);
    await settled(page);
    // NOTE: a page function, not expect.poll: this runs in a beforeAll.
    await page.waitForFunction((count) => window.cy.nodes().not('.hidden, .filtered').length === count, n, { timeout: 60_000 });
  }

  /** Picks a layout as the analyst does and waits until it has run and been recorded. */
  async function useLayout(name: string, label: string): Promise<void> {
    const stopped = page.evaluate(() => new Promise<void>((resolve) => window.cy.one('layoutstop', () => resolve())));
    await page.selectOption('#layout-select', name);
    await stopped;
    await expect.poll(() => page.getAttribute('#undo-button', 'title'), { timeout: 60_000 }).toContain(label);
    await settled(page);
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    mkdirSync(DOWNLOADS, { recursive: true });
    db = await openTestDb();
    await emptyDb(db);
    server = await startServer({ ...neo4jEnv(), ...sharedNlpEnv(), LOAD_SAMPLE: 'false' });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 860 }, acceptDownloads: true });
  });

  afterAll(async () => {
    const table = Object.fromEntries([...counts].map(([n, m]) => [`${n} actors`, Object.fromEntries(m)]));
    console.log('overlapping node+label box pairs, by layout:');
    console.table(table);
    await browser?.close();
    await server?.stop();
    if (db) {
      await emptyDb(db);
      await db.close();
    }
  });

  describe.each(SIZES)('at %i actors', (n) => {
    beforeAll(async () => {
      await loadWorld(n);
      counts.set(n, new Map());
    });

    it('draws the default layout with no two node labels overlapping', async () => {
      const c = await labelOverlaps(page);
      counts.get(n)?.set(DEFAULT.name, c.pairs);
      await shot(`overview-${n}`);
      expect(c.nodes).toBe(n);
      expect(c.pairs).toBe(0);
    });

    it.each(LAYOUTS.slice(1).map((l) => [l.label, l.name] as const))('draws %s with few overlapping labels', async (label, name) => {
      await useLayout(name, label);
      const c = await labelOverlaps(page);
      counts.get(n)?.set(name, c.pairs);
      if (n === 50) await shot(`layout-${name}-${n}`);
      expect(c.nodes).toBe(n);
      expect(c.pairs).toBeLessThanOrEqual(BOUND[n]?.[name] ?? 0);
    });

    it('draws the default layout again with no overlap', async () => {
      await useLayout(DEFAULT.name, DEFAULT.label);
      expect((await labelOverlaps(page)).pairs).toBe(0);
    });

    it('sizes actors by their claims', async () => {
      const sizes = await page.evaluate(() =>
        window.cy.nodes().map((node) => ({ claims: node.connectedEdges().reduce((k, e) => k + Number(e.data('count')), 0), width: node.width() })),
      );
      const least = sizes.reduce((a, b) => (b.claims < a.claims ? b : a));
      const most = sizes.reduce((a, b) => (b.claims > a.claims ? b : a));
      expect(most.claims).toBeGreaterThan(least.claims);
      expect(most.width).toBeGreaterThan(least.width);
    });

    it('wraps long names onto several lines instead of cutting them', async () => {
      const longest = await page.evaluate(() => {
        const node = window.cy.nodes().max((x) => String(x.data('label')).length).ele;
        const label = node.boundingBox({ includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false, includeUnderlays: false });
        // NOTE: the lines Cytoscape drew are kept only in its private render scratch; read to prove nothing was cut.
        const scratch = (node as unknown as { _private: { rscratch: { labelWrapCachedLines?: string[] } } })._private.rscratch;
        return {
          text: String(node.data('label')),
          wrap: String(node.style('text-wrap')),
          maxWidth: parseFloat(String(node.style('text-max-width'))),
          lineHeight: parseFloat(String(node.style('font-size'))) * parseFloat(String(node.style('line-height'))),
          height: label.h,
          width: label.w,
          lines: (scratch.labelWrapCachedLines ?? []).map((l) => l.trim()),
        };
      });
      expect(longest.text.length, 'the fixture has long names').toBeGreaterThan(40);
      expect(longest.wrap).toBe('wrap');
      expect(longest.lines.length).toBeGreaterThan(1);
      expect(longest.lines.join(' ')).toBe(longest.text);
      expect(longest.lines.join('')).not.toContain('…');
      expect(longest.height).toBeGreaterThan(1.5 * longest.lineHeight);
      // The outline adds a few pixels each side of the widest line.
      expect(longest.width).toBeLessThanOrEqual(longest.maxWidth + 10);
    });

    if (n === 300) it('labels the busiest actors legibly when the whole graph is fitted, and only them', async () => {
      await page.evaluate(() => window.cy.fit(undefined, 40));
      const nodes = await page.evaluate(() =>
        window.cy.nodes().not('.hidden, .filtered').map((x) => ({ size: Number(x.data('size')), drawn: parseFloat(String(x.renderedStyle('font-size'))) >= parseFloat(String(x.style('min-zoomed-font-size'))) })),
      );
      const drawn = nodes.filter((x) => x.drawn);
      const notDrawn = nodes.filter((x) => !x.drawn);
      expect(drawn.length, 'some labels are legible at the fitted zoom').toBeGreaterThan(0);
      expect(notDrawn.length, 'the small actors wait for a closer zoom').toBeGreaterThan(0);
      expect(Math.min(...drawn.map((x) => x.size))).toBeGreaterThanOrEqual(Math.max(...notDrawn.map((x) => x.size)));
      await shot(`overview-${n}-labels`);
    });

    // NOTE: defined at one size only (not skipped at the other): at 300 the fitted zoom is below the edge labels' legible size.
    if (n === 300) it('draws edge labels only when zoomed in enough to read them', async () => {
      const at = () =>
        page.evaluate(() => {
          const edge = window.cy.edges().not('.hidden, .filtered').first();
          return { zoom: window.cy.zoom(), rendered: parseFloat(String(edge.renderedStyle('font-size'))), min: parseFloat(String(edge.style('min-zoomed-font-size'))), label: String(edge.style('label')) };
        });
      const fitted = await at();
      expect(fitted.label).not.toBe('');
      expect(fitted.rendered, `at the fitted zoom ${fitted.zoom}`).toBeLessThan(fitted.min);
      await page.evaluate(() => {
        const edge = window.cy.edges().not('.hidden, .filtered').edges().first();
        window.cy.zoom({ level: 1.5, position: edge.midpoint() });
      });
      const zoomed = await at();
      expect(zoomed.rendered).toBeGreaterThanOrEqual(zoomed.min);
      await shot(`edge-labels-zoomed-${n}`);
      await page.evaluate(() => {
        window.cy.fit(undefined, 40);
      });
    });

    // NOTE: defined at one size only: the export is checked on the 50-actor view.
    if (n === 50) it('exports an SVG that holds every label, edge labels along their edges', async () => {
      // The actor with the longest name dragged to the far left, where a long label used to be cut off.
      await page.evaluate(() => {
        const node = window.cy.nodes().max((x) => String(x.data('label')).length).ele;
        const box = window.cy.nodes().not(node).boundingBox({});
        node.position({ x: box.x1 - 40, y: (box.y1 + box.y2) / 2 });
      });
      await page.click('#tab-export');
      // NOTE: the lines Cytoscape drew (its private render scratch), node by node in the export's order.
      const canvasLines = await page.evaluate(() =>
        window.cy.nodes().not('.hidden, .filtered').map((node) => ((node as unknown as { _private: { rscratch: { labelWrapCachedLines?: string[] } } })._private.rscratch.labelWrapCachedLines ?? [String(node.data('label'))]).map((l) => l.trim())),
      );
      const svg = await download(page, () => page.click('button[data-format="svg"]'));
      const check = await browser.newPage({ viewport: { width: 800, height: 600 } });
      try {
        await check.setContent(`<!doctype html><body style="margin:0">${svg.bytes.toString('utf8').replace(/^<\?xml[^>]*>/, '')}</body>`);
        const r = await check.evaluate(() => {
          const root = document.querySelector('svg') as SVGSVGElement;
          const box = root.getBoundingClientRect();
          const texts = [...root.querySelectorAll('text')];
          const outside = texts.filter((t) => {
            const b = t.getBoundingClientRect();
            return b.left < box.left - 0.5 || b.top < box.top - 0.5 || b.right > box.right + 0.5 || b.bottom > box.bottom + 0.5;
          }).map((t) => t.textContent);
          const edges = [...root.querySelectorAll('g.edges > g')].map((g) => {
            const nums = (g.querySelector('path')?.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
            const [x1 = 0, y1 = 0] = nums;
            const [x2 = 0, y2 = 0] = nums.slice(-2);
            const deg = (Math.atan2(y2 - y1, x2 - x1) * 180) / Math.PI;
            const slanted = Math.min(Math.abs(deg), 180 - Math.abs(deg)) > 2;
            return { slanted, turned: /rotate\(/.test(g.querySelector('text')?.getAttribute('transform') ?? '') };
          });
          const lines = [...root.querySelectorAll('g.nodes > g')].map((g) => [...g.querySelectorAll('tspan')].map((t) => t.textContent ?? ''));
          return { texts: texts.length, outside, edges, lines, wrapped: root.querySelectorAll('g.nodes text:has(tspan + tspan)').length };
        });
        expect(r.texts).toBeGreaterThan(n);
        expect(r.outside).toEqual([]);
        expect(r.edges.filter((e) => e.slanted).length).toBeGreaterThan(0);
        expect(r.edges.filter((e) => e.slanted && !e.turned)).toEqual([]);
        expect(r.wrapped, 'long names are wrapped in the SVG too').toBeGreaterThan(0);
        expect(r.lines, 'the SVG wraps each label as the canvas does').toEqual(canvasLines);
        await check.screenshot({ path: path.join(SHOTS, `svg-export-${n}.png`), fullPage: true });
      } finally {
        await check.close();
      }
    });
  });
});
