import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { BoardLimit } from '../../../../shared/board/errors.ts';
import type { InkColor, NoteColor } from '../../../../shared/board/schema.ts';
import { Limits } from '../../../../shared/limits.ts';
import { useAnnouncer } from '../../hooks/useAnnouncer.ts';
import { useLatest } from '../../hooks/useLatest.ts';
import { BoardToolbar, ZoomControls } from './BoardToolbar.tsx';
import { colorChoice } from './colorChoice.ts';
import { readClipboard, writeClipboard } from './clipboard.ts';
import { ArrowBanner, EmptyHint, FollowBanner, LimitNotice } from './CanvasNotices.tsx';
import { ItemEditor, editableText, type EditEnd } from './ItemEditor.tsx';
import { ItemList, whenIdle } from './ItemList.tsx';
import { ItemMenu } from './ItemMenu.tsx';
import { readingOrder } from './itemLabel.ts';
import { removeWithFocus } from './removeItems.ts';
import { canChange } from './input/selectGestures.ts';
import type { ToolName } from './input/types.ts';
import { freeNoteSpot, freeSpot } from './placement.ts';
import { useCanvasKeys } from './useCanvasKeys.ts';
import { useKeyboardArrow } from './useKeyboardArrow.ts';
import { useCanvasRuntime, type CanvasRuntime, type LiveOptions } from './useCanvasRuntime.ts';
import { useCameraSetup, useFollow } from './useCameraSetup.ts';
import { unnamedLabel } from '../presenceLabel.ts';

export interface CanvasBoardProps {
  doc: Y.Doc;
  /** y-websocket awareness (cursors, editing marks, follow); null on a board without a server. */
  awareness: Awareness | null;
  editable: boolean;
  /** There is a board to show (the first sync, or this browser's copy, is in). */
  loaded: boolean;
  /** The first sync with the server is done (default: same as `loaded`). */
  synced?: boolean;
  /** Facilitators and organisers edit the case card. */
  canEditCase?: boolean;
  /** This laptop's voter id on the board (voting/useVoterId); votes are off without one. */
  voterId?: string | null;
  /** Silent brainstorm: this person's private notes, drawn above the board for them only. */
  privateNotes?: { doc: Y.Doc; active: boolean; beforeWrite?: () => void } | null;
  /** Presence client id whose view to follow, and what to do when following ends. */
  follow?: number | null;
  onFollowEnd?: () => void;
  /** The first view: the whole board, or 100 % at its middle (the bench uses both). */
  initialView?: 'fit' | 'one';
  /** Mount point in the toolbar for controls owned elsewhere (undo/redo, view toggle). */
  toolbarExtra?: ReactNode;
  /** Ends the current undo step, so that each add, delete or vote undoes on its own. */
  onUndoStep?: () => void;
  /** Gets the runtime once it exists (the bench reads the camera and draw count). */
  onRuntime?: (rt: CanvasRuntime | null) => void;
}

/**
 * The group board as an infinite canvas: a <canvas> that draws only what is in view, a
 * toolbar, an editor laid over the item being typed in, and a hidden list of every item for
 * keyboard and screen-reader users. All edits go through the shared model (canvasActions).
 */
export function CanvasBoard(props: CanvasBoardProps) {
  const { doc, awareness, editable, loaded } = props;
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const helpId = useId();
  const hintId = useId();
  const [tool, setToolState] = useState<ToolName>('select');
  const [noteColor, setNoteColor] = useState<NoteColor>('yellow');
  const [ink, setInk] = useState<InkColor>('black');
  const [editingId, setEditingId] = useState<string | null>(null);
  const [limit, setLimit] = useState<{ text: string; n: number } | null>(null);
  const [announcement, announce] = useAnnouncer();
  // The item whose menu (Shift+F10 on its button) is open, if any.
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const editingRef = useRef<string | null>(null);

  const rtRef = useRef<CanvasRuntime | null>(null);
  const startEditing = useCallback((id: string) => {
    const rt = rtRef.current;
    if (!rt || editableText(rt.scene.get(id)?.record) === undefined) return;
    editingRef.current = id;
    rt.engine.setEditing(id);
    rt.presence?.setEditing(id);
    setEditingId(id);
  }, []);
  const onLimit = useCallback((which: BoardLimit) => {
    setLimit((prev) => ({ text: t(`canvas.limits.${which}`, { max: String(Limits[which]) }), n: (prev?.n ?? 0) + 1 }));
  }, [t]);
  const liveRef = useLatest<LiveOptions>({
    editable,
    canEditCase: props.canEditCase ?? false,
    tool, ink, noteColor,
    caseLabel: t('canvas.caseLabel'),
    unnamed: (role) => unnamedLabel(t, role),
    writeDoc: () => {
      const p = props.privateNotes;
      if (p?.active) {
        p.beforeWrite?.();
        return p.doc;
      }
      return doc;
    },
    startEditing,
    setTool: (next) => setToolState(next),
    onLimit,
    undoStep: props.onUndoStep,
  });

  const rt = useCanvasRuntime(doc, awareness, canvasRef, listRef, liveRef);
  // For the handlers below, which stay the same functions across renders.
  useLayoutEffect(() => {
    rtRef.current = rt;
  }, [rt]);
  const { onRuntime } = props;
  useEffect(() => onRuntime?.(rt), [rt, onRuntime]);
  const privateDoc = props.privateNotes?.doc;
  useEffect(() => (rt && privateDoc ? rt.scene.addSource(privateDoc, true) : undefined), [rt, privateDoc]);
  useEffect(() => rt?.scene.setVoter(props.voterId ?? null), [rt, props.voterId]);
  useCameraSetup(rt, loaded, props.synced ?? loaded, props.initialView ?? 'fit');
  // The item list (thousands of buttons on a big board) starts once the board is drawn and
  // the browser is idle, and grows in idle time (see ItemList): people see the board first.
  const [listReady, setListReady] = useState(false);
  useEffect(() => {
    if (!rt) return;
    let cancelIdle = () => {};
    const off = rt.engine.onDraw(() => {
      off();
      cancelIdle = whenIdle(() => setListReady(true));
    });
    return () => {
      off();
      cancelIdle();
    };
  }, [rt]);
  useFollow(rt, props.follow ?? null, props.onFollowEnd);
  const endEditing = useCallback((how: EditEnd) => {
    const id = editingRef.current;
    if (!id || !rt) return;
    editingRef.current = null;
    rt.engine.setEditing(null);
    rt.presence?.setEditing(null);
    setEditingId(null);
    if (how === 'escape') rt.focus.request(id);
  }, [rt]);
  // Losing the right to edit (a lock) drops the tool (set while rendering, React's pattern
  // for state that follows a prop) and ends editing.
  const [wasEditable, setWasEditable] = useState(editable);
  if (wasEditable !== editable) {
    setWasEditable(editable);
    if (!editable) setToolState('select');
  }
  useEffect(() => {
    if (!editable && editingRef.current) endEditing('blur');
  }, [editable, endEditing]);

  const addNote = useCallback(() => {
    const r = rtRef.current;
    if (!r || !liveRef.current.editable) return;
    const p = r.pointer() ?? { x: r.engine.camera.x, y: r.engine.camera.y };
    const id = r.actions.addNote(freeNoteSpot(r.scene, p), liveRef.current.noteColor);
    if (!id) return;
    r.selection.set([id]);
    announce(t('canvas.announce.added'));
    startEditing(id);
  }, [announce, startEditing, t, liveRef]);

  const remove = useCallback((ids: string[]) => {
    const r = rtRef.current;
    // The case card is the facilitator's: a participant's Delete leaves it.
    const removable = r ? ids.filter((id) => canChange(r.tools, id)) : [];
    if (!r || removable.length === 0) return;
    r.actions.remove(removable);
    announce(t('canvas.announce.deleted', { count: removable.length }));
  }, [announce, t]);

  const duplicate = useCallback(() => {
    const r = rtRef.current;
    if (!r || r.selection.size === 0) return;
    const ids = r.actions.duplicate(r.selection.get());
    if (ids.length === 0) return;
    r.selection.set(ids);
    announce(t('canvas.announce.duplicated', { count: ids.length }));
  }, [announce, t]);

  const arrow = useKeyboardArrow(rtRef, () => liveRef.current.ink, announce);
  const setTool = useCallback((next: ToolName, viaKeyboard = false) => {
    const r = rtRef.current;
    arrow.cancel();
    // "Pijl" from the keyboard with one item selected starts an arrow there (see useKeyboardArrow).
    if (viaKeyboard && r && next === 'arrow') {
      const [only, ...more] = r.selection.get();
      const type = only ? r.scene.get(only)?.record.type : undefined;
      if (only && more.length === 0 && type && type !== 'arrow') return arrow.start(only);
      announce(t('canvas.connect.pickFirst'));
    }
    // From the keyboard, a creating tool puts its item in the middle of the view at once:
    // there is no pointer to place it with.
    if (viaKeyboard && r && (next === 'text' || next === 'rect' || next === 'ellipse')) {
      const c = r.engine.camera;
      const id = next === 'text'
        ? r.actions.addText(freeSpot(r.scene, c, 240, 48), liveRef.current.ink)
        : r.actions.addShape(next, { ...freeSpot(r.scene, c, 160, 120), w: 160, h: 120 });
      if (!id) return;
      r.selection.set([id]);
      announce(t('canvas.announce.created'));
      if (next === 'text') startEditing(id);
      else r.focus.request(id);
      return;
    }
    setToolState(next);
  }, [announce, startEditing, t, liveRef, arrow]);

  useCanvasKeys(rt, frameRef, {
    editable, addNote, setTool: (x) => setTool(x), startEditing, remove, duplicate,
    copy: (e) => {
      const r = rtRef.current;
      const data = r?.actions.copy(r.selection.get());
      if (!data) return;
      writeClipboard(e, data);
      announce(t('canvas.announce.copied', { count: data.items.length }));
    },
    paste: (e) => {
      const r = rtRef.current;
      const pasted = readClipboard(e);
      if (!r || !pasted) return;
      e.preventDefault();
      if (pasted.kind === 'text') {
        const at = freeNoteSpot(r.scene, r.pointer() ?? { x: r.engine.camera.x, y: r.engine.camera.y });
        const id = r.actions.addNote(at, liveRef.current.noteColor);
        if (id && r.actions.setText(id, pasted.text.slice(0, Limits.noteTextLength))) r.selection.set([id]);
        return;
      }
      const at = r.pointer();
      const ids = r.actions.paste(pasted.data, at ? { x: Math.round(at.x), y: Math.round(at.y) } : null);
      if (ids.length === 0) return;
      r.selection.set(ids);
      announce(t('canvas.announce.pasted', { count: ids.length }));
    },
  });

  const selection = useSyncExternalStore(rt?.selection.subscribe ?? noSubscribe, rt?.selection.get ?? noSelection);
  const colors = rt ? colorChoice(rt.scene, tool, selection, noteColor, ink) : null;
  const onColor = (c: string) => {
    if (!rt || !colors) return;
    if (colors.kind === 'note') setNoteColor(c as NoteColor);
    if (colors.kind === 'ink') setInk(c as InkColor);
    if (tool === 'select' && selection.size > 0) rt.actions.setColor(selection, c);
  };
  const voteOn = (id: string | undefined, up: boolean) => {
    const voter = props.voterId;
    if (!rt || !id || !voter) return;
    if (!up) {
      if (rt.actions.unvote(voter, id)) announce(t('canvas.announce.unvoted'));
      return;
    }
    const result = rt.actions.vote(voter, id);
    if (result?.ok) announce(t('canvas.announce.voted'));
    else if (result && result.reason !== 'badVoter') announce(t(`canvas.announce.${result.reason}`));
  };

  return (
    <section className="canvas-board" aria-labelledby={`${helpId}-heading`}>
      <h2 id={`${helpId}-heading`} className="visually-hidden">{t('canvas.heading')}</h2>
      {rt && colors && (
        <BoardToolbar
          rt={rt} editable={editable} tool={tool} onTool={setTool} onAddNote={addNote} colors={colors} onColor={onColor}
          voterId={props.voterId ?? null} onVote={(up) => voteOn([...selection][0], up)} onDuplicate={duplicate} onDelete={() => remove([...selection])}
          extra={props.toolbarExtra}
        />
      )}
      <div
        ref={frameRef} className={`canvas-board__frame canvas-board__frame--${tool}`} role="region"
        aria-label={t('canvas.regionLabel')} aria-describedby={helpId} tabIndex={0}
      >
        <canvas ref={canvasRef} className="canvas-board__canvas" aria-hidden="true" />
        {rt && editingId && <ItemEditor key={editingId} rt={rt} id={editingId} hintId={hintId} onDone={endEditing} />}
        {rt && listReady && (
          <ItemList
            rt={rt} listRef={listRef} frameRef={frameRef} helpId={helpId} startEditing={startEditing}
            onDeleted={(n) => announce(t('canvas.announce.deleted', { count: n }))} arrow={arrow} onMenu={setMenuFor}
          />
        )}
        {rt && menuFor && (
          <ItemMenu
            rt={rt} id={menuFor} voterId={props.voterId ?? null}
            onClose={(refocus) => {
              setMenuFor(null);
              if (refocus) rt.focus.request(menuFor);
            }}
            actions={{
              edit: startEditing,
              vote: voteOn,
              arrow: arrow.start,
              duplicate: (id) => {
                rt.selection.set([id]);
                duplicate();
              },
              bringToFront: (id) => rt.actions.bringToFront([id]),
              remove: (id) => announce(t('canvas.announce.deleted', { count: removeWithFocus(rt, [id], id, readingOrder(rt.scene), frameRef.current) })),
            }}
          />
        )}
        {!loaded && <p className="canvas-board__overlay" role="status">{t('canvas.loading')}</p>}
        {loaded && rt && <EmptyHint rt={rt} editable={editable} />}
        {arrow.from && <ArrowBanner from={arrow.fromName} onCancel={arrow.cancel} />}
        {rt && props.follow != null && <FollowBanner rt={rt} clientId={props.follow} onStop={props.onFollowEnd} />}
        {rt && <ZoomControls rt={rt} />}
        <LimitNotice message={limit} onDismiss={() => setLimit(null)} />
      </div>
      <p id={helpId} className="visually-hidden">{editable ? t('canvas.help') : t('canvas.readOnlyHelp')}</p>
      <p id={hintId} className="visually-hidden">{t('canvas.editor.hint')}</p>
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
    </section>
  );
}

const noSubscribe = () => () => {};
const emptySelection: ReadonlySet<string> = new Set();
const noSelection = () => emptySelection;
