// End to end: expanding by choice and the time control, in Chromium against
// the real server. A hand-built world (one hub actor with more neighbours than
// one page of Expand, claims of every type both ways, some undated) is written
// into the run's Neo4j beside the sample article and deleted again at the end.
// Covers: a double tap only on one actor expands it; the details panel's
// "Show more (N of M)" follows an Expand; "Expand by relation…" shows the
// API's counts first and expands along one type and direction, undoably; the
// one-range time control with its histogram of claims per month and the
// undated toggle. Run `npx vite build` first.
import type { Browser, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NeighbourCountsResponse, NeighboursResponse } from '../../server/api/contract.ts';
import { config as clientConfig } from '../../client/src/config.ts';
import { ArticleRepo } from '../../server/db/article-repo.ts';
import type { GraphDb } from '../../server/db/graph-db.ts';
import { launchBrowser } from '../support/browser.ts';
import { HUB, hubWorld } from '../support/hub-world.ts';
import { sharedNlpEnv } from '../support/nlp-client.ts';
import { startServer, type RunningServer } from '../support/run-server.ts';
import { neo4jEnv, openTestDb } from '../support/test-db.ts';
import { clickOnCanvas, nodeOfKey, openExplorer, settled, SHOTS } from './explorer-page.ts';

const WORLD = hubWorld(60, 3);
const HUB_KEY = HUB.id;
/** A view of the hub alone, through a link with a Cypher query. */
const hubOnly = (url: string) => `${url}/#cypher=${encodeURIComponent(`MATCH (a:Actor {id: '${HUB_KEY}'}) RETURN a`)}`;

describe('expanding by choice and the time control', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let db: GraphDb;
  let repo: ArticleRepo;

  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  const api = async <T>(p: string): Promise<T> => (await fetch(`${server.url}/api${p}`)).json() as Promise<T>;
  const undoTitle = () => page.getAttribute('#undo-button', 'title');
  const elementCount = () => page.evaluate(() => window.cy.elements().length);
  const detailsText = async () => (await page.locator('#details-body').textContent()) ?? '';

  /** Loads the explorer afresh at a link (a link that differs only in its hash would not reload the page). */
  async function open(url: string): Promise<void> {
    await page.goto('about:blank');
    await openExplorer(page, url);
  }

  /** Opens the hub-only view and waits for it. */
  async function openHub(): Promise<string> {
    await open(hubOnly(server.url));
    await settled(page);
    const hub = await nodeOfKey(page, HUB_KEY);
    expect(hub, 'the hub is drawn').not.toBeNull();
    expect(await page.evaluate(() => window.cy.nodes().length)).toBe(1);
    return hub?.id ?? '';
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer({ ...neo4jEnv(), ...sharedNlpEnv() });
    db = await openTestDb();
    repo = new ArticleRepo(db);
    for (const x of WORLD) await repo.write(x);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    if (repo) for (const x of WORLD) await repo.delete(x.article.id).catch(() => undefined);
    await db?.close();
    await server?.stop();
  });

  it('does not expand an actor tapped right after another one (defect 8), but a double click on one does', async () => {
    // The hub and three of its neighbours: the hub has many more to expand.
    const q = `MATCH (a:Actor {id: '${HUB_KEY}'})-[r]-(b:Actor) WITH a, r, b ORDER BY b.id LIMIT 3 RETURN a, r, b`;
    await open(`${server.url}/#cypher=${encodeURIComponent(q)}`);
    await settled(page);
    const hub = (await nodeOfKey(page, HUB_KEY))?.id ?? '';
    const before = await elementCount();
    // Both points first, without moving the view between the clicks.
    const points = await page.evaluate((hubId) => {
      const box = document.getElementById('cy')?.getBoundingClientRect() ?? { left: 0, top: 0 };
      const other = window.cy.nodes().filter((n) => n.id() !== hubId).first();
      const at = (id: string) => {
        const p = window.cy.getElementById(id).renderedPosition();
        return { x: box.left + p.x + 3, y: box.top + p.y };
      };
      return { other: at(other.id()), hub: at(hubId), otherId: other.id() };
    }, hub);
    const t0 = Date.now();
    await page.mouse.click(points.other.x, points.other.y);
    await page.mouse.click(points.hub.x, points.hub.y);
    expect(Date.now() - t0, 'the two clicks came within the double-tap time').toBeLessThan(clientConfig.doubleTapMs);
    // Long enough for an expansion's request and drawing to land.
    await page.waitForTimeout(1_500);
    await settled(page);
    expect(await page.evaluate(() => window.cy.$(':selected').map((e) => e.id()))).toEqual([hub]);
    expect(await undoTitle()).not.toContain('Expand');
    expect(await elementCount()).toBe(before);

    await page.waitForTimeout(400);
    await clickOnCanvas(page, `node[id = "${hub}"]`, { clickCount: 2 });
    await expect.poll(undoTitle, { timeout: 15_000 }).toContain('Expand');
    await settled(page);
    expect(await elementCount()).toBeGreaterThan(before);
  });

  it('shows "Show more (N of M)" in the details right after Expand, and updates it after Show more (defect 7)', async () => {
    const hub = await openHub();
    const total = (await api<NeighboursResponse>(`/actors/${encodeURIComponent(HUB_KEY)}/neighbours?limit=1`)).total;
    const pageSize = clientConfig.neighbourPage;
    expect(total, 'the hub has more neighbours than two pages').toBeGreaterThan(2 * pageSize);
    await clickOnCanvas(page, `node[id = "${hub}"]`);
    await expect.poll(detailsText, { timeout: 10_000 }).toMatch(/Claims \(\d+\)/);
    expect(await detailsText()).not.toContain('Show more');
    await page.locator('#details-commands button', { hasText: /^Expand$/ }).click();
    await expect.poll(undoTitle, { timeout: 15_000 }).toContain('Expand');
    const more = page.locator('#details-commands button', { hasText: 'Show more' });
    await expect.poll(() => more.textContent(), { timeout: 10_000 }).toBe(`Show more (${pageSize} of ${total} shown)`);
    await more.click();
    await expect.poll(() => more.textContent(), { timeout: 15_000 }).toBe(`Show more (${2 * pageSize} of ${total} shown)`);
    await shot('details-show-more');
  });

  it('offers Expand by relation with the API counts, expands along the chosen type and direction only, and Undo restores', async () => {
    const hub = await openHub();
    const { counts } = await api<NeighbourCountsResponse>(`/actors/${encodeURIComponent(HUB_KEY)}/neighbour-counts`);
    await clickOnCanvas(page, `node[id = "${hub}"]`);
    await page.locator('#cy').focus();
    await page.keyboard.press('Shift+E');
    const rows = page.locator('#expand-choices .expand-choice');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(counts.length);
    const shown = await rows.evaluateAll((bs) => bs.map((b) => ({ type: b.dataset['type'], direction: b.dataset['direction'], neighbours: Number(b.dataset['neighbours']), claims: Number(b.dataset['claims']), text: b.textContent ?? '' })));
    expect(shown.map(({ text: _t, ...c }) => c)).toEqual(counts);
    for (const s of shown) expect(s.text).toContain(`${s.neighbours} actor`);
    expect(await page.evaluate(() => window.cy.nodes().length), 'nothing is drawn before a choice').toBe(1);
    await shot('expand-choices');
    // The choice with the most neighbours, in whichever direction that is.
    const pick = [...counts].sort((a, b) => b.neighbours - a.neighbours)[0];
    if (!pick) throw new Error('the hub has relations');
    await page.locator(`#expand-choices .expand-choice[data-type="${pick.type}"][data-direction="${pick.direction}"]`).click();
    await expect.poll(undoTitle, { timeout: 15_000 }).toBe(`Undo: Expand Velmoria (${pick.type} ${pick.direction}) (Ctrl+Z)`);
    await settled(page);
    const drawn = await page.evaluate((hubId) => {
      const others = window.cy.nodes().filter((n) => n.id() !== hubId);
      return {
        others: others.length,
        edges: window.cy.edges().map((e) => ({ type: String(e.data('type')), out: e.source().id() === hubId, touchesHub: e.source().id() === hubId || e.target().id() === hubId })),
      };
    }, hub);
    expect(drawn.others).toBe(Math.min(pick.neighbours, clientConfig.neighbourPage));
    // Every neighbour came along the chosen type and direction; edges among the drawn actors of other types may join them.
    const alongPick = drawn.edges.filter((e) => e.touchesHub && e.type === pick.type && e.out === (pick.direction === 'out'));
    expect(alongPick.length).toBe(drawn.others);
    await page.click('#undo-button');
    await expect.poll(() => page.evaluate(() => window.cy.elements().length)).toBe(1);
  });

  it('opens Expand by relation from the context menu and the details panel, and Escape closes it', async () => {
    const hub = await openHub();
    await clickOnCanvas(page, `node[id = "${hub}"]`, { button: 'right' });
    await page.locator('#context-menu [role="menuitem"]', { hasText: 'Expand by relation…' }).click();
    await expect.poll(() => page.locator('#expand-choices .expand-choice').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('expand-choice'))).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#expand-choices').count()).toBe(0);
    await expect.poll(detailsText, { timeout: 10_000 }).toContain('Expand by relation…');
    await page.locator('#details-commands button', { hasText: 'Expand by relation…' }).click();
    await expect.poll(() => page.locator('#expand-choices[role="dialog"] .expand-choice').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.locator('#expand-choices button', { hasText: 'Cancel' }).click();
    await expect.poll(() => page.locator('#expand-choices').count()).toBe(0);
    expect(await page.evaluate(() => window.cy.elements().length)).toBe(1);
  });

  describe('the time control', () => {
    type Drawn = { id: string; type: string; hidden: boolean; whens: (string | null)[] };
    const EVENT_TYPES = ['ATTACKED', 'SANCTIONED', 'EXPELLED', 'DENIED'];
    /** The event edges drawn, each with the dates of its claims (from the API, not the client's model). */
    async function drawnEdges(): Promise<Drawn[]> {
      const graph = await api<{ elements: { group: string; data: { id: string; when?: string | null } }[] }>('/graph?limit=5000');
      const whenOf = new Map(graph.elements.filter((e) => e.group === 'edges').map((e) => [e.data.id, e.data.when ?? null]));
      const edges = await page.evaluate(() => window.cy.edges().map((e) => ({ id: e.id(), type: String(e.data('type')), hidden: e.hasClass('filtered') || e.hasClass('hidden'), claims: e.data('claims') as string[] })));
      return edges.filter((e) => EVENT_TYPES.includes(e.type)).map((e) => ({ id: e.id, type: e.type, hidden: e.hidden, whens: e.claims.map((c) => whenOf.get(c) ?? null) }));
    }
    const bars = () => page.locator('#histogram rect.bar').evaluateAll((rs) => rs.map((r) => ({ month: r.getAttribute('data-month') ?? '', count: Number(r.getAttribute('data-count')), inside: !r.classList.contains('outside') })));
    const undatedCount = async () => Number(/^(\d+) undated$/.exec((await page.locator('#range-undated-count').textContent()) ?? '')?.[1] ?? NaN);
    const monthOf = (w: string) => (w.length === 4 ? `${w}-01` : w.slice(0, 7));

    it('draws claims per month under one range: the bars and the undated add up to the drawn claims', async () => {
      await open(server.url);
      await settled(page);
      const edges = await drawnEdges();
      const whens = edges.flatMap((e) => e.whens);
      const hist = await bars();
      expect(hist.length, 'the drawn claims span several months').toBeGreaterThan(2);
      expect(hist.reduce((s, b) => s + b.count, 0) + (await undatedCount())).toBe(whens.length);
      expect(await undatedCount()).toBe(whens.filter((w) => w === null).length);
      // Bar by bar, as counted here from the API's dates.
      for (const b of hist) expect(b.count, b.month).toBe(whens.filter((w) => w !== null && monthOf(w) === b.month).length);
      // One range control: two slider thumbs, and the month under the pointer read out.
      expect(await page.locator('.timeline [role="slider"]').count()).toBe(2);
      expect(await page.locator('.timeline input[type="range"]').count()).toBe(0);
      const busiest = [...hist].sort((a, b) => b.count - a.count)[0];
      await page.hover(`#histogram rect.bar-hit[data-month="${busiest?.month ?? ''}"]`);
      await expect.poll(() => page.locator('#histogram-readout').textContent()).toMatch(new RegExp(`^[A-Z][a-z]{2} \\d{4}: ${busiest?.count ?? 0} claims?`));
      await shot('histogram');
    });

    it('counts in its bars only the claims the relation-type filter lets through', async () => {
      await open(server.url);
      await settled(page);
      const edges = await drawnEdges();
      const byType = new Map<string, number>();
      for (const e of edges) byType.set(e.type, (byType.get(e.type) ?? 0) + e.whens.filter((w) => w !== null).length);
      const [dropped, droppedDated] = [...byType.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
      expect(droppedDated, 'some type has dated claims').toBeGreaterThan(0);
      const total = async () => (await bars()).reduce((k, b) => k + b.count, 0);
      const before = await total();
      await page.click('#tab-filters');
      await page.locator(`input[name="f-types"][value="${dropped}"]`).uncheck();
      await expect.poll(total).toBe(before - droppedDated);
      await page.locator(`input[name="f-types"][value="${dropped}"]`).check();
      await expect.poll(total).toBe(before);
    });

    it('hides the claims outside the range: by keyboard and by dragging a thumb, each undoable', async () => {
      await open(server.url);
      await settled(page);
      const all = (await drawnEdges()).filter((e) => !e.hidden).length;
      await page.locator('#range-from').focus();
      await page.keyboard.press('PageUp');
      await page.keyboard.press('PageUp');
      await page.locator('#range-to').focus();
      await page.keyboard.press('PageDown');
      await expect.poll(() => page.locator('#range-label').textContent()).not.toContain('All dates');
      const inside = (await bars()).filter((b) => b.inside).map((b) => b.month);
      expect(inside.length).toBeGreaterThan(0);
      const [first, last] = [inside[0] ?? '', inside.at(-1) ?? ''];
      expect(await page.getAttribute('#range-from', 'aria-valuetext')).toMatch(/^[A-Z][a-z]{2} \d{4}$/);
      // A claim is in range when its month overlaps it (a year-only date, any month of its year); undated claims stay.
      const fits = (w: string | null) => w === null || (w.length === 4 ? w >= first.slice(0, 4) && w <= last.slice(0, 4) : monthOf(w) >= first && monthOf(w) <= last);
      const edges = await drawnEdges();
      expect(edges.filter((e) => e.hidden !== !e.whens.some(fits)).map((e) => e.id)).toEqual([]);
      expect(edges.filter((e) => !e.hidden).length).toBeLessThan(all);
      await expect.poll(undoTitle).toContain('Change filters');
      await page.click('#range-reset');
      await expect.poll(async () => (await drawnEdges()).filter((e) => !e.hidden).length).toBe(all);
      // A drag of the end thumb to the left hides the later claims too.
      const track = await page.locator('.range-track').boundingBox();
      const thumb = await page.locator('#range-to').boundingBox();
      if (!track || !thumb) throw new Error('the range is drawn');
      await page.mouse.move(thumb.x + thumb.width / 2, thumb.y + thumb.height / 2);
      await page.mouse.down();
      await page.mouse.move(track.x + track.width * 0.4, thumb.y + thumb.height / 2, { steps: 5 });
      await page.mouse.up();
      await expect.poll(() => page.locator('#range-label').textContent()).not.toContain('All dates');
      expect(Number(await page.getAttribute('#range-to', 'aria-valuenow'))).toBeLessThan(Number(await page.getAttribute('#range-to', 'aria-valuemax')));
      await expect.poll(async () => (await drawnEdges()).filter((e) => !e.hidden).length).toBeLessThan(all);
      await page.click('#undo-button');
      await expect.poll(async () => (await drawnEdges()).filter((e) => !e.hidden).length).toBe(all);
    });

    it('hides the edges whose claims are all undated with the undated toggle, in the URL too', async () => {
      await open(server.url);
      await settled(page);
      const before = await drawnEdges();
      expect(before.some((e) => e.whens.every((w) => w === null)), 'some edges have only undated claims').toBe(true);
      await page.locator('#range-undated').uncheck();
      await expect.poll(() => page.url()).toContain('undated=0');
      const after = await drawnEdges();
      expect(after.filter((e) => e.hidden).map((e) => e.id).sort()).toEqual(before.filter((e) => e.whens.every((w) => w === null)).map((e) => e.id).sort());
      // The link reopens with undated claims hidden.
      await open(page.url());
      await settled(page);
      expect(await page.locator('#range-undated').isChecked()).toBe(false);
      expect((await drawnEdges()).filter((e) => e.hidden).length).toBe(after.filter((e) => e.hidden).length);
      await page.locator('#range-undated').check();
      await expect.poll(async () => (await drawnEdges()).filter((e) => e.hidden).length).toBe(0);
    });

    it('plays the months in order', async () => {
      await open(server.url);
      await settled(page);
      await page.click('#range-play');
      await expect.poll(() => page.getAttribute('#range-play', 'aria-pressed')).toBe('true');
      await expect.poll(() => page.locator('#range-label').textContent(), { timeout: 10_000 }).not.toContain('All dates');
      await page.click('#range-play');
      await page.click('#range-reset');
      await expect.poll(() => page.locator('#range-label').textContent()).toContain('All dates');
    });
  });
});
