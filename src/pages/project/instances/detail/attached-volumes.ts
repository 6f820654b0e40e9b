import type { Volume } from '@/openstack/cinder/schemas';
import type { VolumeAttachment } from '@/openstack/nova/instance-action-schemas';
import type { Server } from '@/openstack/nova/schemas';

export interface AttachedVolumeRow {
  id: string;
  /** Cinder's name, or null while loading / when it has none. */
  name: string | null;
  size: number | null;
  device: string | null;
  deleteOnTermination: boolean | null;
}

/** The server's volumes in device order, with what Nova and Cinder each know about them. */
export function attachedVolumeRows(server: Server, attachments: readonly VolumeAttachment[] | undefined, volumes: ReadonlyArray<Volume | undefined>): AttachedVolumeRow[] {
  const attached = server['os-extended-volumes:volumes_attached'] ?? [];
  const rows = attached.map((entry, index) => {
    const volume = volumes[index];
    const attachment = attachments?.find((a) => a.volumeId === entry.id);
    return {
      id: entry.id,
      name: volume ? volume.name || null : null,
      size: volume ? volume.size : null,
      device: attachment?.device ?? null,
      deleteOnTermination: entry.delete_on_termination ?? attachment?.delete_on_termination ?? null,
    };
  });
  return rows.sort((a, b) => (a.device ?? '~').localeCompare(b.device ?? '~'));
}

/** A volume-backed server boots from its first device (`/dev/vda`). */
export function bootVolumeOf(server: Server, rows: readonly AttachedVolumeRow[]): { id: string; name: string } | null {
  if (server.image !== '') return null;
  const first = rows[0];
  return first ? { id: first.id, name: first.name ?? first.id } : null;
}

/** The names of the volumes Nova deletes with the server. */
export function deletedWithServer(rows: readonly AttachedVolumeRow[]): string[] {
  return rows.filter((row) => row.deleteOnTermination === true).map((row) => row.name ?? row.id);
}
