import type { Translation } from '../../types';
import type { launch as en } from '../en/launch';

export const launch: Translation<typeof en> = {
  title: 'Uruchom instancję',
};
