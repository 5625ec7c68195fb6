import { useEffect } from 'react';
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
  const [hidden, setHidden] = useLocalStorage(`werkbord:drawerHidden:${boardKey}`);
  const content = contentOf(stepOpen, ballotOpen);
  // Everything closed: the next opening is news again, whatever was hidden before.
  useEffect(() => {
    if (known && content === '' && hidden !== null) setHidden(null);
  }, [known, content, hidden, setHidden]);
  const open = content !== '' && hidden !== content;
  return [open, (next: boolean) => setHidden(next ? null : content)];
}
