import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n, type MessageKey } from '@/i18n';
import { volumeServiceQueries, volumeSnapshotQueries } from '@/openstack/cinder/queries';
import { imageQueries } from '@/openstack/glance/queries';
import { paths } from '@/paths';
import { useApi } from '../use-api';
import { describeError } from '../describe-error';
import { copyProgress } from './copy-progress';
import { copyQuotaShortfalls } from './copy-quota';
import type { CopyPlan } from './plan-schema';
import { useCopyToImage } from './use-copy-to-image';

/** Glance's limit for an image name. */
export const IMAGE_NAME_MAX = 255;

export interface CopyFormValues {
  imageName: string;
  diskFormat: CopyPlan['diskFormat'];
}

interface CopySource {
  /** The Cinder volume snapshot holding the data; null when the image names none. */
  snapshotId: string | null;
  /** The name the user knows the source by (the instance snapshot's or the volume snapshot's). */
  sourceName: string;
}

function nameProblem(name: string): MessageKey | null {
  if (name.trim() === '') return 'copyToImage.nameRequired';
  return name.length > IMAGE_NAME_MAX ? 'copyToImage.nameTooLong' : null;
}

/**
 * Everything the Copy to Image dialog shows and does, in words: the source snapshot, the quota it
 * would need, the form, and once started the progress of the copy (picked up after a reload).
 */
export function useCopyToImageDialog({ snapshotId, sourceName }: CopySource) {
  const api = useApi();
  const { t, format } = useI18n();
  const snapshot = useQuery({ ...volumeSnapshotQueries.detail(api, snapshotId ?? ''), enabled: snapshotId !== null });
  const volumeQuota = useQuery(volumeServiceQueries.quota(api));
  const imageUsage = useQuery(imageQueries.usage(api));
  const copy = useCopyToImage(snapshotId ?? '');
  const [values, setValues] = useState<CopyFormValues>({ imageName: `${sourceName}-copy`, diskFormat: 'qcow2' });
  const [nameError, setNameError] = useState<MessageKey | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const size = snapshot.data?.size ?? 0;
  const sizeText = format.gibibytes(size);
  const shortfalls = snapshot.data ? copyQuotaShortfalls(volumeQuota.data, imageUsage.data, size, values.diskFormat === 'raw') : [];

  let blocker: string | null = null;
  if (snapshotId === null) blocker = t('copyToImage.noSource');
  else if (snapshot.isError) blocker = describeError(snapshot.error, t).message;
  else if (snapshot.data && snapshot.data.status !== 'available') blocker = t('copyToImage.sourceNotReady', { status: snapshot.data.status });

  const submit = (): Promise<unknown> | undefined => {
    const problem = nameProblem(values.imageName);
    setNameError(problem);
    if (problem || blocker || shortfalls.length > 0 || !snapshot.data || snapshotId === null) return undefined;
    setFailure(null);
    setBusy(true);
    return copy
      .start({ sourceName, size, imageName: values.imageName.trim(), diskFormat: values.diskFormat })
      .catch((error: unknown) => setFailure(error))
      .finally(() => setBusy(false));
  };

  // While the first request is on its way the form stays, so a refusal comes back to what was typed.
  const shown = busy ? null : (copy.plan ?? copy.end?.plan ?? null);
  const outcome = copy.end?.outcome ?? null;
  const progress = shown && {
    steps: copyProgress(shown, outcome).map((step) => ({
      id: step.id,
      label: t(step.label),
      state: step.state,
      stateLabel: t(`copyToImage.steps.${step.state === 'current' ? 'current' : step.state}`),
      details: [
        ...(step.volumeStatus ? [t('copyToImage.steps.volumeStatus', { status: step.volumeStatus })] : []),
        ...(step.imageStatus ? [t('copyToImage.steps.imageStatus', { status: step.imageStatus })] : []),
      ],
    })),
    status:
      outcome?.kind === 'done'
        ? t('copyToImage.finished', { name: shown.imageName })
        : outcome?.kind === 'stuck'
          ? t(`copyToImage.reasons.${outcome.reason}`, { detail: outcome.detail, volume: shown.volumeName })
          : t('copyToImage.running', { source: shown.sourceName, name: shown.imageName }),
    tone: outcome?.kind === 'stuck' ? ('error' as const) : outcome?.kind === 'done' ? ('success' as const) : ('info' as const),
    imageLink: shown.imageId && (outcome === null || outcome.kind === 'done' || outcome.reason === 'deleteRefused') ? { to: paths.imageDetail(shown.imageId), label: t('copyToImage.openImage') } : null,
    unreachable: copy.unreachable ? t('copyToImage.unreachable') : null,
  };

  return {
    title: t('copyToImage.title', { name: sourceName }),
    loading: snapshotId !== null && snapshot.isPending,
    intro: snapshot.data ? t('copyToImage.intro', { snapshot: snapshot.data.name ?? snapshot.data.id, size: sizeText }) : null,
    blocker,
    quotaProblems: shortfalls.map((shortfall) => t(shortfall.key, shortfall.params)),
    values,
    onChange: setValues,
    nameError: nameError ? t(nameError, { max: IMAGE_NAME_MAX }) : null,
    rawLabel: t('copyToImage.raw', { size: sizeText }),
    busy,
    failure: failure ? describeError(failure, t) : null,
    onSubmit: submit,
    progress,
  };
}

export type CopyToImageDialogModel = ReturnType<typeof useCopyToImageDialog>;
