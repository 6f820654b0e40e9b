import type { Image } from '@/openstack/glance/schemas';
import { deleteBlocker, displayName, editBlocker, isTransitional, launchBlocker, linkedVolumeSnapshotIds, selectionBlocker, statusTone } from './image-rules';
import { editOperations, initialEditValues, validateName } from './edit-image-form';

const PROJECT = 'p-demo';

function image(overrides: Partial<Image> = {}): Image {
  return {
    id: 'img-1',
    name: 'web-1-snap',
    status: 'active',
    visibility: 'private',
    owner: PROJECT,
    protected: false,
    size: 1024,
    min_disk: 0,
    min_ram: 0,
    created_at: '2025-01-01T00:00:00Z',
    ...overrides,
  };
}

describe('image rules', () => {
  it('names a row by its name, else its id', () => {
    expect(displayName(image())).toBe('web-1-snap');
    expect(displayName(image({ name: null }))).toBe('img-1');
    expect(displayName(image({ name: '  ' }))).toBe('img-1');
  });

  it('polls the moving statuses and shows killed as an error', () => {
    for (const status of ['queued', 'saving', 'uploading', 'importing', 'pending_delete']) expect(isTransitional({ status })).toBe(true);
    expect(isTransitional({ status: 'active' })).toBe(false);
    expect(statusTone('killed')).toBe('error');
    expect(statusTone('something-new')).toBe('neutral');
  });

  it('says why a row cannot be deleted, and keeps protected rows selectable', () => {
    expect(deleteBlocker(image(), PROJECT)).toBeNull();
    expect(deleteBlocker(image({ protected: true }), PROJECT)).toBe('images.reasons.protected');
    expect(selectionBlocker(image({ protected: true }), PROJECT)).toBeNull();
    expect(deleteBlocker(image({ owner: 'someone-else', visibility: 'public' }), PROJECT)).toBe('images.reasons.notOwned');
    expect(selectionBlocker(image({ owner: 'someone-else' }), PROJECT)).toBe('images.reasons.notOwned');
    expect(selectionBlocker(image({ status: 'pending_delete' }), PROJECT)).toBe('images.reasons.deleting');
  });

  it('launches only active images and edits only owned ones', () => {
    expect(launchBlocker(image())).toBeNull();
    expect(launchBlocker(image({ status: 'saving' }))).toBe('images.reasons.notActive');
    expect(editBlocker(image({ owner: 'x' }), PROJECT)).toBe('images.reasons.notOwnedEdit');
  });

  it('finds the volume snapshots of a volume-backed snapshot only', () => {
    const bdm = JSON.stringify([{ source_type: 'snapshot', destination_type: 'volume', snapshot_id: 'vs-1', boot_index: 0 }]);
    expect(linkedVolumeSnapshotIds(image({ block_device_mapping: bdm, bdm_v2: 'True', size: 0 }))).toEqual(['vs-1']);
    expect(linkedVolumeSnapshotIds(image({ image_type: 'snapshot' }))).toEqual([]);
  });
});

describe('edit image form', () => {
  it('validates the name before anything is sent', () => {
    expect(validateName('')).toBe('images.edit.nameRequired');
    expect(validateName('x'.repeat(256))).toBe('images.edit.nameTooLong');
    expect(validateName(' ok ')).toBeNull();
  });

  it('sends only what changed', () => {
    const current = image();
    expect(editOperations(current, { ...initialEditValues(current), name: 'web-1-snap', protected: false })).toEqual([]);
    expect(editOperations(current, { ...initialEditValues(current), name: ' renamed ', protected: true })).toEqual([
      { op: 'replace', path: '/name', value: 'renamed' },
      { op: 'replace', path: '/protected', value: true },
    ]);
  });
});
