import type { VolumeMessage, VolumeSnapshot } from '@/openstack/cinder/schemas';
import { DeleteWatch, type DeleteWatchDeps } from './delete-watch';
import { aSnapshot } from './test/fixtures';

function message(resource: string, text: string, at: string): VolumeMessage {
  return { id: `${resource}-${at}`, user_message: text, resource_uuid: resource, created_at: at };
}

/** A fake Cinder: `cloud` says what each snapshot is now (absent = gone). */
function fakeCloud(cloud: Map<string, VolumeSnapshot>, messages: VolumeMessage[] = []) {
  const calls = { listDeleting: 0, getSnapshot: 0, listMessages: 0 };
  const deps: DeleteWatchDeps = {
    listDeleting: async () => {
      calls.listDeleting += 1;
      return [...cloud.values()].filter((snapshot) => snapshot.status === 'deleting');
    },
    getSnapshot: async (id) => {
      calls.getSnapshot += 1;
      return cloud.get(id) ?? null;
    },
    listMessages: async () => {
      calls.listMessages += 1;
      return messages;
    },
    intervalMs: 10,
    timeoutMs: 60_000,
  };
  return { deps, calls };
}

describe('DeleteWatch', () => {
  it('settles a batch with one deleting-listing per check: gone is deleted, back to available is refused with Cinder’s words', async () => {
    const cloud = new Map([
      ['a', aSnapshot({ id: 'a', status: 'deleting' })],
      ['b', aSnapshot({ id: 'b', status: 'deleting' })],
      ['c', aSnapshot({ id: 'c', status: 'deleting' })],
    ]);
    const { deps, calls } = fakeCloud(cloud, [
      message('c', 'old message', '2026-01-01T00:00:00'),
      message('c', 'delete snapshot: Snapshot is busy.', '2026-03-01T00:00:00'),
    ]);
    const watch = new DeleteWatch(deps);
    const outcomes = Promise.all(['a', 'b', 'c'].map((id) => watch.watch(id)));
    await new Promise((resolve) => setTimeout(resolve, 35));
    expect(calls.getSnapshot).toBe(0);
    cloud.delete('a');
    cloud.delete('b');
    cloud.set('c', aSnapshot({ id: 'c', status: 'available' }));
    expect(await outcomes).toEqual([
      { kind: 'deleted' },
      { kind: 'deleted' },
      { kind: 'refused', status: 'available', reason: 'delete snapshot: Snapshot is busy.' },
    ]);
    // One look per settled snapshot, one messages call for the refusals.
    expect(calls.getSnapshot).toBe(3);
    expect(calls.listMessages).toBe(1);
    expect(watch.watching).toBe(0);
  });

  it('a refusal without a message has no reason; a failed check decides nothing', async () => {
    const cloud = new Map([['a', aSnapshot({ id: 'a', status: 'deleting' })]]);
    const { deps } = fakeCloud(cloud);
    let failures = 1;
    const watch = new DeleteWatch({
      ...deps,
      listDeleting: async () => {
        if (failures-- > 0) throw new Error('network');
        return deps.listDeleting();
      },
    });
    const outcome = watch.watch('a');
    cloud.set('a', aSnapshot({ id: 'a', status: 'available' }));
    expect(await outcome).toEqual({ kind: 'refused', status: 'available', reason: null });
  });

  it('gives up after the timeout, and stop() ends the watch', async () => {
    const cloud = new Map([['a', aSnapshot({ id: 'a', status: 'deleting' })]]);
    const { deps } = fakeCloud(cloud);
    let now = 0;
    const watch = new DeleteWatch({ ...deps, timeoutMs: 1000, now: () => now });
    const outcome = watch.watch('a');
    now = 2000;
    expect(await outcome).toEqual({ kind: 'timeout' });
    const stopped = watch.watch('a');
    watch.stop();
    expect(await stopped).toEqual({ kind: 'timeout' });
  });
});
