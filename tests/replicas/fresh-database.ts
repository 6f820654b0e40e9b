// The replica tests share one PostgreSQL database (DATABASE_URL, `npm run test:replicas` gives the
// project's own); each test file starts from an empty schema. psql, not the server's driver: the
// test must not depend on the code under test to clean up after it.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function databaseUrl(): string {
  const url = process.env['DATABASE_URL']?.trim();
  if (!url) {
    throw new Error(
      'DATABASE_URL is unset: run `npm run test:replicas` (it starts the project\'s own PostgreSQL), or `npm run db:up` and export the URL it prints.',
    );
  }
  return url;
}

/** Drops everything in the database's public schema. Returns the DATABASE_URL. */
export async function freshDatabase(): Promise<string> {
  const url = databaseUrl();
  await run('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url, '-c', 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;'], {
    env: { ...process.env, PGOPTIONS: '--client-min-messages=warning' },
  });
  return url;
}
