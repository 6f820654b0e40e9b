import type { Ctx } from '../http/context';
import { notFound } from '../http/errors';
import { json } from '../http/respond';
import { flavorView } from '../views/nova';

export function listFlavors(ctx: Ctx, detail: boolean): Response {
  const flavors = Object.values(ctx.db.compute.flavors)
    .filter((f) => f.is_public || ctx.auth.isAdmin)
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  return json({ flavors: flavors.map((f) => flavorView(ctx, f, detail)) });
}

export function showFlavor(ctx: Ctx): Response {
  const flavor = ctx.db.compute.flavors[ctx.param('flavor_id')];
  if (!flavor) throw notFound(`Flavor ${ctx.param('flavor_id')} could not be found.`);
  return json({ flavor: flavorView(ctx, flavor, true) });
}
