// End to end: the real server (with the sample article loaded into the test
// run's Neo4j) serves the built client; real Chromium drives it as an analyst
// would: the graph, details with evidence, exploring with undo, the date
// slider, saved and ad-hoc queries, exports, shared links, a new article and
// a saved web page.
// Run `npx vite build` first.
import type { Browser, Page } from 'playwright-core';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync, strFromU8 } from 'fflate';
import { parse as parseCsv } from 'csv-parse/sync';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { sharedNlpEnv } from '../support/nlp-client.ts';
import { REPO_ROOT, startServer, type RunningServer } from '../support/run-server.ts';
import { neo4jEnv } from '../support/test-db.ts';
import { clickOnCanvas, download, DOWNLOADS, nodeIdOf, openExplorer, settled, SHOTS, shownIds } from './explorer-page.ts';

const ATTACKED = 'edge[type = "ATTACKED"]';
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['node', 'edge', 'g', 'data', 'attvalue'].includes(name) });

describe('the explorer', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  const shot = (name: string, p: Page = page) => p.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  const api = async (p: string): Promise<unknown> => (await fetch(`${server.url}/api${p}`)).json();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    mkdirSync(DOWNLOADS, { recursive: true });
    server = await startServer({ ...neo4jEnv(), ...sharedNlpEnv() });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 860 }, acceptDownloads: true });
    page.on('dialog', (d) => void d.accept());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('draws the sample graph with Iran and Albania joined by ATTACKED, a legend and a count', async () => {
    await openExplorer(page, server.url);
    expect(await page.locator('#cy canvas').count()).toBeGreaterThan(0);
    const attacked = await page.evaluate((sel) => window.cy.edges(sel).map((e) => `${String(e.source().data('label'))}->${String(e.target().data('label'))}`), ATTACKED);
    expect(attacked).toContain('Iran->Albania');
    // Parallel claims are one edge: no two drawn edges share source, type and target.
    const keys = await page.evaluate(() => window.cy.edges().map((e) => `${e.source().id()}|${String(e.data('type'))}|${e.target().id()}`));
    expect(new Set(keys).size).toBe(keys.length);
    await expect.poll(() => page.locator('#legend').textContent()).toContain('ATTACKED');
    expect(await page.locator('#counts').textContent()).toMatch(/\d+ actors · \d+ edges shown/);
    await shot('overview');
  });

  it('shows every claim behind the ATTACKED edge with the actor names marked', async () => {
    const edge = `${ATTACKED}[source = "${await nodeIdOf(page, 'Iran')}"][target = "${await nodeIdOf(page, 'Albania')}"]`;
    await clickOnCanvas(page, edge);
    const claims = await page.evaluate((sel) => (window.cy.$(sel).data('claims') as string[]).length, edge);
    await expect.poll(() => page.locator('#details-body').textContent()).toContain('Iran → ATTACKED → Albania');
    expect(await page.locator('#details-body blockquote.evidence').count()).toBe(claims);
    const marks = await page.locator('#details-body blockquote mark').allTextContents();
    expect(marks.some((m) => /iran/i.test(m))).toBe(true);
    expect(await page.locator('#details-body .claim-meta').first().textContent()).toMatch(/Article.*Date.*Claimed by/s);
    await shot('edge-details');
  });

  it('shows an actor with its kind, aliases, articles and claims', async () => {
    await clickOnCanvas(page, `node[label = "Iran"]`);
    await expect.poll(() => page.locator('#details-body').textContent(), { timeout: 10_000 }).toMatch(/Claims \(\d+\)/);
    const text = (await page.locator('#details-body').textContent()) ?? '';
    expect(text).toContain('Country');
    expect(text).toContain('Aliases');
    expect(text).toMatch(/Articles \(1\)/);
    await shot('actor-details');
  });

  it('expands an actor and undo/redo put the view back', async () => {
    const keys = await page.evaluate(() => window.cy.nodes().map((n) => ({ id: n.id(), key: String(n.data('key')) })));
    const drawn = new Set(keys.map((k) => k.id));
    // An actor with a neighbour that is not drawn yet, found through the API.
    let target: string | null = null;
    for (const k of keys) {
      const r = (await api(`/actors/${encodeURIComponent(k.key)}/neighbours?limit=100`)) as { elements: { group: string; data: { id: string } }[] };
      if (r.elements.some((e) => e.group === 'nodes' && !drawn.has(e.data.id))) {
        target = k.id;
        break;
      }
    }
    expect(target, 'some actor has neighbours outside the first view').not.toBeNull();
    const before = await shownIds(page);
    await clickOnCanvas(page, `node[id = "${target}"]`, { clickCount: 2 });
    await settled(page);
    await expect.poll(() => shownIds(page).then((ids) => ids.length)).toBeGreaterThan(before.length);
    // NOTE: the history records a change after it has run: wait for the entry before undoing it.
    await expect.poll(() => page.getAttribute('#undo-button', 'title')).toContain('Expand');
    await settled(page);
    const after = await shownIds(page);
    await shot('expanded');
    await page.locator('#cy').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => shownIds(page)).toEqual(before);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => shownIds(page)).toEqual(after);
    await page.click('#undo-button');
    await expect.poll(() => shownIds(page)).toEqual(before);
  });

  it('hides, hides others and pins through the toolbar, each undoable', async () => {
    const before = await shownIds(page);
    await clickOnCanvas(page, 'node[label = "Albania"]');
    // NOTE: commands and their undo run through the canvas's async change queue: poll for their effect.
    const locked = (): Promise<boolean> => page.evaluate(() => window.cy.nodes('[label = "Albania"]').first().locked());
    await page.click('button[data-command="hide-others"]');
    await expect.poll(async () => (await shownIds(page)).length).toBeLessThan(before.length);
    await expect.poll(() => page.getAttribute('#undo-button', 'title')).toContain('Hide');
    await page.click('#undo-button');
    await expect.poll(() => shownIds(page)).toEqual(before);
    // NOTE: two clicks on one actor within Cytoscape's double-tap time (250 ms) are a double tap, which expands it.
    await page.waitForTimeout(400);
    await clickOnCanvas(page, 'node[label = "Albania"]');
    await page.click('button[data-command="pin"]');
    await expect.poll(locked).toBe(true);
    // NOTE: the history records the change after it has run: wait for its entry before undoing it.
    await expect.poll(() => page.getAttribute('#undo-button', 'title')).toContain('Pin');
    await page.click('#undo-button');
    await expect.poll(locked).toBe(false);
  });

  it('finds an actor with the search box and highlights it', async () => {
    await page.fill('#search-input', 'Alban');
    await page.waitForSelector('#search-list li[role="option"][id]');
    await page.keyboard.press('Enter');
    await settled(page);
    const found = await page.evaluate(() => window.cy.nodes('.found:selected').map((n) => String(n.data('label'))));
    expect(found).toEqual(['Albania']);
  });

  it('hides later events with the date slider', async () => {
    const stops = Number(await page.getAttribute('#range-to', 'aria-valuemax'));
    expect(stops, 'the sample has events on more than one date').toBeGreaterThan(0);
    const before = await shownIds(page);
    await page.locator('#range-to').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => page.locator('#range-label').textContent()).not.toContain('All dates');
    const label = (await page.locator('#range-label').textContent()) ?? '';
    const last = label.split(' – ')[1]?.trim() ?? '';
    const after = await shownIds(page);
    expect(after.length).toBeLessThan(before.length);
    // Every event edge still shown has a claim that can date from the range (or is undated).
    const graph = (await api('/graph?limit=5000')) as { elements: { group: string; data: { id: string; when?: string | null } }[] };
    const whenOf = new Map(graph.elements.filter((e) => e.group === 'edges').map((e) => [e.data.id, e.data.when ?? null]));
    const shownClaims = await page.evaluate(() =>
      window.cy.edges().not('.filtered, .hidden').filter((e) => ['ATTACKED', 'SANCTIONED', 'EXPELLED', 'DENIED'].includes(String(e.data('type')))).map((e) => e.data('claims') as string[]),
    );
    const start = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
    const end = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
    const late = shownClaims.filter((ids) => !ids.some((id) => { const w = whenOf.get(id); return w === null || w === undefined || start(w) <= end(last); }));
    expect(late).toEqual([]);
    await shot('timeline');
    await page.click('#range-reset');
    expect(await shownIds(page)).toEqual(before);
  });

  it('fits the drawing into the canvas that the results table leaves', async () => {
    await openExplorer(page, server.url);
    await page.click('#tab-cypher');
    await page.locator('#cypher-editor .cm-content').fill('MATCH (a:Actor)-[r]->(b:Actor) RETURN a, r, b');
    await page.fill('#cypher-params', '{}');
    await page.click('#cypher-run');
    await settled(page);
    await expect.poll(() => page.locator('#results').isVisible()).toBe(true);
    await settled(page);
    const fit = await page.evaluate(() => {
      const box = document.getElementById('cy')?.getBoundingClientRect();
      const table = document.getElementById('results')?.getBoundingClientRect();
      const bb = window.cy.elements(':visible').renderedBoundingBox({});
      return { height: box?.height ?? 0, cyBottom: box?.bottom ?? 0, tableTop: table?.top ?? 0, y1: bb.y1, y2: bb.y2 };
    });
    // The canvas ends where the table starts, and every drawn element is inside the canvas.
    expect(fit.cyBottom).toBeLessThanOrEqual(fit.tableTop + 1);
    expect(fit.y1).toBeGreaterThanOrEqual(-1);
    expect(fit.y2).toBeLessThanOrEqual(fit.height + 1);
    await page.click('#results-close');
  });

  it('runs a saved query with a parameter, on the canvas and in the table', async () => {
    await page.click('#tab-queries');
    await page.click('#query-actor-everything summary');
    await page.fill('#qp-actor-everything-actor', 'country:iran');
    await page.fill('#qp-actor-everything-limit', '3');
    await page.click('#query-actor-everything button[type="submit"]');
    await settled(page);
    await expect.poll(() => page.locator('#results-title').textContent()).toMatch(/Everything about one actor: 3 rows/);
    expect(await page.locator('#results tbody tr').count()).toBe(3);
    expect(await page.evaluate(() => window.cy.nodes('[label = "Iran"]').length)).toBe(1);
    expect(decodeURIComponent(page.url())).toContain('q=actor-everything');
    await shot('saved-query');
  });

  it('exports the query result through the server', async () => {
    await page.click('#tab-export');
    await page.check('input[name="export-scope"][value="query"]');
    const json = await download(page, () => page.click('button[data-format="json"]'));
    expect(json.name).toMatch(/\.json$/);
    const body = JSON.parse(json.bytes.toString('utf8')) as { manifest: { producedBy: string; edgeCount: number }; elements: unknown[] };
    expect(body.manifest.producedBy).toBe('query:actor-everything');
    await page.check('input[name="export-scope"][value="view"]');
  });

  it('runs ad-hoc Cypher, and refuses a write query with a message by the editor', async () => {
    await page.click('#tab-cypher');
    await page.locator('#cypher-editor .cm-content').fill('MATCH (s:Actor)-[r:ATTACKED]->(t:Actor) RETURN s, r, t, s.name AS source, t.name AS target');
    await page.click('#cypher-run');
    await settled(page);
    await expect.poll(() => page.locator('#results-title').textContent()).toMatch(/Cypher query: \d+ rows?/);
    expect(await page.locator('#results tbody tr').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.cy.edges().length)).toBeGreaterThan(0);
    expect(await page.locator('#cypher-error').textContent()).toBe('');

    await page.locator('#cypher-editor .cm-content').fill("CREATE (n:Actor {id: 'x:evil', name: 'Evil'}) RETURN n");
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('#panel-cypher #cypher-error').textContent()).toContain('QUERY_REJECTED');
    expect(await page.locator('#cypher-error').getAttribute('role')).toBe('alert');
    await shot('cypher-refused');
  });

  it('saves an ad-hoc query, lists it and deletes it', async () => {
    await page.locator('#cypher-editor .cm-content').fill('MATCH (s:Actor)-[r:ATTACKED]->(t:Actor) RETURN s, r, t LIMIT $limit');
    await page.fill('#cypher-params', '{"limit": 5}');
    await page.fill('#save-name', 'e2e-attacks');
    await page.fill('#save-title', 'E2E attacks');
    await page.click('#cypher-save button[type="submit"]');
    await page.waitForSelector('#query-e2e-attacks', { state: 'attached' });
    await page.click('#tab-queries');
    await page.click('#query-e2e-attacks summary');
    expect(await page.inputValue('#qp-e2e-attacks-limit')).toBe('5');
    await page.click('#query-e2e-attacks button.danger');
    await page.waitForSelector('#query-e2e-attacks', { state: 'detached' });
  });

  it('checks a saved query name in the browser, and clears an old error after a save that works', async () => {
    await page.click('#tab-cypher');
    await page.locator('#cypher-editor .cm-content').fill('MATCH (a:Actor) RETURN a LIMIT 3');
    await page.fill('#cypher-params', '{}');
    // The pattern is compiled with the v flag: a bare "-" in a class made it invalid, so nothing was checked.
    await page.fill('#save-name', 'Russia Out');
    expect(await page.$eval('#save-name', (el) => (el as HTMLInputElement).validity.patternMismatch)).toBe(true);
    await page.fill('#save-name', 'russia-out');
    expect(await page.$eval('#save-name', (el) => (el as HTMLInputElement).validity.valid)).toBe(true);
    // A save the server refuses shows its error; a later save that works clears it.
    await page.locator('#cypher-editor .cm-content').fill('MATCH (n) DETACH DELETE n');
    await page.click('#cypher-save button[type="submit"]');
    await expect.poll(() => page.textContent('#cypher-error')).toMatch(/Could not save/);
    await page.locator('#cypher-editor .cm-content').fill('MATCH (a:Actor) RETURN a LIMIT 3');
    await page.click('#cypher-save button[type="submit"]');
    await page.waitForSelector('#query-russia-out', { state: 'attached' });
    expect(await page.textContent('#cypher-error')).toBe('');
    await page.click('#tab-queries');
    await page.click('#query-russia-out summary');
    await page.click('#query-russia-out button.danger');
    await page.waitForSelector('#query-russia-out', { state: 'detached' });
  });

  describe('exports of the browsing view', () => {
    let expected: { nodes: number; claims: number };

    beforeAll(async () => {
      await openExplorer(page, server.url);
      await page.click('#tab-export');
      expected = await page.evaluate(() => {
        const shown = window.cy.elements().not('.hidden, .filtered');
        return { nodes: shown.nodes().length, claims: shown.edges().reduce((n, e) => n + (e.data('claims') as string[]).length, 0) };
      });
    });

    it('PNG and SVG are pictures of the view', async () => {
      const png = await download(page, () => page.click('button[data-format="png"]'));
      expect(png.name).toMatch(/^actorgraph-view-.*\.png$/);
      expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      const svg = await download(page, () => page.click('button[data-format="svg"]'));
      expect(svg.name).toMatch(/\.svg$/);
      const text = svg.bytes.toString('utf8');
      expect(text.startsWith('<?xml')).toBe(true);
      const doc = xml.parse(text) as { svg: { g: { '@_class': string; g?: unknown[] }[] } };
      expect(doc.svg.g.find((g) => g['@_class'] === 'nodes')?.g).toHaveLength(expected.nodes);
    });

    it('JSON, CSV, GraphML, GEXF and Cypher hold the view with its claims', async () => {
      const json = JSON.parse((await download(page, () => page.click('button[data-format="json"]'))).bytes.toString('utf8')) as { manifest: { nodeCount: number; edgeCount: number } };
      expect(json.manifest).toMatchObject({ nodeCount: expected.nodes, edgeCount: expected.claims });

      const zip = unzipSync(new Uint8Array((await download(page, () => page.click('button[data-format="csv"]'))).bytes));
      const names = Object.keys(zip).sort();
      const table = (suffix: string) => parseCsv<Record<string, string>>(strFromU8(zip[names.find((n) => n.includes(suffix)) ?? ''] ?? new Uint8Array()), { columns: true });
      expect(table('nodes')).toHaveLength(expected.nodes);
      expect(table('relationships')).toHaveLength(expected.claims);

      const graphml = xml.parse((await download(page, () => page.click('button[data-format="graphml"]'))).bytes.toString('utf8')) as { graphml: { graph: { node: unknown[]; edge: unknown[] } } };
      expect(graphml.graphml.graph.node).toHaveLength(expected.nodes);
      expect(graphml.graphml.graph.edge).toHaveLength(expected.claims);

      const gexf = xml.parse((await download(page, () => page.click('button[data-format="gexf"]'))).bytes.toString('utf8')) as { gexf: { graph: { nodes: { node: unknown[] }; edges: { edge: unknown[] } } } };
      expect(gexf.gexf.graph.nodes.node).toHaveLength(expected.nodes);
      expect(gexf.gexf.graph.edges.edge).toHaveLength(expected.claims);

      const cypher = await download(page, () => page.click('button[data-format="cypher"]'));
      expect(cypher.name).toMatch(/\.cypher$/);
      expect(cypher.bytes.toString('utf8')).toMatch(/MERGE|CREATE/);
    });

    it('exports only the selection when asked', async () => {
      await clickOnCanvas(page, 'node[label = "Iran"]');
      await clickOnCanvas(page, 'node[label = "Albania"]', { modifiers: ['Shift'] });
      await page.click('#tab-export');
      await page.check('input[name="export-scope"][value="selection"]');
      const json = JSON.parse((await download(page, () => page.click('button[data-format="json"]'))).bytes.toString('utf8')) as { manifest: { nodeCount: number; edgeCount: number } };
      expect(json.manifest.nodeCount).toBe(2);
      expect(json.manifest.edgeCount).toBeGreaterThan(0);
      await page.check('input[name="export-scope"][value="view"]');
    });
  });

  it('reopens the same view from a copied link', async () => {
    await openExplorer(page, server.url);
    await page.selectOption('#layout-select', 'concentric');
    await settled(page);
    await page.click('#tab-filters');
    await page.uncheck('input[name="f-types"][value="DENIED"]');
    await clickOnCanvas(page, 'node[label = "Iran"]');
    await page.waitForTimeout(200);
    const link = page.url();
    expect(decodeURIComponent(link)).toMatch(/layout=concentric.*types=.*sel=country:iran/);
    const state = (p: Page) =>
      p.evaluate(() => ({
        layout: (document.getElementById('layout-select') as HTMLSelectElement).value,
        shown: window.cy.elements().not('.hidden, .filtered').map((e) => e.id()).sort(),
        selected: window.cy.$(':selected').map((e) => String(e.data('key'))),
        denied: (document.querySelector('input[name="f-types"][value="DENIED"]') as HTMLInputElement).checked,
      }));
    const before = await state(page);
    const other = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await openExplorer(other, link);
    expect(await state(other)).toEqual(before);
    await shot('reopened-link', other);
    await other.close();
  });

  it('reopens a saved query with its parameters from a link', async () => {
    const link = `${server.url}/#q=actor-everything&params=${encodeURIComponent(JSON.stringify({ actor: 'country:albania', limit: 2 }))}`;
    const other = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    await openExplorer(other, link);
    await expect.poll(() => other.locator('#results-title').textContent()).toMatch(/2 rows/);
    expect(await other.inputValue('#qp-actor-everything-actor')).toBe('country:albania');
    await other.close();
  });

  it('previews a pasted article, loads it and the graph grows', async () => {
    await openExplorer(page, server.url);
    const before = await page.evaluate(() => window.cy.nodes().map((n) => String(n.data('key'))));
    await page.click('#tab-articles');
    await page.fill('#article-text', [
      'Estonia Expels Russian Diplomat After Cyberattack',
      '',
      'TALLINN, March 3, 2023 — Estonia expelled a Russian diplomat on Friday, the foreign ministry said.',
      'Estonian officials said Russia attacked government websites in February 2023.',
      'The United Kingdom sanctioned Russia over the cyberattack on Estonia, the Foreign Office said.',
    ].join('\n'));
    await page.fill('#article-title', 'Estonia expels Russian diplomat');
    await page.fill('#article-published', '2023-03-03');
    await page.click('#article-preview');
    await settled(page);
    await expect.poll(() => page.locator('#article-output').textContent()).toMatch(/Preview/);
    expect(await page.locator('#article-output blockquote').count()).toBeGreaterThan(0);
    await shot('article-preview');
    await page.click('#article-form button[type="submit"]');
    await settled(page);
    await expect.poll(() => page.locator('#article-output').textContent(), { timeout: 20_000 }).toContain('Loaded');
    await expect.poll(() => page.evaluate(() => window.cy.nodes().map((n) => String(n.data('key'))))).not.toEqual(before);
    const after = await page.evaluate(() => window.cy.nodes().map((n) => String(n.data('key'))));
    expect(after.some((k) => !before.includes(k))).toBe(true);
    // Every list of articles follows the load, without another filter change: the Filters panel's too.
    await page.click('#tab-filters');
    await expect.poll(() => page.locator('#panel-filters').textContent()).toContain('Estonia expels Russian diplomat (2023-03-03)');
    await shot('article-loaded');
  });

  it('uploads a saved web page and lists it under its own title', async () => {
    await openExplorer(page, server.url);
    await page.click('#tab-articles');
    await page.fill('#article-text', '');
    await page.fill('#article-title', '');
    await page.fill('#article-published', '');
    await page.setInputFiles('#article-file', path.join(REPO_ROOT, 'tests/fixtures/html/wire-blog.html'));
    await page.click('#article-form button[type="submit"]');
    await settled(page);
    await expect.poll(() => page.locator('#article-output').textContent(), { timeout: 20_000 }).toContain('Loaded "Japan sanctions North Korean shipping firms"');
    await expect.poll(() => page.locator('#articles-list').textContent()).toContain('Japan sanctions North Korean shipping firms · 2023-11-05');
  });
});
