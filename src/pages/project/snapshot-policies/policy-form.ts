import type { MessageKey } from '@/i18n';
import type { MessageParams } from '@/i18n/types';
import type { Policy, PolicyInput, Schedule } from '@/openstack/policies/api';
import { cronProblem, DEFAULT_NAME_PATTERN, isValidTimeZone, nextRuns } from '@/openstack/policies/engine';

export type ScheduleKind = Schedule['kind'];
export type IntervalUnit = 'hours' | 'minutes';

/** What the create/edit dialog holds: text as typed, turned into a policy only on save. */
export interface PolicyForm {
  name: string;
  enabled: boolean;
  instanceIds: string[];
  metadataKey: string;
  metadataValue: string;
  scheduleKind: ScheduleKind;
  intervalAmount: string;
  intervalUnit: IntervalUnit;
  time: string;
  days: number[];
  cron: string;
  timeZone: string;
  keepLast: string;
  maxAgeDays: string;
  consistency: 'live' | 'shutoff';
  namePattern: string;
  /** `YYYY-MM-DD` or '' for a credential that does not expire. */
  credentialExpires: string;
}

export type FormField = 'name' | 'targets' | 'interval' | 'time' | 'days' | 'cron' | 'timeZone' | 'retention' | 'keepLast' | 'maxAgeDays' | 'namePattern' | 'credentialExpires';
export interface FormProblem {
  key: MessageKey;
  params?: MessageParams;
}
export type FormProblems = Partial<Record<FormField, FormProblem>>;

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function emptyPolicyForm(): PolicyForm {
  return {
    name: '',
    enabled: true,
    instanceIds: [],
    metadataKey: '',
    metadataValue: '',
    scheduleKind: 'daily',
    intervalAmount: '6',
    intervalUnit: 'hours',
    time: '02:00',
    days: [1],
    cron: '0 3 * * *',
    timeZone: browserTimeZone(),
    keepLast: '7',
    maxAgeDays: '',
    consistency: 'live',
    namePattern: DEFAULT_NAME_PATTERN,
    credentialExpires: '',
  };
}

export function policyToForm(policy: Policy): PolicyForm {
  const form = emptyPolicyForm();
  const { schedule } = policy;
  const base: PolicyForm = {
    ...form,
    name: policy.name,
    enabled: policy.enabled,
    instanceIds: [...policy.targets.instanceIds],
    metadataKey: policy.targets.metadata?.key ?? '',
    metadataValue: policy.targets.metadata?.value ?? '',
    scheduleKind: schedule.kind,
    timeZone: policy.timeZone,
    keepLast: policy.retention.keepLast === null ? '' : String(policy.retention.keepLast),
    maxAgeDays: policy.retention.maxAgeDays === null ? '' : String(policy.retention.maxAgeDays),
    consistency: policy.consistency,
    namePattern: policy.namePattern,
    credentialExpires: policy.credentialExpiresAt ? policy.credentialExpiresAt.slice(0, 10) : '',
  };
  switch (schedule.kind) {
    case 'interval': {
      const hours = schedule.minutes % 60 === 0;
      return { ...base, intervalAmount: String(hours ? schedule.minutes / 60 : schedule.minutes), intervalUnit: hours ? 'hours' : 'minutes' };
    }
    case 'daily':
      return { ...base, time: schedule.time };
    case 'weekly':
      return { ...base, time: schedule.time, days: [...schedule.days] };
    case 'cron':
      return { ...base, cron: schedule.expression };
  }
}

function positiveInteger(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= 1 && Number.isSafeInteger(value) ? value : null;
}


/** The schedule the form describes, or the field that is wrong. */
export function scheduleFromForm(form: PolicyForm): { schedule: Schedule } | { field: FormField; problem: FormProblem } {
  const timeOk = /^([01]\d|2[0-3]):[0-5]\d$/.test(form.time);
  switch (form.scheduleKind) {
    case 'interval': {
      const amount = positiveInteger(form.intervalAmount);
      if (amount === null) return { field: 'interval', problem: { key: 'policies.form.errors.interval' } };
      return { schedule: { kind: 'interval', minutes: form.intervalUnit === 'hours' ? amount * 60 : amount } };
    }
    case 'daily':
      if (!timeOk) return { field: 'time', problem: { key: 'policies.form.errors.time' } };
      return { schedule: { kind: 'daily', time: form.time } };
    case 'weekly':
      if (form.days.length === 0) return { field: 'days', problem: { key: 'policies.form.errors.days' } };
      if (!timeOk) return { field: 'time', problem: { key: 'policies.form.errors.time' } };
      return { schedule: { kind: 'weekly', days: [...form.days].sort((a, b) => a - b), time: form.time } };
    case 'cron': {
      const expression = form.cron.trim().replace(/\s+/g, ' ');
      const problem = cronProblem(expression);
      if (problem) return { field: 'cron', problem: { key: 'policies.form.errors.cron', params: { message: problem } } };
      return { schedule: { kind: 'cron', expression } };
    }
  }
}

/** The next `count` run times the form's schedule gives, or null while the schedule or zone is incomplete. */
export function previewRuns(form: PolicyForm, now: Date, count = 5): Date[] | null {
  const result = scheduleFromForm(form);
  if (!('schedule' in result) || !isValidTimeZone(form.timeZone)) return null;
  try {
    return nextRuns(result.schedule, form.timeZone, now, count);
  } catch {
    return null;
  }
}

/** Checks the form; on success the body the policy API takes. */
export function formToInput(form: PolicyForm, now: Date): { input: PolicyInput } | { problems: FormProblems } {
  const problems: FormProblems = {};
  const name = form.name.trim();
  if (name === '' || name.length > 255) problems.name = { key: 'policies.form.errors.name' };
  const key = form.metadataKey.trim();
  const value = form.metadataValue.trim();
  if ((key === '') !== (value === '')) problems.targets = { key: 'policies.form.errors.metadataPair' };
  else if (key === '' && form.instanceIds.length === 0) problems.targets = { key: 'policies.form.errors.targets' };
  const schedule = scheduleFromForm(form);
  if (!('schedule' in schedule)) problems[schedule.field] = schedule.problem;
  if (!isValidTimeZone(form.timeZone)) problems.timeZone = { key: 'policies.form.errors.timeZone' };
  const keepLast = form.keepLast.trim() === '' ? null : positiveInteger(form.keepLast);
  const maxAgeDays = form.maxAgeDays.trim() === '' ? null : positiveInteger(form.maxAgeDays);
  if (form.keepLast.trim() !== '' && keepLast === null) problems.keepLast = { key: 'policies.form.errors.positive' };
  if (form.maxAgeDays.trim() !== '' && maxAgeDays === null) problems.maxAgeDays = { key: 'policies.form.errors.positive' };
  if (form.keepLast.trim() === '' && form.maxAgeDays.trim() === '') problems.retention = { key: 'policies.form.errors.retention' };
  if (!form.namePattern.includes('{instance}')) problems.namePattern = { key: 'policies.form.errors.namePattern' };
  let credentialExpiresAt: string | null = null;
  if (form.credentialExpires !== '') {
    const end = Date.parse(`${form.credentialExpires}T23:59:59Z`);
    if (!Number.isFinite(end) || end <= now.getTime()) problems.credentialExpires = { key: 'policies.form.errors.credentialExpires' };
    else credentialExpiresAt = new Date(end).toISOString();
  }
  if (Object.keys(problems).length > 0 || !('schedule' in schedule)) return { problems };
  return {
    input: {
      name,
      enabled: form.enabled,
      targets: { instanceIds: [...new Set(form.instanceIds)], metadata: key === '' ? null : { key, value } },
      schedule: schedule.schedule,
      timeZone: form.timeZone.trim(),
      retention: { keepLast, maxAgeDays },
      consistency: form.consistency,
      namePattern: form.namePattern.trim(),
      credentialExpiresAt,
    },
  };
}

/** The policy's own settings as the API takes them back (for Pause/Resume, which change only `enabled`). */
export function policyInput(policy: Policy, changes: Partial<PolicyInput> = {}): PolicyInput {
  return {
    name: policy.name,
    enabled: policy.enabled,
    targets: policy.targets,
    schedule: policy.schedule,
    timeZone: policy.timeZone,
    retention: policy.retention,
    consistency: policy.consistency,
    namePattern: policy.namePattern,
    credentialExpiresAt: policy.credentialExpiresAt,
    ...changes,
  };
}
