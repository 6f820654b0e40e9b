// @ts-check
/** Node's handle on seed.py (the data set, the bulk delete's victims, the flows' clean-up). */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'seed.py');

/**
 * Runs `seed.py ...args` with the system interpreter; its progress goes to stderr, its answer
 * (stdout) is returned.
 * @param {string[]} args
 */
export function seed(...args) {
  return execFileSync('/usr/bin/python3', [script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** @returns {{ projectId: string, servers: Record<string, string>, launchSnapshot: string | null }} */
export function seededIds() {
  return JSON.parse(seed('ids'));
}
