import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Playwright's own Chromium, if one was downloaded before. */
function playwrightChromium(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core') as typeof import('playwright-core');
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** A Chromium or Chrome to drive: `CHROME_PATH`, a system install, or Playwright's download. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p)) ?? playwrightChromium();
}

function tryRun(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
}

/**
 * Finds a Chromium, installing one when there is none: with apt-get on Debian/Ubuntu as root,
 * else with Playwright's own download. Throws one line naming the command to run if both fail.
 */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    process.stdout.write('No Chromium found: installing it with apt-get…\n');
    if (tryRun('apt-get', ['update']) && tryRun('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'])) {
      const installed = findChromium();
      if (installed) return installed;
    }
  }
  process.stdout.write('No Chromium found: trying Playwright\'s download…\n');
  if (tryRun(process.execPath, [createRequire(import.meta.url).resolve('playwright-core/cli'), 'install', 'chromium'])) {
    const downloaded = findChromium();
    if (downloaded) return downloaded;
  }
  const hint = hasApt ? 'sudo apt-get install -y chromium' : 'npx playwright-core install chromium';
  throw new Error(`No Chromium or Chrome found and none could be installed: run "${hint}" or set CHROME_PATH.`);
}

export function chromiumVersion(path: string): string {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown version';
  }
}
