import type { MessageKey } from '@/i18n';
import type { Image, ImagePatchOperation } from '@/openstack/glance/schemas';

/** `hw_qemu_guest_agent`: unset, or the `yes`/`no` Nova reads. */
export type GuestAgentChoice = '' | 'yes' | 'no';

export interface EditImageValues {
  name: string;
  description: string;
  /** As typed: validated as whole GiB / MiB before sending. */
  minDisk: string;
  minRam: string;
  osDistro: string;
  osVersion: string;
  guestAgent: GuestAgentChoice;
  protected: boolean;
}

export type EditImageField = 'name' | 'description' | 'minDisk' | 'minRam' | 'osDistro' | 'osVersion';
export type EditImageErrors = Partial<Record<EditImageField, MessageKey>>;

export const NAME_MAX = 255;
/** Glance keeps custom property values to 255 characters. */
export const PROPERTY_MAX = 255;

/** The custom properties the form edits, with their Glance names. */
const PROPERTY_FIELDS = [
  ['description', 'description'],
  ['osDistro', 'os_distro'],
  ['osVersion', 'os_version'],
  ['guestAgent', 'hw_qemu_guest_agent'],
] as const satisfies ReadonlyArray<readonly [keyof EditImageValues, string]>;

function propertyOf(image: Image, key: string): string {
  const value: unknown = image[key];
  return typeof value === 'string' ? value : '';
}

function guestAgentOf(image: Image): GuestAgentChoice {
  const value = propertyOf(image, 'hw_qemu_guest_agent').trim().toLowerCase();
  if (['yes', 'true', '1', 'on'].includes(value)) return 'yes';
  if (['no', 'false', '0', 'off'].includes(value)) return 'no';
  return '';
}

export function initialEditValues(image: Image): EditImageValues {
  return {
    name: image.name ?? '',
    description: propertyOf(image, 'description'),
    minDisk: String(image.min_disk),
    minRam: String(image.min_ram),
    osDistro: propertyOf(image, 'os_distro'),
    osVersion: propertyOf(image, 'os_version'),
    guestAgent: guestAgentOf(image),
    protected: image.protected,
  };
}

/** The name's problem as an i18n key, or null. */
export function validateName(name: string): MessageKey | null {
  if (name.trim() === '') return 'images.edit.nameRequired';
  if (name.trim().length > NAME_MAX) return 'images.edit.nameTooLong';
  return null;
}

const WHOLE_NUMBER = /^\d{1,9}$/;

/** Every field's problem; empty when the values may be sent. */
export function validateEdit(values: EditImageValues): EditImageErrors {
  const errors: EditImageErrors = {};
  const name = validateName(values.name);
  if (name) errors.name = name;
  if (!WHOLE_NUMBER.test(values.minDisk.trim())) errors.minDisk = 'images.edit.wholeNumber';
  if (!WHOLE_NUMBER.test(values.minRam.trim())) errors.minRam = 'images.edit.wholeNumber';
  for (const field of ['description', 'osDistro', 'osVersion'] as const) {
    if (values[field].trim().length > PROPERTY_MAX) errors[field] = 'images.edit.nameTooLong';
  }
  return errors;
}

/**
 * Only what changed, as JSON-patch (Glance's PATCH): `replace` for base attributes and properties
 * the image has, `add` for new properties, `remove` for a property cleared. Call after validateEdit.
 */
export function editOperations(image: Image, values: EditImageValues): ImagePatchOperation[] {
  const operations: ImagePatchOperation[] = [];
  const name = values.name.trim();
  if (name !== (image.name ?? '')) operations.push({ op: 'replace', path: '/name', value: name });
  const minDisk = Number(values.minDisk.trim());
  if (minDisk !== image.min_disk) operations.push({ op: 'replace', path: '/min_disk', value: minDisk });
  const minRam = Number(values.minRam.trim());
  if (minRam !== image.min_ram) operations.push({ op: 'replace', path: '/min_ram', value: minRam });
  for (const [field, key] of PROPERTY_FIELDS) {
    const wanted = String(values[field]).trim();
    const had = typeof image[key] === 'string';
    const current = propertyOf(image, key);
    if (field === 'guestAgent' ? wanted === guestAgentOf(image) : wanted === current) continue;
    const path = `/${key}`;
    if (wanted === '') {
      if (had) operations.push({ op: 'remove', path });
    } else {
      operations.push({ op: had ? 'replace' : 'add', path, value: wanted });
    }
  }
  if (values.protected !== image.protected) operations.push({ op: 'replace', path: '/protected', value: values.protected });
  return operations;
}
