import { http, HttpResponse, type HttpHandler } from 'msw';
import type { z } from 'zod';
import { policyInputSchema } from '@/policy-engine/schema.mjs';
import type { CloudCore } from '../core';
import type { PolicyRecord, StoredPolicy } from '../db';
import { authFromToken } from '../http/auth';
import type { AuthInfo } from '../http/context';
import { ApiError, badRequest, conflict, notFound } from '../http/errors';
import { json } from '../http/respond';
import { nextId } from '../ids';
import { settle } from '../lifecycle';
import { beginRun, refreshNextRun } from '../policies/scheduler';

type PolicyInput = z.output<typeof policyInputSchema>;

interface PolicyRequest {
  core: CloudCore;
  auth: AuthInfo;
  id: string;
  request: Request;
  url: URL;
}

/** zod's issues in words: `schedule.minutes: Too small…; name: Required`. */
function inWords(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`).join('; ');
}

async function readInput(request: Request): Promise<PolicyInput> {
  if (!/^application\/json\b/i.test(request.headers.get('Content-Type') ?? '')) {
    throw new ApiError(415, 'Send the policy as JSON (Content-Type: application/json).');
  }
  let body: unknown;
  try {
    body = JSON.parse(await request.text()) as unknown;
  } catch {
    throw badRequest('The body is not valid JSON.');
  }
  const parsed = policyInputSchema.safeParse(body);
  if (!parsed.success) throw badRequest(inWords(parsed.error));
  return parsed.data;
}

function find(req: PolicyRequest): StoredPolicy {
  const stored = req.core.db.policy.policies[req.id];
  if (!stored || stored.policy.projectId !== req.auth.project.id) throw notFound(`No snapshot policy ${req.id} in this project.`);
  return stored;
}

function isoNow(core: CloudCore): string {
  return new Date(core.clock.now()).toISOString();
}

/** The credential's expiry as the server stores and shows it: an instant in UTC with milliseconds. */
function instantOrNull(iso: string | null | undefined): string | null {
  return iso ? new Date(iso).toISOString() : null;
}

function list(req: PolicyRequest): Response {
  const policies = Object.values(req.core.db.policy.policies)
    .filter((stored) => stored.policy.projectId === req.auth.project.id)
    .map((stored) => stored.policy)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return json({ policies });
}

async function create(req: PolicyRequest): Promise<Response> {
  const input = await readInput(req.request);
  const { core } = req;
  const id = nextId(core.db, 'policy');
  const now = isoNow(core);
  const policy: PolicyRecord = {
    ...input,
    id,
    projectId: req.auth.project.id,
    createdAt: now,
    updatedAt: now,
    nextRunAt: null,
    lastRun: null,
    credential: { id: nextId(core.db, 'application-credential'), expiresAt: instantOrNull(input.credentialExpiresAt) },
  };
  const stored: StoredPolicy = { policy, userId: req.auth.user.id, since: core.clock.now(), runs: [] };
  core.db.policy.policies[id] = stored;
  refreshNextRun(core, stored);
  return json({ policy }, 201);
}

async function update(req: PolicyRequest): Promise<Response> {
  const stored = find(req);
  const input = await readInput(req.request);
  const { core } = req;
  const resumed = input.enabled && !stored.policy.enabled;
  // Like the server: a new expiry means a new application credential (Keystone cannot change one).
  const expiryChanged = (stored.policy.credentialExpiresAt ?? null) !== (input.credentialExpiresAt ?? null);
  stored.policy = {
    ...stored.policy,
    ...input,
    updatedAt: isoNow(core),
    credential: expiryChanged ? { id: nextId(core.db, 'application-credential'), expiresAt: instantOrNull(input.credentialExpiresAt) } : stored.policy.credential,
  };
  // A paused policy resumes from now: the slots it slept through are not caught up.
  if (resumed) stored.since = core.clock.now();
  refreshNextRun(core, stored);
  return json({ policy: stored.policy });
}

function remove(req: PolicyRequest): Response {
  find(req);
  delete req.core.db.policy.policies[req.id];
  return new Response(null, { status: 204 });
}

async function runNow(req: PolicyRequest): Promise<Response> {
  const stored = find(req);
  if (stored.runs.some((run) => run.endedAt === null)) throw conflict('A run of this policy is still going: wait until it ends.');
  const run = await beginRun(req.core, stored, new Date(req.core.clock.now()), 'manual');
  return json({ run }, 202);
}

function runs(req: PolicyRequest): Response {
  const stored = find(req);
  const raw = req.url.searchParams.get('limit');
  const limit = raw === null || raw === '' ? 20 : Number(raw);
  if (!Number.isInteger(limit) || limit < 1) throw badRequest('limit must be a whole number from 1 to 100.');
  return json({ runs: stored.runs.toReversed().slice(0, Math.min(limit, 100)) });
}

/** `segments`: the path after /api/v1/policies, e.g. [] or [id] or [id, 'runs']. */
type Route = 'list' | 'one' | 'run' | 'runs';

function dispatch(method: string, segments: readonly string[], req: PolicyRequest): Response | Promise<Response> {
  const path = req.url.pathname.replace(/^.*(?=\/api\/v1\/policies)/, '');
  const [, sub, ...more] = segments;
  const routes: Record<Route, Partial<Record<string, () => Response | Promise<Response>>>> = {
    list: { GET: () => list(req), POST: () => create(req) },
    one: { GET: () => json({ policy: find(req).policy }), PUT: () => update(req), DELETE: () => remove(req) },
    run: { POST: () => runNow(req) },
    runs: { GET: () => runs(req) },
  };
  const kind = segments.length === 0 ? 'list' : sub === undefined ? 'one' : more.length === 0 && (sub === 'run' || sub === 'runs') ? sub : null;
  if (kind === null) throw notFound(`Nothing is served at ${path}.`);
  const handler = routes[kind][method];
  if (!handler) {
    const allow = Object.keys(routes[kind]).join(', ');
    throw new ApiError(405, `Use ${allow} here.`, { headers: { Allow: allow } });
  }
  return handler();
}

function errorBody(status: number, message: string, headers: Record<string, string> = {}): Response {
  return json({ error: { message } }, status, headers);
}

/**
 * The dashboard server's policy API (`/api/v1/policies`, on whatever origin the app runs) answered by
 * the mock cloud: same routes, schema and errors, runs driven by the virtual clock.
 */
export function policyHandler(core: CloudCore, tick: () => Promise<void>): HttpHandler {
  return http.all(/\/api\/v1\/policies(\/[^?#]*)?(\?.*)?$/, async ({ request }) => {
    const url = new URL(request.url);
    core.log.push({ method: request.method, url: request.url, at: core.clock.now() });
    if (core.scenario.offline) return HttpResponse.error();
    const now = core.clock.now();
    settle(core.db, now);
    const token = request.headers.get('X-Auth-Token');
    if (!token) return errorBody(401, 'Sign in: the policy API needs a token (X-Auth-Token).');
    const auth = authFromToken(core.db, token, now);
    if (!auth) return errorBody(401, 'The token has expired or is not valid: sign in again.');
    await tick();
    const segments = url.pathname.replace(/^.*\/api\/v1\/policies/, '').split('/').filter(Boolean).map(decodeURIComponent);
    try {
      return await dispatch(request.method, segments, { core, auth, id: segments[0] ?? '', request, url });
    } catch (error) {
      if (error instanceof ApiError) return errorBody(error.status, error.message, error.options.headers);
      console.error('[mock-cloud] policy handler crashed', request.method, request.url, error);
      return errorBody(500, error instanceof Error ? error.message : String(error));
    }
  });
}
