// @vitest-environment jsdom
import type { SessionData } from '@/openstack/session-data';
import { SessionStore } from './session-store';

function sessionExpiringIn(ms: number): SessionData {
  return {
    authUrl: 'http://cloud.test/identity/v3',
    token: 'tok-1',
    expiresAt: new Date(Date.now() + ms).toISOString(),
    user: { id: 'u1', name: 'demo' },
    project: { id: 'p1', name: 'demo' },
    roles: ['member'],
    catalog: [],
    region: 'RegionOne',
    regions: ['RegionOne'],
    interface: 'public',
    microversions: { compute: '2.93', volume: '3.70' },
  };
}

describe('SessionStore', () => {
  afterEach(() => {
    vi.useRealTimers();
    sessionStorage.clear();
    localStorage.clear();
  });

  it('keeps the token in sessionStorage, never in localStorage, and restores it after a reload', () => {
    const store = new SessionStore(sessionStorage);
    store.setSession(sessionExpiringIn(3_600_000));
    expect(sessionStorage.getItem('snapshot-dashboard.session')).toContain('tok-1');
    expect(JSON.stringify({ ...localStorage })).not.toContain('tok-1');
    expect(new SessionStore(sessionStorage).getState().session?.token).toBe('tok-1');
  });

  it('at the token expiry keeps the page (the session stays, marked expired) but no longer restores it', () => {
    vi.useFakeTimers();
    const store = new SessionStore(sessionStorage);
    const seen: Array<string | null> = [];
    store.subscribe(() => seen.push(store.getState().ended));
    store.setSession(sessionExpiringIn(60_000));
    vi.advanceTimersByTime(59_000);
    expect(store.getState().session).not.toBeNull();
    vi.advanceTimersByTime(2_000);
    expect(store.getState().ended).toBe('expired');
    expect(store.getState().session?.user.name).toBe('demo');
    expect(seen.at(-1)).toBe('expired');
    expect(sessionStorage.getItem('snapshot-dashboard.session')).toBeNull();
  });

  it('does not restore an expired token', () => {
    sessionStorage.setItem('snapshot-dashboard.session', JSON.stringify(sessionExpiringIn(-1000)));
    expect(new SessionStore(sessionStorage).getState().session).toBeNull();
  });

  it('signs out with its own reason', () => {
    const store = new SessionStore(sessionStorage);
    store.setSession(sessionExpiringIn(3_600_000));
    store.signOut();
    expect(store.getState()).toEqual({ session: null, ended: 'signed-out' });
  });
});
