import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * A ref that always holds the latest `value`, for handlers that must stay the same function
 * (memoised children, listeners added once) yet act on the newest props. Written after each
 * commit, not during render: a render React throws away must not leak its values into the
 * handlers of the screen that stays.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
