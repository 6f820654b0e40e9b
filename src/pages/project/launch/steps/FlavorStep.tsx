import { useId, useMemo, type Dispatch } from 'react';
import { DataTable, type DataTableColumn } from '@/components/data-table/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { describeError } from '@/cloud/describe-error';
import { useI18n } from '@/i18n';
import type { FlavorChoice, ResolvedLaunch } from '../resolve-launch';
import { sourceMinDiskGb, sourceMinRamMb } from '../source-facts';
import type { Listing } from '../use-launch-data';
import type { WizardAction } from '../wizard-state';
import { flavorProblemText } from './flavor-problem-text';

interface FlavorStepProps {
  resolved: ResolvedLaunch;
  listing: Listing;
  dispatch: Dispatch<WizardAction>;
}

function domSafe(value: string): string {
  return value.replace(/[^\w-]/g, '_');
}

/** Every flavor; those that do not fit the source or the quota are disabled and say why. */
export function FlavorStep({ resolved, listing, dispatch }: FlavorStepProps) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const id = useId();
  const { candidate } = resolved;
  const selectedId = resolved.flavor?.id;

  const columns = useMemo<Array<DataTableColumn<FlavorChoice>>>(() => {
    const reasonId = (choice: FlavorChoice) => `${id}-why-${domSafe(choice.flavor.id)}`;
    return [
      {
        id: 'select',
        header: t('launch.source.selected'),
        width: '5rem',
        align: 'center',
        cell: (choice) => (
          <input
            type="radio"
            name={`${id}-flavor`}
            checked={choice.flavor.id === selectedId}
            disabled={choice.problems.length > 0}
            aria-label={t('launch.flavor.select', { name: choice.flavor.name })}
            aria-describedby={choice.problems.length > 0 ? reasonId(choice) : undefined}
            onChange={() => dispatch({ type: 'selectFlavor', id: choice.flavor.id })}
          />
        ),
      },
      { id: 'name', header: t('launch.flavor.columns.name'), rowHeader: true, cell: (choice) => choice.flavor.name },
      { id: 'vcpus', header: t('launch.flavor.columns.vcpus'), align: 'end', cell: (choice) => format.number(choice.flavor.vcpus) },
      { id: 'ram', header: t('launch.flavor.columns.ram'), align: 'end', cell: (choice) => format.megabytes(choice.flavor.ram) },
      { id: 'disk', header: t('launch.flavor.columns.disk'), align: 'end', cell: (choice) => format.gigabytes(choice.flavor.disk) },
      {
        id: 'ephemeral',
        header: t('launch.flavor.columns.ephemeral'),
        align: 'end',
        cell: (choice) => format.gigabytes(choice.flavor['OS-FLV-EXT-DATA:ephemeral'] ?? 0),
      },
      {
        id: 'public',
        header: t('launch.flavor.columns.public'),
        cell: (choice) => (choice.flavor['os-flavor-access:is_public'] === false ? t('common.no') : t('common.yes')),
      },
      {
        id: 'fit',
        header: t('launch.flavor.columns.fit'),
        cell: (choice) =>
          choice.problems.length === 0 ? (
            t('launch.flavor.fits')
          ) : (
            <span id={reasonId(choice)} className="launch-flavor__why">
              <span aria-hidden="true">⚠ </span>
              {choice.problems.map((problem) => flavorProblemText(problem, i18n)).join('; ')}
            </span>
          ),
      },
    ];
  }, [id, t, format, i18n, selectedId, dispatch]);

  const failure = listing.error ? describeError(listing.error, t) : null;
  let needs: string;
  if (!candidate) needs = t('launch.flavor.chooseSourceFirst');
  else {
    const ram = sourceMinRamMb(candidate);
    const disk = format.gigabytes(sourceMinDiskGb(candidate));
    if (resolved.bootsFromVolume) {
      needs = ram > 0 ? t('launch.flavor.fromVolumeRam', { ram: format.megabytes(ram) }) : t('launch.flavor.fromVolume');
    } else {
      needs = ram > 0 ? t('launch.flavor.needs', { disk, ram: format.megabytes(ram) }) : t('launch.flavor.needsDisk', { disk });
    }
  }

  return (
    <>
      <p className="launch__help">{t('launch.flavor.help')}</p>
      <p className="launch__needs">{needs}</p>
      <DataTable
        rows={resolved.flavors}
        getRowId={(choice) => choice.flavor.id}
        columns={columns}
        caption={t('launch.flavor.caption')}
        isLoading={listing.isLoading}
        error={failure ? <ErrorState message={failure.message} requestId={failure.requestId} onRetry={listing.retry} /> : undefined}
        empty={<EmptyState title={t('launch.flavor.empty')} />}
      />
    </>
  );
}
