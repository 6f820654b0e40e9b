import type { Translation } from '../../types';
import type { instances as en } from '../en/instances';

export const instances: Translation<typeof en> = {
  title: 'Instancje',
};
