import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useApi } from '@/cloud/use-api';
import type { SnapshotPlan } from '@/cloud/snapshot-plans/plan-schema';
import { withPlanLock } from '@/cloud/snapshot-plans/plan-lock';
import { dropPlan, planKey, savePlan } from '@/cloud/snapshot-plans/plan-store';
import { enableNotifications, notifyState } from '@/cloud/watches/notify-preference';
import { watchOperation } from '@/cloud/watches/watch-store';
import { useToast } from '@/components/toast/toast-context';
import { useI18n } from '@/i18n';
import { imageQueries } from '@/openstack/glance/queries';
import { serverMutations, serverQueries } from '@/openstack/nova/queries';
import type { Server } from '@/openstack/nova/schemas';
import { paths } from '@/paths';
import { planStepOf } from './flow-plan';
import { describeSnapshotError } from './snapshot-error';
import { initialFlowState, runSnapshotFlow, type SnapshotFlowState } from './snapshot-flow';

export interface SnapshotRequest {
  server: Server;
  name: string;
  shutOffFirst: boolean;
}

export interface SnapshotFlowRecord {
  serverName: string;
  snapshotName: string;
  shutOffFirst: boolean;
  state: SnapshotFlowState;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs snapshot flows, one per server at most, and keeps their progress by server id. It lives
 * with the page, not the dialog: closing the dialog lets a running flow go on, and its end is
 * announced with a toast either way.
 */
export function useSnapshotFlows() {
  const api = useApi();
  const queryClient = useQueryClient();
  const { toast } = useToast();
  const { t } = useI18n();
  const [flows, setFlows] = useState<ReadonlyMap<string, SnapshotFlowRecord>>(new Map());
  const running = useRef(new Set<string>());
  const { mutateAsync: createImage } = useMutation(serverMutations.createImage(api));
  const { mutateAsync: stop } = useMutation(serverMutations.stop(api));
  const { mutateAsync: start } = useMutation(serverMutations.start(api));

  const update = useCallback((serverId: string, record: SnapshotFlowRecord) => {
    setFlows((current) => new Map(current).set(serverId, record));
  }, []);

  const begin = useCallback(
    async (request: SnapshotRequest) => {
      const { server, name, shutOffFirst } = request;
      // A ref, not state: a second click can land before the re-render that disables the button.
      if (running.current.has(server.id)) return;
      running.current.add(server.id);
      const record = (state: SnapshotFlowState): SnapshotFlowRecord => ({ serverName: server.name, snapshotName: name, shutOffFirst, state });
      update(server.id, record(initialFlowState(shutOffFirst)));
      const readServer = () => queryClient.query({ ...serverQueries.detail(api, server.id), staleTime: 0 });
      const readImage = (imageId: string) => queryClient.query({ ...imageQueries.detail(api, imageId), staleTime: 0 });
      let announced = false;
      // "Shut it off first" is written down as a plan (never the token) while it runs, so a reload,
      // another tab or the next sign-in can finish it; the lock keeps those from acting meanwhile.
      const plan: SnapshotPlan = {
        version: 1,
        scope: api.scope,
        serverId: server.id,
        serverName: server.name,
        snapshotName: name,
        step: 'stop',
        imageId: null,
        createdAt: Date.now(),
      };
      const recordPlan = (state: SnapshotFlowState) => {
        if (!shutOffFirst) return;
        const step = planStepOf(state);
        if (step === null) dropPlan(plan.scope, plan.serverId);
        else savePlan({ ...plan, step, imageId: state.imageId });
      };
      try {
        const run = () => runSnapshotFlow(
          { shutOffFirst },
          {
            stopServer: () => stop(server.id),
            startServer: () => start(server.id),
            readServer,
            createImage: async () => {
              const created = await createImage({ serverId: server.id, name });
              // The shell follows a plain snapshot to its end (the shut-off flow tells its own end).
              if (!shutOffFirst) {
                watchOperation({ scope: api.scope, kind: 'snapshot', id: created.imageId, name, serverId: server.id });
              }
              // Its details, for the toast's link (the Images list got its queued row from the mutation).
              void readImage(created.imageId).catch(() => undefined);
              return created;
            },
            readImage,
            sleep,
            now: () => Date.now(),
          },
          (state) => {
            recordPlan(state);
            update(server.id, record(state));
            if (!announced && state.imageId) {
              announced = true;
              toast({
                tone: 'success',
                title: t('instances.snapshot.toast.created', { name }),
                body: t('instances.snapshot.toast.createdBody'),
                link: { to: paths.imageDetail(state.imageId), label: t('instances.snapshot.toast.view') },
                // Asked only from this button, never on its own.
                action: notifyState() === 'off' ? { label: t('announce.notify.enable'), run: () => void enableNotifications() } : undefined,
              });
            }
          },
        );
        const final = shutOffFirst
          ? await withPlanLock(planKey(plan.scope, plan.serverId), () => {
              savePlan(plan);
              return run();
            })
          : await run();
        // Another tab is already working on a plan for this server: it finishes it.
        if (!final) return;
        if (final.phase === 'failed' && (shutOffFirst || final.imageId)) {
          toast({
            tone: 'error',
            title: t('instances.snapshot.toast.flowFailed', { instance: server.name }),
            body: describeSnapshotError(final.error, final.failedStep, shutOffFirst, t).message,
            link: { to: paths.instanceDetail(server.id), label: server.name || server.id },
          });
        } else if (final.phase === 'succeeded' && shutOffFirst && final.imageId) {
          toast({
            tone: 'success',
            title: t('instances.snapshot.toast.flowDone', { name }),
            body: t('instances.snapshot.toast.flowDoneBody', { instance: server.name }),
            link: { to: paths.imageDetail(final.imageId), label: t('instances.snapshot.toast.view') },
          });
        }
      } finally {
        running.current.delete(server.id);
      }
    },
    [api, createImage, queryClient, start, stop, t, toast, update],
  );

  /** Forget a finished flow (the dialog for that server opens fresh next time). */
  const forget = useCallback((serverId: string) => {
    if (running.current.has(serverId)) return;
    setFlows((current) => {
      const next = new Map(current);
      next.delete(serverId);
      return next;
    });
  }, []);

  return { flows, begin, forget };
}
