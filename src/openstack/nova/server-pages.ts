import type { Server } from './schemas';
import { serverTaskState } from './server-helpers';
import type { ServerListFilters, ServerPage } from './servers';

/** Sort keys a change of state moves a row under. */
const stateSortKeys: ReadonlySet<string> = new Set(['vm_state', 'task_state', 'power_state']);

/** What one fresher answer for a server means for one cached page of a server list. */
export type ServerPagePatch = { kind: 'unchanged' } | { kind: 'patched'; page: ServerPage } | { kind: 'reread' };

function isOlder(answer: Server, cached: Server): boolean {
  const answered = Date.parse(answer.updated ?? '');
  const held = Date.parse(cached.updated ?? '');
  return Number.isFinite(answered) && Number.isFinite(held) && answered < held;
}

function stateMoved(answer: Server, cached: Server): boolean {
  return (
    answer.status !== cached.status ||
    serverTaskState(answer) !== serverTaskState(cached) ||
    answer['OS-EXT-STS:vm_state'] !== cached['OS-EXT-STS:vm_state'] ||
    answer['OS-EXT-STS:power_state'] !== cached['OS-EXT-STS:power_state']
  );
}

/**
 * A GET /servers/{id} answer put in a page of GET /servers/detail that shows that server: its row
 * is replaced in place. A page filtered or sorted by state that the change would move the row in
 * is read again instead; a page without the server, with a newer copy or with the same one, is left alone.
 */
export function patchServerPage(page: ServerPage, filters: ServerListFilters, answer: Server): ServerPagePatch {
  const index = page.servers.findIndex((server) => server.id === answer.id);
  const cached = page.servers[index];
  // An equal answer (most polls of a building server) changes nothing: no new page, no render.
  if (!cached || isOlder(answer, cached) || JSON.stringify(answer) === JSON.stringify(cached)) return { kind: 'unchanged' };
  const placedByState = Boolean(filters.status) || stateSortKeys.has(filters.sortKey ?? '');
  if (placedByState && stateMoved(answer, cached)) return { kind: 'reread' };
  return { kind: 'patched', page: { ...page, servers: page.servers.with(index, answer) } };
}
