import { scaled, type CloudCore } from '../core';
import type { Image, Server, ServerPatch } from '../db';
import type { AuthInfo } from '../http/context';
import { ApiError } from '../http/errors';
import { effectiveRoles } from '../http/auth';
import { uuidFrom } from '../ids';
import { cancelPlan, schedule, settle } from '../lifecycle';
import { checkState, createServerImage } from '../ops/create-image';
import { canSeeImage, ownsImage } from '../ops/image-access';
import { recordInstanceAction } from '../ops/instance-actions';
import { isoSeconds } from '../time';
import { imageView } from '../views/glance';
import { statusOf } from '../views/nova';
import { portImageSchema, type PortImage, type PortServer, type RunPort } from '@/policy-engine/port.mjs';

/** A server as a run sees it: Nova's wire fields that matter to a run. */
function serverView(server: Server): PortServer {
  return {
    id: server.id,
    name: server.name,
    status: statusOf(server),
    'OS-EXT-STS:task_state': server.task_state,
    'OS-EXT-STS:vm_state': server.vm_state,
    metadata: { ...server.metadata },
  };
}

/** An image in Glance's wire shape (custom properties at the top level). */
function glanceView(image: Image): PortImage {
  return portImageSchema.parse(imageView(image));
}

/** A failing call throws `{ message }` with the service's own words, as the engine expects. */
function serviceFailure(error: unknown): { message: string } {
  if (error instanceof ApiError || error instanceof Error) return { message: error.message };
  return { message: String(error) };
}

/** What the port acts as: the policy owner's identity in the policy's project (the mock's application credential). */
export function policyAuth(core: CloudCore, userId: string, projectId: string): AuthInfo | null {
  const db = core.db;
  const user = db.identity.users[userId];
  const project = db.identity.projects[projectId];
  if (!user || !project || !user.enabled) return null;
  const roles = effectiveRoles(db, user.id, project.id);
  if (roles.length === 0) return null;
  const now = core.clock.now();
  const token = {
    id: `policy-${uuidFrom(`policy-token:${userId}:${projectId}`)}`,
    user_id: user.id,
    project_id: project.id,
    methods: ['application_credential'],
    issued_at: now,
    expires_at: now + 3600_000,
    audit_ids: [],
    revoked: false,
  };
  return { token, user, project, roles, isAdmin: roles.some((r) => r.name === 'admin') };
}

/**
 * The cloud a policy run sees, over the mock's own state: the same calls the dashboard server makes
 * against Nova and Glance, with the same state checks and lifecycles (snapshots take their time).
 */
export function mockRunPort(core: CloudCore, auth: AuthInfo): RunPort {
  const projectId = auth.project.id;
  const now = () => core.clock.now();
  const db = () => {
    settle(core.db, now());
    return core.db;
  };
  const ownServer = (id: string): Server | null => {
    const server = db().compute.servers[id];
    return server && server.project_id === projectId && server.vm_state !== 'deleted' ? server : null;
  };
  const requireServer = (id: string): Server => {
    const server = ownServer(id);
    if (!server) throw { message: `Instance ${id} could not be found.` };
    return server;
  };
  const power = (id: string, action: 'stop' | 'start') => {
    const server = requireServer(id);
    try {
      if (action === 'stop') checkState(server, 'stop', ['active', 'error']);
      else checkState(server, 'start', ['stopped']);
    } catch (error) {
      throw serviceFailure(error);
    }
    const at = now();
    const to: ServerPatch = action === 'stop' ? { vm_state: 'stopped', power_state: 4 } : { vm_state: 'active', power_state: 1 };
    server.task_state = action === 'stop' ? 'powering-off' : 'powering-on';
    server.updated = isoSeconds(at);
    schedule(core.db, { kind: 'server', id: server.id, startedAt: at, steps: [{ at: scaled(core, 2000), set: { ...to, task_state: null } }] });
    recordInstanceAction(core.db, server, action, { requestId: `req-${uuidFrom(`policy:${server.id}:${at}`)}`, userId: auth.user.id, now: at });
  };
  const ownImage = (image: Image | undefined): Image | null => (image && canSeeImage(image, auth) ? image : null);

  return {
    now: () => new Date(now()),
    listServers: async () =>
      Object.values(db().compute.servers)
        .filter((s) => s.project_id === projectId && s.vm_state !== 'deleted')
        .map(serverView),
    getServer: async (id: string) => {
      const server = ownServer(id);
      return server ? serverView(server) : null;
    },
    snapshotQuota: async () => {
      const limit = db().image.limits?.['image_count_total'];
      if (limit === undefined || limit < 0) return { left: null };
      const used = Object.values(core.db.image.images).filter((i) => i.owner === projectId).length;
      return { left: Math.max(0, limit - used) };
    },
    createSnapshot: async (serverId: string, name: string, properties: Record<string, string>) => {
      const server = requireServer(serverId);
      try {
        const at = now();
        const image = createServerImage(core, auth, server, name, properties, at);
        recordInstanceAction(core.db, server, 'createImage', { requestId: `req-${uuidFrom(`policy-image:${image.id}`)}`, userId: auth.user.id, now: at });
        return image.id;
      } catch (error) {
        throw serviceFailure(error);
      }
    },
    getImage: async (id: string) => {
      const image = ownImage(db().image.images[id]);
      return image ? glanceView(image) : null;
    },
    listPolicyImages: async (policyId: string) =>
      Object.values(db().image.images)
        .filter((image) => ownImage(image) && image.properties['dashboard_policy_id'] === policyId)
        .map(glanceView),
    deleteImage: async (id: string) => {
      const image = ownImage(db().image.images[id]);
      if (!image) throw { message: `Failed to find image ${id} to delete` };
      if (!ownsImage(image, auth)) throw { message: 'You are not authorized to complete delete_image action.' };
      if (image.protected) throw { message: `Image ${id} is protected and cannot be deleted.` };
      delete core.db.image.images[id];
      cancelPlan(core.db, 'image', id);
    },
    stopServer: async (id: string) => power(id, 'stop'),
    startServer: async (id: string) => power(id, 'start'),
  };
}
