/** Every page of the app, as parsed from `location.pathname`. */
export type Route =
  | { page: 'home' }
  | { page: 'join'; workshopId: string }
  | { page: 'board'; workshopId: string; groupId: string }
  | { page: 'organiser'; workshopId: string }
  | { page: 'facilitator'; workshopId: string }
  | { page: 'plenary'; workshopId: string }
  | { page: 'bench' }
  | { page: 'notFound' };

const ID = '([A-Za-z0-9_-]{1,64})';
const patterns: Array<[RegExp, (m: string[]) => Route]> = [
  [/^\/$/, () => ({ page: 'home' })],
  [new RegExp(`^/w/${ID}/join$`), ([, id]) => ({ page: 'join', workshopId: id! })],
  [new RegExp(`^/w/${ID}/g/${ID}$`), ([, id, g]) => ({ page: 'board', workshopId: id!, groupId: g! })],
  [new RegExp(`^/w/${ID}/organiser$`), ([, id]) => ({ page: 'organiser', workshopId: id! })],
  [new RegExp(`^/w/${ID}/facilitator$`), ([, id]) => ({ page: 'facilitator', workshopId: id! })],
  [new RegExp(`^/w/${ID}/plenary$`), ([, id]) => ({ page: 'plenary', workshopId: id! })],
  // The canvas benchmark page (tests/bench/boardBench.ts): a local board, no server, no token.
  [/^\/bench\/board$/, () => ({ page: 'bench' })],
];

/** Maps a path to its page; a trailing slash is ignored, anything unknown is `notFound`. */
export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  for (const [pattern, build] of patterns) {
    const m = pattern.exec(path);
    if (m) return build(m);
  }
  return { page: 'notFound' };
}

/** Client paths of each page; the same shapes as server/links.ts hands out. */
export const paths = {
  home: () => '/',
  join: (id: string) => `/w/${id}/join`,
  board: (id: string, groupId: string) => `/w/${id}/g/${groupId}`,
  organiser: (id: string) => `/w/${id}/organiser`,
  facilitator: (id: string) => `/w/${id}/facilitator`,
  plenary: (id: string) => `/w/${id}/plenary`,
} as const;
