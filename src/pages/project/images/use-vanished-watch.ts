import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@/cloud/use-api';
import { imageQueries } from '@/openstack/glance/queries';
import type { Image } from '@/openstack/glance/schemas';
import { displayName, isTransitional } from './image-rules';

export interface VanishedImage {
  id: string;
  name: string;
  /** The status it had when it was last seen. */
  status: string;
}

interface WatchInput {
  /** The current answer's rows (the same array until an answer differs). */
  rows: readonly Image[];
  /** Changes when the user moves to another page or filter: the watch starts over (so does a project switch). */
  scope: string;
  /** Ids this tab deleted: their absence is expected. */
  deletedByUs: ReadonlySet<string>;
}

/**
 * Remembers the rows that were moving (queued, saving, …) on the last answer. If one is missing
 * from the next answer, one batched `id=in:` lookup tells whether it left the page or left the
 * cloud; the ones that left the cloud without this tab deleting them are reported.
 */
export function useVanishedWatch({ rows, scope, deletedByUs }: WatchInput) {
  const api = useApi();
  const queryClient = useQueryClient();
  const watched = useRef(new Map<string, VanishedImage>());
  const watchedScope = useRef(`${api.session.project.id} ${scope}`);
  const [vanished, setVanished] = useState<VanishedImage[]>([]);

  // Another project lists other images: its rows say nothing about the previous project's ones.
  const projectScope = `${api.session.project.id} ${scope}`;
  const watchedProject = useRef(api.session.project.id);

  useEffect(() => {
    if (watchedProject.current !== api.session.project.id) {
      watchedProject.current = api.session.project.id;
      setVanished([]);
    }
    if (watchedScope.current !== projectScope) {
      watchedScope.current = projectScope;
      watched.current = new Map();
    }
    const present = new Set(rows.map((row) => row.id));
    const missing = [...watched.current.values()].filter((item) => !present.has(item.id) && !deletedByUs.has(item.id));
    watched.current = new Map(
      rows
        // Only the project's own: right after a project switch the list still shows the previous
        // project's rows until the new answer arrives, and those would all look gone.
        .filter((row) => isTransitional(row) && row.owner === api.session.project.id)
        .map((row) => [row.id, { id: row.id, name: displayName(row), status: row.status }]),
    );
    if (missing.length === 0) return;
    // Not cancelled by the next answer: the missing rows are no longer watched, so this is their only check.
    void queryClient
      .query({ ...imageQueries.byIds(api, missing.map((item) => item.id)), staleTime: 0 })
      .then((found) => {
        const stillThere = new Set(found.map((image) => image.id));
        const gone = missing.filter((item) => !stillThere.has(item.id));
        if (gone.length > 0) setVanished((current) => [...current.filter((item) => !gone.some((g) => g.id === item.id)), ...gone]);
      })
      .catch(() => {
        // Unknown: say nothing rather than cry wolf; the next answer checks again.
      });
  }, [api, queryClient, rows, projectScope, deletedByUs]);

  const dismiss = useCallback(() => setVanished([]), []);
  return { vanished, dismiss };
}
