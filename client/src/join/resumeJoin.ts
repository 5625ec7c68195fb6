import { ApiError } from '../api/http.ts';
import { workshopApi } from '../api/workshops.ts';
import { takePageToken } from '../auth/tokens.ts';
import { navigate } from '../router/navigation.ts';
import { paths } from '../router/routes.ts';
import { isChoosingGroup } from './chooseGroup.ts';
import { forgetJoin, keepJoin, keptJoin, type KeptJoin } from './keptJoin.ts';

/** Answers that say the kept join no longer holds: a rotated link, a deleted workshop or group. */
const REFUSED = new Set([401, 403, 404]);

const boardUrl = (workshopId: string, joined: { groupId: string; token: string }) =>
  `${paths.board(workshopId, joined.groupId)}#t=${encodeURIComponent(joined.token)}`;

/**
 * The join link opened again on a device that joined this workshop with it before: the
 * address becomes that group's board at once, before the first render, with no round trip
 * (on venue Wi-Fi the join page, its POST and then the board took about two seconds). The
 * server is asked in the background (`confirmKeptJoin`) and its answer still decides.
 * Returns whether it went to the board; the join page's token stays in this tab either way,
 * for the board's "join another group" link.
 */
export function resumeKeptJoin(workshopId: string): boolean {
  if (isChoosingGroup()) return false;
  const joinToken = takePageToken(workshopId, 'join');
  if (!joinToken) return false;
  const kept = keptJoin(workshopId, joinToken);
  if (!kept) return false;
  history.replaceState(null, '', boardUrl(workshopId, kept));
  void confirmKeptJoin(workshopId, joinToken, kept);
  return true;
}

/**
 * The join the board opened from, asked again (`POST …/join`, which changes nothing on the
 * server). A refusal drops the kept join and, while that board is still shown, replaces it by
 * the join page, which asks the server with the join token and shows its error (a rotated
 * link, a deleted workshop) or, for a deleted group, the choice. A new participant token (the
 * group's link was rotated, the join link not) reopens the board with it. No answer at all
 * (offline, server busy) leaves the board as it is: it works from the device and syncs later.
 */
export async function confirmKeptJoin(workshopId: string, joinToken: string, kept: KeptJoin): Promise<void> {
  const stillShown = () => location.pathname === paths.board(workshopId, kept.groupId);
  try {
    const joined = await workshopApi.join(workshopId, joinToken, kept.groupId);
    if (joined.token === kept.token) return;
    keepJoin(workshopId, joinToken, joined);
    if (stillShown()) navigate(boardUrl(workshopId, joined), { replace: true });
  } catch (err) {
    if (!(err instanceof ApiError)) {
      console.warn('could not confirm the kept join:', err);
      return;
    }
    if (!REFUSED.has(err.status)) return;
    forgetJoin(workshopId);
    if (stillShown()) navigate(paths.join(workshopId), { replace: true });
  }
}
