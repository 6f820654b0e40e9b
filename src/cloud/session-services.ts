import { authenticateWithPassword, rescopeToken, revokeToken } from '@/openstack/keystone/auth';
import { createCloudApi, type CloudApi } from '@/openstack/http';
import { buildSession, sessionInRegion } from '@/openstack/session';
import type { SessionData } from '@/openstack/session-data';
import { introduceToken } from '@/openstack/token-introduction';
import type { SessionStore } from './session-store';

const apis = new WeakMap<SessionStore, WeakMap<SessionData, CloudApi>>();

/**
 * The one API of a session: the boot-time prefetch of the first panel (src/app/first-panel.ts) and
 * the pages share it, so a refused token ends the session the same way from either.
 */
export function cloudApiFor(session: SessionData, store: SessionStore): CloudApi {
  const ofStore = apis.get(store) ?? new WeakMap<SessionData, CloudApi>();
  apis.set(store, ofStore);
  let api = ofStore.get(session);
  if (!api) {
    api = createCloudApi(session, { onUnauthorized: () => store.expire(session) });
    ofStore.set(session, api);
  }
  return api;
}

/** What signing in, switching and signing out call on the cloud: loaded after the login page (load-session-services.ts). */
export const sessionServices = { authenticateWithPassword, rescopeToken, revokeToken, buildSession, sessionInRegion, introduceToken, cloudApiFor };

export type SessionServices = typeof sessionServices;
