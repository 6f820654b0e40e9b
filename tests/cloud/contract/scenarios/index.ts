import type { Scenario } from '../scenario';
import { createImageScenario } from './create-image';
import { downloadScenario } from './download';
import { errorsScenario } from './errors';
import { imageDeleteScenario } from './image-delete';
import { imageListScenario } from './image-list';
import { loginScenario } from './login';
import { membersScenario } from './members';
import { policiesScenario } from './policies';
import { powerScenario } from './power';
import { quotasScenario } from './quotas';
import { rebuildScenario } from './rebuild';
import { serversScenario } from './servers';
import { snapshotStorageScenario } from './snapshot-storage';
import { uploadToImageScenario } from './upload-to-image';
import { volumeBackedScenario } from './volume-backed';
import { volumeSnapshotDeleteScenario } from './volume-snapshot-delete';

/** Every scenario of the contract, in the order of the list. */
export const scenarios: readonly Scenario[] = [
  loginScenario,
  serversScenario,
  createImageScenario,
  volumeBackedScenario,
  imageListScenario,
  imageDeleteScenario,
  volumeSnapshotDeleteScenario,
  quotasScenario,
  errorsScenario,
  powerScenario,
  rebuildScenario,
  policiesScenario,
  snapshotStorageScenario,
  uploadToImageScenario,
  membersScenario,
  downloadScenario,
];
