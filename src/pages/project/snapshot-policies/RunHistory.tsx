import { useId } from 'react';
import { Link } from 'react-router-dom';
import { StatusBadge } from '@/components/StatusBadge';
import { useI18n, type MessageKey } from '@/i18n';
import type { PolicyRun, RunItem } from '@/openstack/policies/api';
import { paths } from '@/paths';
import { itemBadge, runBadge } from './policy-words';

/** Every run, newest first: when, why, the result, and per instance start, end, snapshot, outcome and the service's words. */
export function RunHistory({ runs }: { runs: readonly PolicyRun[] }) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section className="policy-detail__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('policies.detail.history')}</h2>
      {runs.length === 0 ? <p>{t('policies.detail.noRuns')}</p> : runs.map((run) => <RunEntry key={run.id} run={run} />)}
    </section>
  );
}

function RunEntry({ run }: { run: PolicyRun }) {
  const { t, format } = useI18n();
  const headingId = useId();
  const badge = runBadge(run.state, t);
  const trigger = run.trigger === 'manual' ? t('policies.detail.manual') : t('policies.detail.scheduled', { slot: format.dateTime(run.slot) });
  return (
    <article className="policy-run" aria-labelledby={headingId}>
      <h3 id={headingId} className="policy-run__title">
        {t('policies.detail.runTitle', { started: format.dateTime(run.startedAt) })} <StatusBadge tone={badge.tone} label={badge.label} />
      </h3>
      <p className="policy-run__meta">
        {trigger}
        {run.endedAt && ` · ${t('policies.detail.ended', { ended: format.dateTime(run.endedAt) })}`}
      </p>
      {run.message && <p role="note">{t('policies.detail.runMessage', { message: run.message })}</p>}
      {run.items.length === 0 ? (
        run.targetsResolvedAt && <p>{t('policies.detail.noTargets')}</p>
      ) : (
        <table className="policy-detail__table">
          <caption className="visually-hidden">{t('policies.detail.itemsCaption', { started: format.dateTime(run.startedAt) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('policies.detail.columns.instance')}</th>
              <th scope="col">{t('policies.detail.columns.started')}</th>
              <th scope="col">{t('policies.detail.columns.ended')}</th>
              <th scope="col">{t('policies.detail.columns.snapshot')}</th>
              <th scope="col">{t('policies.detail.columns.outcome')}</th>
              <th scope="col">{t('policies.detail.columns.message')}</th>
            </tr>
          </thead>
          <tbody>
            {run.items.map((item) => (
              <RunItemRow key={item.instanceId} item={item} />
            ))}
          </tbody>
        </table>
      )}
      {run.deleted.length > 0 && (
        <p className="policy-run__deleted">
          {t('policies.detail.deleted', { count: run.deleted.length, names: run.deleted.map((d) => d.name).join(', ') })}
        </p>
      )}
    </article>
  );
}

function RunItemRow({ item }: { item: RunItem }) {
  const { t, format } = useI18n();
  const badge = itemBadge(item, t);
  const reason = item.reason ? t(`policies.reasons.${item.reason}` as MessageKey) : null;
  const words = [reason, item.message].filter(Boolean).join(': ');
  return (
    <tr>
      <th scope="row">
        <Link to={paths.instanceDetail(item.instanceId)}>{item.instanceName || item.instanceId}</Link>
      </th>
      <td>{item.startedAt ? format.dateTime(item.startedAt) : '—'}</td>
      <td>{item.endedAt ? format.dateTime(item.endedAt) : '—'}</td>
      <td>{item.snapshotId ? <Link to={paths.imageDetail(item.snapshotId)}>{item.snapshotName ?? item.snapshotId}</Link> : (item.snapshotName ?? '—')}</td>
      <td>
        <StatusBadge tone={badge.tone} label={badge.label} />
      </td>
      <td>{words || '—'}</td>
    </tr>
  );
}
