/** Cinder's state: volumes, volume snapshots, user messages and quota overrides. */
export interface VolumeAttachment {
  server_id: string;
  attachment_id: string;
  device: string;
  attached_at: string;
}

export interface Volume {
  id: string;
  name: string | null;
  description: string | null;
  size: number;
  status: string;
  bootable: boolean;
  snapshot_id: string | null;
  source_volid: string | null;
  image_metadata: Record<string, string> | null;
  attachments: VolumeAttachment[];
  availability_zone: string;
  volume_type: string;
  metadata: Record<string, string>;
  project_id: string;
  user_id: string;
  created_at: string;
  updated_at: string | null;
}

export interface VolumeSnapshot {
  id: string;
  name: string | null;
  description: string | null;
  volume_id: string;
  size: number;
  status: string;
  progress: string;
  metadata: Record<string, string>;
  project_id: string;
  user_id: string;
  group_snapshot_id: string | null;
  created_at: string;
  updated_at: string | null;
}

export interface UserMessage {
  id: string;
  project_id: string;
  message_level: 'ERROR';
  user_message: string;
  resource_type: string;
  resource_uuid: string;
  event_id: string;
  request_id: string;
  created_at: string;
  guaranteed_until: string;
}

export interface VolumeState {
  volumes: Record<string, Volume>;
  snapshots: Record<string, VolumeSnapshot>;
  messages: Record<string, UserMessage>;
  quotas: Record<string, Record<string, number>>;
}

export const volumeQuotaDefaults: Readonly<Record<string, number>> = {
  volumes: 10,
  snapshots: 10,
  gigabytes: 1000,
  backups: 10,
  backup_gigabytes: 1000,
  groups: 10,
  per_volume_gigabytes: -1,
};

export const defaultVolumeType = { id: '7f3c2a1e-5b6d-4c8e-9f0a-1b2c3d4e5f60', name: '__DEFAULT__' } as const;

export function emptyVolume(): VolumeState {
  return { volumes: {}, snapshots: {}, messages: {}, quotas: {} };
}
