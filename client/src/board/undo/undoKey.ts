/**
 * Which history step a key press asks for: ctrl+Z undoes, ctrl+shift+Z and ctrl+Y redo (cmd
 * instead of ctrl on a Mac). In a form field that is not board text (a name, a number) the
 * browser's own undo is left alone; board text fields carry `data-board-undo`, because the
 * browser's undo knows nothing of the shared text and would fight the document.
 */
export function undoKey(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (event.defaultPrevented || event.altKey || !(event.ctrlKey || event.metaKey)) return null;
  const key = event.key.toLowerCase();
  let action: 'undo' | 'redo' | null = null;
  if (key === 'z') action = event.shiftKey ? 'redo' : 'undo';
  else if (key === 'y' && !event.shiftKey) action = 'redo';
  if (!action) return null;
  const target = event.target;
  if (target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable]')) {
    if (!target.closest('[data-board-undo]')) return null;
  }
  return action;
}
