import { setupServer, type SetupServer } from 'msw/node';
import type { MockCloud } from './index';

/** msw/node server for the cloud's handlers; the caller runs listen() and close(). */
export function startMockCloudServer(cloud: MockCloud): SetupServer {
  return setupServer(...cloud.handlers);
}
