import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useCloud } from '@/cloud/cloud-context';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { FormDialog } from '@/components/dialog/FormDialog';
import type { Failure } from '@/components/form/FailureAlert';
import { FormField } from '@/components/form/FormField';
import { useToast } from '@/components/toast/ToastProvider';
import { useI18n } from '@/i18n';
import { serverQueries } from '@/openstack/nova/queries';
import type { Policy } from '@/openstack/policies/api';
import { policyMutations } from '@/openstack/policies/queries';
import { paths } from '@/paths';
import { emptyPolicyForm, formToInput, policyToForm, previewRuns, type FormProblems, type PolicyForm } from './policy-form';
import { RunPreview } from './RunPreview';
import { ScheduleBuilder } from './ScheduleBuilder';
import { TargetsField } from './TargetsField';
import './PolicyDialog.css';

/** Create Policy (no `policy`) or Edit Policy: targets, schedule with the next five runs, retention, consistency, naming. */
export function PolicyDialog({ policy, onClose }: { policy?: Policy; onClose(): void }) {
  const api = useApi();
  const { config } = useCloud();
  const { t } = useI18n();
  const { toast } = useToast();
  const navigate = useNavigate();
  const [form, setForm] = useState<PolicyForm>(() => (policy ? policyToForm(policy) : emptyPolicyForm()));
  const [problems, setProblems] = useState<FormProblems>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const servers = useQuery(serverQueries.list(api, {}));
  const create = useMutation(policyMutations.create(api));
  const update = useMutation(policyMutations.update(api));
  const busy = create.isPending || update.isPending;
  const [now] = useState(() => new Date());
  const preview = useMemo(() => previewRuns(form, now), [form, now]);
  const change = (patch: Partial<PolicyForm>) => setForm((current) => ({ ...current, ...patch }));
  const problemText = (field: keyof FormProblems) => {
    const problem = problems[field];
    return problem ? t(problem.key, problem.params) : null;
  };

  const submit = () => {
    const checked = formToInput(form, new Date());
    if ('problems' in checked) {
      setProblems(checked.problems);
      return undefined;
    }
    setProblems({});
    setFailure(null);
    const onError = (error: unknown) => setFailure(describeError(error, t));
    if (policy) {
      return update.mutateAsync({ id: policy.id, input: checked.input }).then((saved) => {
        toast({ tone: 'success', title: t('policies.toast.saved', { name: saved.name }) });
        onClose();
      }, onError);
    }
    return create.mutateAsync(checked.input).then((saved) => {
      toast({ tone: 'success', title: t('policies.toast.created', { name: saved.name }) });
      onClose();
      navigate(paths.policyDetail(saved.id));
    }, onError);
  };

  return (
    <FormDialog
      title={policy ? t('policies.form.editTitle', { name: policy.name }) : t('policies.form.createTitle')}
      description={t('policies.form.description')}
      submitLabel={policy ? t('policies.form.save') : t('policies.form.create')}
      busy={busy}
      failure={failure}
      onClose={onClose}
      onSubmit={submit}
      size="large"
    >
      <div className="policy-form">
        <FormField label={t('policies.form.name')} error={problemText('name')}>
          {(control) => <input {...control} value={form.name} maxLength={64} onChange={(e) => change({ name: e.target.value })} />}
        </FormField>
        <TargetsField
          form={form}
          problems={problems}
          servers={servers.data?.servers}
          serversError={servers.error ? describeError(servers.error, t).message : null}
          onChange={change}
        />
        <ScheduleBuilder form={form} problems={problems} allowMinutes={config.mode === 'demo'} onChange={change} />
        <RunPreview runs={preview} timeZone={form.timeZone} />
        <fieldset className="policy-form__group">
          <legend>{t('policies.form.retention')}</legend>
          <p className="field__hint">{t('policies.form.retentionHint')}</p>
          <div className="policy-form__row">
            <FormField label={t('policies.form.keepLast')} error={problemText('keepLast') ?? problemText('retention')}>
              {(control) => <input {...control} type="number" min={1} inputMode="numeric" value={form.keepLast} onChange={(e) => change({ keepLast: e.target.value })} />}
            </FormField>
            <FormField label={t('policies.form.maxAgeDays')} error={problemText('maxAgeDays')}>
              {(control) => <input {...control} type="number" min={1} inputMode="numeric" value={form.maxAgeDays} onChange={(e) => change({ maxAgeDays: e.target.value })} />}
            </FormField>
          </div>
        </fieldset>
        <fieldset className="policy-form__group">
          <legend>{t('policies.form.consistency')}</legend>
          {(['live', 'shutoff'] as const).map((mode) => (
            <label key={mode} className="policy-form__choice">
              <input type="radio" name="policy-consistency" checked={form.consistency === mode} onChange={() => change({ consistency: mode })} />
              {mode === 'live' ? t('policies.form.live') : t('policies.form.shutoff')}
            </label>
          ))}
        </fieldset>
        <FormField label={t('policies.form.namePattern')} hint={t('policies.form.namePatternHint')} error={problemText('namePattern')}>
          {(control) => <input {...control} className="policy-form__mono" value={form.namePattern} spellCheck={false} onChange={(e) => change({ namePattern: e.target.value })} />}
        </FormField>
        <FormField label={t('policies.form.credentialExpires')} hint={t('policies.form.credentialHint')} error={problemText('credentialExpires')}>
          {(control) => <input {...control} type="date" value={form.credentialExpires} onChange={(e) => change({ credentialExpires: e.target.value })} />}
        </FormField>
        <label className="policy-form__choice">
          <input type="checkbox" checked={form.enabled} onChange={(e) => change({ enabled: e.target.checked })} />
          {t('policies.form.enabled')}
        </label>
      </div>
    </FormDialog>
  );
}
