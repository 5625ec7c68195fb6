import { useCallback, useState } from 'react';

/**
 * Text for a polite live region. Saying the same thing twice ("note added", "note added") must
 * be heard twice, but a live region only speaks when its text changes: so every other message
 * gets an invisible trailing no-break space.
 */
export function useAnnouncer(): [string, (message: string) => void] {
  const [text, setText] = useState('');
  const announce = useCallback((message: string) => {
    setText((prev) => (prev === message ? `${message}\u00a0` : message));
  }, []);
  return [text, announce];
}
