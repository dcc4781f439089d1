// End to end: corrections made in the explorer. An invented article (actors
// no other e2e file uses) is loaded through the API; then each kind of
// correction — rename, change of kind, merge, split, reject, add — is made
// from the details or Articles panel, the canvas and the API show the change,
// and the correction is undone from the panel's list with the graph back as
// it was. The article is deleted again at the end (corrections left in force
// by a failed test are undone first), so the other files see their graph.
// Run `npx vite build` first.
import type { Browser, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActorResponse, ArticleTextResponse, Correction, LoadResponse } from '../../server/api/contract.ts';
import { launchBrowser } from '../support/browser.ts';
import { sharedNlpEnv } from '../support/nlp-client.ts';
import { startServer, type RunningServer } from '../support/run-server.ts';
import { neo4jEnv } from '../support/test-db.ts';
import { clickOnCanvas, drawnGraph, nodeOfKey, openExplorer, settled, SHOTS } from './explorer-page.ts';

const ARTICLE = {
  title: 'E2E corrections: Norway expels Chilean diplomats',
  published: '2024-05-10',
  text: [
    'Norway expelled three Chilean diplomats on Monday, the Norwegian Foreign Ministry said.',
    'Santiago denied any wrongdoing.',
    'Chile sanctioned Norway on Friday.',
    'Finland attacked Portugal with a wiper, officials said.',
    'Lisbon said Finland attacked Portugal again on Tuesday.',
    'The Santiago Hackers Collective attacked Norway in April.',
  ].join(' '),
};

const CHILE = 'country:chile';
const NORWAY = 'country:norway';
const FINLAND = 'country:finland';
const PORTUGAL = 'country:portugal';

describe('corrections in the explorer', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let articleId: string;
  let collective: string;
  /** The canvas as the article left it: every undo must come back to it. */
  let baseline: string[];

  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `corrections-${name}.png`) });
  const get = async <T>(p: string): Promise<{ status: number; body: T }> => {
    const r = await fetch(`${server.url}/api${p}`);
    return { status: r.status, body: (await r.json()) as T };
  };
  const post = async <T>(p: string, body: unknown): Promise<T> => {
    const r = await fetch(`${server.url}/api${p}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!r.ok) throw new Error(`POST ${p}: ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  };
  const actor = async (id: string) => (await get<ActorResponse>(`/actors/${encodeURIComponent(id)}`)).body;
  const details = () => page.locator('#details-body');
  const detailsText = async () => (await details().textContent()) ?? '';
  const edge = async (source: string, type: string, target: string): Promise<string> => {
    const [s, t] = await Promise.all([nodeOfKey(page, source), nodeOfKey(page, target)]);
    return `edge[type = "${type}"][source = "${s?.id ?? '?'}"][target = "${t?.id ?? '?'}"]`;
  };
  const claimsOf = (selector: string): Promise<number> => page.evaluate((sel) => window.cy.$(sel).map((e) => (e.data('claims') as string[]).length).reduce((a, b) => a + b, 0), selector);

  /** Clicks an actor on the canvas and waits for its details with its corrections. */
  async function openActor(key: string): Promise<void> {
    const n = await nodeOfKey(page, key);
    expect(n, `${key} is drawn`).not.toBeNull();
    await clickOnCanvas(page, `node[id = "${n?.id ?? ''}"]`);
    await expect.poll(detailsText, { timeout: 10_000 }).toMatch(/Corrections \(\d+\)/);
  }

  /** Clicks Undo (or Restore) on the newest correction of a kind in a panel and waits for the graph to settle. */
  async function undoFrom(scope: string, kind: string, label: 'Undo' | 'Restore' = 'Undo'): Promise<void> {
    const button = page.locator(`${scope} .corrections li[data-kind="${kind}"]:not(.undone) button.undo-correction`).first();
    await expect.poll(() => button.textContent(), { timeout: 10_000 }).toBe(label);
    await button.click();
    await settled(page);
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer({ ...neo4jEnv(), ...sharedNlpEnv() });
    const loaded = await post<LoadResponse>('/articles', ARTICLE);
    articleId = loaded.loaded.articleId;
    // What the extractor finds in the article, which the tests below build on.
    const edges = loaded.edges.map((e) => `${e.sourceName} ${e.type} ${e.targetName}`);
    expect(edges).toEqual(expect.arrayContaining(['Norway EXPELLED Chile', 'Chile SANCTIONED Norway', 'Finland ATTACKED Portugal', 'Santiago Hackers Collective ATTACKED Norway']));
    expect(edges.filter((e) => e === 'Finland ATTACKED Portugal')).toHaveLength(2);
    expect(edges.some((e) => e.includes('DENIED'))).toBe(false);
    expect(loaded.actors.find((a) => a.name === 'Portugal')?.aliases).toContain('Lisbon');
    collective = loaded.actors.find((a) => a.name === 'Santiago Hackers Collective')?.id ?? '';
    expect(collective).not.toBe('');
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('dialog', (d) => void d.accept());
    await openExplorer(page, server.url);
    baseline = await drawnGraph(page);
    expect(baseline).toEqual(expect.arrayContaining([`${FINLAND} -ATTACKED×2-> ${PORTUGAL}`, `${CHILE} -SANCTIONED×1-> ${NORWAY}`, `${collective} -ATTACKED×1-> ${NORWAY}`]));
  });

  afterAll(async () => {
    await browser?.close();
    if (server && articleId) {
      // A failed test may leave a correction in force: undo them, newest first, then delete the article.
      const mine = new Set([CHILE, NORWAY, FINLAND, PORTUGAL, collective, 'country:lisbon']);
      const active = (await get<{ corrections: Correction[] }>('/corrections?active=true')).body.corrections;
      for (const c of active.filter((x) => x.articles.includes(articleId) || x.actors.some((a) => mine.has(a)))) await post(`/corrections/${encodeURIComponent(c.id)}/undo`, {});
      await fetch(`${server.url}/api/articles/${encodeURIComponent(articleId)}`, { method: 'DELETE' });
    }
    await server?.stop();
  });

  it('renames an actor from its details, and Undo gives the name back', async () => {
    const before = await nodeOfKey(page, FINLAND);
    await openActor(FINLAND);
    await details().getByRole('button', { name: 'Rename…', exact: true }).click();
    const form = details().locator('form.rename-form');
    await form.getByLabel('New name').fill('Republic of Finland');
    await form.getByLabel('Reason (optional)').fill('the official name');
    await form.getByRole('button', { name: 'Rename', exact: true }).click();
    await settled(page);
    await expect.poll(() => nodeOfKey(page, FINLAND)).toEqual({ ...before, label: 'Republic of Finland' });
    expect((await actor(FINLAND)).actor).toMatchObject({ name: 'Republic of Finland', aliases: expect.arrayContaining(['Finland']) as unknown });
    await expect.poll(() => details().locator('h2').textContent()).toContain('Republic of Finland');
    const entry = details().locator('.corrections li[data-kind="rename"]').first();
    expect(await entry.textContent()).toMatch(/Renamed Finland to Republic of Finland.*by local.*the official name/);
    await shot('renamed');

    await undoFrom('#details-body', 'rename');
    await expect.poll(() => nodeOfKey(page, FINLAND)).toEqual(before);
    expect((await actor(FINLAND)).actor.name).toBe('Finland');
    await expect.poll(() => details().locator('.corrections li[data-kind="rename"]').first().textContent()).toMatch(/Undone by local/);
    expect(await drawnGraph(page)).toEqual(baseline);
  });

  it('changes an actor’s kind, and Undo changes it back', async () => {
    await openActor(CHILE);
    await details().getByRole('button', { name: 'Change kind…', exact: true }).click();
    const form = details().locator('form.kind-form');
    await form.getByRole('combobox').selectOption('Organization');
    await form.getByRole('button', { name: 'Change kind', exact: true }).click();
    await settled(page);
    await expect.poll(async () => (await nodeOfKey(page, CHILE))?.kind).toBe('Organization');
    expect((await actor(CHILE)).actor.kind).toBe('Organization');
    // The node is drawn as an organization now (colour by kind).
    expect(await page.evaluate((k) => window.cy.nodes().filter((n) => n.data('key') === k).first().style('background-color'), CHILE)).toBe('rgb(31,138,112)');
    await expect.poll(detailsText).toMatch(/Changed Chile from Country to Organization/);
    await shot('kind-changed');

    await undoFrom('#details-body', 'kind');
    await expect.poll(async () => (await nodeOfKey(page, CHILE))?.kind).toBe('Country');
    expect((await actor(CHILE)).actor.kind).toBe('Country');
    expect(await drawnGraph(page)).toEqual(baseline);
  });

  it('merges an actor into another picked by name: the node goes, its claims move, its id redirects; Undo splits them again', async () => {
    await openActor(collective);
    await details().getByRole('button', { name: 'Merge into…', exact: true }).click();
    const form = details().locator('form.merge-form');
    await form.getByLabel(/^Merge .* into$/).fill('Chile');
    await form.getByRole('button', { name: 'Merge', exact: true }).click();
    await settled(page);
    await expect.poll(() => nodeOfKey(page, collective)).toBeNull();
    expect(await claimsOf(await edge(CHILE, 'ATTACKED', NORWAY))).toBe(1);
    const redirected = await actor(collective);
    expect(redirected.actor.id).toBe(CHILE);
    expect(redirected.redirectedFrom).toBe(collective);
    expect(redirected.actor.aliases).toContain('Santiago Hackers Collective');
    // The details now show the survivor, with the merge in its corrections.
    await expect.poll(() => details().locator('h2').textContent()).toContain('Chile');
    await expect.poll(detailsText).toContain(`Merged ${collective} into Chile`);
    await shot('merged');

    await undoFrom('#details-body', 'merge');
    await expect.poll(() => nodeOfKey(page, collective)).not.toBeNull();
    expect((await actor(collective)).actor.id).toBe(collective);
    expect((await actor(CHILE)).actor.aliases).not.toContain('Santiago Hackers Collective');
    await expect.poll(() => drawnGraph(page)).toEqual(baseline);
  });

  it('splits an alias off an actor: a new actor with the claims that name it; Undo joins them again', async () => {
    await openActor(PORTUGAL);
    await details().getByRole('button', { name: 'Split alias…', exact: true }).click();
    const form = details().locator('form.split-form');
    await form.getByLabel('Alias').selectOption('Lisbon');
    await form.getByLabel('Reason (optional)').fill('the city, not the state');
    await form.getByRole('button', { name: 'Split', exact: true }).click();
    await settled(page);
    await expect.poll(() => nodeOfKey(page, 'country:lisbon')).toMatchObject({ label: 'Lisbon' });
    expect(await claimsOf(await edge(FINLAND, 'ATTACKED', 'country:lisbon'))).toBe(1);
    expect(await claimsOf(await edge(FINLAND, 'ATTACKED', PORTUGAL))).toBe(1);
    const split = await actor('country:lisbon');
    expect(split.claims.map((c) => c.evidence)).toEqual(['Lisbon said Finland attacked Portugal again on Tuesday.']);
    expect((await actor(PORTUGAL)).actor.aliases).not.toContain('Lisbon');
    await expect.poll(detailsText).toContain(`Split "Lisbon" off Portugal as country:lisbon`);
    await shot('split');

    await undoFrom('#details-body', 'split');
    await expect.poll(() => nodeOfKey(page, 'country:lisbon')).toBeNull();
    expect((await get('/actors/country:lisbon')).status).toBe(404);
    expect((await actor(PORTUGAL)).actor.aliases).toContain('Lisbon');
    await expect.poll(() => drawnGraph(page)).toEqual(baseline);
  });

  it('rejects a claim from the edge’s details: the edge goes; Restore in the article’s corrections brings it back', async () => {
    const sanctioned = await edge(CHILE, 'SANCTIONED', NORWAY);
    // NOTE: through Cytoscape's own tap, not the mouse: the layout may put an actor over the edge's midpoint (seen in CI).
    await page.evaluate((sel) => {
      const e = window.cy.$(sel).first();
      window.cy.elements().unselect();
      e.select().emit('tap');
    }, sanctioned);
    await expect.poll(detailsText).toContain('Chile → SANCTIONED → Norway');
    await details().getByRole('button', { name: 'Reject claim…', exact: true }).click();
    const form = details().locator('form.reject-form');
    // The reason is required: the browser will not send the form without one.
    await form.getByRole('button', { name: 'Reject', exact: true }).click();
    expect(await form.getByLabel('Reason').evaluate((el) => (el as HTMLInputElement).validity.valueMissing)).toBe(true);
    expect(await claimsOf(sanctioned)).toBe(1);
    await form.getByLabel('Reason').fill('Chile sanctioned nobody: a misreading');
    await form.getByRole('button', { name: 'Reject', exact: true }).click();
    await settled(page);
    await expect.poll(() => page.evaluate((sel) => window.cy.$(sel).length, sanctioned)).toBe(0);
    const text = (await get<ArticleTextResponse>(`/articles/${encodeURIComponent(articleId)}/text`)).body;
    expect(text.claims.some((c) => c.type === 'SANCTIONED')).toBe(false);
    // The details panel shows the article's corrections, the rejection with its sentence and Restore.
    const entry = details().locator('.corrections li[data-kind="reject"]').first();
    await expect.poll(() => entry.textContent(), { timeout: 10_000 }).toMatch(/Rejected Chile → SANCTIONED → Norway.*Chile sanctioned Norway on Friday\..*a misreading/);
    await shot('rejected');

    await undoFrom('#details-body', 'reject', 'Restore');
    await expect.poll(async () => claimsOf(await edge(CHILE, 'SANCTIONED', NORWAY))).toBe(1);
    expect((await get<ArticleTextResponse>(`/articles/${encodeURIComponent(articleId)}/text`)).body.claims.some((c) => c.type === 'SANCTIONED')).toBe(true);
    await expect.poll(() => entry.textContent()).toMatch(/Restored by local/);
    expect(await drawnGraph(page)).toEqual(baseline);
  });

  it('adds a claim from a sentence of the article in the Articles panel; Undo removes it', async () => {
    const text = (await get<ArticleTextResponse>(`/articles/${encodeURIComponent(articleId)}/text`)).body;
    const span = text.sentences.find((s) => (text.text ?? '').slice(s.start, s.end).includes('Santiago denied any wrongdoing'));
    expect(span).toBeDefined();
    await page.click('#tab-articles');
    const entry = page.locator(`#articles-list details[data-article="${articleId}"]`);
    await entry.locator('summary').click();
    await entry.getByRole('button', { name: 'Add claim…', exact: true }).click();
    const form = entry.locator('form.add-form');
    await form.getByLabel('Sentence').selectOption(`${span?.start ?? 0}:${span?.end ?? 0}`);
    await form.getByLabel('Type').selectOption('DENIED');
    await form.getByLabel('Source (who acts)').fill(CHILE);
    await form.getByLabel('Target').fill('Norway');
    await form.getByLabel('Date (optional)').fill('2024-05-07');
    await form.getByRole('button', { name: 'Add claim', exact: true }).click();
    await settled(page);
    await expect.poll(async () => claimsOf(await edge(CHILE, 'DENIED', NORWAY))).toBe(1);
    const added = (await get<ArticleTextResponse>(`/articles/${encodeURIComponent(articleId)}/text`)).body.claims.filter((c) => c.manual);
    expect(added).toMatchObject([{ type: 'DENIED', source: CHILE, target: NORWAY, evidence: 'Santiago denied any wrongdoing.' }]);
    await expect.poll(() => entry.locator('.corrections li[data-kind="add"]').first().textContent(), { timeout: 10_000 }).toContain('Added Chile → DENIED → Norway');
    await shot('claim-added');

    await undoFrom(`#articles-list details[data-article="${articleId}"]`, 'add');
    await expect.poll(async () => page.evaluate((sel) => window.cy.$(sel).length, await edge(CHILE, 'DENIED', NORWAY))).toBe(0);
    expect((await get<ArticleTextResponse>(`/articles/${encodeURIComponent(articleId)}/text`)).body.claims.some((c) => c.manual)).toBe(false);
    expect(await drawnGraph(page)).toEqual(baseline);
  });

  it('shows the API’s refusal in the form: a merge into an unknown actor, a rename to the same name', async () => {
    await page.click('#tab-details');
    await openActor(NORWAY);
    await details().getByRole('button', { name: 'Merge into…', exact: true }).click();
    const merge = details().locator('form.merge-form');
    await merge.getByLabel(/^Merge .* into$/).fill('country:atlantis');
    await merge.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => merge.locator('.error[role="alert"]').textContent()).toMatch(/country:atlantis.*\(NOT_FOUND\)/);
    await details().getByRole('button', { name: 'Rename…', exact: true }).click();
    const rename = details().locator('form.rename-form');
    await rename.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect.poll(() => rename.locator('.error[role="alert"]').textContent()).toMatch(/already \(CONFLICT\)/);
    await shot('refused');
    expect((await get<{ corrections: Correction[] }>(`/corrections?actor=${NORWAY}&active=true`)).body.corrections).toEqual([]);
    expect(await drawnGraph(page)).toEqual(baseline);
  });
});
