import { isVolumeBackedSnapshot } from '@/openstack/glance/classify';
import { atLeast } from '@/openstack/microversion';
import type { BlockDeviceMappingV2, ServerCreate } from '@/openstack/nova/schemas';
import type { BootCandidate } from './candidates';

export interface LaunchRequestInput {
  name: string;
  description: string;
  availabilityZone: string;
  count: number;
  candidate: BootCandidate;
  createVolume: boolean;
  /** GB, for a new volume (image or instance snapshot with Create New Volume, volume snapshot). */
  volumeSize: number | null;
  deleteOnTermination: boolean;
  flavorId: string;
  /** The chosen networks, in order (the first one is the first NIC). */
  networkIds: readonly string[];
  cloudHasNetworks: boolean;
  securityGroups: readonly string[];
  keyName: string | null;
  /** The negotiated compute microversion: `networks: "none"` needs 2.37, `description` 2.19. */
  computeMicroversion: string | null;
}

function requireSize(size: number | null): number {
  if (size === null || !Number.isInteger(size) || size < 1) throw new Error('A new volume needs its size in whole GB.');
  return size;
}

/** The boot part of the body: `imageRef`, or one root `block_device_mapping_v2` entry. */
function bootFields(input: LaunchRequestInput): Pick<ServerCreate, 'imageRef' | 'block_device_mapping_v2'> {
  const { candidate, deleteOnTermination } = input;
  const root = (mapping: BlockDeviceMappingV2) => ({ block_device_mapping_v2: [mapping] });
  switch (candidate.type) {
    case 'image':
    case 'instance_snapshot':
      // A volume-backed instance's snapshot carries its own mapping: Nova recreates the volumes.
      if (!input.createVolume || isVolumeBackedSnapshot(candidate.image)) return { imageRef: candidate.id };
      return root({
        source_type: 'image',
        destination_type: 'volume',
        uuid: candidate.id,
        volume_size: requireSize(input.volumeSize),
        boot_index: 0,
        delete_on_termination: deleteOnTermination,
      });
    case 'volume':
      return root({ source_type: 'volume', destination_type: 'volume', uuid: candidate.id, boot_index: 0, delete_on_termination: deleteOnTermination });
    case 'volume_snapshot':
      return root({
        source_type: 'snapshot',
        destination_type: 'volume',
        uuid: candidate.id,
        volume_size: requireSize(input.volumeSize),
        boot_index: 0,
        delete_on_termination: deleteOnTermination,
      });
  }
}

/**
 * The body of the one POST /servers, as Nova expects it for each boot source. Pure: what the
 * wizard resolved goes in, the request comes out.
 */
export function buildServerRequest(input: LaunchRequestInput): ServerCreate {
  const count = input.candidate.type === 'volume' ? 1 : input.count;
  const server: ServerCreate = {
    name: input.name.trim(),
    flavorRef: input.flavorId,
    ...bootFields(input),
    min_count: count,
    max_count: count,
  };
  if (input.networkIds.length > 0) server.networks = input.networkIds.map((uuid) => ({ uuid }));
  else if (!input.cloudHasNetworks && atLeast(input.computeMicroversion, '2.37')) server.networks = 'none';
  if (input.securityGroups.length > 0) server.security_groups = input.securityGroups.map((name) => ({ name }));
  if (input.keyName) server.key_name = input.keyName;
  if (input.availabilityZone) server.availability_zone = input.availabilityZone;
  const description = input.description.trim();
  if (description && atLeast(input.computeMicroversion, '2.19')) server.description = description;
  return server;
}
