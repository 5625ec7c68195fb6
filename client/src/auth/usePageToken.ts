import { useState } from 'react';
import { takePageToken } from './tokens.ts';

/** The page's token, read once when the page mounts (see `takePageToken`). */
export function usePageToken(workshopId: string, scope: string): string | undefined {
  const [token] = useState(() => takePageToken(workshopId, scope));
  return token;
}
