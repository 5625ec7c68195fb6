import { useEffect, useState } from 'react';
import { useLocalStorage } from '../../hooks/useLocalStorage.ts';

/** What the drawer holds, as one word: hiding it hides exactly this. */
function contentOf(stepOpen: boolean, ballotOpen: boolean): string {
  return [stepOpen && 'actionPoints', ballotOpen && 'ballot'].filter(Boolean).join('+');
}

/**
 * Whether the session drawer is shown. It opens by itself when the action step or the ballot
 * opens (a change the group must not miss), and otherwise follows the toggle. Hiding it is
 * remembered on this device for this board (issue 10: the state survives a reload), as the
 * content that was hidden: when something new opens, the content differs and the drawer shows.
 * `known`: the session state has arrived; before that nothing is open, which must not count
 * as "closed" (that would forget the choice on every reload).
 */
export function useDrawer(
  stepOpen: boolean, ballotOpen: boolean, known: boolean, boardKey: string,
): [boolean, (open: boolean) => void] {
  const [stored, store] = useLocalStorage(`werkbord:drawerHidden:${boardKey}`);
  // Where storage is disabled, the choice still holds on this page (until a reload).
  const [kept, keep] = useState<string | null>(null);
  const hidden = stored ?? kept;
  const content = contentOf(stepOpen, ballotOpen);
  // Everything closed: the next opening is news again, whatever was hidden before (the page's
  // own copy is adjusted while rendering, React's pattern for state that follows props).
  if (known && content === '' && kept !== null) keep(null);
  useEffect(() => {
    if (known && content === '' && stored !== null) store(null);
  }, [known, content, stored, store]);
  const open = content !== '' && hidden !== content;
  const setOpen = (next: boolean) => {
    store(next ? null : content);
    keep(next ? null : content);
  };
  return [open, setOpen];
}
