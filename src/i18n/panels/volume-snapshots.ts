/** The volumeSnapshots messages in English: bundled with their panel, whose route module imports this. */
import { registerMessages } from '../catalog';
import { volumeSnapshots } from '../messages/en/volume-snapshots';

registerMessages('volumeSnapshots', volumeSnapshots);
