import { useEffect } from 'react';
import { useApi } from '@/cloud/use-api';
import { useWatches } from '@/cloud/watches/watch-store';
import { whenIdle } from '@/lib/when-idle';
import type { WatchKind } from '@/cloud/watches/watch-schema';
import { panelModules } from './panel-modules';
import { preloadPanel } from './panel-preload';

type Loader = () => Promise<unknown>;

/** Where the end of an operation is watched: a new snapshot on Images, a new or restored server on Instances. */
export const panelOfOperation: Partial<Record<WatchKind, Loader>> = {
  snapshot: panelModules.images,
  launch: panelModules.instances,
  restore: panelModules.instances,
};

interface PanelPreloaderProps {
  panels?: Partial<Record<WatchKind, Loader>>;
}

/**
 * When an operation starts that the user will follow on another panel (Create Snapshot on
 * Instances, then Images), that panel's chunk is fetched while the cloud works, so the click
 * that follows does not wait for a download. The links of the navigation do the same on hover
 * and focus (Sidebar).
 */
export function PanelPreloader({ panels = panelOfOperation }: PanelPreloaderProps) {
  usePanelsOfWatches(useApi().scope, panels);
  return null;
}

/** The panels where the watched operations of `scope` end, each fetched once. */
export function usePanelsOfWatches(scope: string, panels: Partial<Record<WatchKind, Loader>>): void {
  const watches = useWatches(scope);
  useEffect(() => {
    const loads = watches.map((watch) => panels[watch.kind]).filter((load): load is Loader => load !== undefined);
    if (loads.length === 0) return;
    // Once the page is idle: the render that answers the user (a dialog closing on Nova's answer)
    // goes first, and the panel's code is ready long before a person reaches its link.
    return whenIdle(() => loads.forEach(preloadPanel), 500);
  }, [watches, panels]);
}
