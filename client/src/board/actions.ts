import type { ChangeOrigin } from '../../../shared/board/schema.ts';

/** Every edit made in this browser carries this origin (undo and save tracking rely on it). */
export const LOCAL: ChangeOrigin = { kind: 'local' };
