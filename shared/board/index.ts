/*
 * The board model: pure functions over a Y.Doc (no I/O). Import from here or from the
 * concept's own module. See docs/board-schema.md for the document layout and its rules.
 */
export * from './schema.ts';
export * from './views.ts';
export * from './errors.ts';
export {
  addNote, setNoteText, moveItem, setNoteColor, bringToFront, deleteItem, readNotes, type NewNote,
} from './notes.ts';
export * from './labels.ts';
export * from './shapes.ts';
export * from './strokes.ts';
export * from './arrows.ts';
export * from './sections.ts';
export * from './caseCard.ts';
export * from './resize.ts';
export * from './style.ts';
export * from './selection.ts';
export * from './duplicate.ts';
export * from './clipboardFormat.ts';
export { serializeItems, pasteItems, PASTE_OFFSET } from './clipboard.ts';
export * from './readBoard.ts';
export { readItem } from './readers.ts';
export * from './votes.ts';
export * from './templates.ts';
export * from './reveal.ts';
export * from './undo.ts';
export * from './checkLimits.ts';
export * from './migrations.ts';
