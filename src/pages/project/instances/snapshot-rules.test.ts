import { describe, expect, it } from 'vitest';
import { snapshotRefusal } from './snapshot-rules';
import { serverFixture } from './test/fixtures';

describe('snapshotRefusal (Horizon CreateSnapshot.allowed + Nova)', () => {
  it.each(['ACTIVE', 'SHUTOFF', 'PAUSED', 'SUSPENDED'])('allows an image-backed %s server with no task', (status) => {
    expect(snapshotRefusal(serverFixture({ status }))).toBeNull();
  });

  it.each(['BUILD', 'ERROR', 'SHELVED_OFFLOADED', 'REBOOT'])('refuses %s', (status) => {
    expect(snapshotRefusal(serverFixture({ status }))).toEqual({ kind: 'status', status });
  });

  it('refuses while a task runs, naming it', () => {
    expect(snapshotRefusal(serverFixture({ 'OS-EXT-STS:task_state': 'image_uploading' }))).toEqual({ kind: 'task', task: 'image_uploading' });
  });

  it('refuses a paused volume-backed server, allows it when active or shut off', () => {
    expect(snapshotRefusal(serverFixture({ status: 'PAUSED', image: '' }))).toEqual({ kind: 'pausedVolumeBacked' });
    expect(snapshotRefusal(serverFixture({ status: 'ACTIVE', image: '' }))).toBeNull();
    expect(snapshotRefusal(serverFixture({ status: 'SHUTOFF', image: '' }))).toBeNull();
  });
});
