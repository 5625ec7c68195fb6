/** The scenarios of `npm run bench:sync` (docs/benchmarks.md). */

export interface EditLoad {
  rooms: number;
  perRoom: number;
  /** Edits per second per laptop. */
  rate: number;
}

export interface Scenario {
  id: string;
  title: string;
  load: EditLoad;
  /** Notes written into every board before the laptops join (0: empty boards). */
  seedNotes?: number;
  /** Late joiners timed into board 0 before the laptops join. */
  lateJoins?: number;
  /** The laptops join spread over this many milliseconds (a storm); by default over ~5 ms each. */
  joinSpreadMs?: number;
  /** No editing: only joining is measured. */
  joinOnly?: boolean;
  /**
   * Laptops per room that are stock providers; the others are light laptops (lightLaptop.ts).
   * Unset: every laptop is a provider.
   */
  fullPerRoom?: number;
}

export const SCENARIOS: Scenario[] = [
  { id: '40x8', title: '40 rooms × 8 laptops × 1 edit/s', load: { rooms: 40, perRoom: 8, rate: 1 } },
  { id: '10x10x5', title: '10 rooms × 10 laptops × 5 edits/s (empty boards)', load: { rooms: 10, perRoom: 10, rate: 5 } },
  { id: '1x100', title: '1 room × 100 laptops × 1 edit/s', load: { rooms: 1, perRoom: 100, rate: 1 } },
  {
    id: 'board2000',
    title: '10 rooms × 10 laptops × 5 edits/s on 2,000-note boards (compare 10x10x5)',
    load: { rooms: 10, perRoom: 10, rate: 5 },
    seedNotes: 2000,
  },
  {
    id: 'latejoin',
    title: 'late joiner into a 2,000-note board (idle server)',
    load: { rooms: 1, perRoom: 0, rate: 1 },
    seedNotes: 2000,
    lateJoins: 25,
    joinOnly: true,
  },
  {
    id: 'storm',
    title: 'storm: 300 laptops (30 rooms × 10) joining within 10 s, each adding its note',
    load: { rooms: 30, perRoom: 10, rate: 1 },
    joinSpreadMs: 10_000,
    joinOnly: true,
  },
];

/**
 * The knee: 10 laptops per room at 2 edits/s, more rooms each step (100 rooms: the issue's
 * 2,000 edits/s). One laptop per room is a stock provider, the other nine are light laptops.
 */
export const KNEE_ROOMS = [20, 40, 60, 80, 100, 120, 150, 200, 250, 300];
export const KNEE_LOAD = { perRoom: 10, rate: 2 } as const;
export const KNEE_FULL_PER_ROOM = 1;
/** The step of the target (100 rooms × 10 × 2/s). */
export const KNEE_TARGET_ROOMS = 100;
/** A step fails past this p99 (ms) or with any loss. */
export const KNEE_P99_MS = 100;
/** Generator load (cores) from which a step's latencies are the generator's as much as the server's. */
export const GENERATOR_BOUND = 0.85;
