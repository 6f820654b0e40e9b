import { memo, useId } from 'react';
import { FieldError } from '@/components/FieldError';
import { FormField } from '@/components/form/FormField';
import { useI18n, type MessageKey } from '@/i18n';
import type { FormProblems, IntervalUnit, PolicyForm, ScheduleKind } from './policy-form';
import { weekdayName, weekdaysMondayFirst } from './policy-words';

const kinds: readonly ScheduleKind[] = ['interval', 'daily', 'weekly', 'cron'];

interface ScheduleBuilderProps {
  form: PolicyForm;
  problems: FormProblems;
  /** Minutes are offered in the demo only (short intervals show a policy working within minutes). */
  allowMinutes: boolean;
  onChange(patch: Partial<PolicyForm>): void;
}

/** When a policy runs: every N hours, daily at, weekly on days at, or a cron expression; in a time zone. */
export function ScheduleBuilder({ form, problems, allowMinutes, onChange }: ScheduleBuilderProps) {
  const { t, locale } = useI18n();
  const name = useId();
  const daysError = `${name}-days-error`;
  const problemText = (field: keyof FormProblems) => {
    const problem = problems[field];
    return problem ? t(problem.key, problem.params) : null;
  };

  return (
    <fieldset className="policy-form__group">
      <legend>{t('policies.form.when')}</legend>
      <div role="radiogroup" aria-label={t('policies.form.scheduleKind')} className="policy-form__choices">
        {kinds.map((kind) => (
          <label key={kind} className="policy-form__choice">
            <input type="radio" name={name} value={kind} checked={form.scheduleKind === kind} onChange={() => onChange({ scheduleKind: kind })} />
            {t(`policies.form.kinds.${kind}` as MessageKey)}
          </label>
        ))}
      </div>
      {form.scheduleKind === 'interval' && (
        <div className="policy-form__row">
          <FormField label={t('policies.form.every')} error={problemText('interval')}>
            {(control) => (
              <input {...control} type="number" min={1} inputMode="numeric" value={form.intervalAmount} onChange={(e) => onChange({ intervalAmount: e.target.value })} />
            )}
          </FormField>
          <FormField label={t('policies.form.unit')}>
            {(control) => (
              <select {...control} value={form.intervalUnit} onChange={(e) => onChange({ intervalUnit: e.target.value as IntervalUnit })}>
                <option value="hours">{t('policies.form.hours')}</option>
                {(allowMinutes || form.intervalUnit === 'minutes') && <option value="minutes">{t('policies.form.minutes')}</option>}
              </select>
            )}
          </FormField>
        </div>
      )}
      {form.scheduleKind === 'weekly' && (
        <fieldset className="policy-form__days" aria-describedby={problems.days ? daysError : undefined}>
          <legend>{t('policies.form.days')}</legend>
          {weekdaysMondayFirst.map((day) => (
            <label key={day} className="policy-form__choice">
              <input
                type="checkbox"
                checked={form.days.includes(day)}
                onChange={(e) => onChange({ days: e.target.checked ? [...form.days, day] : form.days.filter((d) => d !== day) })}
              />
              {weekdayName(locale, day)}
            </label>
          ))}
          <FieldError id={daysError}>{problemText('days')}</FieldError>
        </fieldset>
      )}
      {(form.scheduleKind === 'daily' || form.scheduleKind === 'weekly') && (
        <FormField label={t('policies.form.time')} error={problemText('time')}>
          {(control) => <input {...control} type="time" value={form.time} onChange={(e) => onChange({ time: e.target.value })} />}
        </FormField>
      )}
      {form.scheduleKind === 'cron' && (
        <FormField label={t('policies.form.cron')} hint={t('policies.form.cronHint')} error={problemText('cron')}>
          {(control) => <input {...control} className="policy-form__mono" value={form.cron} spellCheck={false} onChange={(e) => onChange({ cron: e.target.value })} />}
        </FormField>
      )}
      <FormField label={t('policies.form.timeZone')} hint={t('policies.form.timeZoneHint')} error={problemText('timeZone')}>
        {(control) => (
          <>
            <input {...control} list={`${name}-zones`} value={form.timeZone} spellCheck={false} onChange={(e) => onChange({ timeZone: e.target.value })} />
            <TimeZoneOptions id={`${name}-zones`} />
          </>
        )}
      </FormField>
    </fieldset>
  );
}

/** Every IANA zone the browser knows, as suggestions; rendered once (hundreds of options), not on every keystroke. */
const TimeZoneOptions = memo(function TimeZoneOptions({ id }: { id: string }) {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return (
    <datalist id={id}>
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone}
        </option>
      ))}
    </datalist>
  );
});
