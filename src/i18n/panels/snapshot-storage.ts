/** The Snapshot storage messages in English: bundled with the view, whose route module imports this. */
import { registerMessages } from '../catalog';
import { snapshotStorage } from '../messages/en/snapshot-storage';

registerMessages('snapshotStorage', snapshotStorage);
