/** Nova's state: flavors, servers, keypairs and per-project quota overrides. */
export interface Flavor {
  id: string;
  name: string;
  vcpus: number;
  ram: number;
  disk: number;
  ephemeral: number;
  swap: number;
  rxtx_factor: number;
  is_public: boolean;
  disabled: boolean;
  description: string | null;
  extra_specs: Record<string, string>;
}

/** The copy of the flavor a server keeps (Nova embeds it from 2.47). */
export type FlavorCopy = Pick<Flavor, 'id' | 'name' | 'vcpus' | 'ram' | 'disk' | 'ephemeral' | 'swap' | 'extra_specs'>;

/** What Nova remembers of the boot image (system metadata), inherited by a snapshot. */
export interface InstanceImageMeta {
  name: string;
  min_disk: number;
  min_ram: number;
  size: number;
  disk_format: string | null;
  container_format: string | null;
  properties: Record<string, string>;
}

export type VmState = 'active' | 'building' | 'stopped' | 'paused' | 'suspended' | 'error' | 'deleted';

export interface ServerFault {
  code: number;
  message: string;
  created: string;
}

export interface AttachedVolume {
  id: string;
  delete_on_termination: boolean;
  device: string;
  boot_index: number | null;
}

export interface Server {
  id: string;
  name: string;
  project_id: string;
  user_id: string;
  flavor: FlavorCopy;
  /** '' for a server booted from a volume (Nova shows `"image": ""`). */
  image_id: string;
  image_meta: InstanceImageMeta;
  key_name: string | null;
  availability_zone: string;
  vm_state: VmState;
  task_state: string | null;
  power_state: number;
  created: string;
  updated: string;
  launched_at: string | null;
  metadata: Record<string, string>;
  security_groups: string[];
  fault: ServerFault | null;
  volumes_attached: AttachedVolume[];
  root_device_name: string;
  host_id: string;
  hostname: string;
  description: string | null;
  locked: boolean;
  tags: string[];
}

export interface Keypair {
  name: string;
  user_id: string;
  public_key: string;
  fingerprint: string;
  type: 'ssh' | 'x509';
  created_at: string;
}

/** One os-instance-actions entry; its single event finishes when the action's lifecycle does. */
export interface InstanceActionRecord {
  action: string;
  instance_uuid: string;
  request_id: string;
  user_id: string;
  project_id: string;
  /** Virtual epoch ms of the request. */
  startedAt: number;
  /** Virtual epoch ms when the compute side is done (the event's finish_time). */
  finishAt: number;
  /** `compute_stop_instance`, `compute__do_build_and_run_instance`… */
  event: string;
  result: 'Success' | 'Error';
}

export interface ComputeState {
  flavors: Record<string, Flavor>;
  servers: Record<string, Server>;
  /** Keyed by `${user_id}/${name}`: keypairs belong to users, not projects. */
  keypairs: Record<string, Keypair>;
  /** Per-project overrides of the default quotas. */
  quotas: Record<string, Record<string, number>>;
  /** os-instance-actions by server id, oldest first; kept after the server is gone (Nova reads deleted ones from 2.21). */
  instance_actions: Record<string, InstanceActionRecord[]>;
}

export const computeQuotaDefaults: Readonly<Record<string, number>> = {
  instances: 10,
  cores: 20,
  ram: 51200,
  key_pairs: 100,
  metadata_items: 128,
  server_groups: 10,
  server_group_members: 10,
  injected_files: 5,
  injected_file_content_bytes: 10240,
  injected_file_path_bytes: 255,
};

export function emptyCompute(): ComputeState {
  return { flavors: {}, servers: {}, keypairs: {}, quotas: {}, instance_actions: {} };
}
