// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seal, unseal } from '../../../server/policies/seal.mjs';
import { loadSecretKey } from '../../../server/policies/secret-key.mjs';
import { policySettingsFrom } from '../../../server/policies/settings.mjs';
import { tempDataDir } from './harness';

describe('the policy settings', () => {
  it('keep data in ./data of the working directory unless DASHBOARD_DATA_DIR says otherwise', () => {
    expect(policySettingsFrom({}, '/srv/dash')).toEqual({
      dataDir: '/srv/dash/data',
      secretKey: null,
      accessRules: true,
      databaseUrl: null,
      replicaId: `${os.hostname()}-${process.pid}`,
      leaseSeconds: 60,
      tickMs: null,
    });
    expect(policySettingsFrom({ DASHBOARD_DATA_DIR: 'state', DASHBOARD_POLICY_ACCESS_RULES: 'off' }, '/srv/dash')).toMatchObject({
      dataDir: '/srv/dash/state',
      accessRules: false,
    });
  });

  it('take a 32-byte base64 key and refuse anything else, naming the setting', () => {
    const key = randomBytes(32);
    expect(policySettingsFrom({ DASHBOARD_SECRET_KEY: key.toString('base64') }, '/').secretKey).toEqual(key);
    expect(() => policySettingsFrom({ DASHBOARD_SECRET_KEY: 'c2hvcnQ=' }, '/')).toThrow(
      'DASHBOARD_SECRET_KEY must be 32 bytes in base64 (e.g. the output of `openssl rand -base64 32`), not 5 bytes.',
    );
    expect(() => policySettingsFrom({ DASHBOARD_POLICY_ACCESS_RULES: 'maybe' }, '/')).toThrow('it must be on or off');
  });

  it('switch to a shared PostgreSQL and name the replica, its lease and tick when told', () => {
    const env = {
      DATABASE_URL: 'postgres://dash:pw@127.0.0.1:55432/dash',
      DASHBOARD_REPLICA_ID: 'replica-a',
      DASHBOARD_POLICY_LEASE_SECONDS: '5',
      DASHBOARD_POLICY_TICK_MS: '500',
    };
    expect(policySettingsFrom(env, '/')).toMatchObject({
      databaseUrl: 'postgres://dash:pw@127.0.0.1:55432/dash',
      replicaId: 'replica-a',
      leaseSeconds: 5,
      tickMs: 500,
    });
    expect(() => policySettingsFrom({ DATABASE_URL: 'mysql://x@y/z' }, '/')).toThrow('DATABASE_URL must be a postgres:// URL');
    expect(() => policySettingsFrom({ DASHBOARD_POLICY_LEASE_SECONDS: '0' }, '/')).toThrow(
      'DASHBOARD_POLICY_LEASE_SECONDS is "0": it must be a number above 0.',
    );
  });
});

describe('the secret key file', () => {
  it('is made once with mode 0600 in the data directory and read again after a restart', () => {
    const dataDir = tempDataDir();
    const first = loadSecretKey({ dataDir, secretKey: null, accessRules: true });
    const file = path.join(dataDir, 'secret.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first).toHaveLength(32);
    expect(loadSecretKey({ dataDir, secretKey: null, accessRules: true })).toEqual(first);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.toString('base64'));
  });
});

describe('sealing a credential secret', () => {
  const key = randomBytes(32);

  it('opens with the same key for the same policy, and the sealed text does not show the secret', () => {
    const sealed = seal(key, 'the-app-credential-secret', 'policy-1');
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain('the-app-credential-secret');
    expect(unseal(key, sealed, 'policy-1')).toBe('the-app-credential-secret');
    expect(seal(key, 'the-app-credential-secret', 'policy-1')).not.toBe(sealed);
  });

  it('does not open with another key, or moved to another policy', () => {
    const sealed = seal(key, 'secret', 'policy-1');
    expect(() => unseal(randomBytes(32), sealed, 'policy-1')).toThrow('does not open with this key');
    expect(() => unseal(key, sealed, 'policy-2')).toThrow('does not open with this key');
  });
});
