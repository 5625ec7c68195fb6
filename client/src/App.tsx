import { lazy, Suspense } from 'react';
import { Loading } from './components/Status.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { useRoute } from './router/useRoute.ts';

// Pages load on demand: a participant on venue Wi-Fi should not wait for the organiser's
// pages, and the home page should not wait for Yjs and Socket.IO.
const JoinPage = lazy(() => import('./pages/JoinPage.tsx').then((m) => ({ default: m.JoinPage })));
const BoardPage = lazy(() => import('./pages/BoardPage.tsx').then((m) => ({ default: m.BoardPage })));
const OrganiserPage = lazy(() => import('./pages/OrganiserPage.tsx').then((m) => ({ default: m.OrganiserPage })));
const FacilitatorPage = lazy(() => import('./pages/FacilitatorPage.tsx').then((m) => ({ default: m.FacilitatorPage })));
const PlenaryPage = lazy(() => import('./pages/PlenaryPage.tsx').then((m) => ({ default: m.PlenaryPage })));

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
    case 'notFound': return <NotFoundPage key={key} />;
  }
}
