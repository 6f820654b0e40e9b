// @ts-check
/**
 * Every SQL statement of snapshot policies, in one place (plain PostgreSQL: the embedded PGlite or
 * a PostgreSQL server shared by several replicas). Dates go in and come out as Date; the policy and run bodies as JSON.
 */

/** @typedef {import('./database.mjs').Sql} Sql */

/**
 * @typedef {object} PolicyRow
 * @property {string} id
 * @property {string} project_id
 * @property {string} user_id
 * @property {Record<string, unknown>} body the policy input as the API took it
 * @property {string} credential_id
 * @property {string} credential_secret sealed
 * @property {Date | null} credential_expires_at
 * @property {Date} created_at
 * @property {Date} updated_at
 * @property {Date} schedule_since
 * @property {Date | null} last_slot
 */

/**
 * A replica's hold on a run: its id and the token it took the run with.
 * @typedef {object} Lease
 * @property {string} owner
 * @property {number} token
 */

/**
 * @typedef {object} TakenRun
 * @property {string} id
 * @property {string} policy_id
 * @property {number} lease_token
 * @property {string | null} previous_owner
 */

const POLICY_COLUMNS =
  'id, project_id, user_id, body, credential_id, credential_secret, credential_expires_at, created_at, updated_at, schedule_since, last_slot';

/**
 * @param {{ id: string, slot: string, trigger: string, state: string, startedAt: string, endedAt: string | null }} run
 */
function runColumns(run) {
  return [run.id, run.slot, run.trigger, run.state, run.startedAt, run.endedAt];
}

/** @param {Sql} db */
export function createPolicyStore(db) {
  return {
    /**
     * @param {Omit<PolicyRow, 'last_slot'>} row
     */
    async insertPolicy(row) {
      await db.query(
        `INSERT INTO policies (${POLICY_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL)`,
        [
          row.id,
          row.project_id,
          row.user_id,
          JSON.stringify(row.body),
          row.credential_id,
          row.credential_secret,
          row.credential_expires_at,
          row.created_at,
          row.updated_at,
          row.schedule_since,
        ],
      );
    },

    /**
     * @param {string} projectId
     * @returns {Promise<PolicyRow[]>}
     */
    async listPolicies(projectId) {
      const answer = await db.query(`SELECT ${POLICY_COLUMNS} FROM policies WHERE project_id = $1 ORDER BY created_at, id`, [projectId]);
      return /** @type {PolicyRow[]} */ (answer.rows);
    },

    /**
     * @param {string} id
     * @param {string | null} projectId null: any project (the scheduler)
     * @returns {Promise<PolicyRow | null>}
     */
    async getPolicy(id, projectId) {
      const answer = projectId
        ? await db.query(`SELECT ${POLICY_COLUMNS} FROM policies WHERE id = $1 AND project_id = $2`, [id, projectId])
        : await db.query(`SELECT ${POLICY_COLUMNS} FROM policies WHERE id = $1`, [id]);
      return /** @type {PolicyRow | undefined} */ (answer.rows[0]) ?? null;
    },

    /** @returns {Promise<PolicyRow[]>} every policy that is not paused */
    async enabledPolicies() {
      const answer = await db.query(`SELECT ${POLICY_COLUMNS} FROM policies WHERE (body->>'enabled')::boolean ORDER BY id`);
      return /** @type {PolicyRow[]} */ (answer.rows);
    },

    /**
     * @param {string} id
     * @param {Pick<PolicyRow, 'body' | 'user_id' | 'credential_id' | 'credential_secret' | 'credential_expires_at' | 'updated_at' | 'schedule_since'>} change
     */
    async updatePolicy(id, change) {
      await db.query(
        `UPDATE policies SET body = $2, user_id = $3, credential_id = $4, credential_secret = $5,
           credential_expires_at = $6, updated_at = $7, schedule_since = $8 WHERE id = $1`,
        [
          id,
          JSON.stringify(change.body),
          change.user_id,
          change.credential_id,
          change.credential_secret,
          change.credential_expires_at,
          change.updated_at,
          change.schedule_since,
        ],
      );
    },

    /** @param {string} id */
    async deletePolicy(id) {
      await db.query('DELETE FROM policies WHERE id = $1', [id]);
    },

    /**
     * Claims a slot: the run row is inserted only if none exists for (policy, slot), and a
     * scheduled one moves the policy's last slot. Returns whether this caller won the slot. With a
     * lease the winner holds the run at once (token 1); without one (a manual run asked for through
     * the API) the first scheduler to look takes it.
     * @param {string} policyId
     * @param {{ id: string, slot: string, trigger: string, state: string, startedAt: string, endedAt: string | null }} run
     * @param {{ owner: string, seconds: number }} [lease]
     */
    async claimSlot(policyId, run, lease) {
      return db.transaction(async (tx) => {
        const inserted = await tx.query(
          `INSERT INTO policy_runs (id, slot, trigger, state, started_at, ended_at, policy_id, body, lease_owner, lease_token, lease_expires_at)
           SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9::text, CASE WHEN $9::text IS NULL THEN 0 ELSE 1 END,
             CASE WHEN $9::text IS NULL THEN NULL ELSE now() + make_interval(secs => $10::float8) END
           WHERE EXISTS (SELECT 1 FROM policies WHERE id = $7)
           ON CONFLICT (policy_id, slot) DO NOTHING RETURNING id`,
          [...runColumns(run), policyId, JSON.stringify(run), lease?.owner ?? null, lease?.seconds ?? 0],
        );
        if (run.trigger === 'schedule') {
          await tx.query('UPDATE policies SET last_slot = GREATEST(last_slot, $2) WHERE id = $1', [policyId, run.slot]);
        }
        return inserted.rows.length > 0;
      });
    },

    /**
     * Saves a run's progress, only while this replica still holds its lease (the token it took it
     * with): false when another replica took the run over, or the run (its policy) was deleted.
     * @param {{ id: string, slot: string, trigger: string, state: string, startedAt: string, endedAt: string | null }} run
     * @param {Lease} lease
     */
    async saveRun(run, lease) {
      const answer = await db.query(
        'UPDATE policy_runs SET state = $2, ended_at = $3, body = $4 WHERE id = $1 AND lease_owner = $5 AND lease_token = $6',
        [run.id, run.state, run.endedAt, JSON.stringify(run), lease.owner, lease.token],
      );
      return (answer.affectedRows ?? 0) > 0;
    },

    /**
     * Extends a lease this replica still holds and that has not expired; false once it is lost.
     * The database's clock decides, so the replicas' clocks need not agree.
     * @param {string} runId
     * @param {Lease} lease
     * @param {number} seconds
     */
    async renewLease(runId, lease, seconds) {
      const answer = await db.query(
        `UPDATE policy_runs SET lease_expires_at = now() + make_interval(secs => $4::float8)
         WHERE id = $1 AND lease_owner = $2 AND lease_token = $3 AND ended_at IS NULL AND lease_expires_at > now()
         RETURNING id`,
        [runId, lease.owner, lease.token, seconds],
      );
      return answer.rows.length > 0;
    },

    /**
     * Gives a run back (this replica is stopping): the next scheduler to look takes it at once.
     * @param {string} runId
     * @param {Lease} lease
     */
    async releaseLease(runId, lease) {
      await db.query('UPDATE policy_runs SET lease_expires_at = NULL WHERE id = $1 AND lease_owner = $2 AND lease_token = $3', [
        runId,
        lease.owner,
        lease.token,
      ]);
    },

    /**
     * Takes over unfinished runs nobody holds (their lease expired or was given back), oldest
     * first. SKIP LOCKED: replicas looking at once each get other runs, none waits on another.
     * @param {string} owner
     * @param {number} seconds
     * @param {string[]} exceptIds runs this replica is driving already
     * @param {number} limit
     * @param {boolean} [sole] this is the only process on the database (the embedded one): a lease
     *   it finds was left by an earlier process that is gone, whether or not it has run out
     * @returns {Promise<TakenRun[]>}
     */
    async takeOverRuns(owner, seconds, exceptIds, limit, sole = false) {
      const answer = await db.query(
        `UPDATE policy_runs AS run
         SET lease_owner = $1, lease_token = run.lease_token + 1, lease_expires_at = now() + make_interval(secs => $2::float8)
         FROM (
           SELECT id, lease_owner AS previous_owner FROM policy_runs
           WHERE ended_at IS NULL AND ($5::boolean OR lease_expires_at IS NULL OR lease_expires_at <= now()) AND NOT (id = ANY($3::text[]))
           ORDER BY started_at LIMIT $4 FOR UPDATE SKIP LOCKED
         ) AS orphan
         WHERE run.id = orphan.id
         RETURNING run.id, run.policy_id, run.lease_token, orphan.previous_owner`,
        [owner, seconds, exceptIds, limit, sole],
      );
      return /** @type {TakenRun[]} */ (answer.rows);
    },

    /**
     * @param {string} id
     * @returns {Promise<Record<string, unknown> | null>}
     */
    async getRun(id) {
      const answer = await db.query('SELECT body FROM policy_runs WHERE id = $1', [id]);
      const row = /** @type {{ body: Record<string, unknown> } | undefined} */ (answer.rows[0]);
      return row ? row.body : null;
    },

    /**
     * @param {string} policyId
     * @param {number} limit
     * @returns {Promise<Record<string, unknown>[]>} newest first
     */
    async listRuns(policyId, limit) {
      const answer = await db.query('SELECT body FROM policy_runs WHERE policy_id = $1 ORDER BY started_at DESC, id DESC LIMIT $2', [
        policyId,
        limit,
      ]);
      return answer.rows.map((row) => /** @type {{ body: Record<string, unknown> }} */ (row).body);
    },

    /**
     * The newest run of each of these policies.
     * @param {string[]} policyIds
     * @returns {Promise<Map<string, Record<string, unknown>>>}
     */
    async lastRuns(policyIds) {
      if (policyIds.length === 0) return new Map();
      const answer = await db.query(
        'SELECT DISTINCT ON (policy_id) policy_id, body FROM policy_runs WHERE policy_id = ANY($1) ORDER BY policy_id, started_at DESC, id DESC',
        [policyIds],
      );
      return new Map(
        answer.rows.map((row) => {
          const typed = /** @type {{ policy_id: string, body: Record<string, unknown> }} */ (row);
          return [typed.policy_id, typed.body];
        }),
      );
    },

    /** @returns {Promise<string[]>} the policies with a run that has not ended (on any replica) */
    async policiesWithUnfinishedRuns() {
      const answer = await db.query('SELECT DISTINCT policy_id FROM policy_runs WHERE ended_at IS NULL');
      return answer.rows.map((row) => /** @type {{ policy_id: string }} */ (row).policy_id);
    },

    /** Whether the database answers (for /healthz). */
    async ping() {
      await db.query('SELECT 1');
    },
  };
}

/** @typedef {ReturnType<typeof createPolicyStore>} PolicyStore */
