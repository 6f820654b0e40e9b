// @ts-check
/**
 * One cap on the bytes all answers together hold in memory for rewriting (GATEWAY_REWRITE_BUFFER_BYTES),
 * so the gateway's memory stays bounded however many browsers fetch large lists at once. An answer
 * that finds the budget spent is streamed without rewriting when that is safe, else refused (503).
 */

/**
 * 16 MiB: hundreds of ordinary list pages, or two of the largest answers (DEFAULT_MAX_REWRITE_BYTES),
 * rewritten at once; parsing and re-serialising take a few times the bytes held while they run.
 */
export const DEFAULT_REWRITE_BUFFER_BYTES = 16 * 1024 * 1024;

/**
 * @typedef {object} RewriteBudget
 * @property {(bytes: number) => boolean} take holds `bytes` if they fit, else holds nothing
 * @property {(bytes: number) => void} give returns bytes taken before
 * @property {() => number} held the bytes held now
 * @property {number} limit
 */

/**
 * @param {number} limit
 * @returns {RewriteBudget}
 */
export function createRewriteBudget(limit) {
  let held = 0;
  return {
    take(bytes) {
      if (held + bytes > limit) return false;
      held += bytes;
      return true;
    },
    give(bytes) {
      held = Math.max(0, held - bytes);
    },
    held: () => held,
    limit,
  };
}

/**
 * A share of the budget for one answer: grows chunk by chunk, is given back once (idempotent).
 * @param {RewriteBudget} budget
 */
export function budgetShare(budget) {
  let mine = 0;
  return {
    /** @param {number} bytes */
    grow(bytes) {
      if (!budget.take(bytes)) return false;
      mine += bytes;
      return true;
    },
    release() {
      budget.give(mine);
      mine = 0;
    },
  };
}
