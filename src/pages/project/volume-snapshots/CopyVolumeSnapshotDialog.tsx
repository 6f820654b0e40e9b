import { useCopyToImageDialog } from '@/cloud/copy-to-image/use-copy-to-image-dialog';
import { CopyToImageDialogView } from '@/components/copy-to-image/CopyToImageDialogView';
import type { VolumeSnapshot } from '@/openstack/cinder/schemas';

interface CopyVolumeSnapshotDialogProps {
  snapshot: VolumeSnapshot;
  onClose(): void;
}

/** Copy to Image for a volume snapshot: a temporary volume from it, uploaded to a new Glance image. */
export function CopyVolumeSnapshotDialog({ snapshot, onClose }: CopyVolumeSnapshotDialogProps) {
  const model = useCopyToImageDialog({ snapshotId: snapshot.id, sourceName: snapshot.name?.trim() || snapshot.id });
  return <CopyToImageDialogView {...model} onClose={onClose} />;
}
