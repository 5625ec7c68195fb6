import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readBoard } from '../../shared/board/readBoard.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import { applyTemplate } from '../../shared/board/templates.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard, waitForDoc } from '../helpers/yjsClient.ts';
import { launchBrowser } from './browser.ts';
import { OutlinePage } from './pages/OutlinePage.ts';

export interface E2E {
  server: TestServer;
  browser: Browser;
  /** A fresh browser context (own storage, like another laptop) with one page. */
  newPage(options?: { locale?: string }): Promise<{ context: BrowserContext; page: Page }>;
  /** Closes every context opened since the last call (use in afterEach). */
  closeContexts(): Promise<void>;
  /** Closes contexts, browser and server (use in afterAll). */
  close(): Promise<void>;
}

/**
 * The usual life of a test file's e2e world, registered in one call: started before the
 * file's tests, each test's browser contexts closed after it, everything closed at the end.
 * The handle forwards to the world once it runs (inside tests and hooks).
 */
export function useE2E(): E2E {
  let started: E2E | undefined;
  const world = (): E2E => {
    if (!started) throw new Error('the e2e world is used before beforeAll started it');
    return started;
  };
  beforeAll(async () => {
    started = await startE2E();
  });
  afterEach(async () => {
    await started?.closeContexts();
  });
  afterAll(async () => {
    await started?.close();
  });
  return {
    get server() { return world().server; },
    get browser() { return world().browser; },
    newPage: (options) => world().newPage(options),
    closeContexts: () => world().closeContexts(),
    close: () => world().close(),
  };
}

/**
 * One real server (in-process, port 0, temporary data folder) and one headless Chromium for a
 * test file. The server serves dist/client, so the client must be built first.
 */
export async function startE2E(): Promise<E2E> {
  if (!existsSync(join(process.cwd(), 'dist/client/index.html'))) {
    throw new Error('dist/client is missing: run "npx vite build" before the e2e tests');
  }
  const server = await startTestServer();
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (err) {
    await server.close();
    throw err;
  }
  const contexts: BrowserContext[] = [];
  const closeContexts = async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => undefined)));
  };
  return {
    server,
    browser,
    async newPage({ locale = 'nl-NL' } = {}) {
      // Pages are built from a context (not browser.newPage()): axe needs it, and each context
      // is an isolated "laptop" with its own storage.
      const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
      contexts.push(context);
      const page = await context.newPage();
      return { context, page };
    },
    closeContexts,
    async close() {
      await closeContexts();
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}

/** A workshop of one group whose board has the workshop template, set up as a facilitator would. */
export async function workshopWithTemplate(e2e: E2E, title: string, caseText?: string): Promise<{ workshop: WorkshopCreated; groupId: string; link: string }> {
  const workshop = await e2e.server.createWorkshop(title, ['Groep 1']);
  const groupId = workshop.groups[0]!.id;
  const facilitator = connectBoard(e2e.server.wsUrl, workshop.id, groupId, workshop.tokens.facilitator);
  try {
    await facilitator.synced;
    const origin: ChangeOrigin = { kind: 'local' };
    applyTemplate(facilitator.doc, 'workshop', caseText === undefined ? {} : { caseText }, origin);
    // Stored once a second client loads it from the server.
    const check = connectBoard(e2e.server.wsUrl, workshop.id, groupId, workshop.tokens.facilitator);
    await waitForDoc(check.doc, (d) => readBoard(d).sections.length === 4);
    check.destroy();
  } finally {
    facilitator.destroy();
  }
  return { workshop, groupId, link: workshop.links.groups[groupId]! };
}

/** Two participants' laptops (A: Anna, B: Bram) on one templated board, in the list view. */
export interface BoardForTwo {
  workshop: WorkshopCreated;
  groupId: string;
  link: string;
  a: { context: BrowserContext; page: Page };
  b: { context: BrowserContext; page: Page };
  anna: OutlinePage;
  bram: OutlinePage;
  /** Opens the board on both laptops (A first); a test may route A's or B's traffic before. */
  open(): Promise<void>;
}

/** The workshop of `workshopWithTemplate` with two participants ready to open its board. */
export async function boardForTwo(e2e: E2E, title: string, caseText?: string): Promise<BoardForTwo> {
  const { workshop, groupId, link } = await workshopWithTemplate(e2e, title, caseText);
  const a = await e2e.newPage();
  const b = await e2e.newPage();
  await OutlinePage.preferOutline(a.context);
  await OutlinePage.preferOutline(b.context);
  const anna = new OutlinePage(a.page);
  const bram = new OutlinePage(b.page);
  return {
    workshop, groupId, link, a, b, anna, bram,
    async open() {
      await anna.goto(link);
      await bram.goto(link);
    },
  };
}
