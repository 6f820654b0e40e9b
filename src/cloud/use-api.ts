import type { CloudApi } from '@/openstack/http';
import { useCloud } from './cloud-context';
import { cloudApiFor } from './session-services';

/** The API of the signed-in session; pages under the signed-in layout only. */
export function useApi(): CloudApi {
  const { session, store } = useCloud();
  if (!session) throw new Error('useApi needs a signed-in session');
  return cloudApiFor(session, store);
}
