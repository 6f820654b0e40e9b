// @ts-check
/**
 * Every SQL statement of snapshot policies, in one place (plain PostgreSQL: PGlite here, a
 * PostgreSQL server later). Dates go in and come out as Date; the policy and run bodies as JSON.
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
 * @typedef {object} RunRow
 * @property {string} id
 * @property {string} policy_id
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
     * Claims a scheduled slot: the run row is inserted only if none exists for (policy, slot), and
     * a scheduled one moves the policy's last slot. Returns whether this caller won the slot.
     * @param {string} policyId
     * @param {{ id: string, slot: string, trigger: string, state: string, startedAt: string, endedAt: string | null }} run
     */
    async claimSlot(policyId, run) {
      return db.transaction(async (tx) => {
        const inserted = await tx.query(
          `INSERT INTO policy_runs (id, slot, trigger, state, started_at, ended_at, policy_id, body)
           SELECT $1, $2, $3, $4, $5, $6, $7, $8 WHERE EXISTS (SELECT 1 FROM policies WHERE id = $7)
           ON CONFLICT (policy_id, slot) DO NOTHING RETURNING id`,
          [...runColumns(run), policyId, JSON.stringify(run)],
        );
        if (run.trigger === 'schedule') {
          await tx.query('UPDATE policies SET last_slot = GREATEST(last_slot, $2) WHERE id = $1', [policyId, run.slot]);
        }
        return inserted.rows.length > 0;
      });
    },

    /**
     * Saves a run's progress; false when the run (its policy) was deleted meanwhile.
     * @param {{ id: string, slot: string, trigger: string, state: string, startedAt: string, endedAt: string | null }} run
     */
    async saveRun(run) {
      const answer = await db.query('UPDATE policy_runs SET state = $2, ended_at = $3, body = $4 WHERE id = $1', [
        run.id,
        run.state,
        run.endedAt,
        JSON.stringify(run),
      ]);
      return (answer.affectedRows ?? 0) > 0;
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

    /** @returns {Promise<RunRow[]>} runs that have not ended (to resume after a restart) */
    async unfinishedRuns() {
      const answer = await db.query('SELECT id, policy_id FROM policy_runs WHERE ended_at IS NULL ORDER BY started_at');
      return /** @type {RunRow[]} */ (answer.rows);
    },
  };
}

/** @typedef {ReturnType<typeof createPolicyStore>} PolicyStore */
