import type { MessageKey } from '@/i18n';
import type { Image, ImagePatchOperation } from '@/openstack/glance/schemas';

export interface EditImageValues {
  name: string;
  protected: boolean;
}

export const NAME_MAX = 255;

export function initialEditValues(image: Image): EditImageValues {
  return { name: image.name ?? '', protected: image.protected };
}

/** The name's problem as an i18n key, or null. */
export function validateName(name: string): MessageKey | null {
  if (name.trim() === '') return 'images.edit.nameRequired';
  if (name.trim().length > NAME_MAX) return 'images.edit.nameTooLong';
  return null;
}

/** Only what changed, as JSON-patch `replace` operations (Glance's PATCH). */
export function editOperations(image: Image, values: EditImageValues): ImagePatchOperation[] {
  const operations: ImagePatchOperation[] = [];
  const name = values.name.trim();
  if (name !== (image.name ?? '')) operations.push({ op: 'replace', path: '/name', value: name });
  if (values.protected !== image.protected) operations.push({ op: 'replace', path: '/protected', value: values.protected });
  return operations;
}
