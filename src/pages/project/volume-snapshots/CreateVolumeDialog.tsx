import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useApi } from '@/cloud/cloud-context';
import { Dialog } from '@/components/dialog/Dialog';
import { QuotaBar } from '@/components/QuotaBar';
import { useToast } from '@/components/toast/toast-context';
import { useI18n } from '@/i18n';
import { volumeMutations, volumeServiceQueries } from '@/openstack/cinder/queries';
import type { VolumeSnapshot } from '@/openstack/cinder/schemas';
import { FailureAlert } from './FailureAlert';
import { FormField } from './FormField';
import {
  createVolumeRequest,
  hasProblems,
  initialCreateValues,
  parseSize,
  validateCreateVolume,
  type CreateVolumeField,
  type CreateVolumeValues,
  type Problems,
} from './snapshot-forms';
import { snapshotPaths } from './snapshot-paths';
import { displayName } from './snapshot-rows';
import { useVolumeQuota } from './use-volume-quota';

interface CreateVolumeDialogProps {
  snapshot: VolumeSnapshot;
  onClose(): void;
}

/**
 * Create Volume from a snapshot: name, description, size (at least the snapshot's) and type,
 * checked before Cinder is asked; quota shown as it will stand; a refusal (413) in plain words
 * with everything typed kept.
 */
export function CreateVolumeDialog({ snapshot, onClose }: CreateVolumeDialogProps) {
  const api = useApi();
  const { t, format } = useI18n();
  const { toast } = useToast();
  const formId = useId();
  const [values, setValues] = useState<CreateVolumeValues>(() => initialCreateValues(snapshot));
  const [problems, setProblems] = useState<Problems<CreateVolumeField>>({});
  const sent = useRef(false);
  const types = useQuery(volumeServiceQueries.types(api));
  const quota = useVolumeQuota();
  const create = useMutation(volumeMutations.create(api));

  const set = (field: keyof CreateVolumeValues) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const problemText = (field: CreateVolumeField) => {
    const problem = problems[field];
    return problem ? t(problem.key, problem.params) : null;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (sent.current || create.isPending) return;
    const found = validateCreateVolume(values, snapshot, quota.limits);
    setProblems(found);
    if (hasProblems(found)) return;
    sent.current = true;
    create.mutate(createVolumeRequest(snapshot, values), {
      onSuccess: (volume) => {
        toast({
          tone: 'success',
          title: t('volumeSnapshots.createVolume.started', { name: displayName(volume), snapshot: displayName(snapshot) }),
          link: { to: snapshotPaths.volume(volume.id), label: t('volumeSnapshots.createVolume.open') },
        });
        onClose();
      },
      onSettled: () => {
        sent.current = false;
      },
    });
  };

  const requested = parseSize(values.size) ?? 0;
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('volumeSnapshots.createVolume.title', { name: displayName(snapshot) })}
      description={t('volumeSnapshots.createVolume.intro', { size: format.gigabytes(snapshot.size) })}
      busy={create.isPending}
      footer={
        <>
          <button type="button" className="button" disabled={create.isPending} onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary" aria-busy={create.isPending || undefined}>
            {t('volumeSnapshots.createVolume.submit')}
          </button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={submit}>
        <FormField label={t('volumeSnapshots.form.name')} error={problemText('name')}>
          {(control) => <input {...control} value={values.name} onChange={(event) => set('name')(event.target.value)} />}
        </FormField>
        <FormField label={t('volumeSnapshots.form.description')} error={problemText('description')}>
          {(control) => <textarea {...control} rows={2} value={values.description} onChange={(event) => set('description')(event.target.value)} />}
        </FormField>
        <FormField
          label={t('volumeSnapshots.createVolume.size')}
          hint={t('volumeSnapshots.createVolume.sizeHint', { min: snapshot.size })}
          error={problemText('size')}
        >
          {(control) => (
            <input {...control} type="number" inputMode="numeric" min={snapshot.size} step={1} value={values.size} onChange={(event) => set('size')(event.target.value)} />
          )}
        </FormField>
        <FormField label={t('volumeSnapshots.createVolume.type')} error={types.isError ? t('volumeSnapshots.createVolume.typesFailed') : null}>
          {(control) => (
            <select {...control} value={values.volumeType} onChange={(event) => set('volumeType')(event.target.value)}>
              <option value="">{t('volumeSnapshots.createVolume.defaultType')}</option>
              {(types.data ?? []).map((type) => (
                <option key={type.id} value={type.name}>
                  {type.description ? `${type.name} — ${type.description}` : type.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {quota.volumes && <QuotaBar label={t('volumeSnapshots.createVolume.quotaVolumes')} used={quota.volumes.used} requested={1} limit={quota.volumes.limit} />}
        {quota.gigabytes && (
          <QuotaBar
            label={t('volumeSnapshots.createVolume.quotaGigabytes')}
            used={quota.gigabytes.used}
            requested={requested}
            limit={quota.gigabytes.limit}
            format={format.gigabytes}
          />
        )}
        {problems.quota && (
          <p role="alert" className="volume-snapshots__alert">
            {problemText('quota')}
          </p>
        )}
        {create.isError && <FailureAlert error={create.error} />}
      </form>
    </Dialog>
  );
}
