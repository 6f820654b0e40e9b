import type { Translation } from '../../types';
import type { volumeSnapshots as en } from '../en/volume-snapshots';

export const volumeSnapshots: Translation<typeof en> = {
  title: 'Migawki woluminów',
};
