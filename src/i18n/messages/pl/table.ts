import type { Translation } from '../../types';
import type { table as en } from '../en/table';

export const table: Translation<typeof en> = {
  title: 'Tabela',
};
