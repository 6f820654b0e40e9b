import type { Image, MockDb, Volume, VolumeSnapshot } from '../db';
import type { AuthInfo } from '../http/context';
import { badRequest } from '../http/errors';
import { isRecord, pyRepr } from '../http/input';
import { GiB } from '../time';
import { canSeeImage } from './image-access';

/** A volume the boot will create (from an image, a Cinder snapshot or blank) or attach (existing). */
export type BootVolume =
  | { kind: 'image'; image: Image; size: number; bootIndex: number | null; deleteOnTermination: boolean }
  | { kind: 'snapshot'; snapshot: VolumeSnapshot; size: number; bootIndex: number | null; deleteOnTermination: boolean }
  | { kind: 'blank'; size: number; bootIndex: number | null; deleteOnTermination: boolean }
  | { kind: 'existing'; volume: Volume; bootIndex: number | null; deleteOnTermination: boolean };

const sources = ['volume', 'image', 'snapshot', 'blank'];
const invalid = (details: string) => badRequest(`Block Device Mapping is Invalid: ${details}`);

function intOrNull(value: unknown): number | null {
  if (value === undefined || value === null || value === '') return null;
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) ? n : Number.NaN;
}

function checkImageFitsVolume(image: Image, size: number): void {
  if (size * GiB < (image.size ?? 0)) {
    throw badRequest(`Volume is smaller than the minimum size specified in image metadata. Volume size is ${size * GiB} bytes, minimum size is ${image.size ?? 0} bytes.`);
  }
  if (size < image.min_disk) {
    throw badRequest(`Volume is smaller than the minimum size specified in image metadata. Volume size is ${size * GiB} bytes, minimum size is ${image.min_disk * GiB} bytes.`);
  }
}

/** block_device_mapping_v2, checked the way Nova's API and compute API check it. */
export function parseBdms(db: MockDb, auth: AuthInfo, raw: unknown): BootVolume[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw badRequest(`Invalid input for field/attribute block_device_mapping_v2. Value: ${pyRepr(raw)}. ${pyRepr(raw)} is not of type 'array'`);
  const out: BootVolume[] = [];
  for (const item of raw) {
    if (!isRecord(item)) throw invalid('Invalid block device mapping.');
    const source = item['source_type'];
    if (typeof source !== 'string' || !sources.includes(source)) {
      throw badRequest(`Invalid input for field/attribute source_type. Value: ${pyRepr(source)}. ${pyRepr(source)} is not one of ['volume', 'image', 'snapshot', 'blank']`);
    }
    const destination = typeof item['destination_type'] === 'string' ? item['destination_type'] : source === 'image' || source === 'blank' ? 'local' : 'volume';
    if (destination !== 'local' && destination !== 'volume') {
      throw badRequest(`Invalid input for field/attribute destination_type. Value: ${pyRepr(destination)}. ${pyRepr(destination)} is not one of ['local', 'volume']`);
    }
    if ((source === 'snapshot' || source === 'volume') && destination !== 'volume') {
      throw invalid(`Mapping ${source} to local is not supported.`);
    }
    const bootIndex = intOrNull(item['boot_index']);
    const size = intOrNull(item['volume_size']);
    if (Number.isNaN(bootIndex) || Number.isNaN(size) || (size !== null && size < 1)) throw invalid('Boot index and volume size must be integers.');
    const uuid = typeof item['uuid'] === 'string' ? item['uuid'] : null;
    if (source !== 'blank' && !uuid) throw invalid('Missing device UUID.');
    const deleteOnTermination = item['delete_on_termination'] === true || item['delete_on_termination'] === 'true';
    const common = { bootIndex, deleteOnTermination };
    if (source === 'blank') {
      if (destination === 'local') continue; // an ephemeral disk: nothing to model
      if (size === null) throw invalid("Blank volumes (source: 'blank', dest: 'volume') need to have non-zero size");
      out.push({ kind: 'blank', size, ...common });
    } else if (source === 'image') {
      const image = db.image.images[uuid ?? ''];
      if (!image || !canSeeImage(image, auth)) throw badRequest(`Image ${uuid ?? ''} could not be found.`);
      if (image.status !== 'active') throw badRequest(`Image ${image.id} is not active.`);
      if (destination === 'local') continue; // the image becomes the local root disk (imageRef path)
      if (size === null) throw invalid("Images with destination_type 'volume' need to have a non-zero size specified");
      checkImageFitsVolume(image, size);
      out.push({ kind: 'image', image, size, ...common });
    } else if (source === 'snapshot') {
      const snapshot = db.volume.snapshots[uuid ?? ''];
      if (!snapshot || snapshot.project_id !== auth.project.id) throw invalid(`failed to get snapshot ${uuid ?? ''}.`);
      if (snapshot.status !== 'available') throw badRequest(`Invalid snapshot: Originating snapshot status must be 'available' to create a volume from it (snapshot ${snapshot.id} is '${snapshot.status}').`);
      const wanted = size ?? snapshot.size;
      if (wanted < snapshot.size) throw invalid(`Volume size ${wanted}GB cannot be smaller than the snapshot size ${snapshot.size}GB.`);
      out.push({ kind: 'snapshot', snapshot, size: wanted, ...common });
    } else {
      const volume = db.volume.volumes[uuid ?? ''];
      if (!volume || volume.project_id !== auth.project.id) throw invalid(`failed to get volume ${uuid ?? ''}.`);
      if (volume.status !== 'available') {
        throw badRequest(`Invalid volume: volume '${volume.id}' status must be 'available'. Currently in '${volume.status}'`);
      }
      out.push({ kind: 'existing', volume, ...common });
    }
  }
  return out;
}

/** A Nova snapshot of a volume-backed server: its image's block_device_mapping becomes volumes from snapshots. */
export function bdmsFromImage(db: MockDb, auth: AuthInfo, image: Image): BootVolume[] | null {
  const raw = image.properties['block_device_mapping'];
  if (raw === undefined) return null;
  let entries: unknown;
  try {
    entries = JSON.parse(raw);
  } catch {
    throw invalid(`Invalid block_device_mapping in image ${image.id}.`);
  }
  if (!Array.isArray(entries)) throw invalid(`Invalid block_device_mapping in image ${image.id}.`);
  return parseBdms(
    db,
    auth,
    entries.filter(isRecord).map((e) => ({ ...e, uuid: e['snapshot_id'] ?? e['volume_id'] ?? e['image_id'] })),
  );
}
