// @ts-check
/**
 * The cloud as a leased run sees it: every call that changes something (a snapshot, a deletion, a
 * stop or start) is made only while the replica still safely holds the run's lease. A replica cut
 * off from the database keeps running for a while without knowing another replica took its run
 * over; this keeps it from requesting a snapshot the new holder may request too.
 */

/** @typedef {import('../../src/policy-engine/index.mjs').RunPort} RunPort */

/**
 * @param {RunPort} port
 * @param {() => boolean} holds whether the lease is still safely held now
 * @returns {{ port: RunPort, refused: () => boolean }} refused: a call was refused (drop the step)
 */
export function leaseGuardedPort(port, holds) {
  let refused = false;
  const check = () => {
    if (holds()) return;
    refused = true;
    throw { message: 'This replica no longer holds the run.' };
  };
  /** @type {RunPort} */
  const guarded = {
    ...port,
    async createSnapshot(serverId, name, properties) {
      check();
      return port.createSnapshot(serverId, name, properties);
    },
    async deleteImage(id) {
      check();
      return port.deleteImage(id);
    },
    async stopServer(id) {
      check();
      return port.stopServer(id);
    },
    async startServer(id) {
      check();
      return port.startServer(id);
    },
  };
  const deleteVolumeSnapshot = port.deleteVolumeSnapshot;
  if (deleteVolumeSnapshot) {
    guarded.deleteVolumeSnapshot = async (id) => {
      check();
      return deleteVolumeSnapshot(id);
    };
  }
  return { port: guarded, refused: () => refused };
}
