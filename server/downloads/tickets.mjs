// @ts-check
/**
 * Download tickets: random, single-use, short-lived, held in this process only (a ticket is never
 * written anywhere, as it carries the user's token to Glance).
 *
 * Resuming with a single-use ticket: a ticket must be opened within OPEN_WITHIN_MS. The first GET
 * without Range consumes it; after that the same ticket serves only Range requests (a browser
 * resuming an interrupted download) for the same image, until RESUME_WITHIN_MS after it was issued
 * or the token expires, whichever comes first. A second full GET answers 410.
 */
import { randomBytes } from 'node:crypto';

export const OPEN_WITHIN_MS = 2 * 60 * 1000;
export const RESUME_WITHIN_MS = 60 * 60 * 1000;
const MAX_TICKETS = 10_000;
export const TICKET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * @typedef {object} DownloadImage
 * @property {string} id
 * @property {string} fileName
 * @property {number} size
 * @property {string | null} md5
 * @property {string | null} hashAlgo
 * @property {string | null} hashValue
 */

/**
 * @typedef {object} Ticket
 * @property {string} token the requesting token, used only towards Glance
 * @property {string} fileUrl Glance's `/v2/images/{id}/file` from the token's catalog
 * @property {DownloadImage} image
 * @property {number} openBy ms since the epoch: the first request must come before it
 * @property {number} resumeBy ms since the epoch: Range requests after the first must come before it
 * @property {boolean} consumed
 */

/**
 * @param {{ now?: () => number }} [options]
 */
export function createTicketStore(options = {}) {
  const now = options.now ?? Date.now;
  /** @type {Map<string, Ticket>} */
  const tickets = new Map();

  const sweep = () => {
    const at = now();
    for (const [id, ticket] of tickets) {
      if ((!ticket.consumed && ticket.openBy <= at) || ticket.resumeBy <= at) tickets.delete(id);
    }
  };

  return {
    /**
     * @param {{ token: string, tokenExpiresAt: number, fileUrl: string, image: DownloadImage }} spec
     * @returns {{ id: string, expiresAt: number }}
     */
    issue(spec) {
      if (tickets.size >= MAX_TICKETS) sweep();
      if (tickets.size >= MAX_TICKETS) throw new Error('too many download links are open');
      const at = now();
      const id = randomBytes(32).toString('base64url');
      const openBy = Math.min(at + OPEN_WITHIN_MS, spec.tokenExpiresAt);
      const resumeBy = Math.min(at + RESUME_WITHIN_MS, spec.tokenExpiresAt);
      tickets.set(id, { token: spec.token, fileUrl: spec.fileUrl, image: spec.image, openBy, resumeBy, consumed: false });
      return { id, expiresAt: openBy };
    },

    /**
     * The ticket a request may use, or why not: `missing` (unknown or expired), `used` (a full
     * download already started). A full request consumes the ticket.
     * @param {string} id
     * @param {{ range: boolean }} request
     * @returns {{ ticket: Ticket } | { refused: 'missing' | 'used' }}
     */
    take(id, request) {
      const ticket = tickets.get(id);
      const at = now();
      if (!ticket) return { refused: 'missing' };
      if (ticket.resumeBy <= at || (!ticket.consumed && ticket.openBy <= at)) {
        tickets.delete(id);
        return { refused: 'missing' };
      }
      if (request.range) return { ticket };
      if (ticket.consumed) return { refused: 'used' };
      ticket.consumed = true;
      return { ticket };
    },

    /** @param {string} id */
    peek(id) {
      const ticket = tickets.get(id);
      const at = now();
      if (!ticket || ticket.resumeBy <= at || (!ticket.consumed && ticket.openBy <= at)) return null;
      return ticket;
    },

    get size() {
      sweep();
      return tickets.size;
    },

    clear() {
      tickets.clear();
    },
  };
}

/** @typedef {ReturnType<typeof createTicketStore>} TicketStore */
