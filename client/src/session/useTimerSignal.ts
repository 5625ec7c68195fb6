import { useEffect } from 'react';
import type { ControlSocket } from '../control/controlChannel.ts';
import { useLocalStorage } from '../hooks/useLocalStorage.ts';
import { beep, unlockSound } from './beep.ts';

const KEY = 'werkbord:timerSound';

/** The "sound at zero" choice of this device: off unless turned on here. */
export function useTimerSound(): [boolean, (on: boolean) => void] {
  const [stored, setStored] = useLocalStorage(KEY);
  return [stored === '1', (on: boolean) => {
    if (on) unlockSound();
    setStored(on ? '1' : null);
  }];
}

/** Plays the signal when the server says the timer reached zero, if this device wants sound. */
export function useTimerSignal(socket: ControlSocket | undefined, soundOn: boolean): void {
  useEffect(() => {
    if (!socket || !soundOn) return;
    // The AudioContext may have been created before a reload without a gesture: try to wake it.
    unlockSound();
    const onDone = () => beep();
    socket.on('timer:done', onDone);
    return () => {
      socket.off('timer:done', onDone);
    };
  }, [socket, soundOn]);
}
