import { OpenStackError } from '../errors';
import type { CloudApi } from '../http';
import { atLeast } from '../microversion';
import { fetchAllPages, nextMarkerFromLinks, type Page } from '../paging';
import { parseAnswer } from '../parse';
import { toSearchParams } from '../query-params';
import { checkRequest, segment } from '../request';
import {
  serverCreateRequestSchema,
  serverCreateResponseSchema,
  serverListSchema,
  serverShowSchema,
  type Server,
  type ServerCreate,
} from './schemas';

export interface ServerListFilters {
  /** Nova treats it as a regular expression. */
  name?: string;
  status?: string;
  limit?: number;
  marker?: string;
  sortKey?: string;
  sortDir?: 'asc' | 'desc';
}

export interface ServerPage {
  servers: Server[];
  nextMarker: string | null;
}

/** GET /servers/detail, one page; `nextMarker` comes from the `servers_links` next link. */
export async function listServers(api: CloudApi, filters: ServerListFilters = {}): Promise<ServerPage> {
  const params = toSearchParams({
    name: filters.name,
    status: filters.status,
    limit: filters.limit,
    marker: filters.marker,
    sort_key: filters.sortKey,
    sort_dir: filters.sortDir,
  });
  const response = await api.http('compute').get('/servers/detail', { params });
  const body = parseAnswer(serverListSchema, response.data, 'compute', 'GET /servers/detail');
  return { servers: body.servers, nextMarker: nextMarkerFromLinks(body.servers_links, body.servers.at(-1)?.id) };
}

/** Every page of GET /servers/detail. */
export function listAllServers(api: CloudApi, filters: Omit<ServerListFilters, 'marker'> = {}): Promise<Server[]> {
  return fetchAllPages(async (marker): Promise<Page<Server>> => {
    const page = await listServers(api, { ...filters, marker });
    return { items: page.servers, nextMarker: page.nextMarker };
  });
}

/** GET /servers/{id}. */
export async function getServer(api: CloudApi, id: string): Promise<Server> {
  const response = await api.http('compute').get(`/servers/${segment(id)}`);
  return parseAnswer(serverShowSchema, response.data, 'compute', 'GET /servers/{id}').server;
}

/**
 * POST /servers (202). The body is checked against its schema first; unknown keys are dropped.
 * From 2.37 `networks` is required (`'auto'`, `'none'` or a list).
 */
export async function createServer(
  api: CloudApi,
  server: ServerCreate,
  schedulerHints?: Record<string, unknown>,
): Promise<{ id: string }> {
  if (server.networks === undefined && atLeast(api.microversion('compute'), '2.37')) {
    throw new OpenStackError({
      service: 'compute',
      kind: 'parse',
      status: null,
      field: 'server.networks',
      message: 'The dashboard did not send POST /servers: from microversion 2.37 "networks" is required ("auto", "none" or a list).',
    });
  }
  const body = checkRequest(
    serverCreateRequestSchema,
    { server, ...(schedulerHints ? { 'OS-SCH-HNT:scheduler_hints': schedulerHints } : {}) },
    'compute',
    'POST /servers',
  );
  const response = await api.http('compute').post('/servers', body);
  return { id: parseAnswer(serverCreateResponseSchema, response.data, 'compute', 'POST /servers').server.id };
}

/** DELETE /servers/{id} (204). */
export async function deleteServer(api: CloudApi, id: string): Promise<void> {
  await api.http('compute').delete(`/servers/${segment(id)}`);
}
