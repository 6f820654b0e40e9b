import type { Translation } from '../../types';
import type { images as en } from '../en/images';

export const images: Translation<typeof en> = {
  title: 'Obrazy',
};
