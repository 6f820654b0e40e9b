import type { Keypair } from '../db';
import type { Ctx } from '../http/context';
import { badRequest, notFound } from '../http/errors';
import { parseIntParam } from '../http/input';
import { json } from '../http/respond';
import { withMarker } from '../paging';

function keypairView(ctx: Ctx, keypair: Keypair, detail: boolean): Record<string, unknown> {
  const view: Record<string, unknown> = { name: keypair.name, public_key: keypair.public_key, fingerprint: keypair.fingerprint };
  if (ctx.mv >= 2) view['type'] = keypair.type;
  if (detail) Object.assign(view, { user_id: keypair.user_id, created_at: keypair.created_at, deleted: false, deleted_at: null, updated_at: null, id: 1 });
  return view;
}

/** GET /os-keypairs: the user's keypairs, wrapped, with limit/marker and keypairs_links from 2.35. */
export function listKeypairs(ctx: Ctx): Response {
  const mine = Object.values(ctx.db.compute.keypairs)
    .filter((k) => k.user_id === ctx.auth.user.id)
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.name.localeCompare(b.name));
  if (ctx.mv < 35) return json({ keypairs: mine.map((k) => ({ keypair: keypairView(ctx, k, false) })) });
  const rawLimit = parseIntParam(ctx.query.get('limit'));
  if (rawLimit === 'invalid' || (rawLimit !== undefined && rawLimit < 0)) throw badRequest('Invalid input for query parameters limit.');
  const markerName = ctx.query.get('marker');
  let start = 0;
  if (markerName !== null) {
    start = mine.findIndex((k) => k.name === markerName) + 1;
    if (start === 0) throw badRequest(`Marker ${markerName} could not be found.`);
  }
  const limit = Math.min(rawLimit ?? 1000, 1000);
  const page = mine.slice(start, start + limit);
  const body: Record<string, unknown> = { keypairs: page.map((k) => ({ keypair: keypairView(ctx, k, false) })) };
  const last = page.at(-1);
  if (last && page.length === limit) {
    body['keypairs_links'] = [{ rel: 'next', href: `${ctx.core.baseUrl}/compute/v2.1/os-keypairs?${withMarker(ctx.query, last.name)}` }];
  }
  return json(body);
}

export function showKeypair(ctx: Ctx): Response {
  const keypair = ctx.db.compute.keypairs[`${ctx.auth.user.id}/${ctx.param('name')}`];
  if (!keypair) throw notFound(`Keypair ${ctx.param('name')} not found for user ${ctx.auth.user.id}`);
  return json({ keypair: keypairView(ctx, keypair, true) });
}
