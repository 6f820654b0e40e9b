import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { SessionData } from '@/openstack/session-data';
import { loadSessionServices } from './load-session-services';
import { rememberRegions } from './remembered-regions';
import type { RuntimeConfig } from './runtime-config';
import type { SessionEnd, SessionStore } from './session-store';

export interface SignInForm {
  username: string;
  password: string;
  userDomain: string;
  projectName: string;
  region?: string;
}

export interface CloudContextValue {
  config: RuntimeConfig;
  session: SessionData | null;
  ended: SessionEnd | null;
  /** The session's own store: the API of a session is one per store (use-api.ts). */
  store: SessionStore;
  signIn(form: SignInForm): Promise<void>;
  signOut(): Promise<void>;
  switchProject(projectId: string): Promise<void>;
  switchRegion(region: string): Promise<void>;
  /** Only in demo mode: put the embedded cloud back to its seed. */
  resetDemo: (() => Promise<void>) | null;
}

const CloudContext = createContext<CloudContextValue | null>(null);

export interface CloudProviderProps {
  config: RuntimeConfig;
  store: SessionStore;
  resetDemo?: () => Promise<void>;
  /**
   * Work a new session needs done before its first page (the app records the list panels' first
   * requests: src/app/first-requests.ts). Its failure never stops signing in.
   */
  prepareSession?: (session: SessionData) => Promise<void>;
  children: ReactNode;
}

export function CloudProvider({ config, store, resetDemo, prepareSession, children }: CloudProviderProps) {
  const queryClient = useQueryClient();
  const { session, ended } = useSyncExternalStore(store.subscribe, store.getState, store.getState);

  // Set by signing in again over a page: what failed with the old token loads again, once the
  // queries have the new session's client (refetching before that render would send the old token again).
  const reloadWithNewToken = useRef(false);
  useEffect(() => {
    if (!session || !reloadWithNewToken.current) return;
    reloadWithNewToken.current = false;
    void queryClient.invalidateQueries();
  }, [session, queryClient]);

  /** Before a new session's first page: its token shown to every service, and what the app prepares. */
  const beforeFirstPage = useCallback(
    async (next: SessionData) => {
      const { introduceToken, cloudApiFor } = await loadSessionServices();
      await Promise.all([introduceToken(cloudApiFor(next, store)), prepareSession?.(next).catch(() => undefined)]);
    },
    [prepareSession, store],
  );

  const signIn = useCallback(
    async (form: SignInForm) => {
      const { authenticateWithPassword, buildSession } = await loadSessionServices();
      const issued = await authenticateWithPassword(config.authUrl, {
        username: form.username,
        password: form.password,
        userDomainName: form.userDomain,
        project: { name: form.projectName, domainName: config.defaults.projectDomain ?? form.userDomain },
      });
      const next = await buildSession(issued, {
        authUrl: config.authUrl,
        region: form.region ?? config.defaults.region ?? null,
        interface: config.defaults.interface ?? 'public',
      });
      rememberRegions(config.authUrl, next.regions);
      const before = store.getState().session;
      // Signing in again over a page: the same user and project go on where they were (what failed
      // with the old token loads again); anyone else must not see the previous one's data.
      const sameScope = before !== null && before.user.id === next.user.id && before.project.id === next.project.id;
      await beforeFirstPage(next);
      reloadWithNewToken.current = sameScope;
      store.setSession(next);
      if (before && !sameScope) queryClient.clear();
    },
    [beforeFirstPage, config, queryClient, store],
  );

  const signOut = useCallback(async () => {
    const current = store.getState().session;
    store.signOut();
    queryClient.clear();
    if (current) {
      // Revoking is best effort: the user is signed out here whatever the cloud answers.
      await loadSessionServices()
        .then(({ revokeToken }) => revokeToken(current.authUrl, current.token))
        .catch(() => undefined);
    }
  }, [queryClient, store]);

  const switchProject = useCallback(
    async (projectId: string) => {
      const current = store.getState().session;
      if (!current) return;
      const { rescopeToken, buildSession } = await loadSessionServices();
      const issued = await rescopeToken(current.authUrl, current.token, projectId);
      const next = await buildSession(issued, { authUrl: current.authUrl, region: current.region, interface: current.interface });
      await beforeFirstPage(next);
      store.setSession(next);
    },
    [beforeFirstPage, store],
  );

  const switchRegion = useCallback(
    async (region: string) => {
      const current = store.getState().session;
      if (!current || current.region === region) return;
      const { sessionInRegion } = await loadSessionServices();
      const next = await sessionInRegion(current, region);
      await beforeFirstPage(next);
      store.setSession(next);
    },
    [beforeFirstPage, store],
  );

  const value = useMemo<CloudContextValue>(
    () => ({ config, session, ended, store, signIn, signOut, switchProject, switchRegion, resetDemo: resetDemo ?? null }),
    [config, session, ended, store, signIn, signOut, switchProject, switchRegion, resetDemo],
  );
  return <CloudContext.Provider value={value}>{children}</CloudContext.Provider>;
}

export function useCloud(): CloudContextValue {
  const value = useContext(CloudContext);
  if (!value) throw new Error('useCloud must be used inside <CloudProvider>');
  return value;
}
