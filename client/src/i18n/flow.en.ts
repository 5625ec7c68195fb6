import type { Messages } from './types.ts';
import type { flowNl } from './flow.nl.ts';

/* English strings of flow.nl.ts. */
export const flowEn: Messages<typeof flowNl> = {
  deleted: {
    title: 'This workshop was deleted',
    detail: 'The organiser erased the workshop with every board, action point and link from the server. This page shows none of its content any more and no longer works.',
    home: 'To the start page',
  },
};
