import { useMemo, type Dispatch } from 'react';
import { DataTable, type DataTableColumn } from '@/components/data-table/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { describeError } from '@/cloud/describe-error';
import { useI18n } from '@/i18n';
import type { SecurityGroup } from '@/openstack/neutron/schemas';
import type { ResolvedLaunch } from '../resolve-launch';
import { orderedSelection } from '../selection-order';
import type { Listing } from '../use-launch-data';
import type { WizardAction } from '../wizard-state';

interface SecurityGroupsStepProps {
  groups: readonly SecurityGroup[];
  resolved: ResolvedLaunch;
  listing: Listing;
  dispatch: Dispatch<WizardAction>;
}

/** Nova takes security groups by name: one row per name. */
function uniqueByName(groups: readonly SecurityGroup[]): SecurityGroup[] {
  const seen = new Set<string>();
  return groups.filter((group) => (seen.has(group.name) ? false : (seen.add(group.name), true)));
}

export function SecurityGroupsStep({ groups, resolved, listing, dispatch }: SecurityGroupsStepProps) {
  const { t } = useI18n();
  const rows = useMemo(() => uniqueByName(groups), [groups]);
  const columns = useMemo<Array<DataTableColumn<SecurityGroup>>>(
    () => [
      { id: 'name', header: t('launch.securityGroups.columns.name'), rowHeader: true, cell: (group) => group.name },
      { id: 'description', header: t('launch.securityGroups.columns.description'), cell: (group) => group.description ?? '' },
    ],
    [t],
  );
  const failure = listing.error ? describeError(listing.error, t) : null;
  return (
    <>
      <p className="launch__help">{t('launch.securityGroups.help')}</p>
      <DataTable
        rows={rows}
        getRowId={(group) => group.name}
        columns={columns}
        caption={t('launch.securityGroups.caption')}
        isLoading={listing.isLoading}
        error={failure ? <ErrorState message={failure.message} requestId={failure.requestId} onRetry={listing.retry} /> : undefined}
        empty={<EmptyState title={t('launch.securityGroups.empty')} />}
        selection={{
          selected: new Set(resolved.securityGroups),
          onChange: (next) => dispatch({ type: 'setSecurityGroups', names: orderedSelection(resolved.securityGroups, next) }),
          rowLabel: (group) => t('launch.securityGroups.select', { name: group.name }),
        }}
      />
    </>
  );
}
