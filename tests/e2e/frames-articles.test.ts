// End to end: query results as frames of a Query history, undo and redo of a
// query run (canvas, results table and URL together), and deleting an article
// from the Articles panel. The real server runs with an API token, so the
// delete goes through the same guard as every write.
// Run `npx vite build` first.
import type { Browser, Dialog, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleListResponse, GraphResponse, LoadResponse } from '../../server/api/contract.ts';
import { launchBrowser } from '../support/browser.ts';
import { sharedNlpEnv } from '../support/nlp-client.ts';
import { startServer, type RunningServer } from '../support/run-server.ts';
import { neo4jEnv } from '../support/test-db.ts';
import { openExplorer, settled, SHOTS } from './explorer-page.ts';

const TOKEN = 'e2e-frames-token-0123456789';
/** How long a poll waits: the machine is shared, and a run, a layout or a delete can take seconds. */
const WAIT = { timeout: 20_000 };
const ARTICLE = {
  title: 'E2E delete: Estonia expels a Russian diplomat',
  published: '2023-03-03',
  text: 'Estonia expelled a Russian diplomat on Friday, the foreign ministry said. Estonian officials said Russia attacked government websites in February 2023.',
};

/** What the canvas shows: element ids with node positions (rounded), sorted. */
async function canvasState(page: Page): Promise<{ ids: string[]; positions: Record<string, string> }> {
  return page.evaluate(() => {
    const positions: Record<string, string> = {};
    window.cy.nodes().forEach((n) => {
      const p = n.position();
      positions[n.id()] = `${Math.round(p.x)},${Math.round(p.y)}`;
    });
    return { ids: window.cy.elements().map((e) => e.id()).sort(), positions };
  });
}

/** Shown nodes whose rendered centre lies outside the #cy box (none when the drawing is on screen). */
async function offScreen(page: Page): Promise<{ shown: number; outside: string[] }> {
  return page.evaluate(() => {
    const box = document.getElementById('cy')?.getBoundingClientRect();
    const w = box?.width ?? 0;
    const h = box?.height ?? 0;
    const shown = window.cy.nodes().not('.hidden, .filtered');
    const outside: string[] = [];
    shown.forEach((n) => {
      const p = n.renderedPosition();
      if (p.x < 0 || p.y < 0 || p.x > w || p.y > h) outside.push(String(n.data('label')));
    });
    return { shown: shown.length, outside };
  });
}

const undoTitle = (page: Page) => page.getAttribute('#undo-button', 'title');

describe('query frames, undo of a query run, and deleting articles', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let answer: 'accept' | 'dismiss' = 'accept';
  const dialogs: string[] = [];

  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  const api = async <T>(p: string, init: RequestInit = {}): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${server.url}/api${p}`, { ...init, headers: { 'Content-Type': 'application/json', Origin: server.url, Authorization: `Bearer ${TOKEN}`, ...(init.headers ?? {}) } });
    return { status: res.status, body: (await res.json()) as T };
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer({ ...neo4jEnv(), ...sharedNlpEnv(), API_TOKEN: TOKEN });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    page.on('dialog', (d: Dialog) => {
      dialogs.push(d.message());
      void (answer === 'accept' ? d.accept() : d.dismiss());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('undoes a saved query run back to the fitted overview, without its table or its URL, and redoes it', async () => {
    await openExplorer(page, server.url);
    const overview = await canvasState(page);
    expect(overview.ids.length).toBeGreaterThan(0);
    expect(await page.locator('#results').isVisible()).toBe(false);
    await page.click('#tab-queries');
    await page.click('#query-actor-everything summary');
    await page.fill('#qp-actor-everything-limit', '3');
    await page.click('#query-actor-everything button[type="submit"]');
    await settled(page);
    await expect.poll(() => page.locator('#results-title').textContent(), WAIT).toMatch(/Everything about one actor: 3 rows/);
    await expect.poll(() => page.evaluate(() => location.hash), WAIT).toContain('q=actor-everything');
    const queried = await canvasState(page);
    expect(queried.ids).not.toEqual(overview.ids);
    await expect.poll(() => undoTitle(page), WAIT).toContain('Run Everything about one actor');

    await page.click('#undo-button');
    await expect.poll(() => canvasState(page).then((s) => s.ids), WAIT).toEqual(overview.ids);
    expect((await canvasState(page)).positions).toEqual(overview.positions);
    await expect.poll(() => page.locator('#results').isVisible(), WAIT).toBe(false);
    const off = await offScreen(page);
    expect(off.shown).toBeGreaterThan(0);
    expect(off.outside).toEqual([]);
    await expect.poll(() => page.evaluate(() => location.hash + location.search), WAIT).not.toContain('q=');
    expect(await page.evaluate(() => location.hash)).not.toContain('params=');
    await shot('query-undone');

    await page.click('#redo-button');
    await expect.poll(() => canvasState(page).then((s) => s.ids), WAIT).toEqual(queried.ids);
    await expect.poll(() => page.locator('#results').isVisible(), WAIT).toBe(true);
    expect(await page.locator('#results-title').textContent()).toMatch(/Everything about one actor: 3 rows/);
    await expect.poll(() => page.evaluate(() => location.hash), WAIT).toContain('q=actor-everything');
    expect((await offScreen(page)).outside).toEqual([]);
  });

  it('keeps each run as a frame; a values-only result leaves the canvas as it was; a frame reopens', async () => {
    await openExplorer(page, server.url);
    await page.click('#tab-cypher');
    await page.locator('#cypher-editor .cm-content').fill('MATCH (s:Actor)-[r:ATTACKED]->(t:Actor) RETURN s, r, t');
    await page.fill('#cypher-params', '{}');
    await page.click('#cypher-run');
    await settled(page);
    await expect.poll(() => page.locator('#results-title').textContent(), WAIT).toMatch(/Cypher query: \d+ rows?/);
    const graphTitle = (await page.locator('#results-title').textContent()) ?? '';
    const graphRows = Number(/: (\d+) rows?/.exec(graphTitle)?.[1]);
    const graphView = await canvasState(page);
    expect(graphView.ids.length).toBeGreaterThan(0);
    const hashAfterGraph = await page.evaluate(() => location.hash);
    const viewport = await page.evaluate(() => ({ zoom: window.cy.zoom(), pan: window.cy.pan() }));

    await page.locator('#cypher-editor .cm-content').fill('MATCH (a:Actor) RETURN a.kind AS kind, count(*) AS actors ORDER BY kind');
    await page.click('#cypher-run');
    await settled(page);
    await expect.poll(() => page.locator('#results th').allTextContents(), WAIT).toEqual(['kind', 'actors']);
    const valuesRows = await page.locator('#results tbody tr').count();
    expect(valuesRows).toBeGreaterThan(0);
    // The canvas is exactly as it was: the same elements where they were, the same viewport, and the URL still names the query that drew it.
    expect(await canvasState(page)).toEqual(graphView);
    expect(await page.evaluate(() => ({ zoom: window.cy.zoom(), pan: window.cy.pan() }))).toEqual(viewport);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => location.hash)).toBe(hashAfterGraph);

    await page.click('#tab-queries');
    const frames = page.locator('#frames-list > li');
    await expect.poll(() => frames.count(), WAIT).toBeGreaterThanOrEqual(2);
    const newest = (await frames.nth(0).textContent()) ?? '';
    const older = (await frames.nth(1).textContent()) ?? '';
    expect(newest).toContain('count(*)');
    expect(newest).toMatch(new RegExp(`${valuesRows} rows?`));
    expect(newest).toMatch(/values only/);
    expect(newest).toMatch(/\d{2}:\d{2}:\d{2}/);
    expect(older).toContain('ATTACKED');
    expect(older).toMatch(new RegExp(`${graphRows} rows?`));
    expect(older).toMatch(/\d+ actors/);
    expect(older).toMatch(/\d{2}:\d{2}:\d{2}/);
    await page.locator('#frames-list').scrollIntoViewIfNeeded();
    await shot('frames');

    // Back to the overview, then reopen the graph frame: its table and its canvas again, as an undoable step.
    await page.click('#results-close');
    await page.locator('#frames-list > li').nth(1).getByRole('button', { name: /^Reopen/ }).click();
    await settled(page);
    await expect.poll(() => page.locator('#results-title').textContent(), WAIT).toBe(graphTitle);
    await expect.poll(() => canvasState(page), WAIT).toEqual(graphView);
    await expect.poll(() => page.evaluate(() => location.hash), WAIT).toContain('cypher=');
    // Reopening the values frame shows its table and leaves the canvas alone.
    await page.locator('#frames-list > li').nth(0).getByRole('button', { name: /^Reopen/ }).click();
    await expect.poll(() => page.locator('#results th').allTextContents(), WAIT).toEqual(['kind', 'actors']);
    expect(await canvasState(page)).toEqual(graphView);

    // The history survives a reload of the page (sessionStorage).
    await openExplorer(page, page.url());
    await page.click('#tab-queries');
    await expect.poll(() => page.locator('#frames-list > li').count(), WAIT).toBeGreaterThanOrEqual(2);
  });

  describe('deleting an article from the Articles panel', () => {
    let articleId = '';
    let claimIds: string[] = [];

    const listed = async (): Promise<boolean> => (await api<ArticleListResponse>('/articles')).body.articles.some((a) => a.id === articleId);
    const drawnClaims = (ids: readonly string[]) =>
      page.evaluate((want) => window.cy.edges().filter((e) => (e.data('claims') as string[]).some((c) => want.includes(c))).length, ids);
    const deleteButton = () => page.getByRole('button', { name: `Delete the article "${ARTICLE.title}"` });

    beforeAll(async () => {
      const loaded = await api<LoadResponse>('/articles', { method: 'POST', body: JSON.stringify(ARTICLE) });
      expect(loaded.status).toBe(201);
      articleId = loaded.body.loaded.articleId;
      const g = await api<GraphResponse>(`/graph?article=${encodeURIComponent(articleId)}&limit=1000`);
      claimIds = g.body.elements.filter((e) => e.group === 'edges').map((e) => e.data.id);
      expect(claimIds.length).toBeGreaterThan(0);
    });

    afterAll(async () => {
      if (server && articleId && (await listed())) await api(`/articles/${encodeURIComponent(articleId)}`, { method: 'DELETE' });
    });

    it('shows the error of a delete without the token and changes nothing', async () => {
      await openExplorer(page, server.url);
      await page.evaluate(() => sessionStorage.clear());
      await openExplorer(page, server.url);
      await expect.poll(() => drawnClaims(claimIds), WAIT).toBeGreaterThan(0);
      const before = await canvasState(page);
      await page.click('#tab-articles');
      answer = 'accept';
      await deleteButton().click();
      await expect.poll(() => page.locator('#toasts').textContent(), WAIT).toMatch(/Could not delete the article/);
      expect(await listed()).toBe(true);
      expect(await canvasState(page)).toEqual(before);
      expect(await page.locator('#articles-list').textContent()).toContain(ARTICLE.title);
    });

    it('deletes nothing when the confirmation is cancelled', async () => {
      await page.click('#tab-settings');
      await page.fill('#api-token', TOKEN);
      await page.click('#settings-form button[type="submit"]');
      await page.click('#tab-articles');
      const before = await canvasState(page);
      const asked = dialogs.length;
      answer = 'dismiss';
      await deleteButton().click();
      await expect.poll(() => dialogs.length, WAIT).toBe(asked + 1);
      expect(dialogs.at(-1)).toContain(ARTICLE.title);
      await page.waitForTimeout(300);
      expect(await listed()).toBe(true);
      expect(await canvasState(page)).toEqual(before);
      expect(await page.locator('#articles-list').textContent()).toContain(ARTICLE.title);
    });

    it('deletes an article: gone from both lists, the API and the canvas, with a status line', async () => {
      await page.click('#tab-filters');
      await expect.poll(() => page.locator('#panel-filters').textContent(), WAIT).toContain(ARTICLE.title);
      await page.click('#tab-articles');
      answer = 'accept';
      await deleteButton().click();
      await settled(page);
      await expect.poll(() => page.locator('#status').textContent(), WAIT).toMatch(new RegExp(`Deleted "${ARTICLE.title}": ${claimIds.length} claims?`));
      await expect.poll(() => listed(), WAIT).toBe(false);
      await expect.poll(() => page.locator('#articles-list').textContent(), WAIT).not.toContain(ARTICLE.title);
      expect(await drawnClaims(claimIds)).toBe(0);
      await page.click('#tab-filters');
      await expect.poll(() => page.locator('#panel-filters').textContent(), WAIT).not.toContain(ARTICLE.title);
      await shot('article-deleted');
      // The sample's claims are still drawn.
      expect(await page.evaluate(() => window.cy.edges().length)).toBeGreaterThan(0);
    });
  });
});
