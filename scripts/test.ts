import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { ensureChromium } from './browser.ts';

/**
 * `npm test`: typecheck, lint, build the client, find (or install) a browser, then run every vitest
 * project (unit, integration, e2e). Ends with the plain line "N passed, N failed" for CI.
 */
function run(step: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  process.stdout.write(`\n▶ ${step}\n`);
  return spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;
}

const bin = (name: string) => `node_modules/.bin/${name}`;
const report = '.tmp/vitest-report.json';
mkdirSync('.tmp', { recursive: true });

let chromePath: string;
try {
  chromePath = ensureChromium();
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.stdout.write('0 passed, 1 failed\n');
  process.exit(1);
}

if (run('typecheck', bin('tsc'), ['-p', 'tsconfig.json']) !== 0 || run('typecheck client', bin('tsc'), ['-p', 'client/tsconfig.json']) !== 0) {
  process.stdout.write('0 passed, 1 failed\n');
  process.exit(1);
}
if (run('lint', bin('eslint'), ['.', '--max-warnings', '0']) !== 0) {
  process.stdout.write('0 passed, 1 failed\n');
  process.exit(1);
}
if (run('build client', bin('vite'), ['build', '--logLevel', 'warn']) !== 0) {
  process.stdout.write('0 passed, 1 failed\n');
  process.exit(1);
}
const status = run('tests', bin('vitest'), [
  'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2),
], { ...process.env, CHROME_PATH: chromePath });

let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed = json.numPassedTests;
  failed = json.numFailedTests;
} catch {
  failed = Math.max(1, failed);
}
if (status !== 0 && failed === 0) failed = 1;
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
