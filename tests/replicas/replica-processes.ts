// Dashboard server processes (tests/cloud/policies/serve-policies.mjs) sharing one PostgreSQL, as
// the replica tests run them: each on a free loopback port, its log kept, stopped by signal.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

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
  child: ChildProcess;
  log: string[];
  alive: boolean;
  health(): Promise<Health | null>;
  /** Resolves once the process has exited. */
  exited: Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startReplica(id: string, env: Record<string, string>): Promise<Replica> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `replica-${id}-`));
  const child = spawn(process.execPath, ['tests/cloud/policies/serve-policies.mjs'], {
    env: {
      PATH: process.env['PATH'] ?? '',
      ...env,
      PORT: String(port),
      DASHBOARD_REPLICA_ID: id,
      DASHBOARD_DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => log.push(...chunk.split('\n').filter(Boolean)));
  }
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      rmSync(dataDir, { recursive: true, force: true });
      resolve();
    }),
  );
  const replica: Replica = {
    id,
    url,
    child,
    log,
    alive: true,
    exited,
    async health() {
      try {
        const answer = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(4000) });
        return (await answer.json()) as Health;
      } catch {
        return null;
      }
    },
  };
  void exited.then(() => {
    replica.alive = false;
  });
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (!replica.alive) throw new Error(`replica ${id} exited while starting:\n${log.join('\n')}`);
    if ((await replica.health())?.status === 'ok') return replica;
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`replica ${id} did not answer /healthz:\n${log.join('\n')}`);
}

export async function stopReplica(replica: Replica, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!replica.alive) return;
  replica.child.kill(signal);
  await replica.exited;
}
