/** The images messages in English: bundled with their panel, whose route module imports this. */
import { registerMessages } from '../catalog';
import { imageSharing } from '../messages/en/image-sharing';
import { images } from '../messages/en/images';

registerMessages('images', images);
registerMessages('imageSharing', imageSharing);
