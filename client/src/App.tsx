import { Suspense } from 'react';
import { Loading } from './components/Status.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { lazyPage } from './router/lazyPage.ts';
import { matchRoute } from './router/routes.ts';
import { useRoute } from './router/useRoute.ts';

// Pages load on demand: a participant on venue Wi-Fi should not wait for the organiser's
// pages, and the home page should not wait for Yjs and Socket.IO.
const pages = {
  join: lazyPage(() => import('./pages/JoinPage.tsx').then((m) => m.JoinPage)),
  board: lazyPage(() => import('./pages/BoardPage.tsx').then((m) => m.BoardPage)),
  organiser: lazyPage(() => import('./pages/OrganiserPage.tsx').then((m) => m.OrganiserPage)),
  facilitator: lazyPage(() => import('./pages/FacilitatorPage.tsx').then((m) => m.FacilitatorPage)),
  plenary: lazyPage(() => import('./pages/PlenaryPage.tsx').then((m) => m.PlenaryPage)),
  bench: lazyPage(() => import('./pages/BenchBoardPage.tsx').then((m) => m.BenchBoardPage)),
};
const JoinPage = pages.join.Component;
const BoardPage = pages.board.Component;
const OrganiserPage = pages.organiser.Component;
const FacilitatorPage = pages.facilitator.Component;
const PlenaryPage = pages.plenary.Component;
const BenchBoardPage = pages.bench.Component;

/** Loads the code of the page at `pathname` (main.tsx calls it before the first render). */
export function preloadPage(pathname: string): Promise<void> {
  const { page } = matchRoute(pathname);
  return page in pages ? pages[page as keyof typeof pages].preload() : Promise.resolve();
}

/** Starts loading one page's code by name (main.tsx: the board's, while a kept join is read). */
export function preloadPageNamed(page: keyof typeof pages): Promise<void> {
  return pages[page].preload();
}

/** Picks the page for the current path; every navigation mounts a fresh page. */
export function App() {
  const { route, key } = useRoute();
  return (
    <Suspense fallback={<Loading />}>
      <Page route={route} routeKey={key} />
    </Suspense>
  );
}

function Page({ route, routeKey: key }: ReturnType<typeof useRoute>['route'] extends infer R ? { route: R; routeKey: number } : never) {
  switch (route.page) {
    case 'home': return <HomePage key={key} />;
    case 'join': return <JoinPage key={key} workshopId={route.workshopId} />;
    case 'board': return <BoardPage key={key} workshopId={route.workshopId} groupId={route.groupId} />;
    case 'organiser': return <OrganiserPage key={key} workshopId={route.workshopId} />;
    case 'facilitator': return <FacilitatorPage key={key} workshopId={route.workshopId} />;
    case 'plenary': return <PlenaryPage key={key} workshopId={route.workshopId} />;
    case 'bench': return <BenchBoardPage key={key} />;
    case 'notFound': return <NotFoundPage key={key} />;
  }
}
