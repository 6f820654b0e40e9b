import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { FormDialog } from '@/components/dialog/FormDialog';
import { FormField } from '@/components/form/FormField';
import { QuotaBar } from '@/components/QuotaBar';
import { useToast } from '@/components/toast/toast-context';
import { useI18n } from '@/i18n';
import { volumeMutations, volumeServiceQueries } from '@/openstack/cinder/queries';
import type { VolumeSnapshot } from '@/openstack/cinder/schemas';
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
  const [values, setValues] = useState<CreateVolumeValues>(() => initialCreateValues(snapshot));
  const [problems, setProblems] = useState<Problems<CreateVolumeField>>({});
  const types = useQuery(volumeServiceQueries.types(api));
  const quota = useVolumeQuota();
  const create = useMutation(volumeMutations.create(api));

  const set = (field: keyof CreateVolumeValues) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const problemText = (field: CreateVolumeField) => {
    const problem = problems[field];
    return problem ? t(problem.key, problem.params) : null;
  };

  const submit = () => {
    const found = validateCreateVolume(values, snapshot, quota.limits);
    setProblems(found);
    if (hasProblems(found)) return undefined;
    return create.mutateAsync(createVolumeRequest(snapshot, values), {
      onSuccess: (volume) => {
        toast({
          tone: 'success',
          title: t('volumeSnapshots.createVolume.started', { name: displayName(volume), snapshot: displayName(snapshot) }),
          link: { to: snapshotPaths.volume(volume.id), label: t('volumeSnapshots.createVolume.open') },
        });
        onClose();
      },
    });
  };

  const requested = parseSize(values.size) ?? 0;
  return (
    <FormDialog
      title={t('volumeSnapshots.createVolume.title', { name: displayName(snapshot) })}
      description={t('volumeSnapshots.createVolume.intro', { size: format.gibibytes(snapshot.size) })}
      submitLabel={t('volumeSnapshots.createVolume.submit')}
      busy={create.isPending}
      failure={create.isError ? describeError(create.error, t) : null}
      onClose={onClose}
      onSubmit={submit}
    >
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
          format={format.gibibytes}
        />
      )}
      {problems.quota && (
        <p role="alert" className="volume-snapshots__alert">
          {problemText('quota')}
        </p>
      )}
    </FormDialog>
  );
}
