import { useKeptSelection } from '@/lib/use-kept-selection';
import type { Image } from '@/openstack/glance/schemas';

/**
 * The selected images, kept across pages by id, each with the freshest copy seen, so the
 * delete dialog names and judges them as they are now.
 */
export function useImageSelection(rows: readonly Image[]) {
  return useKeptSelection(rows);
}
