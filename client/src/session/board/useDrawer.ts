import { useEffect, useRef, useState } from 'react';

/**
 * Whether the session drawer is shown. It opens by itself when the action step or the ballot
 * opens (a change the group must not miss), and otherwise follows the toggle.
 */
export function useDrawer(stepOpen: boolean, ballotOpen: boolean): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(stepOpen || ballotOpen);
  const before = useRef({ stepOpen, ballotOpen });
  useEffect(() => {
    const prev = before.current;
    if ((stepOpen && !prev.stepOpen) || (ballotOpen && !prev.ballotOpen)) setOpen(true);
    if (!stepOpen && !ballotOpen) setOpen(false);
    before.current = { stepOpen, ballotOpen };
  }, [stepOpen, ballotOpen]);
  return [open, setOpen];
}
