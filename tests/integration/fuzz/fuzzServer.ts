import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkshopCreated } from '../../../shared/schemas/workshop.ts';
import { startChildServer, type ChildServer } from '../../helpers/childServer.ts';

/** One board of the fuzz: a group of its own, and the tokens to open it. */
export interface FuzzBoard {
  workshopId: string;
  groupId: string;
  participant: string;
  facilitator: string;
}

/** Floods of joins and reconnects are the point here: the rate limits must not get in the way. */
const GENEROUS = {
  RATE_LIMIT_JOIN_PER_MIN: '1000000',
  RATE_LIMIT_CREATE_PER_MIN: '1000000',
  RATE_LIMIT_AUTH_FAILURES_PER_MIN: '1000000',
};

/**
 * The server as a child process on one data folder, restarted on the same port after a
 * kill -9 so that the clients' providers (whose URL is fixed) reconnect by themselves.
 */
export class FuzzServer {
  private constructor(private current: ChildServer, readonly dataDir: string, readonly port: string) {}
  private boards: FuzzBoard[] = [];

  static async start(): Promise<FuzzServer> {
    const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-fuzz-'));
    const first = await startChildServer(dataDir, GENEROUS);
    return new FuzzServer(first, dataDir, new URL(first.url).port);
  }

  get wsUrl(): string {
    return this.current.wsUrl;
  }

  /** A board nobody used yet (24 groups per workshop, the most one may have). */
  async freshBoard(): Promise<FuzzBoard> {
    if (this.boards.length === 0) {
      const res = await fetch(`${this.current.url}/api/workshops`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Fuzz', groups: Array.from({ length: 24 }, (_, i) => `Groep ${i + 1}`), template: 'blank' }),
      });
      if (res.status !== 201) throw new Error(`create workshop: ${res.status} ${await res.text()}`);
      const w = (await res.json()) as WorkshopCreated;
      this.boards = w.groups.map((g) => ({
        workshopId: w.id, groupId: g.id, participant: w.tokens.participants[g.id]!, facilitator: w.tokens.facilitator,
      }));
    }
    return this.boards.shift()!;
  }

  /** kill -9, then a new process on the same data folder and port. */
  async killAndRestart(): Promise<void> {
    this.current.child.kill('SIGKILL');
    await this.current.exited;
    this.current = await startChildServer(this.dataDir, { ...GENEROUS, PORT: this.port });
  }

  /** Makes sure a server runs (a failed seed may have left it down). */
  async ensureRunning(): Promise<void> {
    if (this.current.child.exitCode !== null || this.current.child.signalCode !== null) {
      this.current = await startChildServer(this.dataDir, { ...GENEROUS, PORT: this.port });
    }
  }

  async stop(): Promise<void> {
    this.current.child.kill('SIGKILL');
    await this.current.exited;
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
