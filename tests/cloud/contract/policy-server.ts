/**
 * The real side of the policy scenarios: the dashboard server's policy API and scheduler (what
 * `npm run serve` runs, via tests/cloud/policies/serve-policies.mjs) on a free loopback port,
 * fronting the real cloud, with a fresh data directory removed afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REAL_AUTH_URL } from './backend';

export interface PolicyServer {
  /** `http://127.0.0.1:<port>/api/v1` */
  readonly root: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function startPolicyServer(): Promise<PolicyServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'contract-pol-'));
  const child: ChildProcess = spawn(process.execPath, ['tests/cloud/policies/serve-policies.mjs'], {
    env: { ...process.env, OS_AUTH_URL: REAL_AUTH_URL, DASHBOARD_DATA_DIR: dataDir, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the policy server exited with ${code}`)));
  });
  return {
    root: `http://127.0.0.1:${port}/api/v1`,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
