import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemRecord } from '../../../../shared/board/views.ts';
import { useLatest } from '../../hooks/useLatest.ts';
import { itemText } from '../../../../shared/board/textEdit.ts';
import { keepCaret, type KeptCaret } from '../caret.ts';
import { boardToScreen, intersects, visibleRect } from './camera.ts';
import { EDITOR_METRICS, labelLine } from './drawItems.ts';
import { NOTE_FILL } from '../../../../shared/render/palette.ts';
import type { CanvasRuntime } from './useCanvasRuntime.ts';

export type EditEnd = 'escape' | 'blur' | 'gone';

/** The text an editor edits, by kind; undefined for kinds without text. */
export function editableText(r: ItemRecord | undefined): string | undefined {
  if (!r) return undefined;
  if (r.type === 'note' || r.type === 'text' || r.type === 'case') return r.text;
  if (r.type === 'section') return r.title;
  return undefined;
}

/** Board units along a note's top edge left to the canvas while its text is edited (a grip). */
export const NOTE_GRIP = 10;

/** Keeps the field's text at least this large on screen while editing (the field, not the camera, grows). */
const MIN_SCREEN_FONT = 12;
/** Screen pixels kept between a grown field and the canvas's edge. */
const EDGE = 8;

/** The text size of an item's field, in board units. */
function fieldFont(r: ItemRecord): number {
  if (r.type === 'text') return r.fontSize;
  if (r.type === 'section') return EDITOR_METRICS.title.font;
  if (r.type === 'case') return EDITOR_METRICS.case.font;
  return EDITOR_METRICS.note.font;
}

/**
 * In-place text editing: a textarea laid over the item, moved and scaled with the camera, and
 * bound to the item's Y.Text through the model: a keystroke becomes an insert or delete at the
 * caret (setNoteText and friends with the caret), so two people typing in one note both keep
 * their words. Uncontrolled: a remote change is written in by hand, and the caret stays on the
 * characters around it (Yjs relative positions, caret.ts).
 */
export function ItemEditor({ rt, id, hintId, onDone }: { rt: CanvasRuntime; id: string; hintId: string; onDone: (how: EditEnd) => void }) {
  const { t } = useTranslation();
  const field = useRef<HTMLTextAreaElement>(null);
  const doneRef = useLatest(onDone);
  const keeper = useRef<KeptCaret | null>(null);
  const record = rt.scene.get(id)?.record;
  const kind = record?.type;

  // Position and scale follow the camera and the item without React renders.
  useLayoutEffect(() => {
    const el = field.current;
    if (!el) return;
    const { engine, scene } = rt;
    const place = () => {
      const item = scene.get(id);
      const b = item?.bounds;
      if (!item || !b) return;
      const { camera, view } = engine;
      const z = camera.z;
      const s = boardToScreen(camera, view, b);
      const r = item.record;
      let h = b.h;
      let top = 0;
      if (r.type === 'section') h = 48;
      // A note keeps a strip along its top edge uncovered: it can be dragged there while typing.
      if (r.type === 'note') {
        top = NOTE_GRIP;
        h -= NOTE_GRIP;
      }
      // Zoomed out, the field is drawn larger than the item (centred on it, kept on screen)
      // rather than zooming the camera: creating or editing an item never moves the view.
      const m = Math.max(z, MIN_SCREEN_FONT / fieldFont(r));
      let x = s.x;
      let y = s.y + top * z;
      if (m > z) {
        x = clamp(s.x + (b.w * (z - m)) / 2, EDGE, view.w - b.w * m - EDGE);
        y = clamp(y, EDGE, view.h - h * m - EDGE);
      }
      el.dataset.grown = String(m > z);
      el.style.transform = `translate(${x}px, ${y}px) scale(${m})`;
      el.style.width = `${b.w}px`;
      el.style.height = `${h}px`;
      if (r.type === 'note') el.style.backgroundColor = NOTE_FILL[r.color];
      if (r.type === 'text') {
        el.style.fontSize = `${r.fontSize}px`;
        el.style.lineHeight = `${labelLine(r.fontSize)}px`;
      }
    };
    // Only an item wholly out of view (Enter on a selected item scrolled away) brings the view
    // to it, at the same zoom; a new note is made where the person looks and moves nothing.
    const bounds = scene.get(id)?.bounds;
    if (bounds && !intersects(bounds, visibleRect(engine.camera, engine.view))) engine.reveal(bounds);
    place();
    const offCamera = engine.onCamera(place);
    const doc = scene.docOf(id);
    const caret = doc ? keepCaret(doc, el, () => itemText(doc, id), () => document.activeElement === el) : null;
    keeper.current = caret;
    const offScene = scene.subscribe((changed) => {
      if (changed && !changed.has(id)) return;
      const now = scene.get(id);
      if (!now) return doneRef.current('gone');
      place();
      const text = editableText(now.record) ?? '';
      if (caret) caret.sync(text);
      else el.value = text;
    });
    return () => {
      offCamera();
      offScene();
      caret?.stop();
      keeper.current = null;
    };
  }, [rt, id, doneRef]);

  useEffect(() => {
    const el = field.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    el.setSelectionRange(el.value.length, el.value.length);
  }, [id]);

  if (!record || !kind) return null;
  /** This person's edit, `value` with the caret at `at` after it. */
  const write = (value: string, at: number) => {
    const el = field.current;
    if (!el) return;
    // The caret after the edit tells the model where the change is (see replaceText).
    if (!rt.actions.setText(id, value, at)) {
      // Refused at a limit (the notice says which): show what the board holds.
      const text = editableText(rt.scene.get(id)?.record) ?? '';
      const caret = Math.min(el.selectionStart, text.length);
      el.value = text;
      el.setSelectionRange(caret, caret);
      return;
    }
    // A text label grows with its text (its box is what others see and select). After the
    // text is stored: the resize redraws this field from the model, which before the text
    // was stored still held the text without the key just typed, and that key was lost.
    const item = rt.scene.get(id);
    if (item?.record.type === 'text' && el.scrollHeight > el.clientHeight + 1) {
      rt.actions.resize(id, { x: item.record.x, y: item.record.y, w: item.record.w, h: Math.ceil(el.scrollHeight) });
    }
  };
  const label = t(`canvas.editor.${kind === 'text' ? 'text' : kind === 'section' ? 'section' : kind === 'case' ? 'case' : 'note'}`);
  const editor = (
    <textarea
      ref={field} className={`canvas-editor canvas-editor--${kind}`} defaultValue={editableText(record)}
      aria-label={label} aria-describedby={hintId} spellCheck rows={kind === 'section' ? 1 : undefined}
      onInput={(e) => {
        // While a composition holds a group mate's change back, its keystrokes wait for its end.
        if (!keeper.current?.holding) write(e.currentTarget.value, e.currentTarget.selectionEnd);
      }}
      onCompositionStart={() => keeper.current?.compositionStart()}
      onCompositionEnd={() => {
        const merged = keeper.current?.compositionEnd();
        if (merged) write(merged.value, merged.caret);
      }}
      onBlur={() => doneRef.current('blur')}
      onKeyDown={(e) => {
        e.stopPropagation();
        const finish = e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey || kind === 'section'));
        if (!finish) return;
        e.preventDefault();
        doneRef.current('escape');
      }}
    />
  );
  // The wrapper names the note for tests and scripts (as the item list does).
  return kind === 'note' ? <div className="canvas-editor__host" data-note-id={id}>{editor}</div> : editor;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));
