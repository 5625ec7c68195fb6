import type { RotateInput } from '../../shared/schemas/organiser.ts';
import { disconnectTokens } from '../control/revokedSockets.ts';
import type { ControlServer } from '../control/controlServer.ts';
import type { Logger } from '../logger.ts';
import type { Storage } from '../storage/Storage.ts';
import type { SocketRegistry } from '../yjs/socketRegistry.ts';
import type { RevokedTokens } from './revokedTokens.ts';
import { planRotation, type RotationPlan } from './rotationPlan.ts';
import { hashToken } from './tokens.ts';

/** The organiser token of the request is no longer the workshop's (rotated meanwhile). */
export class StaleTokenError extends Error {
  constructor() {
    super('the organiser token was rotated meanwhile');
    this.name = 'StaleTokenError';
  }
}

export interface LinkRotationDeps {
  storage: Storage;
  log: Logger;
  revoked: RevokedTokens;
  /** Open board sockets by token hash. */
  boards: SocketRegistry;
  /** The control channel; a function, since it exists only once the HTTP server does. */
  control: () => ControlServer;
  /** Tells the other processes (REDIS_URL) to close their board sockets of these hashes. */
  announce?: ((workshopId: string, hashes: readonly string[]) => void) | undefined;
}

/**
 * Rotating links (docs/api.md, "Rotating links"): store the new token hashes (the old ones stop
 * resolving at once), then close every socket that still uses an old token, on both channels.
 * Rotations of one workshop run one at a time: two at once would each derive from the family
 * the other is replacing, and store a chain that no longer derives from its own parent.
 */
export function createLinkRotation({ storage, log, revoked, boards, control, announce }: LinkRotationDeps) {
  const queues = new Map<string, Promise<unknown>>();

  async function rotateNow(workshopId: string, organiser: string, target: RotateInput): Promise<RotationPlan> {
    const current = await storage.listTokens(workshopId);
    if (current.find((r) => r.role === 'organiser')?.hash !== hashToken(organiser)) throw new StaleTokenError();
    const groups = await storage.listGroups(workshopId);
    const plan = planRotation(workshopId, organiser, current, groups.map((g) => g.id), target);
    await storage.replaceTokens(workshopId, plan.records);
    revoked.add(plan.revoked);
    const boardSockets = boards.closeTokens(plan.revoked);
    announce?.(workshopId, plan.revoked);
    const controlSockets = await disconnectTokens(control(), workshopId, plan.revoked);
    // Roles and counts only: never a token or a hash.
    log.info({ workshopId, rotated: plan.rotated.length, boardSockets, controlSockets, role: target.role }, 'links rotated');
    return plan;
  }

  return {
    /** Rotates `target`'s link with the (current) organiser token; resolves once the old sockets are closed. */
    rotate(workshopId: string, organiser: string, target: RotateInput): Promise<RotationPlan> {
      const run = (queues.get(workshopId) ?? Promise.resolve()).catch(() => undefined)
        .then(() => rotateNow(workshopId, organiser, target));
      queues.set(workshopId, run);
      void run.finally(() => {
        if (queues.get(workshopId) === run) queues.delete(workshopId);
      }).catch(() => undefined);
      return run;
    },
  };
}

export type LinkRotation = ReturnType<typeof createLinkRotation>;
