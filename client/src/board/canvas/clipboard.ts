import { parseClipboard, type ClipboardData } from '../../../../shared/board/clipboardFormat.ts';

/**
 * Board items on the system clipboard travel as text/plain: this prefix and the model's
 * clipboard JSON (docs/board-schema.md, "Clipboard format"). Plain text works between boards,
 * tabs and browsers without clipboard permissions (copy and paste events carry it).
 */
export const CLIPBOARD_PREFIX = 'werkbord-items:';

/** The last copy in this tab, for when the system clipboard is not available. */
let memory: ClipboardData | null = null;

export type Pasted = { kind: 'items'; data: ClipboardData } | { kind: 'text'; text: string } | null;

/** Puts items on the clipboard of a copy event (or, without one, the async clipboard API). */
export function writeClipboard(event: ClipboardEvent | null, data: ClipboardData): void {
  memory = data;
  const text = CLIPBOARD_PREFIX + JSON.stringify(data);
  if (event?.clipboardData) {
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    return;
  }
  // Without a user gesture or permission this fails; the in-memory copy still serves this tab.
  navigator.clipboard?.writeText(text).catch(() => undefined);
}

/**
 * What a paste event carries: our items (checked again by the model), other text (which
 * becomes a note), or, when the event has nothing, the last copy made in this tab.
 */
export function readClipboard(event: ClipboardEvent | null): Pasted {
  const text = event?.clipboardData?.getData('text/plain') ?? '';
  if (text.startsWith(CLIPBOARD_PREFIX)) {
    try {
      const parsed = parseClipboard(JSON.parse(text.slice(CLIPBOARD_PREFIX.length)));
      return parsed.ok ? { kind: 'items', data: parsed.value } : null;
    } catch {
      return null; // not JSON after all: nothing to paste
    }
  }
  if (text.trim()) return { kind: 'text', text };
  return memory ? { kind: 'items', data: memory } : null;
}
