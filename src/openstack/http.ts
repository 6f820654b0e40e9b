import axios, { AxiosError, type AxiosAdapter, type AxiosInstance } from 'axios';
import { withEarlyResponses } from './early-requests/adapter';
import { messageFromErrorBody } from './error-body';
import { OpenStackError } from './errors';
import { requireEndpoint } from './keystone/catalog';
import { serviceName, type ServiceKind } from './service-kind';
import type { SessionData } from './session-data';

const REQUEST_TIMEOUT_MS = 60_000;

function requestIdOf(headers: unknown): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  const record = headers as Record<string, unknown>;
  const id = record['x-openstack-request-id'] ?? record['x-compute-request-id'];
  return typeof id === 'string' ? id : undefined;
}

/** Turns whatever axios threw into the one error type, with the service's own words. */
export function toOpenStackError(service: ServiceKind, error: unknown): OpenStackError {
  if (error instanceof OpenStackError) return error;
  if (error instanceof AxiosError) {
    const method = error.config?.method?.toUpperCase();
    const url = error.config?.url;
    if (error.response) {
      const { status, statusText, data, headers } = error.response;
      const parsed = messageFromErrorBody(data);
      return new OpenStackError({
        service,
        kind: 'http',
        status,
        message: parsed?.message || `${serviceName(service)} answered ${status}${statusText ? ` ${statusText}` : ''}.`,
        faultName: parsed?.faultName,
        requestId: requestIdOf(headers),
        method,
        url,
      });
    }
    const reason = error.code === 'ECONNABORTED' ? 'the request timed out' : error.message || 'network error';
    return new OpenStackError({
      service,
      kind: 'network',
      status: null,
      message: `Could not reach ${serviceName(service)}: ${reason}.`,
      method,
      url,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new OpenStackError({ service, kind: 'network', status: null, message });
}

/** The policy API is served by the dashboard's own server, on the app's origin (the mock cloud answers it in the demo). */
export function policyApiRoot(): string {
  return new URL('/api/v1', globalThis.location?.href ?? 'http://localhost/').href;
}

export interface HttpOptions {
  baseURL: string;
  token?: string;
  microversionHeader?: string;
  onUnauthorized?: (error: OpenStackError) => void;
  /** How requests are sent; by default axios's own, after the answers index.html's script already asked for. */
  adapter?: AxiosAdapter;
}

export function createServiceHttp(service: ServiceKind, options: HttpOptions): AxiosInstance {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token) headers['X-Auth-Token'] = options.token;
  if (options.microversionHeader) headers['OpenStack-API-Version'] = options.microversionHeader;
  const adapter = options.adapter ?? withEarlyResponses(options.token);
  const instance = axios.create({ baseURL: options.baseURL, headers, timeout: REQUEST_TIMEOUT_MS, adapter });
  instance.interceptors.response.use(undefined, (error: unknown) => {
    const normalised = toOpenStackError(service, error);
    if (normalised.status === 401 && options.onUnauthorized) options.onUnauthorized(normalised);
    return Promise.reject(normalised);
  });
  return instance;
}

/** What every client call receives: the endpoints and credentials of one scoped session. */
export interface CloudApi {
  readonly session: SessionData;
  /** Distinguishes caches of different clouds, regions and projects. */
  readonly scope: string;
  readonly projectId: string;
  http(service: ServiceKind): AxiosInstance;
  endpoint(service: ServiceKind): string;
  microversion(service: 'compute' | 'volume'): string | null;
}

export interface CloudApiOptions {
  onUnauthorized?: (error: OpenStackError) => void;
  /** See HttpOptions.adapter: the first requests' recorder sends nothing. */
  adapter?: AxiosAdapter;
}

export function createCloudApi(session: SessionData, options: CloudApiOptions = {}): CloudApi {
  const instances = new Map<ServiceKind, AxiosInstance>();
  const choice = { region: session.region ?? undefined, interface: session.interface };
  const microversionHeader = (service: ServiceKind): string | undefined => {
    if (service === 'compute' && session.microversions.compute) return `compute ${session.microversions.compute}`;
    if (service === 'volume' && session.microversions.volume) return `volume ${session.microversions.volume}`;
    return undefined;
  };
  const api: CloudApi = {
    session,
    scope: `${session.authUrl}|${session.region ?? ''}|${session.project.id}`,
    projectId: session.project.id,
    endpoint: (service) => {
      if (service === 'identity') return session.authUrl;
      if (service === 'policies' || service === 'downloads') return policyApiRoot();
      return requireEndpoint(session.catalog, service, choice);
    },
    microversion: (service) => session.microversions[service],
    http(service) {
      const existing = instances.get(service);
      if (existing) return existing;
      const created = createServiceHttp(service, {
        baseURL: api.endpoint(service),
        token: session.token,
        microversionHeader: microversionHeader(service),
        onUnauthorized: options.onUnauthorized,
        adapter: options.adapter,
      });
      instances.set(service, created);
      return created;
    },
  };
  return api;
}
