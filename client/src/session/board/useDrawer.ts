import { useState } from 'react';

/**
 * Whether the session drawer is shown. It opens by itself when the action step or the ballot
 * opens (a change the group must not miss), and otherwise follows the toggle.
 */
export function useDrawer(stepOpen: boolean, ballotOpen: boolean): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(stepOpen || ballotOpen);
  // What was open at the last render; compared while rendering (React's pattern for state
  // that follows a change of props), so the drawer opens in the same render as the step.
  const [before, setBefore] = useState({ stepOpen, ballotOpen });
  if (before.stepOpen !== stepOpen || before.ballotOpen !== ballotOpen) {
    setBefore({ stepOpen, ballotOpen });
    if ((stepOpen && !before.stepOpen) || (ballotOpen && !before.ballotOpen)) setOpen(true);
    if (!stepOpen && !ballotOpen) setOpen(false);
  }
  return [open, setOpen];
}
