/** The history-state flag the home page sets when it opens the organiser page of a new workshop. */
export const JUST_CREATED = 'werkbordJustCreated';
export type JustCreated = { [JUST_CREATED]: true };

/** Whether this page was opened right after creating its workshop (kept across a reload). */
export function wasJustCreated(): boolean {
  const state: unknown = history.state;
  return typeof state === 'object' && state !== null && (state as Record<string, unknown>)[JUST_CREATED] === true;
}
