import { useCallback, useMemo } from 'react';
import { buildBenchDoc } from '../board/canvas/bench/benchDoc.ts';
import type { Camera } from '../board/canvas/camera.ts';
import { CanvasBoard } from '../board/canvas/CanvasBoard.tsx';
import type { CanvasRuntime } from '../board/canvas/useCanvasRuntime.ts';

/** What `npm run bench:board` reads from the page (tests/bench/boardBench.ts). */
export interface BenchHandle {
  /** Resolves once fonts are loaded and two frames passed after the first full draw. */
  ready: Promise<void>;
  /** performance.now() when `ready` resolved (milliseconds since navigation start). */
  readyAt: number | null;
  camera(): Camera;
  /** Frames the canvas has drawn so far. */
  draws(): number;
  /** Milliseconds spent drawing them. */
  drawMs(): number;
}

declare global {
  interface Window {
    __bench?: BenchHandle;
  }
}

const count = (v: string | null, fallback: number, max: number) => {
  if (v === null || v === '') return fallback;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, max) : fallback;
};
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * `/bench/board?notes=2000&strokes=200&points=50&view=fit|1`: the real canvas board on a local
 * document (no server), for the benchmark. Wheel pans, ctrl+wheel zooms, as on the real board.
 */
export function BenchBoardPage() {
  const params = useMemo(() => new URLSearchParams(location.search), []);
  const doc = useMemo(() => {
    performance.mark('bench:page');
    const built = buildBenchDoc({
    notes: count(params.get('notes'), 2000, 4500),
    strokes: count(params.get('strokes'), 200, 450),
      points: count(params.get('points'), 50, 2000),
    });
    performance.mark('bench:doc');
    return built;
  }, [params]);
  const view = params.get('view') === '1' ? 'one' : 'fit';

  const onRuntime = useCallback((rt: CanvasRuntime | null) => {
    if (!rt || window.__bench) return;
    let resolve!: () => void;
    const handle: BenchHandle = {
      ready: new Promise<void>((r) => { resolve = r; }),
      readyAt: null,
      camera: () => ({ ...rt.engine.camera }),
      draws: () => rt.engine.draws,
      drawMs: () => rt.engine.drawMs,
    };
    window.__bench = handle;
    performance.mark('bench:runtime');
    // The first full draw is the next one: the camera is set up by the effect after this one.
    const drawn = new Promise<void>((r) => {
      const off = rt.engine.onDraw(() => {
        off();
        performance.mark('bench:draw');
        r();
      });
    });
    void (async () => {
      const fontsWereReady = document.fonts.status === 'loaded';
      await drawn;
      await document.fonts.ready;
      // A font that arrived after that draw changes the text: draw once more with it.
      if (!fontsWereReady) {
        await new Promise<void>((r) => {
          const off = rt.engine.onDraw(() => { off(); r(); });
          rt.engine.invalidate();
        });
      }
      await frame();
      await frame();
      handle.readyAt = performance.now();
      performance.mark('bench:ready');
      resolve();
    })();
  }, []);

  return (
    <div className="bench-board">
      <CanvasBoard doc={doc} awareness={null} editable loaded initialView={view} onRuntime={onRuntime} />
    </div>
  );
}
