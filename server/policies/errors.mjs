// @ts-check
/** The policy API's refusals: a status and words for `{"error": {"message"}}`. */

export class PolicyApiError extends Error {
  /**
   * @param {400 | 401 | 404 | 409 | 413 | 415 | 502} status
   * @param {string} message
   */
  constructor(status, message) {
    super(message);
    this.name = 'PolicyApiError';
    this.status = status;
  }
}

/**
 * Zod's issues in words: `retention: Keep the last N snapshots, …; schedule.time: Use the 24-hour HH:MM form.`
 * @param {{ issues: { path: PropertyKey[], message: string }[] }} error
 */
export function issuesInWords(error) {
  return error.issues
    .map((issue) => {
      const where = issue.path.map(String).join('.');
      return where ? `${where}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
