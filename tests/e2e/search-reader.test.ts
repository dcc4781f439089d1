// End to end: searching the evidence and reading an article, in Chromium over
// the real server with the sample article in the run's Neo4j (the graph is
// emptied first so that the server seeds it). The claims, phrases and words
// are picked from what the API returns, never written here.
// Run `npx vite build` first.
import type { Browser, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleListResponse, ArticleTextResponse, GraphResponse, SearchResponse } from '../../server/api/contract.ts';
import { RELATION_TYPES } from '../../server/api/contract.ts';
import { launchBrowser } from '../support/browser.ts';
import { sharedNlpEnv } from '../support/nlp-client.ts';
import { startServer, type RunningServer } from '../support/run-server.ts';
import { emptyDb, neo4jEnv, openTestDb } from '../support/test-db.ts';
import { openExplorer, settled, SHOTS } from './explorer-page.ts';

type TextClaim = ArticleTextResponse['claims'][number];

/** The claim search limit of the client (client/src/config.ts): a claim must rank within it to be listed. */
const LISTED = 6;
const EVENT = new Set<string>(RELATION_TYPES);
const wordsOf = (s: string): string[] => s.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 0);

describe('evidence search and the article reader', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let articleId: string;
  let article: ArticleTextResponse;
  /** Claim id property → relationship elementId (the claim's id on the canvas). */
  const elementIdOf = new Map<string, string>();
  /** Every word of every actor's names and aliases. */
  const nameWords = new Set<string>();

  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  const api = async <T>(p: string): Promise<T> => {
    const r = await fetch(`${server.url}/api${p}`);
    if (!r.ok) throw new Error(`GET ${p}: ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  };
  const search = (q: string) => api<SearchResponse>(`/search?q=${encodeURIComponent(q)}&claims=${LISTED}`);
  const events = (): TextClaim[] => article.claims.filter((c) => EVENT.has(c.type) && c.evidence !== null);
  /** The claims of the selected edge(s) on the canvas. */
  const selectedClaims = () => page.evaluate(() => window.cy.edges(':selected').map((e) => e.data('claims') as string[]).flat());
  const undoTitle = () => page.locator('#undo-button').getAttribute('title');

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const db = await openTestDb();
    try {
      await emptyDb(db);
    } finally {
      await db.close();
    }
    server = await startServer({ ...neo4jEnv(), ...sharedNlpEnv() });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const list = await api<ArticleListResponse>('/articles');
    expect(list.articles.length, 'the server seeded the sample article').toBe(1);
    articleId = (list.articles[0] as { id: string }).id;
    article = await api<ArticleTextResponse>(`/articles/${encodeURIComponent(articleId)}/text`);
    expect(events().length, 'the sample has event claims').toBeGreaterThan(1);
    const g = await api<GraphResponse>(`/graph?article=${encodeURIComponent(articleId)}&types=ATTACKED,SANCTIONED,EXPELLED,DENIED,PART_OF,LEADS,SPEAKS_FOR`);
    for (const e of g.elements) {
      if (e.group === 'edges') elementIdOf.set(String(e.data['key']), e.data.id);
      else for (const n of [e.data.label, ...((e.data['aliases'] as string[] | undefined) ?? [])]) for (const w of wordsOf(n)) nameWords.add(w);
    }
    await openExplorer(page, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A claim and two consecutive words of its sentence, neither in any actor's name, that find it within the listed claims. */
  async function phraseClaim(): Promise<{ claim: TextClaim; phrase: string }> {
    for (const claim of events()) {
      const words = wordsOf(claim.evidence ?? '');
      for (let i = 0; i + 1 < words.length; i++) {
        const [a, b] = [words[i] as string, words[i + 1] as string];
        if (a.length < 4 || b.length < 4 || nameWords.has(a) || nameWords.has(b)) continue;
        const phrase = `${a} ${b}`;
        if ((await search(phrase)).claims.some((c) => c.id === claim.id)) return { claim, phrase };
      }
    }
    throw new Error('no claim of the sample has two consecutive words outside the actor names');
  }

  it('finds a claim by a phrase of its sentence, draws and selects its edge, and shows the sentence', async () => {
    const { claim, phrase } = await phraseClaim();
    const elementId = elementIdOf.get(claim.id) as string;
    // Hide the claim's two actors first: choosing the result must draw them again, as one undoable step.
    await page.evaluate((id) => {
      const edge = window.cy.edges().filter((e) => (e.data('claims') as string[]).includes(id));
      window.cy.elements(':selected').unselect();
      edge.connectedNodes().select();
    }, elementId);
    await page.click('#toolbar button[data-command="hide"]');
    await expect.poll(undoTitle).toContain('Hide');
    await page.fill('#search-input', phrase);
    const option = page.locator(`#search-list li[role="option"][data-claim="${claim.id}"]`);
    await option.waitFor({ timeout: 15_000 });
    expect(await page.locator('#search-list [role="group"]').last().textContent()).toMatch(/^Claims/);
    expect((await option.textContent()) ?? '').toContain(`${claim.sourceName} → ${claim.type} → ${claim.targetName}`);
    const marks = (await option.locator('mark').allTextContents()).map((m) => m.toLowerCase());
    for (const w of phrase.split(' ')) expect(marks).toContain(w);
    await shot('evidence-search');
    // Keyboard: arrow down to the claim, Enter.
    const ids = await page.locator('#search-list li[role="option"][id]').evaluateAll((els) => els.map((e) => e.id));
    const at = ids.indexOf((await option.getAttribute('id')) ?? '');
    for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#search-input').getAttribute('aria-activedescendant')).toBe(ids[at]);
    await page.keyboard.press('Enter');
    await expect.poll(selectedClaims).toContain(elementId);
    expect(await page.evaluate((id) => window.cy.edges().filter((e) => (e.data('claims') as string[]).includes(id)).hasClass('hidden'), elementId)).toBe(false);
    await expect.poll(() => page.locator('#details-body blockquote.evidence').allTextContents()).toContain(claim.evidence);
    await expect.poll(undoTitle).toContain(`Add ${claim.sourceName} → ${claim.type} → ${claim.targetName}`);
    await page.click('#undo-button');
    await expect.poll(() => page.evaluate((id) => window.cy.edges().filter((e) => (e.data('claims') as string[]).includes(id)).connectedNodes().filter((n) => !n.hasClass('hidden')).length, elementId)).toBe(0);
    await page.click('#redo-button');
    await settled(page);
  });

  it('finds claims by a word only sentences have, and says so when nothing matches', async () => {
    const word = events()
      .flatMap((c) => wordsOf(c.evidence ?? ''))
      .find((w) => w.length >= 6 && !nameWords.has(w));
    expect(word, 'a long word of a sentence that no actor name has').toBeDefined();
    const expected = (await search(word as string)).claims.map((c) => c.id);
    expect(expected.length).toBeGreaterThan(0);
    await page.fill('#search-input', '');
    await page.fill('#search-input', word as string);
    await expect.poll(() => page.locator('#search-list li.search-claim').evaluateAll((els) => els.map((e) => e.getAttribute('data-claim'))), { timeout: 15_000 }).toEqual(expected);
    expect(await page.locator('#search-group-Actors').count(), 'no actor is named so').toBe(0);
    await page.fill('#search-input', 'AND OR (');
    await expect.poll(() => page.locator('#search-list').textContent(), { timeout: 15_000 }).toContain('No actor or claim matches');
    expect(await page.locator('#toasts .toast-error').allTextContents()).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('reads the article from the Articles panel: its text with every claim highlighted, and a highlight selects its edge', async () => {
    await page.click('#tab-articles');
    const read = page.locator(`#articles-list button.read-article[data-article="${articleId}"]`);
    // Opened and closed with the keyboard: Enter on Read, Escape gives the focus back to it.
    await read.focus();
    await page.keyboard.press('Enter');
    const reader = page.locator('#reader');
    await expect.poll(() => reader.isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('reader-title');
    await page.keyboard.press('Escape');
    await expect.poll(() => reader.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-article'))).toBe(articleId);
    await read.click();
    await expect.poll(() => reader.locator('.claim-tag').count(), { timeout: 15_000 }).toBe(article.claims.length);
    expect(await reader.locator('#reader-title').textContent()).toBe(article.article.title ?? articleId);
    const spans = new Set(article.claims.map((c) => `${c.start}-${c.end}`));
    expect(await reader.locator('mark.reader-claim').count()).toBe(spans.size);
    // The text is the article's, whole and in order (the claim buttons aside).
    const shown = await reader.locator('.reader-body').evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const t of copy.querySelectorAll('.claim-tags')) t.remove();
      return copy.textContent;
    });
    expect(shown).toBe(article.text);
    // Each highlight holds its claims' sentence, with an actor of it marked.
    for (const c of events()) {
      const mark = reader.locator(`mark.reader-claim[data-claims~="${c.id}"]`);
      expect(await mark.textContent()).toContain(c.evidence);
    }
    expect(await reader.locator('mark.reader-claim .reader-actor').count()).toBeGreaterThan(0);
    await shot('reader');
    // A highlight of one claim: a click on the sentence selects that claim's edge.
    const one = events().find((c) => article.claims.filter((x) => x.start === c.start).length === 1) ?? events()[0];
    if (!one) throw new Error('the sample has no event claim');
    await reader.locator(`mark.reader-claim[data-claims~="${one.id}"]`).click();
    await expect.poll(selectedClaims).toContain(elementIdOf.get(one.id));
    // Every claim's button selects its own edge.
    const other = events().find((c) => c.id !== one.id) as TextClaim;
    await page.waitForTimeout(300);
    await reader.locator(`.claim-tag[data-claim="${other.id}"]`).click();
    await expect.poll(selectedClaims).toContain(elementIdOf.get(other.id));
    await expect.poll(() => page.locator('#details-body').textContent()).toContain(`${other.sourceName} → ${other.type} → ${other.targetName}`);
    // Escape closes it; the focus goes to the canvas, since the Details panel took the Read button's place.
    await page.keyboard.press('Escape');
    await expect.poll(() => reader.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cy');
  });

  it('opens the reader at a claim’s sentence from the edge’s details, scrolled to it and marked current', async () => {
    // The claim whose sentence is furthest into the article, so that the reader must scroll.
    const last = events().reduce((a, b) => ((b.start ?? 0) > (a.start ?? 0) ? b : a));
    const elementId = elementIdOf.get(last.id) as string;
    await page.evaluate((id) => {
      const edge = window.cy.edges().filter((e) => (e.data('claims') as string[]).includes(id));
      window.cy.elements(':selected').unselect();
      edge.select().emit('tap');
    }, elementId);
    const button = page.locator(`#details-body button.read-article[data-claim="${last.id}"]`);
    await button.click();
    const current = page.locator('#reader mark.reader-claim[aria-current="true"]');
    await current.waitFor({ timeout: 15_000 });
    expect(await current.getAttribute('data-claims')).toContain(last.id);
    expect(await current.textContent()).toContain(last.evidence);
    const inView = await page.evaluate(() => {
      const box = document.getElementById('reader-text')?.getBoundingClientRect();
      const m = document.querySelector('#reader mark[aria-current="true"]')?.getBoundingClientRect();
      return box && m ? m.top >= box.top && m.bottom <= box.bottom + 1 && m.height > 0 : false;
    });
    expect(inView, 'the sentence is scrolled into the reader').toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-claim'))).toBe(last.id);
    const scrolled = await page.locator('#reader-text').evaluate((el) => el.scrollTop);
    expect(scrolled, 'the reader scrolled to a sentence late in the article').toBeGreaterThan(0);
    await shot('reader-at-claim');
    await page.click('#reader .reader-close');
    await expect.poll(() => page.locator('#reader').isHidden()).toBe(true);
  });

  it('shows the article as it now stands after a correction made while the reader is open', async () => {
    // An event claim alone on its edge, so that its edge's details have one Reject button.
    const perEdge = new Map<string, number>();
    for (const c of events()) perEdge.set(`${c.sourceName}|${c.type}|${c.targetName}`, (perEdge.get(`${c.sourceName}|${c.type}|${c.targetName}`) ?? 0) + 1);
    const lone = events().find((c) => perEdge.get(`${c.sourceName}|${c.type}|${c.targetName}`) === 1);
    if (!lone) throw new Error('the sample has no edge of one claim');
    await page.click('#tab-articles');
    await page.locator(`#articles-list button.read-article[data-article="${articleId}"]`).click();
    const reader = page.locator('#reader');
    await expect.poll(() => reader.locator('.claim-tag').count(), { timeout: 15_000 }).toBe(article.claims.length);
    await page.evaluate((id) => {
      const edge = window.cy.edges().filter((e) => (e.data('claims') as string[]).includes(id));
      window.cy.elements(':selected').unselect();
      edge.select().emit('tap');
    }, elementIdOf.get(lone.id) as string);
    const details = page.locator('#details-body');
    await details.getByRole('button', { name: 'Reject claim…', exact: true }).click();
    await details.locator('form.reject-form').getByLabel('Reason').fill('checking the reader follows');
    await details.locator('form.reject-form').getByRole('button', { name: 'Reject', exact: true }).click();
    await expect.poll(() => reader.locator('.claim-tag').count(), { timeout: 15_000 }).toBe(article.claims.length - 1);
    expect(await reader.locator(`.claim-tag[data-claim="${lone.id}"]`).count()).toBe(0);
    expect(await reader.isVisible()).toBe(true);
    await page.click('#reader .reader-close');
    // The rejection undone through the API, so the graph is as the file found it.
    const list = await api<{ corrections: { id: string; kind: string; undoneAt: string | null }[] }>(`/corrections?article=${encodeURIComponent(articleId)}`);
    const mine = list.corrections.find((c) => c.kind === 'reject' && c.undoneAt === null);
    if (!mine) throw new Error('the rejection is listed');
    const undo = await fetch(`${server.url}/api/corrections/${encodeURIComponent(mine.id)}/undo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(undo.status).toBe(200);
  });
});
