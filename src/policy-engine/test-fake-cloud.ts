import type { PortImage, PortServer, RunPort } from './port.mjs';

/** A server of the fake cloud: Nova's fields a run reads, plus what an action is waiting to do. */
interface FakeServer {
  id: string;
  name: string;
  status: string;
  task: string | null;
  metadata: Record<string, string>;
  /** Boots from Cinder volumes: its snapshot is a 0-byte image naming Cinder snapshots, without instance_uuid. */
  volumes: string[];
  /** What the next tick turns the server into. */
  becomes: 'SHUTOFF' | 'ACTIVE' | null;
}

type PortMethod = Exclude<keyof RunPort, 'now'>;

/**
 * A small stateful cloud for the executor's tests: actions take one `tick()` to finish (a stop, a
 * start, a snapshot upload), failures are injected per call, and any number of ports can be opened
 * on it (a "restarted server" opens a new one).
 */
export class FakeCloud {
  readonly servers = new Map<string, FakeServer>();
  readonly images = new Map<string, PortImage>();
  readonly volumeSnapshots = new Set<string>();
  /** Every call the ports made, in order: `method id`. */
  readonly calls: string[] = [];
  quotaLeft: number | null = null;
  private clock: Date;
  private nextImage = 1;
  private readonly failures = new Map<PortMethod, string[]>();
  private readonly doomedSnapshots = new Set<string>();
  private readonly stuckSnapshots = new Set<string>();

  constructor(now: Date) {
    this.clock = now;
  }

  get now(): Date {
    return this.clock;
  }

  addServer(
    id: string,
    name: string,
    options: { status?: string; task?: string | null; metadata?: Record<string, string>; volumes?: string[] } = {},
  ): void {
    this.servers.set(id, {
      id,
      name,
      status: options.status ?? 'ACTIVE',
      task: options.task ?? null,
      metadata: options.metadata ?? {},
      volumes: options.volumes ?? [],
      becomes: null,
    });
  }

  addImage(image: Partial<PortImage> & { id: string }): void {
    this.images.set(image.id, {
      name: image.id,
      status: 'active',
      protected: false,
      created_at: this.clock.toISOString(),
      ...image,
    });
  }

  /** The next call of `method` throws `{ message }`, as a failing service call does. */
  failNext(method: PortMethod, message: string): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), message]);
  }

  /** Snapshots of this server end `killed`. */
  snapshotsOfServerFail(serverId: string): void {
    this.doomedSnapshots.add(serverId);
  }

  /** Snapshots of this server stay `saving`. */
  snapshotsOfServerHang(serverId: string): void {
    this.stuckSnapshots.add(serverId);
  }

  /** Time passes: every action in progress finishes. */
  tick(minutes = 1): void {
    this.clock = new Date(this.clock.getTime() + minutes * 60_000);
    for (const server of this.servers.values()) {
      if (server.becomes) server.status = server.becomes;
      server.becomes = null;
      server.task = null;
    }
    for (const image of this.images.values()) {
      if (image.status !== 'saving') continue;
      const instance = image.dashboard_policy_instance ?? image.instance_uuid ?? '';
      if (this.stuckSnapshots.has(instance)) continue;
      image.status = this.doomedSnapshots.has(instance) ? 'killed' : 'active';
    }
  }

  policyImages(policyId: string): PortImage[] {
    return [...this.images.values()].filter((image) => image.dashboard_policy_id === policyId);
  }

  private call(method: PortMethod, id = ''): void {
    this.calls.push(`${method} ${id}`.trim());
    const failures = this.failures.get(method);
    const message = failures?.shift();
    if (message !== undefined) throw { message };
  }

  private serverView(server: FakeServer): PortServer {
    return {
      id: server.id,
      name: server.name,
      status: server.status,
      'OS-EXT-STS:task_state': server.task,
      metadata: { ...server.metadata },
    };
  }

  port(): RunPort {
    return {
      now: () => this.clock,
      listServers: async () => {
        this.call('listServers');
        return [...this.servers.values()].map((server) => this.serverView(server));
      },
      snapshotQuota: async () => {
        this.call('snapshotQuota');
        return { left: this.quotaLeft };
      },
      createSnapshot: async (serverId, name, properties) => {
        this.call('createSnapshot', serverId);
        const server = this.servers.get(serverId);
        if (!server) throw { message: `Instance ${serverId} could not be found.` };
        if (server.task) throw { message: `Cannot 'createImage' instance ${serverId} while it is in task_state ${server.task}` };
        const id = `img-${this.nextImage++}`;
        server.task = 'image_uploading';
        const snapshots = server.volumes.map((volume) => `snap-${volume}-${id}`);
        for (const snapshot of snapshots) this.volumeSnapshots.add(snapshot);
        const image: PortImage = { id, name, status: 'saving', protected: false, created_at: this.clock.toISOString(), ...properties };
        if (snapshots.length > 0) {
          image.block_device_mapping = JSON.stringify(snapshots.map((snapshot_id, boot_index) => ({ source_type: 'snapshot', snapshot_id, boot_index })));
        } else {
          image.instance_uuid = serverId;
        }
        this.images.set(id, image);
        return id;
      },
      getImage: async (imageId) => {
        this.call('getImage', imageId);
        const image = this.images.get(imageId);
        return image ? { ...image } : null;
      },
      listPolicyImages: async (policyId) => {
        this.call('listPolicyImages', policyId);
        return this.policyImages(policyId).map((image) => ({ ...image }));
      },
      deleteImage: async (imageId) => {
        this.call('deleteImage', imageId);
        const image = this.images.get(imageId);
        if (!image) throw { message: `No image found with ID ${imageId}` };
        if (image.protected) throw { message: `Image ${imageId} is protected and cannot be deleted.` };
        this.images.delete(imageId);
      },
      deleteVolumeSnapshot: async (snapshotId) => {
        this.call('deleteVolumeSnapshot', snapshotId);
        this.volumeSnapshots.delete(snapshotId);
      },
      getServer: async (serverId) => {
        this.call('getServer', serverId);
        const server = this.servers.get(serverId);
        return server ? this.serverView(server) : null;
      },
      stopServer: async (serverId) => {
        this.call('stopServer', serverId);
        const server = this.servers.get(serverId);
        if (!server) throw { message: `Instance ${serverId} could not be found.` };
        server.task = 'powering-off';
        server.becomes = 'SHUTOFF';
      },
      startServer: async (serverId) => {
        this.call('startServer', serverId);
        const server = this.servers.get(serverId);
        if (!server) throw { message: `Instance ${serverId} could not be found.` };
        server.task = 'powering-on';
        server.becomes = 'ACTIVE';
      },
    };
  }
}
