/*
 * The dot-vote count on an item, drawn the same on the canvas and in every export: a filled
 * circle on the item's top-right corner, half outside it so that it never covers the text.
 */

export const VOTE_BADGE = {
  radius: 12,
  fontSize: 13,
  fontWeight: 700,
  /** The ring inside the badge when some of the votes are the viewer's own (canvas only). */
  ringInset: 3,
  ringWidth: 2,
  text: '#ffffff',
} as const;

export interface VoteBadge {
  cx: number;
  cy: number;
  r: number;
  label: string;
}

/** Where the badge of an item whose top-right corner is (right, top) goes; null without votes. */
export function voteBadge(count: number, right: number, top: number): VoteBadge | null {
  if (!(count > 0)) return null;
  return { cx: right - 2, cy: top + 2, r: VOTE_BADGE.radius, label: String(count) };
}
