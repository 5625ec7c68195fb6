import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addNote, readNotes } from '../../shared/board/notes.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { recordNotices } from '../helpers/boardAttack.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard, waitForDoc, type BoardClient } from '../helpers/yjsClient.ts';

/*
 * Issue 8, finding 3, on a really full filesystem: a small tmpfs that this test mounts (it
 * needs root, as CI runs; elsewhere it is skipped with this reason). Before the fix, the 30
 * notes written while the disk was full were served to a late joiner from memory, the author's
 * later notes could never be applied by anyone else, and after a restart all were gone.
 */

const local: ChangeOrigin = { kind: 'local' };

function mountTmpfs(): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'werkbord-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=6m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

/** Writes a file until the filesystem is full; returns its path. */
function fillUp(dir: string): string {
  const path = join(dir, 'filler');
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
  } finally {
    closeSync(fd);
  }
  return path;
}

const mount = mountTmpfs();
let server: TestServer | undefined;
const boards: BoardClient[] = [];

afterEach(async () => {
  for (const b of boards.splice(0)) b.destroy();
  await server?.close();
  if (mount) {
    execFileSync('umount', [mount]);
    rmSync(mount, { recursive: true, force: true });
  }
});

describe('finding 3: a full disk loses nothing and splits nobody', () => {
  it.skipIf(mount === null)('queues in order, says so, serves only what is stored, then stores and sends everything', async () => {
    const dataDir = join(mount!, 'data');
    server = await startTestServer({ DATA_DIR: dataDir });
    const workshop: WorkshopCreated = await server.createWorkshop('Volle schijf', ['Groep A']);
    const groupId = workshop.groups[0]!.id;
    const open = async (): Promise<BoardClient> => {
      const b = connectBoard(server!.wsUrl, workshop.id, groupId, workshop.tokens.participants[groupId]);
      boards.push(b);
      await b.synced;
      return b;
    };
    const texts = (b: BoardClient) => readNotes(b.doc).map((n) => n.text);
    const writer = await open();
    const peer = await open();
    const writerNotices = recordNotices(writer);
    const serverDoc = (await server.docs.peek(`${workshop.id}/${groupId}`))!;

    const filler = fillUp(mount!);
    for (let i = 0; i < 30; i++) addNote(writer.doc, { x: i, y: 0, text: `vol ${i}` }, local);
    await writerNotices.waitFor((n) => n.kind === 'storage' && n.state === 'failing');
    await waitForDoc(serverDoc.doc, (d) => readNotes(d).length === 30);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(503);
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'degraded', reason: 'storage' });
    // Nothing unstored reached anyone: not the peer, not a late joiner.
    expect(texts(peer)).toEqual([]);
    const late = await open();
    const lateNotices = recordNotices(late);
    expect(texts(late)).toEqual([]);

    unlinkSync(filler);
    await writerNotices.waitFor((n) => n.kind === 'storage' && n.state === 'ok');
    await lateNotices.waitFor((n) => n.kind === 'storage' && n.state === 'ok');
    await waitForDoc(peer.doc, (d) => readNotes(d).length === 30);
    await waitForDoc(late.doc, (d) => readNotes(d).length === 30);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    // No divergence: the author's next note reaches everyone.
    addNote(writer.doc, { x: 0, y: 1, text: 'daarna' }, local);
    await waitForDoc(peer.doc, (d) => readNotes(d).length === 31);

    // And everything is on disk: a restart serves all 31.
    for (const b of boards.splice(0)) b.destroy();
    await server.close();
    server = await startTestServer({ DATA_DIR: dataDir });
    const reader = await open();
    expect(texts(reader).sort()).toEqual([...Array.from({ length: 30 }, (_, i) => `vol ${i}`), 'daarna'].sort());
  });
});
