import { useIsFetching } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { mainPanelModules } from './panel-modules';
import { schedulePanelPreload, type IdleEnv } from './panel-preload';

interface PanelPreloaderProps {
  loaders?: ReadonlyArray<() => Promise<unknown>>;
  env?: IdleEnv;
}

/**
 * Once the first screen has settled (its panel loaded, its first reads answered: something was
 * fetched and nothing is now), the main panels' chunks are fetched in an idle moment, so a click
 * in the navigation shows the panel without waiting for its download. Nothing on the sign-in page.
 */
export function PanelPreloader({ loaders = mainPanelModules, env = window }: PanelPreloaderProps) {
  const fetching = useIsFetching();
  const sawReads = useRef(false);
  useEffect(() => {
    if (fetching > 0) {
      sawReads.current = true;
      return;
    }
    if (!sawReads.current) return;
    return schedulePanelPreload(loaders, env);
  }, [fetching, loaders, env]);
  return null;
}
