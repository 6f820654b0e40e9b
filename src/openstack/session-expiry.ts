import type { SessionData } from './session-data';

export function sessionExpired(session: SessionData, now: number = Date.now()): boolean {
  const expiry = Date.parse(session.expiresAt);
  return Number.isFinite(expiry) && expiry <= now;
}
