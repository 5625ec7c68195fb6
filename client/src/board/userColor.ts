/** Avatar colours: each carries white initials at a contrast of at least 4.5:1. */
const PALETTE = ['#1d4ed8', '#b91c1c', '#047857', '#7e22ce', '#b45309', '#0e7490', '#be185d', '#4338ca'] as const;

/** A stable colour for a presence client id. */
export function userColor(clientId: number): string {
  return PALETTE[Math.abs(clientId) % PALETTE.length] ?? PALETTE[0];
}
