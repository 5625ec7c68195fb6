import type { Awareness } from 'y-protocols/awareness';
import type { Point } from '../../../../shared/board/views.ts';
import { parseCamera, type Camera } from './camera.ts';
import type { CanvasEngine } from './CanvasEngine.ts';
import type { PeerView } from './drawOverlay.ts';
import { readPresenceUsers, type PresenceRole } from '../presenceUsers.ts';

const CURSOR_MS = 50;
const CAMERA_MS = 200;

/** Awareness fields the canvas publishes (presence is never stored in the document). */
export interface CanvasAwareness {
  /** The pointer in board coordinates, or null when it is off the board. */
  cursor?: Point | null;
  /** The item whose text this person is typing in. */
  editing?: string | null;
  /** What this person looks at (see Camera): lets others follow them. */
  camera?: Camera;
}

/** Runs fn at most every `ms`, always ending with the latest value. */
function throttle<T>(ms: number, fn: (v: T) => void): { call(v: T): void; cancel(): void } {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: { v: T } | null = null;
  const run = () => {
    timer = undefined;
    last = performance.now();
    if (pending) fn(pending.v);
    pending = null;
  };
  return {
    call(v: T) {
      pending = { v };
      if (timer) return;
      const wait = Math.max(0, ms - (performance.now() - last));
      timer = setTimeout(run, wait);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      pending = null;
    },
  };
}

const finite = (p: unknown): Point | null => {
  if (!p || typeof p !== 'object') return null;
  const { x, y } = p as Record<string, unknown>;
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null;
};

/**
 * The canvas's side of presence: publishes this person's pointer, camera and the item they
 * edit (throttled: every awareness change goes to everyone on the board), and feeds the other
 * people's pointers and editing marks to the engine's overlay.
 */
export class CanvasPresence {
  private readonly cursor = throttle<Point | null>(CURSOR_MS, (v) => this.publish('cursor', v));
  private readonly camera = throttle<Camera>(CAMERA_MS, (v) => this.publish('camera', v));
  private readonly offCamera: () => void;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly awareness: Awareness,
    private readonly engine: CanvasEngine,
    /** The name shown for someone who gave none: their role label, or "Anoniem". */
    private readonly unnamed: (role: PresenceRole | null) => string,
  ) {
    awareness.on('change', this.onChange);
    this.offCamera = engine.onCamera((cam) => this.camera.call(cam));
    this.camera.call(engine.camera);
    this.onChange();
  }

  destroy(): void {
    this.awareness.off('change', this.onChange);
    this.listeners.clear();
    this.offCamera();
    this.cursor.cancel();
    this.camera.cancel();
    this.publish('cursor', null);
    this.publish('editing', null);
  }

  /** Calls `listener` whenever someone's presence changed. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Whether a client is (still) on the board. */
  has(clientId: number): boolean {
    return this.awareness.getStates().has(clientId);
  }

  setCursor(p: Point | null): void {
    this.cursor.call(p ? { x: Math.round(p.x), y: Math.round(p.y) } : null);
  }

  setEditing(id: string | null): void {
    this.publish('editing', id);
  }

  /** The camera another person last published, or null. */
  cameraOf(clientId: number): Camera | null {
    const state = this.awareness.getStates().get(clientId) as CanvasAwareness | undefined;
    return parseCamera(state?.camera);
  }

  private publish<K extends keyof CanvasAwareness>(key: K, value: CanvasAwareness[K]): void {
    // Read-only viewers have no local state and announce nothing (setLocalStateField is a no-op then).
    if (this.awareness.getLocalState() === null) return;
    this.awareness.setLocalStateField(key, value);
  }

  private onChange = (): void => {
    const peers: PeerView[] = [];
    for (const user of readPresenceUsers(this.awareness)) {
      if (user.self) continue;
      const state = user.state as CanvasAwareness;
      const name = user.name || this.unnamed(user.role);
      const editing = typeof state.editing === 'string' ? state.editing : null;
      peers.push({ clientId: user.clientId, name, color: user.color, cursor: finite(state.cursor), editing });
    }
    this.engine.overlay.peers = peers;
    this.engine.invalidate();
    for (const l of this.listeners) l();
  };
}
