import { describeError, type DescribedError } from '@/cloud/describe-error';
import type { I18n } from '@/i18n';
import { isOpenStackError, isUnauthorized } from '@/openstack/errors';
import { SnapshotFlowError, type FlowStepId } from './snapshot-flow';

function describeFailure(error: unknown, t: I18n['t']): DescribedError {
  if (error instanceof SnapshotFlowError) {
    return { message: t(`instances.snapshot.errors.${error.reason}`, { detail: error.detail }) };
  }
  if (isUnauthorized(error)) return { message: t('recovery.retry.unauthorized') };
  if (isOpenStackError(error) && error.kind === 'http') {
    const { message, requestId } = error;
    // Nova answers a quota refusal with 403 "Quota exceeded for resources: snapshots" (fact 19 in
    // tests/fixtures/openstack-api-samples/README.md); Cinder or Glance quotas come back as 413.
    if (error.status === 413 || (error.status === 403 && /quota/i.test(message))) {
      return { message: t('instances.snapshot.errors.quota', { message }), requestId };
    }
    if (error.status === 403) return { message: t('instances.snapshot.errors.policy', { message }), requestId };
    if (error.status === 409) return { message: t('instances.snapshot.errors.busy', { message }), requestId };
  }
  return describeError(error, t);
}

/** Plain words for a failed snapshot, naming the step when the shut-off flow was running. */
export function describeSnapshotError(error: unknown, step: FlowStepId | null, withStep: boolean, t: I18n['t']): DescribedError {
  // The shut-off flow's plan is kept and taken up again once the user signs in.
  if (withStep && isUnauthorized(error)) return { message: t('recovery.plan.resumesAfterSignIn') };
  const described = describeFailure(error, t);
  if (!withStep || step === null) return described;
  return { ...described, message: t('instances.snapshot.errors.atStep', { step: t(`instances.snapshot.steps.${step}`), message: described.message }) };
}
