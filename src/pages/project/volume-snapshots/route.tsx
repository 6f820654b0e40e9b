import { Route, Routes } from 'react-router-dom';
import { SnapshotDetailPage } from './SnapshotDetailPage';
import { VolumeDetailPage } from './VolumeDetailPage';
import { VolumeSnapshotsPage } from './VolumeSnapshotsPage';
import '@/i18n/panels/volume-snapshots'; // registers the panel's messages

/** /project/snapshots/* — the list, one snapshot, and one volume (there is no Volumes panel to link to). */
function VolumeSnapshotsRoute() {
  return (
    <Routes>
      <Route index element={<VolumeSnapshotsPage />} />
      <Route path="volumes/:volumeId" element={<VolumeDetailPage />} />
      <Route path=":snapshotId" element={<SnapshotDetailPage />} />
    </Routes>
  );
}

export { VolumeSnapshotsRoute as Component };
