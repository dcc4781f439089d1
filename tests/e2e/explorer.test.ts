// End to end: the real server (with the sample article loaded into the test
// run's Neo4j) serves the built client; real Chromium opens it and finds the
// Cytoscape canvas with Iran and Albania joined by ATTACKED.
import type { Core } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { REPO_ROOT, startServer, type RunningServer } from '../support/run-server.ts';

const SHOTS = path.join(REPO_ROOT, 'test-results/screenshots');

describe('the explorer page', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer({ NEO4J_URI: inject('neo4jUri'), DATA_DIR: path.join(inject('neo4jDataDir'), 'app') });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('draws the sample graph on a Cytoscape canvas', async () => {
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    expect(await page.locator('#cy canvas').count()).toBeGreaterThan(0);
    const attacked = await page.evaluate(() => {
      const cy = (window as unknown as { cy: Core }).cy;
      return cy.edges('[type = "ATTACKED"]').map((e) => `${String(e.source().data('label'))}->${String(e.target().data('label'))}`);
    });
    expect(attacked).toContain('Iran->Albania');
    await page.screenshot({ path: path.join(SHOTS, 'overview.png') });
  });
});
