// Debian's nginx on loopback with its own prefix, running the example deploy/nginx/dashboard.conf
// with only the replica addresses and the listen address replaced (never the system service).
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port';

const EXAMPLE = fileURLToPath(new URL('../../deploy/nginx/dashboard.conf', import.meta.url));
const NGINX = '/usr/sbin/nginx';

export interface Nginx {
  url: string;
  /** error.log so far */
  errors(): string;
  stop(): Promise<void>;
}

function replaceEach(text: string, from: string, to: string, count: number): string {
  const parts = text.split(from);
  if (parts.length !== count + 1) throw new Error(`deploy/nginx/dashboard.conf should hold "${from}" ${count} times, found ${parts.length - 1}`);
  return parts.join(to);
}

/**
 * The example with the test's ports: `server 127.0.0.1:8081`/`8082` (in both upstreams: the
 * round-robin one and the downloads one) and `listen 127.0.0.1:8080`.
 */
export function exampleFor(replicaPorts: [number, number], listenPort: number): string {
  let text = readFileSync(EXAMPLE, 'utf8');
  text = replaceEach(text, 'server 127.0.0.1:8081 ', `server 127.0.0.1:${replicaPorts[0]} `, 2);
  text = replaceEach(text, 'server 127.0.0.1:8082 ', `server 127.0.0.1:${replicaPorts[1]} `, 2);
  return replaceEach(text, 'listen 127.0.0.1:8080;', `listen 127.0.0.1:${listenPort};`, 1);
}

export async function startNginx(replicaPorts: [number, number]): Promise<Nginx> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: run scripts/replicas/install-nginx.sh (npm run test:replicas does).`);
  const port = await freePort();
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'replicas-nginx-'));
  // Workers run as nobody when nginx starts as root: they must reach the temporary folders.
  chmodSync(prefix, 0o755);
  writeFileSync(path.join(prefix, 'dashboard.conf'), exampleFor(replicaPorts, port));
  const asRoot = process.getuid?.() === 0;
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    [
      asRoot ? 'user nobody nogroup;' : '',
      'worker_processes 1;',
      `error_log ${prefix}/error.log info;`,
      `pid ${prefix}/nginx.pid;`,
      'events { worker_connections 256; }',
      'http {',
      `  access_log ${prefix}/access.log;`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${prefix}/${kind};`),
      `  include ${prefix}/dashboard.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn(NGINX, ['-p', prefix, '-c', `${prefix}/nginx.conf`, '-e', `${prefix}/error.log`, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let exited = false;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ended = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const errors = () => {
    const file = path.join(prefix, 'error.log');
    return stderr + (existsSync(file) ? readFileSync(file, 'utf8') : '');
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (exited) throw new Error(`nginx exited before it served:\n${errors()}`);
    const up = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5000) }).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer within 20 s:\n${errors()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    errors,
    async stop() {
      if (!exited) child.kill('SIGTERM');
      await ended;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
