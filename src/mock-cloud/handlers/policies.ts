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
  let body: unknown;
  try {
    body = JSON.parse(await request.text()) as unknown;
  } catch {
    throw badRequest('The request body is not JSON.');
  }
  const parsed = policyInputSchema.safeParse(body);
  if (!parsed.success) throw badRequest(inWords(parsed.error));
  return parsed.data;
}

function find(req: PolicyRequest): StoredPolicy {
  const stored = req.core.db.policy.policies[req.id];
  if (!stored || stored.policy.projectId !== req.auth.project.id) throw notFound(`Policy ${req.id} not found.`);
  return stored;
}

function isoNow(core: CloudCore): string {
  return new Date(core.clock.now()).toISOString();
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
    credential: { id: nextId(core.db, 'application-credential'), expiresAt: input.credentialExpiresAt ?? null },
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
  stored.policy = {
    ...stored.policy,
    ...input,
    updatedAt: isoNow(core),
    credential: { ...stored.policy.credential, expiresAt: input.credentialExpiresAt ?? null },
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
  if (stored.runs.some((run) => run.endedAt === null)) throw conflict('A run of this policy is still in progress.');
  const run = await beginRun(req.core, stored, new Date(req.core.clock.now()), 'manual');
  return json({ run }, 202);
}

function runs(req: PolicyRequest): Response {
  const stored = find(req);
  const raw = req.url.searchParams.get('limit');
  const limit = raw === null ? 20 : Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw badRequest('limit must be an integer from 1 to 100.');
  return json({ runs: stored.runs.toReversed().slice(0, limit) });
}

/** `segments`: the path after /api/v1/policies, e.g. [] or [id] or [id, 'runs']. */
function dispatch(method: string, segments: readonly string[], req: PolicyRequest): Response | Promise<Response> {
  const [, sub, ...more] = segments;
  const routes: Record<string, Partial<Record<string, () => Response | Promise<Response>>>> = {
    list: { GET: () => list(req), POST: () => create(req) },
    one: { GET: () => json({ policy: find(req).policy }), PUT: () => update(req), DELETE: () => remove(req) },
    run: { POST: () => runNow(req) },
    runs: { GET: () => runs(req) },
  };
  const kind = segments.length === 0 ? 'list' : sub === undefined ? 'one' : more.length === 0 && (sub === 'run' || sub === 'runs') ? sub : null;
  if (kind === null) throw notFound('The resource could not be found.');
  const handler = routes[kind]?.[method];
  if (!handler) throw new ApiError(405, 'The method is not allowed for the requested URL.');
  return handler();
}

function errorBody(status: number, message: string): Response {
  return json({ error: { message } }, status);
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
    const auth = authFromToken(core.db, request.headers.get('X-Auth-Token'), now);
    if (!auth) return errorBody(401, 'The request you have made requires authentication.');
    await tick();
    const segments = url.pathname.replace(/^.*\/api\/v1\/policies/, '').split('/').filter(Boolean).map(decodeURIComponent);
    try {
      return await dispatch(request.method, segments, { core, auth, id: segments[0] ?? '', request, url });
    } catch (error) {
      if (error instanceof ApiError) return errorBody(error.status, error.message);
      console.error('[mock-cloud] policy handler crashed', request.method, request.url, error);
      return errorBody(500, error instanceof Error ? error.message : String(error));
    }
  });
}
