/** localStorage key of the join this device made last in a workshop (join/keptJoin.ts). */
export const keptJoinKey = (workshopId: string) => `werkbord:join:${workshopId}`;

/**
 * Whether this device may have a kept join for the workshop. main.tsx asks before any code of
 * the join page loads, so that a first visit never waits for the module that reads it.
 */
export function mayHaveKeptJoin(workshopId: string): boolean {
  try {
    return localStorage.getItem(keptJoinKey(workshopId)) !== null;
  } catch {
    return false; // storage disabled: every visit is a first one
  }
}
