import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadPage, preloadPageNamed } from './App.tsx';
import { initI18n } from './i18n/index.ts';
import { mayHaveKeptJoin } from './join/keptJoinKey.ts';
import { matchRoute } from './router/routes.ts';
import { registerServiceWorker } from './sw/registerServiceWorker.ts';
import './styles/index.css';

// The remembered language's strings load beside the first page's code (English is a chunk).
const i18nReady = initI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The join link opened again on a device that joined with it: the address becomes the board's
// before anything renders, so the board's code loads below and the join page never renders
// (join/resumeJoin.ts). The join page's module (where that lives) is awaited only when this device
// kept a join here; a first visit renders as before.
const first = matchRoute(location.pathname);
if (first.page === 'join' && mayHaveKeptJoin(first.workshopId)) {
  // Meanwhile the board's code: it is the next page either way (the join page loads it too).
  preloadPageNamed('board').catch(() => undefined);
  await import('./pages/JoinPage.tsx')
    .then((m) => m.resumeKeptJoin(first.workshopId))
    .catch((err: unknown) => console.warn('could not resume the kept join:', err)); // the join page then shows as on a first visit
}
// The first page's code is loaded before the first render, so that it shows without a
// "Laden…" flash and React's fallback throttle (see router/lazyPage.ts). A slow connection
// gets the fallback after a short wait instead of a blank page; a failed load is left to the
// page's own render (which shows the error).
await Promise.race([
  preloadPage(location.pathname).catch(() => undefined),
  new Promise((resolve) => setTimeout(resolve, 200)),
]);
await i18nReady;
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// Keeps the app shell on the device so that a board opens offline (docs/operations.md).
registerServiceWorker();
