/** A tiny msw server for client tests: unhandled requests fail the test. */
import type { RequestHandler } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';

export function startMockServer(...handlers: RequestHandler[]): SetupServer {
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}
