import { paths } from '../router/routes.ts';

const CHOOSE = 'choose';

/**
 * The join page that shows the group choice even when this device has joined before (the
 * board's "join another group" link). A query parameter rather than navigation state, so that
 * a reload or a new tab keeps choosing instead of going back to the old board.
 */
export const chooseGroupPath = (workshopId: string) => `${paths.join(workshopId)}?${CHOOSE}`;

/** Whether the page at `search` is the join page opened to choose a group again. */
export const isChoosingGroup = (search: string = location.search) => new URLSearchParams(search).has(CHOOSE);
