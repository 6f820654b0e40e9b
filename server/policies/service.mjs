// @ts-check
/**
 * What the policy API does, apart from HTTP: each call acts for a checked identity (a user's token
 * and its project) and touches only that project's policies. Saving a policy makes its application
 * credential in Keystone with the user's token; deleting it deletes the credential.
 */
import { randomUUID } from 'node:crypto';
import { policyInputSchema, runSchema, startRun } from '../../src/policy-engine/index.mjs';
import { policyAccessRules } from './access-rules.mjs';
import { PolicyApiError, issuesInWords } from './errors.mjs';
import { KeystoneError, endpointOf } from './keystone.mjs';
import { seal } from './seal.mjs';
import { policyView } from './view.mjs';

/** @typedef {import('../../src/policy-engine/index.mjs').PolicyInput} PolicyInput */
/** @typedef {import('../../src/policy-engine/index.mjs').Policy} Policy */
/** @typedef {import('../../src/policy-engine/index.mjs').Run} Run */
/** @typedef {import('./keystone.mjs').TokenInfo} TokenInfo */
/** @typedef {import('./store.mjs').PolicyRow} PolicyRow */

/**
 * @typedef {object} Caller a user's checked token
 * @property {string} token
 * @property {TokenInfo} info
 */

/**
 * @typedef {object} PolicyServiceOptions
 * @property {import('./store.mjs').PolicyStore} store
 * @property {import('./keystone.mjs').Keystone} keystone
 * @property {Buffer} secretKey
 * @property {{ region?: string | undefined, interface?: string | undefined }} endpoints which catalog entries runs use
 * @property {boolean} accessRules false only for clouds whose services cannot check access rules
 * @property {(runId: string) => void} onRunStarted hands a new manual run to the scheduler
 * @property {() => Date} [now]
 */

/**
 * @param {unknown} body
 * @returns {PolicyInput}
 */
function parseInput(body) {
  const parsed = policyInputSchema.safeParse(body);
  if (!parsed.success) throw new PolicyApiError(400, issuesInWords(parsed.error));
  return parsed.data;
}

/**
 * Keystone's refusal of a credential call, as the API says it.
 * @param {unknown} error
 * @returns {never}
 */
function keystoneRefusal(error) {
  if (error instanceof KeystoneError) {
    throw new PolicyApiError(error.status === 403 || error.status === 409 ? 409 : 502, error.message);
  }
  throw error;
}

/** @param {PolicyServiceOptions} options */
export function createPolicyService(options) {
  const { store, keystone, secretKey } = options;
  const now = options.now ?? (() => new Date());

  /**
   * @param {PolicyRow} row
   */
  const view = async (row) => {
    const last = (await store.lastRuns([row.id])).get(row.id);
    return policyView(row, last ? runSchema.parse(last) : null, now());
  };

  /**
   * @param {Caller} caller
   * @param {string} id
   */
  const owned = async (caller, id) => {
    const row = await store.getPolicy(id, caller.info.projectId);
    if (!row) throw new PolicyApiError(404, `No snapshot policy ${id} in this project.`);
    return row;
  };

  /**
   * A new application credential for the caller, limited to a run's calls.
   * @param {Caller} caller
   * @param {string} policyId
   * @param {PolicyInput} input
   */
  const makeCredential = async (caller, policyId, input) => {
    const compute = endpointOf(caller.info.catalog, 'compute', options.endpoints);
    const image = endpointOf(caller.info.catalog, 'image', options.endpoints);
    if (!compute || !image) {
      throw new PolicyApiError(409, 'The service catalog of this token has no compute or image endpoint: policies need both.');
    }
    const accessRules = options.accessRules
      ? policyAccessRules({ computePath: new URL(compute).pathname, imagePath: new URL(image).pathname })
      : null;
    try {
      const made = await keystone.createApplicationCredential(caller.token, caller.info.userId, {
        // Keystone keeps names unique per user, and a new expiry makes a second one before the first goes.
        name: `snapshot-policy-${policyId}-${now().toISOString().replace(/[-:.]/g, '')}`,
        description: `Snapshot dashboard policy "${input.name}": takes and prunes its instance snapshots on schedule.`,
        expiresAt: input.credentialExpiresAt,
        accessRules,
      });
      return { id: made.id, sealed: seal(secretKey, made.secret, policyId) };
    } catch (error) {
      return keystoneRefusal(error);
    }
  };

  return {
    /** @param {Caller} caller */
    async list(caller) {
      const rows = await store.listPolicies(caller.info.projectId);
      const last = await store.lastRuns(rows.map((row) => row.id));
      const at = now();
      return rows.map((row) => {
        const run = last.get(row.id);
        return policyView(row, run ? runSchema.parse(run) : null, at);
      });
    },

    /**
     * @param {Caller} caller
     * @param {string} id
     */
    async get(caller, id) {
      return view(await owned(caller, id));
    },

    /**
     * @param {Caller} caller
     * @param {unknown} body
     */
    async create(caller, body) {
      const input = parseInput(body);
      const id = randomUUID();
      const credential = await makeCredential(caller, id, input);
      const at = now();
      try {
        await store.insertPolicy({
          id,
          project_id: caller.info.projectId,
          user_id: caller.info.userId,
          body: input,
          credential_id: credential.id,
          credential_secret: credential.sealed,
          credential_expires_at: input.credentialExpiresAt ? new Date(input.credentialExpiresAt) : null,
          created_at: at,
          updated_at: at,
          schedule_since: at,
        });
      } catch (error) {
        await keystone.deleteApplicationCredential(caller.token, caller.info.userId, credential.id).catch(() => undefined);
        throw error;
      }
      return view(/** @type {PolicyRow} */ (await store.getPolicy(id, caller.info.projectId)));
    },

    /**
     * Saves a changed policy. The credential stays unless its expiry changed (then the caller's new
     * one replaces it). A schedule change or a resume counts slots from now: no catch-up for the past.
     * @param {Caller} caller
     * @param {string} id
     * @param {unknown} body
     */
    async update(caller, id, body) {
      const row = await owned(caller, id);
      const input = parseInput(body);
      const before = /** @type {PolicyInput} */ (/** @type {unknown} */ (row.body));
      const at = now();
      const rescheduled =
        JSON.stringify(before.schedule) !== JSON.stringify(input.schedule) ||
        before.timeZone !== input.timeZone ||
        (!before.enabled && input.enabled);
      let credential = { id: row.credential_id, sealed: row.credential_secret, userId: row.user_id };
      if ((before.credentialExpiresAt ?? null) !== (input.credentialExpiresAt ?? null)) {
        const made = await makeCredential(caller, id, input);
        try {
          await keystone.deleteApplicationCredential(caller.token, row.user_id, row.credential_id);
        } catch (error) {
          await keystone.deleteApplicationCredential(caller.token, caller.info.userId, made.id).catch(() => undefined);
          keystoneRefusal(error);
        }
        credential = { ...made, userId: caller.info.userId };
      }
      await store.updatePolicy(id, {
        body: input,
        user_id: credential.userId,
        credential_id: credential.id,
        credential_secret: credential.sealed,
        credential_expires_at: input.credentialExpiresAt ? new Date(input.credentialExpiresAt) : null,
        updated_at: at,
        schedule_since: rescheduled ? at : row.schedule_since,
      });
      return view(/** @type {PolicyRow} */ (await store.getPolicy(id, caller.info.projectId)));
    },

    /**
     * Deletes the credential in Keystone first: a policy whose credential cannot be deleted stays.
     * @param {Caller} caller
     * @param {string} id
     */
    async remove(caller, id) {
      const row = await owned(caller, id);
      try {
        await keystone.deleteApplicationCredential(caller.token, row.user_id, row.credential_id);
      } catch (error) {
        keystoneRefusal(error);
      }
      await store.deletePolicy(id);
    },

    /**
     * @param {Caller} caller
     * @param {string} id
     * @returns {Promise<Run>}
     */
    async runNow(caller, id) {
      const row = await owned(caller, id);
      const running = (await store.listRuns(id, 1))[0];
      if (running && running['endedAt'] === null) {
        throw new PolicyApiError(409, 'A run of this policy is still going: wait until it ends.');
      }
      const at = now();
      const run = startRun({ id: row.id }, at, 'manual', at);
      if (!(await store.claimSlot(id, run))) {
        throw new PolicyApiError(409, 'A run for this moment exists already.');
      }
      options.onRunStarted(run.id);
      return run;
    },

    /**
     * @param {Caller} caller
     * @param {string} id
     * @param {number} limit
     */
    async runs(caller, id, limit) {
      await owned(caller, id);
      return (await store.listRuns(id, limit)).map((run) => runSchema.parse(run));
    },
  };
}

/** @typedef {ReturnType<typeof createPolicyService>} PolicyService */
