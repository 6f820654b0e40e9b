import { catalogRegions, findEndpoint, serviceRoot } from './catalog';
import type { Catalog } from './schemas';

const catalog: Catalog = [
  {
    type: 'compute',
    endpoints: [
      { interface: 'public', region: 'RegionOne', region_id: 'RegionOne', url: 'https://one.example/compute/v2.1/' },
      { interface: 'internal', region: 'RegionOne', region_id: 'RegionOne', url: 'http://10.0.0.1:8774/v2.1' },
      { interface: 'public', region: 'RegionTwo', region_id: 'RegionTwo', url: 'https://two.example/compute/v2.1' },
    ],
  },
  { type: 'volume', endpoints: [{ interface: 'public', region_id: 'RegionOne', url: 'https://one.example/volume/v2/p1' }] },
  { type: 'volumev3', endpoints: [{ interface: 'public', region_id: 'RegionOne', url: 'https://one.example/volume/v3/p1' }] },
];

describe('service catalog', () => {
  it('chooses by type, interface (public by default) and region', () => {
    expect(findEndpoint(catalog, 'compute')).toBe('https://one.example/compute/v2.1');
    expect(findEndpoint(catalog, 'compute', { interface: 'internal' })).toBe('http://10.0.0.1:8774/v2.1');
    expect(findEndpoint(catalog, 'compute', { region: 'RegionTwo' })).toBe('https://two.example/compute/v2.1');
    expect(findEndpoint(catalog, 'compute', { region: 'RegionThree' })).toBeNull();
  });

  it('finds block storage under block-storage, volumev3, or a v3 volume endpoint, never a v2 one', () => {
    expect(findEndpoint(catalog, 'volume')).toBe('https://one.example/volume/v3/p1');
    expect(findEndpoint([catalog[1] as Catalog[number]], 'volume')).toBeNull();
  });

  it('lists regions and finds the version root of an endpoint', () => {
    expect(catalogRegions(catalog)).toEqual(['RegionOne', 'RegionTwo']);
    expect(serviceRoot('http://127.0.0.1:8774/v2.1')).toBe('http://127.0.0.1:8774/');
    expect(serviceRoot('http://127.0.0.1:8776/v3/abc123')).toBe('http://127.0.0.1:8776/');
    expect(serviceRoot('http://gw.test/os/ep/k1/v3/abc123')).toBe('http://gw.test/os/ep/k1/');
  });
});
