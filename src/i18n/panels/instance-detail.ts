/** The instance detail and power-action messages in English, registered with the instances panel. */
import { registerMessages } from '../catalog';
import { instanceDetail } from '../messages/en/instance-detail';

registerMessages('instanceDetail', instanceDetail);
