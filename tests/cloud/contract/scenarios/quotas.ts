/** Quotas: Nova limits and quota detail, Cinder quota usage (per volume type too) and limits, Glance usage. */
import { perTypeQuota } from '@/openstack/cinder/helpers';
import { getVolumeLimits } from '@/openstack/cinder/limits';
import { getVolumeQuotaUsage } from '@/openstack/cinder/quotas';
import { getImageUsage } from '@/openstack/glance/usage';
import { getLimits } from '@/openstack/nova/limits';
import { getQuotaDetail } from '@/openstack/nova/quotas';
import { signIn } from '../backend';
import { keysOf } from '../observe';
import type { Scenario } from '../scenario';

function limitsOnly(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record)
      .filter(([key]) => key !== 'id')
      .map(([key, value]) => [key, typeof value === 'object' && value !== null && 'limit' in value ? (value as { limit: unknown }).limit : value]),
  );
}

export const quotasScenario: Scenario = {
  name: 'quotas',
  async run({ backend, rec }) {
    const client = await signIn(backend);
    const limits = await rec.call(client, 'GET /limits (Nova)', () => getLimits(client.api));
    const absolute = limits.result ?? {};
    rec.value('Nova absolute limits (max*)', Object.fromEntries(Object.entries(absolute).filter(([key]) => key.startsWith('max'))));
    rec.value('Nova absolute usage keys (total*)', keysOf(absolute).filter((key) => key.startsWith('total')));

    const detail = await rec.call(client, 'GET /os-quota-sets/{project}/detail (Nova)', () => getQuotaDetail(client.api));
    rec.value('Nova quota limits', limitsOnly(detail.result ?? {}));

    const usage = await rec.call(client, 'GET /os-quota-sets/{project}?usage=True (Cinder)', () => getVolumeQuotaUsage(client.api));
    rec.value('Cinder quota limits', limitsOnly(usage.result ?? {}));
    rec.value('Cinder per-type snapshots', usage.result ? perTypeQuota(usage.result, 'snapshots')['__DEFAULT__']?.limit ?? null : null);

    const volumeLimits = await rec.call(client, 'GET /limits (Cinder)', () => getVolumeLimits(client.api));
    rec.value('Cinder absolute limits (max*)', Object.fromEntries(Object.entries(volumeLimits.result ?? {}).filter(([key]) => key.startsWith('max'))));

    const imageUsage = await rec.call(client, 'GET /v2/info/usage (Glance)', () => getImageUsage(client.api));
    rec.value('Glance usage', imageUsage.result ?? null);
  },
};
