import type { Image } from '@/openstack/glance/schemas';
import { editOperations, initialEditValues, validateEdit } from './edit-image-form';

function image(overrides: Partial<Image> = {}): Image {
  return {
    id: 'img-1',
    name: 'web-template',
    status: 'active',
    visibility: 'private',
    owner: 'p1',
    protected: false,
    size: 1024,
    min_disk: 1,
    min_ram: 512,
    created_at: '2025-01-01T00:00:00Z',
    os_distro: 'ubuntu',
    hw_qemu_guest_agent: 'yes',
    ...overrides,
  };
}

describe('edit image form: the template fields', () => {
  it('starts from what Glance holds, reading the guest agent as yes, no or unset', () => {
    expect(initialEditValues(image())).toMatchObject({ description: '', minDisk: '1', minRam: '512', osDistro: 'ubuntu', osVersion: '', guestAgent: 'yes' });
    expect(initialEditValues(image({ hw_qemu_guest_agent: 'False' })).guestAgent).toBe('no');
    expect(initialEditValues(image({ hw_qemu_guest_agent: undefined })).guestAgent).toBe('');
  });

  it('refuses minimums that are not whole numbers before anything is sent', () => {
    const values = { ...initialEditValues(image()), minDisk: '-1', minRam: '1.5' };
    expect(validateEdit(values)).toEqual({ minDisk: 'images.edit.wholeNumber', minRam: 'images.edit.wholeNumber' });
    expect(validateEdit({ ...values, minDisk: '20', minRam: '2048', description: 'x'.repeat(256) })).toEqual({ description: 'images.edit.nameTooLong' });
    expect(validateEdit(initialEditValues(image()))).toEqual({});
  });

  it('adds new properties, replaces changed ones, removes cleared ones, and leaves the rest alone', () => {
    const current = image();
    expect(editOperations(current, initialEditValues(current))).toEqual([]);
    const values = { ...initialEditValues(current), description: ' Web tier template ', minDisk: '20', osDistro: '', osVersion: '24.04', guestAgent: 'no' as const };
    expect(editOperations(current, values)).toEqual([
      { op: 'replace', path: '/min_disk', value: 20 },
      { op: 'add', path: '/description', value: 'Web tier template' },
      { op: 'remove', path: '/os_distro' },
      { op: 'add', path: '/os_version', value: '24.04' },
      { op: 'replace', path: '/hw_qemu_guest_agent', value: 'no' },
    ]);
  });
});
