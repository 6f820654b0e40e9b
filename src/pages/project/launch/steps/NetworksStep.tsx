import { useMemo, type Dispatch } from 'react';
import { DataTable, type DataTableColumn } from '@/components/data-table/DataTable';
import { ErrorState } from '@/components/ErrorState';
import { describeError } from '@/cloud/describe-error';
import { useI18n } from '@/i18n';
import type { Network } from '@/openstack/neutron/schemas';
import type { ResolvedLaunch } from '../resolve-launch';
import { orderedSelection } from '../selection-order';
import { statusWord } from '../status-words';
import type { Listing } from '../use-launch-data';
import type { WizardAction } from '../wizard-state';

interface NetworksStepProps {
  networks: readonly Network[];
  resolved: ResolvedLaunch;
  listing: Listing;
  showProblems: boolean;
  dispatch: Dispatch<WizardAction>;
}

/** The networks, in the order chosen: the first is the instance's first NIC. */
export function NetworksStep({ networks, resolved, listing, showProblems, dispatch }: NetworksStepProps) {
  const { t, format } = useI18n();
  const columns = useMemo<Array<DataTableColumn<Network>>>(
    () => [
      { id: 'name', header: t('launch.networks.columns.name'), rowHeader: true, cell: (network) => network.name || network.id },
      { id: 'subnets', header: t('launch.networks.columns.subnets'), align: 'end', cell: (network) => format.number(network.subnets?.length ?? 0) },
      { id: 'shared', header: t('launch.networks.columns.shared'), cell: (network) => (network.shared ? t('common.yes') : t('common.no')) },
      {
        id: 'status',
        header: t('launch.networks.columns.status'),
        cell: (network) => (network.status ? statusWord(network.status, t) : t('common.notAvailable')),
      },
    ],
    [t, format],
  );
  const failure = listing.error ? describeError(listing.error, t) : null;
  const missing = showProblems && resolved.problems.some((problem) => problem.kind === 'networkMissing');

  if (!failure && !listing.isLoading && networks.length === 0) {
    return (
      <>
        <p className="launch__help">{t('launch.networks.help')}</p>
        <p className="launch__needs">{t('launch.networks.none')}</p>
      </>
    );
  }
  return (
    <>
      <p className="launch__help">{t('launch.networks.help')}</p>
      {missing && (
        <p className="field__error launch__problem" role="alert">
          {t('launch.networks.missing')}
        </p>
      )}
      <DataTable
        rows={networks}
        getRowId={(network) => network.id}
        columns={columns}
        caption={t('launch.networks.caption')}
        isLoading={listing.isLoading}
        error={failure ? <ErrorState message={failure.message} requestId={failure.requestId} onRetry={listing.retry} /> : undefined}
        selection={{
          selected: new Set(resolved.networkIds),
          onChange: (next) => dispatch({ type: 'setNetworks', ids: orderedSelection(resolved.networkIds, next) }),
          rowLabel: (network) => t('launch.networks.select', { name: network.name || network.id }),
        }}
      />
    </>
  );
}
