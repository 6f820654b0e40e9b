// @ts-check
/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) in `<data dir>/db`, so the
 * schema and queries are PostgreSQL's own and can later run on a PostgreSQL server shared by
 * several replicas. Migrations are `migrations/NNN_name.sql`, applied in order once each and
 * recorded in `schema_migrations`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';

/**
 * What the store needs of a database: PGlite has it, and so would a thin wrapper over `pg`.
 * @typedef {object} Sql
 * @property {<T>(text: string, params?: unknown[]) => Promise<{ rows: T[], affectedRows?: number }>} query
 * @property {(text: string) => Promise<unknown>} exec
 * @property {<T>(run: (tx: Pick<Sql, 'query' | 'exec'>) => Promise<T>) => Promise<T>} transaction
 * @property {() => Promise<void>} close
 */

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** @returns {{ version: number, name: string, sql: string }[]} */
export function listMigrations(dir = MIGRATIONS_DIR) {
  return readdirSync(dir)
    .filter((file) => /^\d{3}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 3)),
      name: file.slice(4, -4),
      sql: readFileSync(path.join(dir, file), 'utf8'),
    }));
}

/**
 * Applies the migrations the database has not seen, each in its own transaction. The advisory lock
 * keeps two replicas starting at once on one PostgreSQL from applying the same migration twice.
 * @param {Sql} db
 * @param {{ version: number, name: string, sql: string }[]} [migrations]
 * @returns {Promise<number[]>} the versions applied now
 */
export async function migrate(db, migrations = listMigrations()) {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  /** @type {number[]} */
  const applied = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(16016)');
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (seen.rows.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}

/**
 * Opens (creating it on the first start) the database in `<dataDir>/db`, or in memory for tests,
 * and brings its schema up to date.
 * @param {string | null} dataDir null: in memory
 * @returns {Promise<Sql>}
 */
export async function openDatabase(dataDir) {
  const db = dataDir ? await PGlite.create(path.join(dataDir, 'db')) : await PGlite.create();
  await migrate(/** @type {Sql} */ (/** @type {unknown} */ (db)));
  return /** @type {Sql} */ (/** @type {unknown} */ (db));
}
