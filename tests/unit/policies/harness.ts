// Starts the dashboard server with the policy feature against the fake OpenStack, for the tests.
import { mkdtempSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createDashboardServer } from '../../../server/app.mjs';
import { resolveConfig } from '../../../server/config/index.mjs';
import { startPolicyFeature, type PolicyFeature } from '../../../server/policies/index.mjs';
import type { FakeOpenStack, FakeUser } from './fake-openstack';

export interface PolicyServer {
  url: string;
  feature: PolicyFeature;
  dataDir: string;
  call(user: FakeUser | null, method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown>; text: string }>;
  close(): Promise<void>;
}

export function tempDataDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'policies-test-'));
}

export async function startPolicyServer(
  cloud: FakeOpenStack,
  options: { dataDir?: string; inMemory?: boolean; scheduler?: boolean; now?: () => Date; tickMs?: number; stepMs?: number } = {},
): Promise<PolicyServer> {
  const config = resolveConfig({ OS_AUTH_URL: `${cloud.keystone.url}/v3`, OS_REGION_NAME: 'RegionOne' }, { cwd: '/nowhere', readFile: () => null });
  if (config.mode !== 'gateway') throw new Error('expected gateway mode');
  const dataDir = options.dataDir ?? tempDataDir();
  const feature = await startPolicyFeature({
    config,
    settings: { dataDir, secretKey: null, accessRules: true, inMemory: options.inMemory ?? true },
    scheduler: options.scheduler ?? false,
    log: () => undefined,
    ...(options.now ? { now: options.now } : {}),
    ...(options.tickMs ? { tickMs: options.tickMs } : {}),
    ...(options.stepMs ? { stepMs: options.stepMs } : {}),
  });
  const { server } = createDashboardServer({ config, distDir: '/nonexistent-dist', policies: feature.handle });
  // fetch keeps connections alive; on a loaded machine the server's 5 s idle close can race a request.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    feature,
    dataDir,
    async call(user, method, where, body) {
      const answer = await fetch(`${url}${where}`, {
        method,
        headers: {
          ...(user ? { 'X-Auth-Token': user.token } : {}),
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await answer.text();
      return { status: answer.status, text, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
    },
    async close() {
      await stop(server);
      await feature.close();
    },
  };
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** A policy body as the dialog sends it. */
export function policyBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'nightly',
    enabled: true,
    targets: { instanceIds: [], metadata: { key: 'backup', value: 'daily' } },
    schedule: { kind: 'interval', minutes: 1 },
    timeZone: 'Europe/Warsaw',
    retention: { keepLast: 2, maxAgeDays: null },
    consistency: 'live',
    ...overrides,
  };
}
