import { useLocalStorage } from '../../hooks/useLocalStorage.ts';

export type BoardViewMode = 'canvas' | 'outline';

/** Canvas or list, remembered on this device for every board. */
export function useBoardViewMode(): [BoardViewMode, (mode: BoardViewMode) => void] {
  const [stored, store] = useLocalStorage('werkbord:boardView');
  return [stored === 'outline' ? 'outline' : 'canvas', store];
}
