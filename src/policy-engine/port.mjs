// @ts-check
/**
 * The cloud as a policy run sees it. The server backs it with the real cloud (acting with the
 * policy's application credential), the mock cloud with its own state. Servers and images are in
 * their wire shapes (Nova's and Glance's), so either side can hand over what the API answered.
 */
import { z } from 'zod';

/** A Nova server (GET /servers/detail, GET /servers/{id}): only the fields a run reads. */
export const portServerSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  /** ACTIVE, SHUTOFF, ERROR, PAUSED, … */
  status: z.string(),
  /** Set while Nova works on the instance (image_snapshot, powering-off, …): the instance is busy. */
  'OS-EXT-STS:task_state': z.string().nullable().optional(),
  metadata: z.record(z.string(), z.string()).optional(),
});

/** A Glance image (GET /v2/images, GET /v2/images/{id}): custom properties sit at the top level. */
export const portImageSchema = z.looseObject({
  id: z.string(),
  name: z.string().nullable(),
  /** queued, saving, active, killed, deleted, pending_delete, … */
  status: z.string(),
  protected: z.boolean(),
  created_at: z.string(),
  /** Nova sets it on every instance snapshot: the instance the snapshot is of. */
  instance_uuid: z.string().optional(),
  dashboard_policy_id: z.string().optional(),
  dashboard_policy_name: z.string().optional(),
  dashboard_policy_run: z.string().optional(),
  dashboard_policy_instance: z.string().optional(),
  /** On a volume-backed server's snapshot: JSON-encoded BDMs naming the Cinder snapshots Nova made. */
  block_device_mapping: z.string().optional(),
});

/** @typedef {z.infer<typeof portServerSchema>} PortServer */
/** @typedef {z.infer<typeof portImageSchema>} PortImage */

/**
 * What a failing port call throws: the service's own words (e.g. Nova's `badRequest.message`).
 * @typedef {{ message: string }} PortError
 */

/**
 * @typedef {object} RunPort
 * @property {() => Date} now The clock runs are timed by (the mock cloud's is virtual).
 * @property {() => Promise<PortServer[]>} listServers Every server of the project.
 * @property {() => Promise<{ left: number | null }>} snapshotQuota How many more images the project may create; null = no limit.
 * @property {(serverId: string, name: string, properties: Record<string, string>) => Promise<string>} createSnapshot
 *   Nova createImage with `metadata: properties`; resolves to the new image id.
 * @property {(imageId: string) => Promise<PortImage | null>} getImage Null when the image is gone (404).
 * @property {(policyId: string) => Promise<PortImage[]>} listPolicyImages
 *   Every image whose dashboard_policy_id is this policy (Glance filters on the property), all pages.
 * @property {(imageId: string) => Promise<void>} deleteImage
 * @property {(snapshotId: string) => Promise<void>} [deleteVolumeSnapshot] Cinder snapshot delete: when
 *   given, retention also deletes the volume snapshots a volume-backed server's snapshot stands for
 *   (deleting the Glance image alone leaves them behind). Resolves when the snapshot is already
 *   gone (404), so an interrupted clean-up can be finished.
 * @property {(serverId: string) => Promise<PortServer | null>} getServer Null when the server is gone (404).
 * @property {(serverId: string) => Promise<void>} stopServer Nova os-stop.
 * @property {(serverId: string) => Promise<void>} startServer Nova os-start.
 */

/**
 * The words of whatever a port call threw.
 * @param {unknown} error
 * @returns {string}
 */
export function portErrorMessage(error) {
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string' && error.message) {
    return error.message;
  }
  return String(error);
}

/**
 * The instance a policy snapshot is of: the policy's own property, else Nova's instance_uuid.
 * @param {PortImage} image
 * @returns {string | null}
 */
export function imageInstanceId(image) {
  return image.dashboard_policy_instance ?? image.instance_uuid ?? null;
}

/**
 * The Cinder snapshots a volume-backed server's snapshot names in its block_device_mapping.
 * @param {PortImage} image
 * @returns {string[]}
 */
export function imageVolumeSnapshotIds(image) {
  if (!image.block_device_mapping) return [];
  let entries;
  try {
    entries = JSON.parse(image.block_device_mapping);
  } catch {
    return [];
  }
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry) => {
    const id = entry && typeof entry === 'object' ? entry.snapshot_id : null;
    return typeof id === 'string' && id.trim() ? [id.trim()] : [];
  });
}

/**
 * The task state of a server, null when idle.
 * @param {PortServer} server
 * @returns {string | null}
 */
export function serverTaskState(server) {
  return server['OS-EXT-STS:task_state'] ?? null;
}
