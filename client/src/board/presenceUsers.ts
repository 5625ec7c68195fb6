import type { Awareness } from 'y-protocols/awareness';
import { assignColors, FALLBACK_COLOR } from '../../../shared/presence/colors.ts';
import { PRESENCE_ID, type PresenceRole } from '../../../shared/schemas/presence.ts';

export type { PresenceRole };

/** One announced person on a board, with their fields checked. */
export interface PresenceUserView {
  clientId: number;
  /** Empty when they gave none. */
  name: string;
  color: string;
  role: PresenceRole | null;
  self: boolean;
  /** The raw awareness state, for the canvas's own fields. */
  state: Record<string, unknown>;
}

/**
 * The people who announce themselves on a board. Colours come from their stable ids: everyone
 * present is assigned a distinct palette colour (shared/presence/colors.ts), the same on every
 * screen; a state without an id keeps the colour it published.
 */
export function readPresenceUsers(awareness: Awareness): PresenceUserView[] {
  const raw: (Omit<PresenceUserView, 'color'> & { id: string | null; published: string })[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const user = (state as { user?: Record<string, unknown> }).user;
    if (!user || typeof user !== 'object') return; // a viewer that does not announce itself
    const id = typeof user.id === 'string' && PRESENCE_ID.test(user.id) ? user.id : null;
    const published = typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : FALLBACK_COLOR;
    raw.push({
      clientId,
      name: typeof user.name === 'string' ? user.name.trim().slice(0, 40) : '',
      role: user.role === 'facilitator' || user.role === 'organiser' ? user.role : null,
      self: clientId === awareness.clientID,
      state: state as Record<string, unknown>,
      id,
      published,
    });
  });
  const colors = assignColors(raw.flatMap((r) => (r.id ? [r.id] : [])));
  return raw.map(({ id, published, ...rest }) => ({ ...rest, color: (id && colors.get(id)) || published }));
}
