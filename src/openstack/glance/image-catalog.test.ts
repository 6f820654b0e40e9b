import { compareImages } from './image-catalog';
import type { Image } from './schemas';

function image(overrides: Partial<Image> = {}): Image {
  return {
    id: 'img-1',
    name: 'web-1-snap',
    status: 'active',
    visibility: 'private',
    owner: 'p-demo',
    protected: false,
    size: 1024,
    min_disk: 0,
    min_ram: 0,
    created_at: '2025-01-01T00:00:00Z',
    ...overrides,
  };
}

describe('compareImages', () => {
  it('follows Glance: the sort key, then created_at and id descending', () => {
    const a = image({ id: 'a', name: 'same', created_at: '2025-01-02T00:00:00Z' });
    const b = image({ id: 'b', name: 'same', created_at: '2025-01-01T00:00:00Z' });
    const c = image({ id: 'c', name: 'alpha', created_at: '2025-01-01T00:00:00Z' });
    expect([a, b, c].sort(compareImages({ key: 'name', dir: 'asc' })).map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect([c, b, a].sort(compareImages(null)).map((i) => i.id)).toEqual(['a', 'c', 'b']);
    expect([a, b].sort(compareImages({ key: 'size', dir: 'desc' })).map((i) => i.id)).toEqual(['a', 'b']);
  });
});
