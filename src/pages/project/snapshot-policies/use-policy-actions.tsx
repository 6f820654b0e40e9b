import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import type { RowAction } from '@/components/actions/types';
import { useToast } from '@/components/toast/ToastProvider';
import { useI18n } from '@/i18n';
import type { Policy } from '@/openstack/policies/api';
import { policyMutations } from '@/openstack/policies/queries';
import { paths } from '@/paths';
import { DeletePolicyDialog } from './DeletePolicyDialog';
import { PolicyDialog } from './PolicyDialog';
import { policyInput } from './policy-form';

export function isRunning(policy: Policy): boolean {
  return policy.lastRun?.state === 'running';
}

/** Run now, Edit, Pause/Resume and Delete: one definition for the list's rows and the detail page's buttons. */
export function usePolicyActions(options: { onDeleted?: () => void } = {}): { actionsFor(policy: Policy): Array<RowAction<Policy>>; dialogs: ReactNode } {
  const api = useApi();
  const { t } = useI18n();
  const { toast } = useToast();
  const [editing, setEditing] = useState<Policy | null>(null);
  const [deleting, setDeleting] = useState<Policy | null>(null);
  const run = useMutation(policyMutations.run(api));
  const update = useMutation(policyMutations.update(api));
  const { onDeleted } = options;

  const actionsFor = useMemo(
    () => (row: Policy): Array<RowAction<Policy>> => [
      {
        id: 'run',
        label: t('policies.actions.runNow'),
        allowed: (policy) => (isRunning(policy) ? t('policies.actions.alreadyRunning') : true),
        run: (policy) =>
          run.mutate(policy.id, {
            onSuccess: () =>
              toast({ tone: 'info', title: t('policies.toast.runStarted', { name: policy.name }), link: { to: paths.policyDetail(policy.id), label: t('policies.toast.openHistory') } }),
            onError: (error) => toast({ tone: 'error', title: t('policies.toast.runFailed', { name: policy.name }), body: describeError(error, t).message }),
          }),
      },
      { id: 'edit', label: t('policies.actions.edit'), allowed: () => true, run: setEditing },
      {
        id: 'toggle',
        label: row.enabled ? t('policies.actions.pause') : t('policies.actions.resume'),
        allowed: () => true,
        run: (policy) =>
          update.mutate(
            { id: policy.id, input: policyInput(policy, { enabled: !policy.enabled }) },
            {
              onSuccess: (saved) =>
                toast({ tone: 'success', title: t(saved.enabled ? 'policies.toast.resumed' : 'policies.toast.paused', { name: saved.name }) }),
              onError: (error) => toast({ tone: 'error', title: t('policies.toast.saveFailed', { name: policy.name }), body: describeError(error, t).message }),
            },
          ),
      },
      { id: 'delete', label: t('policies.actions.delete'), danger: true, allowed: () => true, run: setDeleting },
    ],
    [run, update, t, toast],
  );

  const dialogs = (
    <>
      {editing && <PolicyDialog policy={editing} onClose={() => setEditing(null)} />}
      {deleting && (
        <DeletePolicyDialog
          policy={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            onDeleted?.();
          }}
        />
      )}
    </>
  );
  return { actionsFor, dialogs };
}
