import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useCloud } from '@/cloud/cloud-context';
import { paths } from '@/paths';

/** Sends a visitor without a session to the login page, remembering where they were going. */
export function RequireSession() {
  const { session, ended } = useCloud();
  const location = useLocation();
  if (session) return <Outlet />;
  const params = new URLSearchParams({ next: `${location.pathname}${location.search}${location.hash}` });
  if (ended) params.set('reason', ended);
  return <Navigate to={`${paths.login}?${params.toString()}`} replace />;
}
