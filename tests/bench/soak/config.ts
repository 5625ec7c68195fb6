import { z } from 'zod';

/** The soak's knobs, from the environment (all optional; defaults are the run). */
const Env = z.object({
  DURATION_S: z.coerce.number().positive().default(600),
  /** Not GROUPS: bash keeps that name for itself and drops `GROUPS=4 npm run …`. */
  GROUP_COUNT: z.coerce.number().int().min(1).default(40),
  CLIENTS_PER_GROUP: z.coerce.number().int().min(2).default(8),
  /** One hostile client for every this many groups (the first group of each block is attacked). */
  GROUPS_PER_HOSTILE: z.coerce.number().int().min(1).default(10),
  /** Mean time between two edits of one honest client. */
  EDIT_MEAN_MS: z.coerce.number().positive().default(4000),
  /** Time between two attacks of one hostile client. */
  ATTACK_INTERVAL_MS: z.coerce.number().positive().default(4000),
  /** Size of the oversize values (issue 8: 1.5 MB). */
  ATTACK_BYTES: z.coerce.number().int().positive().default(1_500_000),
  /**
   * Payload attacks on a board stop once an honest member has received this much: attacks
   * that get through would otherwise fill this process (eleven copies of each attacked board).
   */
  ATTACKED_BOARD_CAP_MB: z.coerce.number().positive().default(20),
  REPORT_S: z.coerce.number().positive().default(60),
});

export type SoakConfig = z.infer<typeof Env>;

export function soakConfig(env: NodeJS.ProcessEnv = process.env): SoakConfig {
  return Env.parse(env);
}
