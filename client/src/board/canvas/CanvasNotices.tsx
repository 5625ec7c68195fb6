import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { CanvasRuntime } from './useCanvasRuntime.ts';
import { useSceneVersion } from './useSceneVersion.ts';

const LIMIT_NOTICE_MS = 8000;

/**
 * A board limit was reached: said at once to screen readers (role=alert) and shown on the
 * board until dismissed or for a few seconds. `n` counts repeats so that the same message
 * twice is shown (and heard) twice.
 */
export function LimitNotice({ message, onDismiss }: { message: { text: string; n: number } | null; onDismiss: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(onDismiss, LIMIT_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [message, onDismiss]);
  if (!message) return null;
  return (
    <div className="canvas-notice" role="alert" key={message.n}>
      <span>{message.text}</span>
      <button type="button" className="canvas-notice__close" onClick={onDismiss}>
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">{t('canvas.limits.dismiss')}</span>
      </button>
    </div>
  );
}

/** "Je volgt Anna — Stop met volgen", in Anna's colour. */
export function FollowBanner({ rt, clientId, onStop }: { rt: CanvasRuntime; clientId: number; onStop?: () => void }) {
  const { t } = useTranslation();
  const peers = useSyncExternalStore((cb) => rt.engine.onDraw(cb), () => rt.engine.overlay.peers);
  const peer = peers.find((p) => p.clientId === clientId);
  if (!peer) return null;
  return (
    <div className="canvas-follow" style={{ borderColor: peer.color }}>
      <span>{t('canvas.follow.following', { name: peer.name })}</span>
      <button type="button" className="button button--small" onClick={onStop}>{t('canvas.follow.stop')}</button>
    </div>
  );
}

/** What to do on an empty board, and the workshop layout at one click; gone once anything is on it. */
export function EmptyHint({ rt, editable }: { rt: CanvasRuntime; editable: boolean }) {
  const { t } = useTranslation();
  useSceneVersion(rt.scene, 100);
  if (rt.scene.size > 0) return null;
  if (!editable) return <p className="canvas-board__overlay">{t('canvas.emptyReadOnly')}</p>;
  return (
    <div className="canvas-board__overlay canvas-board__overlay--empty">
      <p>{t('canvas.empty')}</p>
      <button
        type="button" className="button button--secondary button--small"
        onClick={() => {
          if (rt.actions.applyTemplate()) requestAnimationFrame(() => rt.engine.zoomToFit());
        }}
      >
        {t('canvas.applyTemplate')}
      </button>
    </div>
  );
}

/**
 * "Pijl vanaf <item>: Tab naar het doel, Enter" while an arrow is made by keyboard. Not a live
 * region: starting the arrow is announced once already; this keeps the step in sight.
 */
export function ArrowBanner({ from, onCancel }: { from: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="canvas-follow canvas-arrow-banner">
      <span>{t('canvas.connect.banner', { name: from })}</span>
      <button type="button" className="button button--small" onClick={onCancel}>{t('canvas.connect.cancel')}</button>
    </div>
  );
}
