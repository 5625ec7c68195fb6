import { useEffect, useRef } from 'react';
import { useLatest } from '../../hooks/useLatest.ts';
import { openingCamera } from './openingView.ts';
import type { CanvasRuntime } from './useCanvasRuntime.ts';

/**
 * The first view: the whole board (at most 100 %; one section on a phone, see openingView),
 * or 100 % at its middle. A board that is empty when it is first shown (e.g. this browser's
 * copy of a board never opened here, before the server's copy arrived) shows its origin near
 * the top-left corner, and still gets the opening view once the first sync brings content,
 * unless the person moved the view.
 */
export function useCameraSetup(rt: CanvasRuntime | null, loaded: boolean, synced: boolean, initial: 'fit' | 'one'): void {
  const state = useRef<{ rt: CanvasRuntime | null; placed: boolean; done: boolean; moved: boolean }>({
    rt: null, placed: false, done: false, moved: false,
  });
  useEffect(() => {
    if (!rt) return;
    if (state.current.rt !== rt) state.current = { rt, placed: false, done: false, moved: false };
    return rt.engine.onCamera((_cam, byUser) => {
      if (byUser) state.current.moved = true;
    });
  }, [rt]);
  useEffect(() => {
    const s = state.current;
    if (!rt || s.rt !== rt || s.done || !loaded) return;
    const { engine, scene } = rt;
    const bounds = scene.contentBounds();
    if (bounds && !s.moved) {
      if (initial === 'one') engine.setCamera({ x: bounds.x + bounds.w / 2, y: bounds.y + bounds.h / 2, z: 1 }, false);
      else engine.setCamera(openingCamera(scene, engine.view), false);
      s.done = true;
      return;
    }
    if (!s.placed) {
      engine.setCamera({ x: engine.view.w / 2 - 40, y: engine.view.h / 2 - 40, z: 1 }, false);
      s.placed = true;
    }
    if (synced) s.done = true;
  }, [rt, loaded, synced, initial]);
  // The page may still be settling after that first view: the session drawer opens beside the
  // board a moment later and narrows it (issue 10), which would cut the whole-board view on both
  // sides. Until the person moves the view, the opening view follows the size (a phone's
  // message opened with "Meer" makes the canvas lower).
  useEffect(() => {
    if (!rt || initial !== 'fit') return;
    const { engine, scene } = rt;
    let size = `${engine.view.w}×${engine.view.h}`;
    let moved = false;
    const offCamera = engine.onCamera((_cam, byUser) => {
      if (byUser && state.current.done) moved = true;
    });
    const offDraw = engine.onDraw(() => {
      const now = `${engine.view.w}×${engine.view.h}`;
      if (now === size) return;
      size = now;
      if (!moved && state.current.rt === rt && state.current.done && scene.contentBounds()) engine.setCamera(openingCamera(scene, engine.view), false);
    });
    return () => {
      offCamera();
      offDraw();
    };
  }, [rt, initial]);
}

/**
 * Follows another person's view (their awareness `camera`) until they leave or this person
 * pans or zooms themselves.
 */
export function useFollow(rt: CanvasRuntime | null, clientId: number | null, onEnd: (() => void) | undefined): void {
  const endRef = useLatest(onEnd);
  useEffect(() => {
    const presence = rt?.presence;
    if (!rt || !presence || clientId === null) return;
    const update = () => {
      if (!presence.has(clientId)) return endRef.current?.();
      const cam = presence.cameraOf(clientId);
      if (cam) rt.engine.follow(cam);
    };
    update();
    const offPeers = presence.subscribe(update);
    const offCamera = rt.engine.onCamera((_cam, byUser) => {
      if (byUser) endRef.current?.();
    });
    return () => {
      offPeers();
      offCamera();
      rt.engine.follow(null);
    };
  }, [rt, clientId, endRef]);
}
