import { copySourceSnapshotId } from '@/cloud/copy-to-image/copy-source';
import { useCopyToImageDialog } from '@/cloud/copy-to-image/use-copy-to-image-dialog';
import { CopyToImageDialogView } from '@/components/copy-to-image/CopyToImageDialogView';
import type { Image } from '@/openstack/glance/schemas';
import { displayName } from '../image-rules';

interface CopyToImageDialogProps {
  image: Image;
  onClose(): void;
}

/** Copy to Image for a volume-backed instance snapshot: its boot volume's Cinder snapshot becomes a Glance image with data. */
export function CopyToImageDialog({ image, onClose }: CopyToImageDialogProps) {
  const model = useCopyToImageDialog({ snapshotId: copySourceSnapshotId(image), sourceName: displayName(image) });
  return <CopyToImageDialogView {...model} onClose={onClose} />;
}
