// @ts-check
/**
 * The store on a PostgreSQL server (DATABASE_URL), through node-postgres: a small pool for the
 * statements, one client held for the length of a transaction. It answers like PGlite does (rows,
 * affectedRows), so the store's SQL is the same on both.
 */
import pg from 'pg';

/** @typedef {import('./database.mjs').Sql} Sql */

/**
 * @param {pg.Pool | pg.PoolClient} runner
 * @returns {Pick<Sql, 'query' | 'exec'>}
 */
function statements(runner) {
  return {
    async query(text, params) {
      const answer = await runner.query(text, params);
      return { rows: answer.rows, affectedRows: answer.rowCount ?? 0 };
    },
    exec: (text) => runner.query(text),
  };
}

/**
 * @param {string} url postgres://user:password@host:port/database
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Sql}
 */
export function createPostgresSql(url, options = {}) {
  const log = options.log ?? ((line) => console.error(line));
  // A health check or a tick must fail in seconds when the server is gone, not hang.
  const pool = new pg.Pool({ connectionString: url, max: 6, connectionTimeoutMillis: 3000, idleTimeoutMillis: 30_000 });
  // An idle connection the server dropped (restart, failover) is reported here; without a listener
  // node would end the process. The pool replaces it on the next query.
  pool.on('error', (error) => log(`[policies] database: an idle connection failed: ${error.message}`));
  return {
    ...statements(pool),
    async transaction(run) {
      const client = await pool.connect();
      /** @type {Error | undefined} */
      let broken;
      try {
        await client.query('BEGIN');
        const result = await run(statements(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((/** @type {Error} */ rollback) => {
          broken = rollback;
        });
        throw error;
      } finally {
        // A client whose rollback failed is in an unknown state: the pool drops it.
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
