import { SnapshotStoragePage } from './SnapshotStoragePage';
import '@/i18n/panels/images'; // the delete dialog and row labels speak the Images panel's words
import '@/i18n/panels/snapshot-storage';

/** /project/images/storage — the project's snapshot storage. */
export { SnapshotStoragePage as Component };
