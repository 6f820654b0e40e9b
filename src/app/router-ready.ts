import type { createBrowserRouter } from 'react-router-dom';

type Router = ReturnType<typeof createBrowserRouter>;

/** Longest the first render waits for the opening route's code; then the router's own placeholder shows. */
const READY_WAIT_MS = 3000;

/**
 * Resolves once `router` has loaded the code of the routes the address opens (its `lazy` modules),
 * or failed to, or after READY_WAIT_MS: a first render then finds the page's component in place.
 */
export function routerReady(router: Router, waitMs: number = READY_WAIT_MS): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, waitMs);
    const unsubscribe = router.subscribe((state) => {
      if (state.initialized) done();
    });
  });
}
