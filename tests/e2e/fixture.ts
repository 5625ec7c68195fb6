import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { launchBrowser } from './browser.ts';

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
