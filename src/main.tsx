import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router-dom';
import { App } from '@/app/App';
import { firstRenderReady } from '@/app/first-render';
import { appRoutes } from '@/app/routes';
import { routerReady } from '@/app/router-ready';
import { createQueryClient } from '@/app/query-client';
import { SessionStore } from '@/cloud/session-store';
import { loadRuntimeConfig } from '@/cloud/runtime-config';
import { initialLocale, loadLocale } from '@/i18n';
import { applyTheme, savedTheme } from '@/lib/theme';
import '@/styles/tokens.css';
import '@/styles/base.css';

// Before anything renders: a dark choice never flashes light.
applyTheme(savedTheme());

async function boot(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  // A saved non-English choice is fetched alongside the settings, so the first render speaks it.
  const messages = loadLocale(initialLocale()).catch(() => undefined);
  let config;
  try {
    config = await loadRuntimeConfig();
  } catch (error) {
    root.render(<p role="alert">The dashboard could not read its settings (/os/config.json): {String(error)}</p>);
    return;
  }
  let resetDemo: (() => Promise<void>) | undefined;
  if (config.mode === 'demo') {
    // The mock cloud is its own chunk: a dashboard pointed at a real cloud never downloads it.
    const demo = await import('@/mock-cloud/browser');
    try {
      await demo.startDemoCloud();
    } catch (error) {
      root.render(<p role="alert">The demo cloud could not start in this browser (it needs service workers): {String(error)}</p>);
      return;
    }
    resetDemo = async () => {
      await demo.resetDemoCloud();
      sessionStorage.removeItem('snapshot-dashboard.session');
    };
  }
  const queryClient = createQueryClient();
  const store = new SessionStore();
  // A stored session's first list request starts as soon as the data layer has arrived (index.html's
  // own script has usually sent it already: early-requests/replay.mjs).
  const firstData = store.getState().session
    ? import('@/app/first-panel').then(({ prefetchFirstPanel }) => prefetchFirstPanel(queryClient, store, window.location))
    : Promise.resolve();
  // The router loads the opening panel's code (preloaded with index.html) before the first render,
  // so that render draws the page at once instead of a placeholder and then, in a transition, the
  // page; and, when they come soon enough, with its rows (first-render.ts).
  const router = createBrowserRouter(appRoutes);
  await firstRenderReady(Promise.all([messages, routerReady(router)]), firstData);
  root.render(
    <StrictMode>
      <App config={config} resetDemo={resetDemo} queryClient={queryClient} store={store} createRouter={() => router} preloadPanels />
    </StrictMode>,
  );
}

void boot();
