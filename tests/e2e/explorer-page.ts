// Helpers that drive the explorer page as a user would (click an element on
// the canvas, wait for the view to settle, take a download) and read the
// canvas state through `window.cy`.
import type { Core } from 'cytoscape';
import type { Download, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../support/run-server.ts';

export const SHOTS = path.join(REPO_ROOT, 'test-results/screenshots');
export const DOWNLOADS = path.join(REPO_ROOT, 'test-results/downloads');

declare global {
  interface Window {
    cy: Core;
  }
}

export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
}

/** Waits until no request is in flight (the progress bar is hidden). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.body.hasAttribute('aria-busy'), undefined, { timeout: 30_000 });
  await page.waitForTimeout(150);
}

/** The page coordinates of an element of the canvas (a node's centre, an edge's midpoint). */
async function pointOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  return page.evaluate((sel) => {
    const ele = window.cy.$(sel).first();
    if (ele.empty()) throw new Error(`nothing on the canvas matches ${sel}`);
    window.cy.center(ele);
    const p = ele.isNode() ? ele.renderedPosition() : ele.renderedMidpoint();
    const box = document.getElementById('cy')?.getBoundingClientRect() ?? { left: 0, top: 0 };
    // NOTE: a few pixels right of a node's centre: Cytoscape 3.35 finds no diamond (a Group) on its vertical centre line.
    return { x: box.left + p.x + (ele.isNode() ? 3 : 0), y: box.top + p.y };
  }, selector);
}

export async function clickOnCanvas(page: Page, selector: string, options: { button?: 'left' | 'right'; clickCount?: number; modifiers?: ('Shift' | 'Control')[] } = {}): Promise<void> {
  const p = await pointOf(page, selector);
  for (const m of options.modifiers ?? []) await page.keyboard.down(m);
  await page.mouse.click(p.x, p.y, { button: options.button ?? 'left', clickCount: options.clickCount ?? 1 });
  for (const m of options.modifiers ?? []) await page.keyboard.up(m);
}

export async function nodeIdOf(page: Page, label: string): Promise<string> {
  return page.evaluate((l) => window.cy.nodes().filter((n) => n.data('label') === l).first().id(), label);
}

/** Ids of what is drawn and not hidden or filtered, sorted. */
export async function shownIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.cy.elements().not('.hidden, .filtered').map((e) => e.id()).sort());
}

/** Clicks a button that starts a download and returns the file's name and bytes. */
export async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer; download: Download }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  const file = path.join(DOWNLOADS, d.suggestedFilename());
  await d.saveAs(file);
  return { name: d.suggestedFilename(), bytes: readFileSync(file), download: d };
}

/**
 * What is drawn, by actor ids rather than element ids (which a merge or a
 * split undone gives anew): "key name (kind)" per shown actor and "source
 * -TYPE×n-> target" per shown edge, sorted.
 */
export async function drawnGraph(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shown = window.cy.elements().not('.hidden, .filtered');
    const key = (n: { data(k: string): unknown }) => String(n.data('key'));
    return [
      ...shown.nodes().map((n) => `${key(n)} ${String(n.data('label'))} (${String(n.data('kind'))})`),
      ...shown.edges().map((e) => `${key(e.source())} -${String(e.data('type'))}×${(e.data('claims') as string[]).length}-> ${key(e.target())}`),
    ].sort();
  });
}

/** The drawn node of an actor id (`data.key`), or null. */
export async function nodeOfKey(page: Page, key: string): Promise<{ id: string; label: string; kind: string | null } | null> {
  return page.evaluate((k) => {
    const n = window.cy.nodes().filter((x) => x.data('key') === k);
    return n.empty() ? null : { id: n.first().id(), label: String(n.first().data('label')), kind: (n.first().data('kind') as string | null) ?? null };
  }, key);
}
