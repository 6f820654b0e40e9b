/** The restore messages in English: bundled with the restore route, whose module imports this. */
import { registerMessages } from '../catalog';
import { restore } from '../messages/en/restore';

registerMessages('restore', restore);
