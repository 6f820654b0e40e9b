import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { useApi } from '@/cloud/use-api';
import { watchOperation } from '@/cloud/watches/watch-store';
import { useToast } from '@/components/toast/toast-context';
import { useI18n } from '@/i18n';
import { serverMutations } from '@/openstack/nova/queries';
import type { ServerCreate } from '@/openstack/nova/schemas';
import { paths } from '@/paths';

/**
 * The one POST /servers. A ref holds the gate, so a double click (two events before React
 * re-renders the disabled button) still sends one request. Never retried on its own: after a 401
 * the page offers Retry, which comes back here through the same gate. On success: a toast and the
 * Instances page, where the new instance shows in Build. On failure the gate opens again and the
 * wizard keeps everything entered.
 */
export function useLaunchSubmit(onLaunched?: () => void) {
  const api = useApi();
  const { t } = useI18n();
  const { toast } = useToast();
  const navigate = useNavigate();
  const mutation = useMutation(serverMutations.create(api));
  const inFlight = useRef(false);
  const { mutate, reset } = mutation;

  const launch = useCallback(
    (server: ServerCreate) => {
      if (inFlight.current) return;
      inFlight.current = true;
      reset();
      mutate(server, {
        onSuccess: (created) => {
          onLaunched?.();
          // One server: the shell tells when it is active (several: the list shows them).
          if ((server.max_count ?? 1) === 1) watchOperation({ scope: api.scope, kind: 'launch', id: created.id, name: server.name, serverId: created.id });
          const count = server.max_count ?? 1;
          toast({ tone: 'success', title: t('launch.result.launched', { count, name: server.name }), body: t('launch.result.launchedBody') });
          navigate(paths.instances);
        },
        onError: () => {
          inFlight.current = false;
        },
      });
    },
    [api.scope, mutate, reset, toast, t, navigate, onLaunched],
  );

  return { launch, isLaunching: mutation.isPending, error: mutation.error };
}
