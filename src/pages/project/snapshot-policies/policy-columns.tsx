import { Link } from 'react-router-dom';
import type { DataTableColumn } from '@/components/data-table/DataTable';
import { StatusBadge } from '@/components/StatusBadge';
import type { I18n } from '@/i18n';
import type { Policy } from '@/openstack/policies/api';
import { paths } from '@/paths';
import { retentionInWords, runBadge, scheduleInWords, targetsInWords } from './policy-words';

/** The list's columns: name, targets, schedule in words, retention, next run, last result. */
export function policyColumns({ t, format, locale }: Pick<I18n, 't' | 'format' | 'locale'>): Array<DataTableColumn<Policy>> {
  return [
    {
      id: 'name',
      header: t('policies.columns.name'),
      rowHeader: true,
      cell: (policy) => (
        <>
          <Link to={paths.policyDetail(policy.id)}>{policy.name}</Link>
          {!policy.enabled && (
            <>
              {' '}
              <StatusBadge tone="neutral" label={t('policies.paused')} />
            </>
          )}
        </>
      ),
    },
    { id: 'targets', header: t('policies.columns.targets'), cell: (policy) => targetsInWords(policy.targets, t) },
    { id: 'schedule', header: t('policies.columns.schedule'), cell: (policy) => scheduleInWords(policy.schedule, policy.timeZone, t, locale) },
    { id: 'retention', header: t('policies.columns.retention'), cell: (policy) => retentionInWords(policy.retention, t) },
    {
      id: 'next',
      header: t('policies.columns.nextRun'),
      cell: (policy) =>
        policy.nextRunAt ? <time dateTime={policy.nextRunAt}>{format.dateTime(policy.nextRunAt)}</time> : t('policies.noNextRun'),
    },
    {
      id: 'last',
      header: t('policies.columns.lastResult'),
      cell: (policy) => {
        if (!policy.lastRun) return t('policies.neverRun');
        const badge = runBadge(policy.lastRun.state, t);
        return (
          <span className="policies__last">
            <StatusBadge tone={badge.tone} label={badge.label} />{' '}
            <time dateTime={policy.lastRun.startedAt}>{format.age(policy.lastRun.startedAt)}</time>
          </span>
        );
      },
    },
  ];
}
