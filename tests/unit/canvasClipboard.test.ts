import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { serializeItems } from '../../shared/board/clipboard.ts';
import { addNote } from '../../shared/board/notes.ts';
import { CLIPBOARD_PREFIX, readClipboard, writeClipboard } from '../../client/src/board/canvas/clipboard.ts';
import { local } from './boardTestUtils.ts';

/** Just enough of a ClipboardEvent: its data transfer and preventDefault. */
function clipboardEvent(initial = '') {
  const data = new Map<string, string>([['text/plain', initial]]);
  let prevented = false;
  const event = {
    clipboardData: { getData: (type: string) => data.get(type) ?? '', setData: (type: string, v: string) => data.set(type, v) },
    preventDefault: () => { prevented = true; },
  } as unknown as ClipboardEvent;
  return { event, text: () => data.get('text/plain') ?? '', prevented: () => prevented };
}

describe('canvas clipboard', () => {
  it('puts items on the clipboard as prefixed JSON text and reads them back (checked again)', () => {
    const doc = new Y.Doc();
    const id = addNote(doc, { x: 0, y: 0, text: 'Kopie' }, local);
    const copy = clipboardEvent();
    writeClipboard(copy.event, serializeItems(doc, [id]));
    expect(copy.prevented()).toBe(true);
    expect(copy.text().startsWith(CLIPBOARD_PREFIX)).toBe(true);
    const pasted = readClipboard(clipboardEvent(copy.text()).event);
    expect(pasted).toMatchObject({ kind: 'items', data: { items: [{ type: 'note', text: 'Kopie' }] } });
  });

  it('turns other text into text to paste as a note, and ignores broken data', () => {
    expect(readClipboard(clipboardEvent('gewone tekst').event)).toEqual({ kind: 'text', text: 'gewone tekst' });
    expect(readClipboard(clipboardEvent(`${CLIPBOARD_PREFIX}{kapot`).event)).toBeNull();
    expect(readClipboard(clipboardEvent(`${CLIPBOARD_PREFIX}{"format":"iets anders"}`).event)).toBeNull();
  });

  it('falls back to the last copy in this tab when the paste carries nothing', () => {
    const doc = new Y.Doc();
    const id = addNote(doc, { x: 0, y: 0, text: 'Geheugen' }, local);
    writeClipboard(clipboardEvent().event, serializeItems(doc, [id]));
    expect(readClipboard(null)).toMatchObject({ kind: 'items', data: { items: [{ text: 'Geheugen' }] } });
  });
});
