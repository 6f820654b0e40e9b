// @ts-check
/**
 * The policy database: a PostgreSQL server shared by every replica when DATABASE_URL is set
 * (pg-database.mjs), else the embedded PGlite (PostgreSQL compiled to WebAssembly) in
 * `<data dir>/db` for a single server. The schema and queries are the same on both. Migrations are
 * `migrations/NNN_name.sql`, applied in order once each and recorded in `schema_migrations`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { createPostgresSql } from './pg-database.mjs';

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

/** Held (per transaction) by whoever migrates: replicas starting together take turns. */
const MIGRATION_LOCK = 'SELECT pg_advisory_xact_lock(16016)';

/**
 * Applies the migrations the database has not seen, each in its own transaction. The advisory lock
 * keeps replicas starting at once on one PostgreSQL from applying the same migration twice; it is
 * taken before `CREATE TABLE IF NOT EXISTS schema_migrations` too, since two sessions running that
 * statement at once can both try to create the table (a unique violation on pg_type).
 * @param {Sql} db
 * @param {{ version: number, name: string, sql: string }[]} [migrations]
 * @returns {Promise<number[]>} the versions applied now
 */
export async function migrate(db, migrations = listMigrations()) {
  await db.transaction(async (tx) => {
    await tx.query(MIGRATION_LOCK);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
  });
  /** @type {number[]} */
  const applied = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query(MIGRATION_LOCK);
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
 * @typedef {object} Database
 * @property {Sql} sql
 * @property {'postgres' | 'embedded'} kind
 */

/**
 * Opens the database and brings its schema up to date: the PostgreSQL server at `databaseUrl`, or
 * (creating it on the first start) PGlite in `<dataDir>/db`, or PGlite in memory for tests.
 * @param {{ databaseUrl: string | null, dataDir: string | null, log?: (line: string) => void }} where dataDir null: in memory
 * @returns {Promise<Database>}
 */
export async function openDatabase({ databaseUrl, dataDir, log }) {
  if (databaseUrl) {
    const sql = createPostgresSql(databaseUrl, log ? { log } : {});
    try {
      await migrate(sql);
    } catch (error) {
      await sql.close();
      throw error;
    }
    return { sql, kind: 'postgres' };
  }
  const db = dataDir ? await PGlite.create(path.join(dataDir, 'db')) : await PGlite.create();
  const sql = /** @type {Sql} */ (/** @type {unknown} */ (db));
  await migrate(sql);
  return { sql, kind: 'embedded' };
}
