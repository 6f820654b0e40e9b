import { act, renderHook, waitFor } from '@testing-library/react';
import { dropWatch, watchOperation } from '@/cloud/watches/watch-store';
import { usePanelsOfWatches } from './PanelPreloader';
import { preloadPanel } from './panel-preload';

afterEach(() => localStorage.clear());

describe('fetching a panel ahead', () => {
  it('fetches Images once a snapshot is started, once however many follow, and nothing for Instances', async () => {
    const images = vi.fn<() => Promise<void>>(() => Promise.resolve());
    const instances = vi.fn<() => Promise<void>>(() => Promise.resolve());
    renderHook(() => usePanelsOfWatches('cloud|RegionOne|demo', { snapshot: images, launch: instances }));
    expect(images).not.toHaveBeenCalled();

    act(() => watchOperation({ scope: 'cloud|RegionOne|demo', kind: 'snapshot', id: 'image-1', name: 'web-1-snap', serverId: 'server-1' }));
    await waitFor(() => expect(images).toHaveBeenCalledTimes(1));
    act(() => watchOperation({ scope: 'cloud|RegionOne|demo', kind: 'snapshot', id: 'image-2', name: 'web-1-snap-2', serverId: 'server-1' }));
    act(() => dropWatch({ scope: 'cloud|RegionOne|demo', kind: 'snapshot', id: 'image-1' }));
    expect(images).toHaveBeenCalledTimes(1);
    expect(instances).not.toHaveBeenCalled();
  });

  it('leaves alone what another project started', () => {
    const images = vi.fn<() => Promise<void>>(() => Promise.resolve());
    renderHook(() => usePanelsOfWatches('cloud|RegionOne|demo', { snapshot: images }));
    act(() => watchOperation({ scope: 'cloud|RegionOne|demo-alt', kind: 'snapshot', id: 'image-3', name: 'alt-snap', serverId: null }));
    expect(images).not.toHaveBeenCalled();
  });

  it('tries a failed download again on the next intent, never twice at once', async () => {
    let fail = true;
    const load = vi.fn<() => Promise<void>>(() => (fail ? Promise.reject(new Error('offline')) : Promise.resolve()));
    preloadPanel(load);
    preloadPanel(load);
    expect(load).toHaveBeenCalledTimes(1);
    await waitFor(() => {
      fail = false;
      preloadPanel(load);
      expect(load).toHaveBeenCalledTimes(2);
    });
    preloadPanel(load);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
