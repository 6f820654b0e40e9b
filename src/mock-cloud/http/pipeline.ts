import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { servicePrefix, type CloudCore, type FailRule, type ScenarioState } from '../core';
import { defaultMessage, renderFault, type Service } from '../faults';
import { uuidFrom } from '../ids';
import { settle } from '../lifecycle';
import { authFromToken } from './auth';
import { createCtx, type AuthInfo } from './context';
import { ApiError } from './errors';
import { computeVersions, negotiate, versionHeaders, volumeVersions } from './microversion';
import { matchRoute, type Route } from './router';

/** One msw handler per service; routing, auth, microversions, scenarios and error rendering happen here. */
export function serviceHandler(core: CloudCore, service: Service, routes: readonly Route[]): HttpHandler {
  const origin = new URL(core.baseUrl).origin;
  const rootPath = `${core.basePath}/${servicePrefix[service]}`;
  const pattern = new RegExp(`^${escapeRegExp(origin + rootPath)}(?:/.*)?$`);
  return http.all(pattern, ({ request }) => handleRequest(core, service, routes, rootPath, request));
}

async function handleRequest(
  core: CloudCore,
  service: Service,
  routes: readonly Route[],
  rootPath: string,
  request: Request,
): Promise<Response> {
  const url = new URL(request.url);
  core.log.push({ method: request.method, url: request.url, at: core.clock.now() });
  const scenario = core.scenario;
  if (scenario.offline) return HttpResponse.error();
  const latency = scenario.slowMs + chaosLatency(scenario, service);
  if (latency > 0) await delay(latency);
  const path = url.pathname.slice(rootPath.length).replace(/\/+$/, '');
  const hold = scenario.holds.find((rule) => ruleMatches(rule, service, request.method, path, `${url.origin}${url.pathname}`));
  if (hold) await hold.released;
  core.requestCount += 1;
  const requestId = `req-${uuidFrom(`request:${core.requestCount}`)}`;
  const accept = request.headers.get('Accept');

  const rule = takeFailRule(scenario, service, request.method, path, `${url.origin}${url.pathname}`);
  if (rule) return finish(failureResponse(core, service, rule, accept), service, requestId, {});
  if (scenario.chaos && service !== 'identity' && scenario.chaos.random() < scenario.chaos.errorRate) {
    return finish(faultResponse(service, new ApiError(503, defaultMessage(503)), accept), service, requestId, {});
  }

  const now = core.clock.now();
  settle(core.db, now);
  // Policy runs act on this cloud as the virtual clock passes, whether or not anyone asks the policy API.
  if (core.tickPolicies && Object.keys(core.db.policy.policies).length > 0) await core.tickPolicies();
  const match = matchRoute(routes, request.method, path);
  let extraHeaders: Record<string, string> = {};
  try {
    let auth: AuthInfo | null = null;
    if (!('route' in match) || !match.route.public) {
      auth = authFromToken(core.db, request.headers.get('X-Auth-Token'), now);
      if (!auth) return finish(unauthorized(core, service, accept), service, requestId, {});
    }
    if (!('route' in match)) {
      throw new ApiError(
        match.status,
        match.status === 404 ? 'The resource could not be found.' : 'The method is not allowed for the requested URL.',
      );
    }
    const range = service === 'compute' ? computeVersions : service === 'volume' ? volumeVersions : null;
    let mv = 0;
    if (range && !match.route.public) {
      mv = negotiate(range, request.headers);
      extraHeaders = versionHeaders(range, mv);
    }
    const projectInPath = match.params['project_id'];
    if (service === 'volume' && projectInPath !== undefined && auth && projectInPath !== auth.project.id) {
      throw new ApiError(400, 'Malformed request url');
    }
    const ctx = createCtx({
      core,
      db: core.db,
      now,
      service,
      request,
      url,
      path,
      params: match.params,
      query: url.searchParams,
      requestId,
      mv,
      auth,
    });
    const response = await match.route.handler(ctx);
    return finish(response, service, requestId, extraHeaders);
  } catch (error) {
    if (error instanceof ApiError) return finish(faultResponse(service, error, accept), service, requestId, extraHeaders);
    console.error('[mock-cloud] handler crashed', request.method, request.url, error);
    const crash = new ApiError(500, error instanceof Error ? error.message : String(error));
    return finish(faultResponse(service, crash, accept), service, requestId, extraHeaders);
  }
}

function finish(response: Response, service: Service, requestId: string, headers: Record<string, string>): Response {
  for (const [key, value] of Object.entries(headers)) response.headers.set(key, value);
  response.headers.set('X-Openstack-Request-Id', requestId);
  if (service === 'compute') response.headers.set('X-Compute-Request-Id', requestId);
  return response;
}

function faultResponse(service: Service, error: ApiError, accept: string | null): Response {
  const retryAfter = error.options.headers?.['Retry-After'];
  const rendered = renderFault(service, error.status, error.message, {
    accept,
    neutronType: error.options.neutronType,
    retryAfter,
  });
  return new Response(rendered.body, {
    status: error.status,
    headers: { 'Content-Type': rendered.contentType, ...error.options.headers },
  });
}

/** Glance renders keystonemiddleware's 401 through webob: its own wording, JSON or HTML. */
const glanceUnauthorized =
  'This server could not verify that you are authorized to access the document you requested. Either you supplied the wrong credentials (e.g., bad password), or your browser does not understand how to supply the credentials required.';

/**
 * keystonemiddleware's answer to a missing, expired or revoked token: Keystone's JSON error for
 * Keystone, Nova, Cinder and Neutron; Glance's webob body (see faults.ts) for Glance.
 */
export function unauthorized(core: CloudCore, service: Service = 'identity', accept: string | null = null): Response {
  const rendered =
    service === 'image'
      ? renderFault('image', 401, glanceUnauthorized, { accept })
      : renderFault('identity', 401, 'The request you have made requires authentication.');
  return new Response(rendered.body, {
    status: 401,
    headers: {
      'Content-Type': rendered.contentType,
      // Keystone names its own v3 root; keystonemiddleware in the others the Keystone root.
      'WWW-Authenticate': `Keystone uri="${core.baseUrl}/identity${service === 'identity' ? '/v3' : ''}"`,
    },
  });
}

function chaosLatency(scenario: ScenarioState, service: Service): number {
  const chaos = scenario.chaos;
  if (!chaos || service === 'identity' || chaos.maxLatencyMs <= 0) return 0;
  return Math.floor(chaos.random() * chaos.maxLatencyMs);
}

function takeFailRule(
  scenario: ScenarioState,
  service: Service,
  method: string,
  path: string,
  fullUrl: string,
): FailRule | undefined {
  const index = scenario.failRules.findIndex((rule) => ruleMatches(rule, service, method, path, fullUrl));
  const rule = scenario.failRules[index];
  if (!rule) return undefined;
  rule.remaining -= 1;
  if (rule.remaining <= 0) scenario.failRules.splice(index, 1);
  return rule;
}

function ruleMatches(
  rule: Pick<FailRule, 'service' | 'method' | 'path'>,
  service: Service,
  method: string,
  path: string,
  fullUrl: string,
): boolean {
  return rule.service === service && (rule.method === undefined || rule.method.toUpperCase() === method) && pathMatches(rule.path, path, fullUrl);
}

function pathMatches(expected: RegExp | string, path: string, fullUrl: string): boolean {
  if (typeof expected === 'string') return path === expected.replace(/\/+$/, '') || fullUrl.includes(expected);
  expected.lastIndex = 0;
  if (expected.test(path)) return true;
  expected.lastIndex = 0;
  return expected.test(fullUrl);
}

function failureResponse(core: CloudCore, service: Service, rule: FailRule, accept: string | null): Response {
  if (rule.body !== undefined) {
    const isText = typeof rule.body === 'string';
    return new Response(isText ? String(rule.body) : JSON.stringify(rule.body), {
      status: rule.status,
      headers: { 'Content-Type': isText ? 'text/plain' : 'application/json' },
    });
  }
  if (rule.status === 401) return unauthorized(core, service, accept);
  const headers: Record<string, string> = rule.status === 413 && service === 'volume' ? { 'Retry-After': '0' } : {};
  return faultResponse(service, new ApiError(rule.status, defaultMessage(rule.status), { headers }), accept);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
