import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { StatusBadge } from '@/components/StatusBadge';
import { useI18n } from '@/i18n';
import { isEmbeddedFlavor, serverTaskState } from '@/openstack/nova/server-helpers';
import type { Server } from '@/openstack/nova/schemas';
import { paths } from '@/paths';
import { powerStateKey, statusKey, statusTone, taskKey } from '../instance-state';
import { CopyableId } from '@/components/copy/CopyableId';
import { useBootImage } from './use-instance-detail';
import { Time } from '@/components/Time';

export type DetailRows = Array<[string, ReactNode]>;

export function DetailList({ rows, label }: { rows: DetailRows; label: string }) {
  return (
    <dl className="instance-detail__list" aria-label={label}>
      {rows.map(([term, value]) => (
        <div className="instance-detail__row" key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function BootSource({ server, bootVolume }: { server: Server; bootVolume: { id: string; name: string } | null }) {
  const { t } = useI18n();
  const image = useBootImage(server);
  if (server.image === '') {
    if (!bootVolume) return <>{t('instanceDetail.boot.volume', { name: t('instanceDetail.boot.unknownVolume') })}</>;
    return <Link to={paths.volumeDetail(bootVolume.id)}>{t('instanceDetail.boot.volume', { name: bootVolume.name })}</Link>;
  }
  const name = image.data?.name ?? server.image.id;
  return <Link to={paths.imageDetail(server.image.id)}>{t('instanceDetail.boot.image', { name })}</Link>;
}

/** Status in words (power state, task, fault), the flavor's sizes, the boot source, access and dates. */
export function InstanceOverview({ server, bootVolume }: { server: Server; bootVolume: { id: string; name: string } | null }) {
  const { t, format } = useI18n();
  const dash = t('common.notAvailable');
  const status = statusKey(server.status);
  const task = serverTaskState(server);
  const taskWordKey = task === null ? 'instances.noTask' : taskKey(task);
  const taskWord = taskWordKey ? t(taskWordKey) : task;
  const power = powerStateKey(server['OS-EXT-STS:power_state']);
  const flavor = server.flavor;

  const overview: DetailRows = [
    [t('instanceDetail.fields.name'), server.name || dash],
    [t('instanceDetail.fields.id'), <CopyableId key="id" id={server.id} />],
    [t('instanceDetail.fields.status'), <StatusBadge key="status" tone={statusTone(server)} label={status ? t(status) : server.status} title={server.status} />],
    [t('instanceDetail.fields.powerState'), power ? t(power) : dash],
    [t('instanceDetail.fields.task'), taskWord],
  ];
  if (server.fault) overview.push([t('instanceDetail.fields.fault'), <span key="fault" className="instance-detail__fault">{server.fault.message}</span>]);
  overview.push(
    [t('instanceDetail.fields.availabilityZone'), server['OS-EXT-AZ:availability_zone'] || dash],
    [t('instanceDetail.fields.created'), <Time key="c" value={server.created} />],
    [t('instanceDetail.fields.updated'), server.updated ? <Time key="u" value={server.updated} /> : dash],
  );

  const specs: DetailRows = isEmbeddedFlavor(flavor)
    ? [
        [t('instanceDetail.fields.flavor'), flavor.original_name],
        [t('instanceDetail.fields.vcpus'), format.number(flavor.vcpus)],
        [t('instanceDetail.fields.ram'), format.megabytes(flavor.ram)],
        [t('instanceDetail.fields.disk'), format.gigabytes(flavor.disk)],
      ]
    : [[t('instanceDetail.fields.flavor'), flavor.id]];
  specs.push([t('instanceDetail.fields.bootSource'), <BootSource key="boot" server={server} bootVolume={bootVolume} />]);

  const groups = (server.security_groups ?? []).map((g) => g.name);
  const access: DetailRows = [
    [t('instanceDetail.fields.keyPair'), server.key_name || t('instanceDetail.noKeyPair')],
    [
      t('instanceDetail.fields.securityGroups'),
      groups.length === 0 ? (
        t('instanceDetail.noSecurityGroups')
      ) : (
        <ul key="sg" className="instance-detail__inline-list">
          {[...new Set(groups)].map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      ),
    ],
  ];

  return (
    <>
      <section className="instance-detail__section" aria-labelledby="instance-overview">
        <h2 id="instance-overview">{t('instanceDetail.sections.overview')}</h2>
        <DetailList rows={overview} label={t('instanceDetail.sections.overview')} />
      </section>
      <section className="instance-detail__section" aria-labelledby="instance-specs">
        <h2 id="instance-specs">{t('instanceDetail.sections.specs')}</h2>
        <DetailList rows={specs} label={t('instanceDetail.sections.specs')} />
      </section>
      <section className="instance-detail__section" aria-labelledby="instance-security">
        <h2 id="instance-security">{t('instanceDetail.sections.security')}</h2>
        <DetailList rows={access} label={t('instanceDetail.sections.security')} />
      </section>
    </>
  );
}
