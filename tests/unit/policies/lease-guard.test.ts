// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { leaseGuardedPort } from '../../../server/policies/lease-guard.mjs';
import { runEventLine, stepSummary } from '../../../server/policies/run-log.mjs';
import { startRun, type RunPort } from '../../../src/policy-engine/index.mjs';

function recordingPort(calls: string[]): RunPort {
  return {
    now: () => new Date('2026-11-30T10:00:00Z'),
    listServers: async () => [],
    snapshotQuota: async () => ({ left: null }),
    createSnapshot: async (serverId) => {
      calls.push(`createSnapshot ${serverId}`);
      return 'img-1';
    },
    getImage: async () => null,
    listPolicyImages: async () => [],
    deleteImage: async (id) => {
      calls.push(`deleteImage ${id}`);
    },
    getServer: async () => null,
    stopServer: async (id) => {
      calls.push(`stopServer ${id}`);
    },
    startServer: async (id) => {
      calls.push(`startServer ${id}`);
    },
  };
}

describe('a lease-guarded port', () => {
  it('passes every call on while the lease is held', async () => {
    const calls: string[] = [];
    const guard = leaseGuardedPort(recordingPort(calls), () => true);
    expect(await guard.port.createSnapshot('srv-1', 'web-1', {})).toBe('img-1');
    await guard.port.deleteImage('img-0');
    expect(calls).toEqual(['createSnapshot srv-1', 'deleteImage img-0']);
    expect(guard.refused()).toBe(false);
  });

  it('asks the cloud for no change once the lease runs low, and says so', async () => {
    const calls: string[] = [];
    const guard = leaseGuardedPort(recordingPort(calls), () => false);
    await expect(guard.port.createSnapshot('srv-1', 'web-1', {})).rejects.toEqual({ message: 'This replica no longer holds the run.' });
    await expect(guard.port.stopServer('srv-1')).rejects.toBeDefined();
    expect(await guard.port.listPolicyImages('pol-1')).toEqual([]);
    expect(calls).toEqual([]);
    expect(guard.refused()).toBe(true);
  });
});

describe('run log lines', () => {
  it('name the replica, run, policy and slot, and what a step changed', () => {
    const before = { ...startRun({ id: 'pol-1' }, new Date('2026-11-30T10:00:00Z'), 'schedule', new Date('2026-11-30T10:00:01Z')), id: 'run-1' };
    const resolved = { ...before, targetsResolvedAt: '2026-11-30T10:00:02Z' };
    const item = {
      instanceId: 'srv-1',
      instanceName: 'web-1',
      phase: 'waiting' as const,
      outcome: null,
      reason: null,
      snapshotId: 'img-9',
      snapshotName: 'web-1-nightly',
      message: null,
      startedAt: null,
      endedAt: null,
      phaseStartedAt: null,
      restart: false,
    };
    expect(stepSummary(before, { ...resolved, items: [{ ...item, phase: 'pending', snapshotId: null }] })).toBe(
      'targets=1, instance=srv-1 new->pending',
    );
    expect(stepSummary({ ...resolved, items: [{ ...item, phase: 'snapshotting', snapshotId: null }] }, { ...resolved, items: [item] })).toBe(
      'instance=srv-1 snapshotting->waiting snapshot=img-9',
    );
    expect(stepSummary({ ...resolved, items: [item] }, { ...resolved, items: [item] })).toBe('');
    expect(runEventLine({ replica: 'replica-a', run: 'run-1', policy: 'pol-1', slot: before.slot, what: 'claimed' })).toBe(
      '[policies] replica=replica-a run=run-1 policy=pol-1 slot=2026-11-30T10:00:00.000Z claimed',
    );
  });
});
