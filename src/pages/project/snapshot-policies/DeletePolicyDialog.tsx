import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { Dialog } from '@/components/dialog/Dialog';
import { FailureAlert, type Failure } from '@/components/form/FailureAlert';
import { useToast } from '@/components/toast/ToastProvider';
import { useI18n } from '@/i18n';
import type { Policy } from '@/openstack/policies/api';
import { policyMutations } from '@/openstack/policies/queries';

/** Confirms deleting a policy: its snapshots stay, its application credential goes. */
export function DeletePolicyDialog({ policy, onClose, onDeleted }: { policy: Policy; onClose(): void; onDeleted(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const { toast } = useToast();
  const remove = useMutation(policyMutations.delete(api));
  const [failure, setFailure] = useState<Failure | null>(null);

  const confirm = () => {
    setFailure(null);
    remove.mutate(policy.id, {
      onSuccess: () => {
        toast({ tone: 'success', title: t('policies.toast.deleted', { name: policy.name }) });
        onDeleted();
      },
      onError: (error) => setFailure(describeError(error, t)),
    });
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('policies.delete.title', { name: policy.name })}
      description={t('policies.delete.body')}
      busy={remove.isPending}
      size="small"
      footer={
        <>
          <button type="button" className="button" disabled={remove.isPending} onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button--danger" aria-busy={remove.isPending || undefined} onClick={confirm}>
            {t('policies.delete.confirm')}
          </button>
        </>
      }
    >
      {failure && <FailureAlert failure={failure} onRetry={confirm} retryDisabled={remove.isPending} />}
    </Dialog>
  );
}
