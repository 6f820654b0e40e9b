import { describe, expect, it } from 'vitest';
import type { Image } from '@/openstack/glance/schemas';
import { OpenStackError } from '@/openstack/errors';
import { serverFixture } from '../test/fixtures';
import { runSnapshotFlow, type SnapshotFlowDeps, type SnapshotFlowState } from './snapshot-flow';

function image(status: string): Image {
  return { id: 'img-new', name: 'snap', status, visibility: 'private', protected: false, size: 0, min_disk: 0, min_ram: 0, created_at: '2025-01-01T00:00:00Z' };
}

function fakeCloud(script: { serverStates: string[]; imageStates: string[]; createFails?: unknown }) {
  const calls: string[] = [];
  let time = 0;
  const deps: SnapshotFlowDeps = {
    stopServer: async () => void calls.push('stop'),
    startServer: async () => void calls.push('start'),
    readServer: async () => {
      calls.push('readServer');
      const status = script.serverStates.length > 1 ? script.serverStates.shift() : script.serverStates[0];
      return serverFixture({ status: status ?? 'SHUTOFF' });
    },
    createImage: async () => {
      calls.push('create');
      if (script.createFails) throw script.createFails;
      return { imageId: 'img-new' };
    },
    readImage: async () => {
      calls.push('readImage');
      const status = script.imageStates.length > 1 ? script.imageStates.shift() : script.imageStates[0];
      return image(status ?? 'active');
    },
    sleep: async (ms) => void (time += ms),
    now: () => time,
  };
  return { deps, calls };
}

describe('runSnapshotFlow', () => {
  it('creates the image only, when not asked to shut off', async () => {
    const { deps, calls } = fakeCloud({ serverStates: ['ACTIVE'], imageStates: ['queued'] });
    const final = await runSnapshotFlow({ shutOffFirst: false }, deps, () => undefined);
    expect(calls).toEqual(['create']);
    expect(final).toMatchObject({ phase: 'succeeded', imageId: 'img-new', steps: [{ id: 'create', state: 'done' }] });
  });

  it('stops, waits for SHUTOFF, creates, waits for active, starts — reporting every step', async () => {
    const { deps, calls } = fakeCloud({ serverStates: ['ACTIVE', 'ACTIVE', 'SHUTOFF'], imageStates: ['queued', 'saving', 'active'] });
    const seen: SnapshotFlowState[] = [];
    const final = await runSnapshotFlow({ shutOffFirst: true }, deps, (state) => seen.push(state));
    expect(calls.filter((call) => call !== 'readServer' && call !== 'readImage')).toEqual(['stop', 'create', 'start']);
    expect(final.phase).toBe('succeeded');
    expect(final.steps.every((step) => step.state === 'done')).toBe(true);
    expect(seen.some((state) => state.steps.find((step) => step.id === 'waitStopped')?.state === 'running')).toBe(true);
  });

  it('starts the server again when createImage fails after it was stopped', async () => {
    const busy = new OpenStackError({ service: 'compute', kind: 'http', status: 409, message: 'busy' });
    const { deps, calls } = fakeCloud({ serverStates: ['SHUTOFF'], imageStates: ['active'], createFails: busy });
    const final = await runSnapshotFlow({ shutOffFirst: true }, deps, () => undefined);
    expect(final).toMatchObject({ phase: 'failed', failedStep: 'create', error: busy });
    expect(calls).toContain('start');
    expect(final.steps.find((step) => step.id === 'start')?.state).toBe('done');
  });

  it('fails when the image is killed, and gives up waiting after the timeout', async () => {
    const killed = fakeCloud({ serverStates: ['SHUTOFF'], imageStates: ['queued', 'killed'] });
    expect(await runSnapshotFlow({ shutOffFirst: true }, killed.deps, () => undefined)).toMatchObject({ phase: 'failed', failedStep: 'waitUploaded' });
    const stuck = fakeCloud({ serverStates: ['ACTIVE'], imageStates: ['queued'] });
    const final = await runSnapshotFlow({ shutOffFirst: true, stopTimeoutMs: 10_000 }, stuck.deps, () => undefined);
    expect(final).toMatchObject({ phase: 'failed', failedStep: 'waitStopped' });
    expect(stuck.calls).not.toContain('create');
  });
});
