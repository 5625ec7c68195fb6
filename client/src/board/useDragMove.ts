import { useRef, type PointerEvent as ReactPointerEvent } from 'react';

interface DragOptions {
  /** Position of the item when the drag starts. */
  origin: () => { x: number; y: number };
  /** Called at most once per animation frame while dragging, and once at the end. */
  onMove: (x: number, y: number) => void;
  onStart?: () => void;
}

/**
 * Pointer-driven dragging for one handle. Moves are throttled to animation frames: a mouse sends
 * far more events than a screen can show, and each move is a document update sent to everyone.
 */
export function useDragMove({ origin, onMove, onStart }: DragOptions) {
  const options = useRef({ origin, onMove, onStart });
  options.current = { origin, onMove, onStart };

  return (event: ReactPointerEvent<HTMLElement>) => {
    if (event.button !== 0 || !event.isPrimary) return;
    event.preventDefault();
    const handle = event.currentTarget;
    handle.setPointerCapture(event.pointerId);
    const start = options.current.origin();
    const startX = event.clientX;
    const startY = event.clientY;
    let latest = start;
    let frame = 0;
    let moved = false;
    options.current.onStart?.();

    const flush = () => {
      frame = 0;
      if (moved) options.current.onMove(latest.x, latest.y);
    };
    const onPointerMove = (e: PointerEvent) => {
      if (e.pointerId !== event.pointerId) return;
      latest = { x: start.x + e.clientX - startX, y: start.y + e.clientY - startY };
      moved = true;
      if (!frame) frame = requestAnimationFrame(flush);
    };
    const onPointerUp = (e: PointerEvent) => {
      if (e.pointerId !== event.pointerId) return;
      if (frame) cancelAnimationFrame(frame);
      flush();
      handle.removeEventListener('pointermove', onPointerMove);
      handle.removeEventListener('pointerup', onPointerUp);
      handle.removeEventListener('pointercancel', onPointerUp);
      if (handle.hasPointerCapture(e.pointerId)) handle.releasePointerCapture(e.pointerId);
    };
    handle.addEventListener('pointermove', onPointerMove);
    handle.addEventListener('pointerup', onPointerUp);
    handle.addEventListener('pointercancel', onPointerUp);
  };
}
