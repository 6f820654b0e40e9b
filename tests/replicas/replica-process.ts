// One dashboard server process (the policy API and scheduler, tests/cloud/policies/serve-policies.mjs)
// as a replica: its own port, id and data folder, the shared database and secret key.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port';

const ENTRY = fileURLToPath(new URL('../cloud/policies/serve-policies.mjs', import.meta.url));
const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** What GET /healthz says (the contract in /work/notes/s4/pg.md). */
export interface Health {
  status: string;
  replica: string;
  database: string;
  scheduler: string;
  heldRuns: string[];
}

export interface Replica {
  id: string;
  url: string;
  port: number;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  health(): Promise<{ status: number; body: Health }>;
  /** Sends the signal and waits for the process to end. */
  kill(signal: NodeJS.Signals): Promise<void>;
  exited(): boolean;
}

export interface ReplicaOptions {
  id: string;
  databaseUrl: string;
  /** Keystone's /v3 URL. */
  keystoneUrl: string;
  /** 32 bytes, base64: the same for every replica. */
  secretKey: string;
  env?: Record<string, string>;
}

export async function getJson<T>(url: string): Promise<{ status: number; body: T }> {
  const answer = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  const text = await answer.text();
  return { status: answer.status, body: (text ? JSON.parse(text) : {}) as T };
}

export async function startReplica(options: ReplicaOptions): Promise<Replica> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  let exitCode: number | null | undefined;
  const child: ChildProcess = spawn(process.execPath, [ENTRY], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env['PATH'] ?? '/usr/bin:/bin',
      OS_AUTH_URL: options.keystoneUrl,
      OS_REGION_NAME: 'RegionOne',
      PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      DASHBOARD_REPLICA_ID: options.id,
      DASHBOARD_SECRET_KEY: options.secretKey,
      DASHBOARD_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), `replica-${options.id}-`)),
      DASHBOARD_POLICY_LEASE_SECONDS: '5',
      DASHBOARD_POLICY_TICK_MS: '500',
      ...options.env,
    },
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const ended = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exitCode = code;
      resolve();
    }),
  );

  const replica: Replica = {
    id: options.id,
    url,
    port,
    output: () => output,
    health: () => getJson<Health>(`${url}/healthz`),
    async kill(signal) {
      if (exitCode === undefined) child.kill(signal);
      await ended;
    },
    exited: () => exitCode !== undefined,
  };

  const deadline = Date.now() + 60_000;
  let last = 'no answer';
  for (;;) {
    if (exitCode !== undefined) throw new Error(`replica ${options.id} exited (${exitCode}) before it served:\n${output}`);
    const health = await replica.health().catch((error: unknown) => ({ status: 0, body: String(error) }));
    if (health.status === 200) return replica;
    last = `${health.status} ${JSON.stringify(health.body)}`;
    if (Date.now() > deadline) {
      await replica.kill('SIGKILL');
      throw new Error(`replica ${options.id} did not answer /healthz with 200 within 60 s (last: ${last}):\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
