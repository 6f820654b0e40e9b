/** The launch messages in English: bundled with their panel, whose route module imports this. */
import { registerMessages } from '../catalog';
import { launch } from '../messages/en/launch';

registerMessages('launch', launch);
