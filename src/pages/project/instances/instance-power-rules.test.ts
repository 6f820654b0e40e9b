import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/messages/en';
import type { I18n } from '@/i18n';
import { translate } from '@/i18n/translate';
import type { Server } from '@/openstack/nova/schemas';
import { powerRefusal } from './instance-power-rules';
import { powerActions } from './power-actions';
import { serverFixture } from './test/fixtures';

const shutoff = (overrides: Partial<Server> = {}) => serverFixture({ status: 'SHUTOFF', 'OS-EXT-STS:power_state': 4, ...overrides });
const task = (name: string, overrides: Partial<Server> = {}) => serverFixture({ 'OS-EXT-STS:task_state': name, ...overrides });

describe('power action rules (Horizon tables.py, tightened to what Nova accepts)', () => {
  it('Start: only SHUTOFF, SHUTDOWN or CRASHED with no task', () => {
    expect(powerRefusal('start', shutoff())).toBeNull();
    expect(powerRefusal('start', serverFixture({ status: 'CRASHED' }))).toBeNull();
    expect(powerRefusal('start', serverFixture())).toEqual({ kind: 'status', status: 'ACTIVE' });
    expect(powerRefusal('start', shutoff({ 'OS-EXT-STS:task_state': 'powering-on' }))).toEqual({ kind: 'task', task: 'powering-on' });
  });

  it('Shut Off: power state Running or Suspended, no task', () => {
    expect(powerRefusal('stop', serverFixture())).toBeNull();
    expect(powerRefusal('stop', serverFixture({ status: 'SUSPENDED', 'OS-EXT-STS:power_state': 7 }))).toBeNull();
    expect(powerRefusal('stop', shutoff())).toEqual({ kind: 'power', power: 4 });
    expect(powerRefusal('stop', serverFixture({ status: 'PAUSED', 'OS-EXT-STS:power_state': 3 }))).toEqual({ kind: 'power', power: 3 });
    expect(powerRefusal('stop', task('image_uploading'))).toEqual({ kind: 'task', task: 'image_uploading' });
  });

  it('Soft Reboot: ACTIVE with no task', () => {
    expect(powerRefusal('softReboot', serverFixture())).toBeNull();
    expect(powerRefusal('softReboot', shutoff())).toEqual({ kind: 'status', status: 'SHUTOFF' });
    expect(powerRefusal('softReboot', task('rebooting', { status: 'REBOOT' }))).toEqual({ kind: 'task', task: 'rebooting' });
  });

  it('Hard Reboot: ACTIVE or SHUTOFF, also to interrupt a hung reboot, never while deleting', () => {
    expect(powerRefusal('hardReboot', serverFixture())).toBeNull();
    expect(powerRefusal('hardReboot', shutoff())).toBeNull();
    expect(powerRefusal('hardReboot', task('reboot_started', { status: 'REBOOT' }))).toBeNull();
    expect(powerRefusal('hardReboot', serverFixture({ status: 'ERROR' }))).toEqual({ kind: 'status', status: 'ERROR' });
    expect(powerRefusal('hardReboot', task('deleting'))).toEqual({ kind: 'deleting' });
    expect(powerRefusal('hardReboot', task('image_snapshot'))).toEqual({ kind: 'task', task: 'image_snapshot' });
  });

  it('Delete: any state but deleting (ERROR always), not while a snapshot is taken', () => {
    expect(powerRefusal('delete', serverFixture())).toBeNull();
    expect(powerRefusal('delete', shutoff())).toBeNull();
    expect(powerRefusal('delete', task('powering-off'))).toBeNull();
    expect(powerRefusal('delete', task('deleting'))).toEqual({ kind: 'deleting' });
    expect(powerRefusal('delete', task('deleting', { status: 'ERROR' }))).toBeNull();
    expect(powerRefusal('delete', task('image_pending_upload'))).toEqual({ kind: 'snapshot', task: 'image_pending_upload' });
  });

  it('says why in words, and asks first wherever something is lost', () => {
    const t: I18n['t'] = (key, params) => translate(en, en, 'en', key, params);
    const actions = powerActions(t, () => ['web-root']);
    const byId = Object.fromEntries(actions.map((action) => [action.id, action]));
    expect(actions.map((a) => a.label)).toEqual(['Start Instance', 'Shut Off Instance', 'Soft Reboot Instance', 'Hard Reboot Instance', 'Delete Instance']);
    expect(byId['start']?.allowed(serverFixture())).toBe('Not possible while the instance is Active.');
    expect(byId['stop']?.allowed(shutoff())).toBe('Only a running or suspended instance can be shut off; this one is Shut Down.');
    expect(byId['delete']?.allowed(task('image_uploading'))).toBe('A snapshot of this instance is in progress (Uploading snapshot); deleting now would lose it.');
    expect(byId['start']?.confirm(shutoff())).toBeNull();
    expect(byId['hardReboot']?.confirm(serverFixture())?.title).toBe('Hard reboot web-1?');
    expect(byId['delete']?.confirm(serverFixture())?.body).toBe('Deleted instances are not recoverable. This volume is deleted with it: web-root.');
  });
});
