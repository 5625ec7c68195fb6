import v8 from 'node:v8';

/*
 * Keeps V8's young generation at its start size while the server starts.
 *
 * Starting (modules, schemas, the demo) allocates ~15 MiB that nearly all survives, and after
 * each scavenge that sees more survive than the young generation holds, V8 doubles it: 1 → 16
 * MiB a semi-space within the first 0.4 s, ~6 MiB more resident than the server ever uses
 * while idle, kept until a collection sees a low allocation rate (~8-10 s later). With V8's
 * growth factor set to 1 while starting, it cannot grow; the factor is read at each growth,
 * so setting it back to V8's default once the server is up (release) leaves the young
 * generation free to grow under load as before. `--max-semi-space-size` would cap it for good
 * and costs CPU under load (docs/benchmarks.md, "Third round"); this costs the start a few
 * more, smaller scavenges.
 */

const FLAG = '--semi-space-growth-factor';
/** V8's default (`node --v8-options`), the same in V8 11 to 13. */
const V8_DEFAULT_GROWTH_FACTOR = 2;
let held = false;

/** A growth factor given on the command line is the operator's: left alone. */
function setByOperator(): boolean {
  return process.execArgv.some((arg) => arg.startsWith(FLAG) || arg.startsWith('--semi_space_growth_factor'));
}

/** Call first, before the server's modules are loaded (server/main.ts imports them after). */
export function holdYoungGeneration(): void {
  if (held || setByOperator()) return;
  v8.setFlagsFromString(`${FLAG}=1`);
  held = true;
}

/** Once started: the young generation grows again as V8 sees fit. */
export function releaseYoungGeneration(): void {
  if (!held) return;
  v8.setFlagsFromString(`${FLAG}=${V8_DEFAULT_GROWTH_FACTOR}`);
  held = false;
}
