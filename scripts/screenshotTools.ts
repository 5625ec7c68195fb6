import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

/*
 * What `npm run screenshots` needs around the shots themselves: pages of a given size, a page
 * at rest before it is photographed, and small files (the README loads every image).
 */

export interface Viewport {
  width: number;
  height: number;
}

export const LAPTOP: Viewport = { width: 1366, height: 768 };
export const PHONE: Viewport = { width: 390, height: 844 };
export const BEAMER: Viewport = { width: 1920, height: 1080 };

/** A page in a fresh context (its own storage: another laptop), Dutch, at one CSS pixel per pixel. */
export async function newPage(browser: Browser, viewport: Viewport, options: { mobile?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport, locale: 'nl-NL', deviceScaleFactor: 1,
    ...(options.mobile ? { isMobile: true, hasTouch: true } : {}),
  });
  return context.newPage();
}

/** Waits for the fonts and two frames, with nothing focused that draws a ring or a caret. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

let pngquantMissing = false;

/**
 * Writes the page's visible area to `path`, then shrinks it with pngquant when it is installed
 * (`apt-get install pngquant`): a screenshot of flat UI colours loses nothing visible at 256
 * colours and is three to four times smaller. Without pngquant the full-colour file stays.
 */
export async function shoot(page: Page, path: string): Promise<void> {
  await page.screenshot({ path });
  const before = statSync(path).size;
  if (!pngquantMissing) {
    const run = spawnSync('pngquant', ['--force', '--skip-if-larger', '--quality=70-95', '--speed=1', '--output', path, path]);
    if (run.error) {
      pngquantMissing = true;
      process.stdout.write('pngquant not found: the screenshots stay in full colour (apt-get install pngquant makes them smaller)\n');
    }
  }
  process.stdout.write(`Wrote ${path} (${Math.round(before / 1024)} kB${statSync(path).size < before ? ` → ${Math.round(statSync(path).size / 1024)} kB` : ''})\n`);
}
