import { sampleRecord } from '../test-samples';
import { serverListSchema, type Server } from './schemas';
import { patchServerPage } from './server-pages';
import type { ServerPage } from './servers';

function firstServer(): Server {
  const found = serverListSchema.parse(sampleRecord('nova/servers/servers-details-resp.json')).servers[0];
  if (!found) throw new Error('no server');
  return found;
}
const sample = firstServer();

type Fields = Partial<Pick<Server, 'name' | 'status' | 'updated' | 'OS-EXT-STS:task_state'>>;

function server(id: string, fields: Fields = {}): Server {
  return { ...sample, id, name: id, status: 'BUILD', updated: '2026-03-01T12:00:00Z', 'OS-EXT-STS:task_state': 'spawning', ...fields };
}

const page: ServerPage = { servers: [server('a', { status: 'ACTIVE', 'OS-EXT-STS:task_state': null }), server('new')], nextMarker: null };
const active = server('new', { status: 'ACTIVE', 'OS-EXT-STS:task_state': null, updated: '2026-03-01T12:00:04Z' });

describe('patchServerPage', () => {
  it('replaces the row in place with the fresher answer', () => {
    const patch = patchServerPage(page, { limit: 20, sortKey: 'created_at', sortDir: 'desc' }, active);
    expect(patch).toEqual({ kind: 'patched', page: { servers: [page.servers[0], active], nextMarker: null } });
    expect(page.servers[1]?.status).toBe('BUILD');
  });

  it('leaves a page without the server, or with a newer copy of it, alone', () => {
    expect(patchServerPage(page, {}, server('elsewhere'))).toEqual({ kind: 'unchanged' });
    const older = server('new', { status: 'ACTIVE', updated: '2026-03-01T11:59:59Z' });
    expect(patchServerPage(page, {}, older)).toEqual({ kind: 'unchanged' });
  });

  it('leaves the page as it is when the answer equals the row (nothing to draw again)', () => {
    expect(patchServerPage(page, {}, server('new'))).toEqual({ kind: 'unchanged' });
  });

  it('has a page filtered or sorted by state read again when the state moved, and patches it when it did not', () => {
    expect(patchServerPage(page, { status: 'BUILD' }, active)).toEqual({ kind: 'reread' });
    expect(patchServerPage(page, { sortKey: 'vm_state' }, active)).toEqual({ kind: 'reread' });
    const renamed = server('new', { name: 'renamed' });
    expect(patchServerPage(page, { status: 'BUILD' }, renamed).kind).toBe('patched');
  });
});
