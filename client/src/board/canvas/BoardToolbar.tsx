import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VOTABLE, votesLeft } from '../../../../shared/board/votes.ts';
import { type ColorChoice } from './colorChoice.ts';
import { Icon } from './icons.tsx';
import { canChange } from './input/selectGestures.ts';
import type { ToolName } from './input/types.ts';
import type { CanvasRuntime } from './useCanvasRuntime.ts';
import { useSceneVersion } from './useSceneVersion.ts';

const TOOL_KEYS: Record<ToolName, string> = { select: 'V', text: 'T', rect: 'R', ellipse: 'O', arrow: 'A', pen: 'P', eraser: 'E' };
const TOOL_ICONS = { select: 'select', text: 'text', rect: 'rect', ellipse: 'ellipse', arrow: 'arrow', pen: 'pen', eraser: 'eraser' } as const;

interface Props {
  rt: CanvasRuntime;
  editable: boolean;
  tool: ToolName;
  onTool(tool: ToolName, viaKeyboard: boolean): void;
  onAddNote(): void;
  colors: ColorChoice;
  onColor(color: string): void;
  voterId: string | null;
  onVote(up: boolean): void;
  onDuplicate(): void;
  onDelete(): void;
  /** Mount point for controls owned elsewhere (undo/redo, the canvas/outline toggle). */
  extra?: ReactNode;
}

/** The board's toolbar: tools, "add note", colours, what to do with the selection. */
export function BoardToolbar(p: Props) {
  const { t } = useTranslation();
  const { rt } = p;
  const selection = useSyncExternalStore(rt.selection.subscribe, rt.selection.get);
  useSceneVersion(rt.scene, 100);
  const ids = [...selection];
  const changeable = p.editable && ids.length > 0 && ids.every((id) => canChange(rt.tools, id));
  const single = ids.length === 1 ? rt.scene.get(ids[0]!) : undefined;
  const votable = !!p.voterId && !!single && !single.isPrivate && VOTABLE.has(single.record.type as never);
  const left = p.voterId ? votesLeft(rt.scene.doc, p.voterId) : 0;
  // Shown only with a vote of yours on the selection: always shown, it made the toolbar a row taller on a laptop.
  const mine = votable && single ? rt.scene.myVotes(single.id) > 0 : false;
  const voteRef = useRef<HTMLButtonElement>(null);
  // A viewer (plenary screen, locked board) has nothing here: zoom sits on the canvas itself.
  if (!p.editable && !p.extra) return null;

  return (
    <div className="canvas-toolbar">
      {p.editable && (
        <>
          <div className="canvas-toolbar__group" role="group" aria-label={t('canvas.toolbar')}>
            {(Object.keys(TOOL_KEYS) as ToolName[]).map((tool) => (
              <button
                key={tool} type="button" className="tool-button" aria-pressed={p.tool === tool}
                aria-keyshortcuts={TOOL_KEYS[tool]} title={`${t(`canvas.tools.${tool}`)} (${TOOL_KEYS[tool]})`}
                onClick={(e) => p.onTool(tool, e.detail === 0)}
              >
                <Icon name={TOOL_ICONS[tool]} />
                <span className="visually-hidden">{t(`canvas.tools.${tool}`)}</span>
              </button>
            ))}
          </div>
          <button
            type="button" className="button button--primary canvas-toolbar__add" data-canvas-add-note
            aria-keyshortcuts="N" onClick={p.onAddNote}
          >
            <Icon name="note" />
            {t('canvas.addNoteShort')}<span className="visually-hidden">{t('canvas.addNoteRest')}</span>
            <kbd className="kbd" aria-hidden="true">N</kbd>
          </button>
          <div className="canvas-toolbar__group canvas-toolbar__colors" role="group" aria-label={t('canvas.colors.label')}>
            {p.colors.colors.map((c) => (
              <button
                key={c} type="button" className={`swatch swatch--${p.colors.kind}${c === 'none' ? ' swatch--none' : ''}`}
                aria-pressed={p.colors.current === c} title={t(`canvas.colors.names.${c}` as 'canvas.colors.names.yellow')}
                style={{ backgroundColor: p.colors.swatch(c) }} onClick={() => p.onColor(c)}
              >
                <span className="visually-hidden">{t('canvas.colors.choose', { name: t(`canvas.colors.names.${c}` as 'canvas.colors.names.yellow') })}</span>
              </button>
            ))}
          </div>
          <div className="canvas-toolbar__group" role="group" aria-label={t('canvas.selection.label')} data-selection-actions>
            <ToolButton icon="front" label={t('canvas.selection.bringToFront')} disabled={!changeable} onClick={() => rt.actions.bringToFront(ids)} />
            <ToolButton icon="duplicate" label={t('canvas.selection.duplicate')} keys="Control+D" disabled={!changeable} onClick={p.onDuplicate} />
            <ToolButton icon="delete" label={t('canvas.selection.delete')} keys="Delete" disabled={!changeable} onClick={p.onDelete} />
            {p.voterId && (
              <>
                <button
                  ref={voteRef} type="button" className="tool-button" disabled={!votable || left === 0}
                  title={`${t('canvas.selection.vote')} (${t('canvas.selection.votesLeft', { count: left })})`}
                  onClick={() => p.onVote(true)}
                >
                  <Icon name="vote" />
                  <span className="tool-button__badge" aria-hidden="true">{left}</span>
                  <span className="visually-hidden">{t('canvas.selection.vote')} ({t('canvas.selection.votesLeft', { count: left })})</span>
                </button>
                {mine && single && (
                  <button
                    type="button" className="tool-button" title={t('canvas.selection.unvote')}
                    onClick={() => {
                      p.onVote(false);
                      // Its last vote taken back, this button goes: focus moves to "Stem geven"
                      // rather than fall to <body>, where a keyboard user loses their place.
                      if (rt.scene.myVotes(single.id) === 0) voteRef.current?.focus();
                    }}
                  >
                    <Icon name="unvote" />
                    <span className="visually-hidden">{t('canvas.selection.unvote')}</span>
                  </button>
                )}
              </>
            )}
          </div>
        </>
      )}
      {p.extra}
    </div>
  );
}

function ToolButton({ icon, label, keys, disabled, onClick }: {
  icon: Parameters<typeof Icon>[0]['name']; label: string; keys?: string; disabled: boolean; onClick: () => void;
}) {
  return (
    <button
      type="button" className="tool-button" disabled={disabled} aria-keyshortcuts={keys}
      title={label} onClick={onClick}
    >
      <Icon name={icon} />
      <span className="visually-hidden">{label}</span>
    </button>
  );
}

/** −, the zoom level (click: 100 %), + and "show everything"; laid over the canvas's corner. */
export function ZoomControls({ rt }: { rt: CanvasRuntime }) {
  const { t } = useTranslation();
  const [percent, setPercent] = useState(() => Math.round(rt.engine.camera.z * 100));
  useEffect(() => rt.engine.onCamera((cam) => setPercent(Math.round(cam.z * 100))), [rt]);
  const { engine } = rt;
  const centre = { x: engine.view.w / 2, y: engine.view.h / 2 };
  return (
    <div className="canvas-zoom" role="group" aria-label={t('canvas.zoom.label')}>
      <ToolButton icon="zoomOut" label={t('canvas.zoom.out')} keys="-" disabled={false} onClick={() => engine.zoomAt(centre, 1 / 1.25)} />
      <button
        type="button" className="tool-button tool-button--text" aria-keyshortcuts="Shift+0"
        title={t('canvas.zoom.reset')} onClick={() => engine.setCamera({ ...engine.camera, z: 1 })}
      >
        <span aria-hidden="true">{t('canvas.zoom.level', { percent: String(percent) })}</span>
        <span className="visually-hidden">{t('canvas.zoom.reset')} ({t('canvas.zoom.level', { percent: String(percent) })})</span>
      </button>
      <ToolButton icon="zoomIn" label={t('canvas.zoom.in')} keys="Plus" disabled={false} onClick={() => engine.zoomAt(centre, 1.25)} />
      <ToolButton icon="fit" label={t('canvas.zoom.fit')} keys="Shift+1" disabled={false} onClick={() => engine.zoomToFit()} />
    </div>
  );
}
