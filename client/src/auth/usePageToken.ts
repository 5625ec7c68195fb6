import { useState } from 'react';
import { takePageToken } from './tokens.ts';

/** The page's token, read once when the page mounts (see `takePageToken`). */
export function usePageToken(workshopId: string, scope: string, options?: { keepInAddressBar?: boolean }): string | undefined {
  const [token] = useState(() => takePageToken(workshopId, scope, options));
  return token;
}
