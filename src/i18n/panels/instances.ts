/** The instances messages in English: bundled with their panel, whose route module imports this. */
import { registerMessages } from '../catalog';
import { instances } from '../messages/en/instances';

registerMessages('instances', instances);
