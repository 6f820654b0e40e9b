import { useId } from 'react';
import { FieldError } from '@/components/FieldError';
import { FormField } from '@/components/form/FormField';
import { Spinner } from '@/components/Spinner';
import { useI18n } from '@/i18n';
import type { Server } from '@/openstack/nova/schemas';
import type { FormProblems, PolicyForm } from './policy-form';

interface TargetsFieldProps {
  form: PolicyForm;
  problems: FormProblems;
  servers: readonly Server[] | undefined;
  serversError: string | null;
  onChange(patch: Partial<PolicyForm>): void;
}

/** Which instances: ticked ones, and/or every instance whose metadata has key=value (also those tagged later). */
export function TargetsField({ form, problems, servers, serversError, onChange }: TargetsFieldProps) {
  const { t } = useI18n();
  const errorId = useId();
  const problem = problems.targets ? t(problems.targets.key, problems.targets.params) : null;
  const toggle = (id: string, on: boolean) =>
    onChange({ instanceIds: on ? [...form.instanceIds, id] : form.instanceIds.filter((existing) => existing !== id) });

  return (
    <fieldset className="policy-form__group" aria-describedby={problem ? errorId : undefined}>
      <legend>{t('policies.form.targets')}</legend>
      <p className="field__hint">{t('policies.form.targetsHint')}</p>
      <fieldset className="policy-form__instances">
        <legend>{t('policies.form.instances')}</legend>
        {servers === undefined && !serversError && <Spinner label={t('common.loading')} showLabel />}
        {serversError && <p role="alert">{serversError}</p>}
        {servers?.length === 0 && <p>{t('policies.form.noInstances')}</p>}
        {servers?.map((server) => (
          <label key={server.id} className="policy-form__choice">
            <input type="checkbox" checked={form.instanceIds.includes(server.id)} onChange={(e) => toggle(server.id, e.target.checked)} />
            {server.name || server.id}
          </label>
        ))}
      </fieldset>
      <div className="policy-form__row">
        <FormField label={t('policies.form.metadataKey')}>
          {(control) => <input {...control} value={form.metadataKey} placeholder="backup" onChange={(e) => onChange({ metadataKey: e.target.value })} />}
        </FormField>
        <FormField label={t('policies.form.metadataValue')}>
          {(control) => <input {...control} value={form.metadataValue} placeholder="daily" onChange={(e) => onChange({ metadataValue: e.target.value })} />}
        </FormField>
      </div>
      <FieldError id={errorId}>{problem}</FieldError>
    </fieldset>
  );
}
