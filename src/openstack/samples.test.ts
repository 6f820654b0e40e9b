import type { z } from 'zod';
import {
  volumeCreateRequestSchema,
  volumeLimitsSchema,
  volumeListSchema,
  volumeQuotaUsageResponseSchema,
  volumeShowSchema,
  volumeSnapshotListSchema,
  volumeSnapshotShowSchema,
} from './cinder/schemas';
import { imageListSchema, imagePatchSchema, imageSchema, imageStatuses, imageUsageSchema } from './glance/schemas';
import { authProjectsSchema, authRequestSchema, identityVersionsSchema, tokenBodySchema } from './keystone/schemas';
import { singleVersionSchema, versionListSchema } from './microversion';
import { networkListSchema, securityGroupListSchema } from './neutron/schemas';
import {
  computeLimitsSchema,
  computeQuotaDetailResponseSchema,
  createImageRequestSchema,
  createImageResponseSchema,
  flavorListSchema,
  keypairListSchema,
  serverCreateRequestSchema,
  serverCreateResponseSchema,
  serverListSchema,
  serverShowSchema,
} from './nova/schemas';
import { listSampleJsonFiles, sample, sampleText } from './test-samples';

/** Every sample the client reads (or sends), with the schema that reads (or builds) it. */
const mapped: Record<string, z.ZodType> = {
  'nova/servers/servers-details-resp.json': serverListSchema,
  'nova/servers/v2.47/servers-details-resp.json': serverListSchema,
  'nova/servers/v2.100/servers-details-resp.json': serverListSchema,
  'nova/servers/server-get-resp.json': serverShowSchema,
  'nova/servers/v2.100/server-get-resp.json': serverShowSchema,
  'nova/servers/server-action-create-image.json': createImageRequestSchema,
  'nova/servers/v2.45/server-action-create-image.json': createImageRequestSchema,
  'nova/servers/v2.45/server-action-create-image-resp.json': createImageResponseSchema,
  'nova/servers/server-create-req.json': serverCreateRequestSchema,
  'nova/servers/v2.67/server-create-req.json': serverCreateRequestSchema,
  'nova/servers/v2.100/server-create-req.json': serverCreateRequestSchema,
  'nova/servers/server-create-resp.json': serverCreateResponseSchema,
  'nova/servers/v2.100/server-create-resp.json': serverCreateResponseSchema,
  'nova/flavors/flavors-detail-resp.json': flavorListSchema,
  'nova/flavors/v2.102/flavors-detail-resp.json': flavorListSchema,
  'nova/os-keypairs/keypairs-list-resp.json': keypairListSchema,
  'nova/os-keypairs/v2.35/keypairs-list-resp.json': keypairListSchema,
  'nova/limits/limit-get-resp.json': computeLimitsSchema,
  'nova/limits/v2.57/limit-get-resp.json': computeLimitsSchema,
  'nova/os-quota-sets/quotas-show-detail-get-resp.json': computeQuotaDetailResponseSchema,
  'nova/os-quota-sets/v2.57/quotas-show-detail-get-resp.json': computeQuotaDetailResponseSchema,
  'nova/versions/versions-get-resp.json': versionListSchema,
  'nova/versions/v21-version-get-resp.json': singleVersionSchema,
  'glance/images-list-response.json': imageListSchema,
  'glance/image-show-response.json': imageSchema,
  'glance/image-update-response.json': imageSchema,
  'glance/image-details-deactivate-response.json': imageSchema,
  'glance/image-update-request.json': imagePatchSchema,
  'glance/usage-response.json': imageUsageSchema,
  'cinder/snapshots/snapshots-list-detailed-response.json': volumeSnapshotListSchema,
  'cinder/snapshots/v3.65/snapshots-list-detailed-response.json': volumeSnapshotListSchema,
  'cinder/snapshots/v3.65/snapshot-show-response.json': volumeSnapshotShowSchema,
  'cinder/volumes/volumes-list-detailed-response.json': volumeListSchema,
  'cinder/volumes/v3.69/volumes-list-detailed-response.json': volumeListSchema,
  'cinder/volumes/v3.69/volume-create-response.json': volumeShowSchema,
  'cinder/volumes/volume-create-request.json': volumeCreateRequestSchema,
  'cinder/quota_sets/quotas-show-usage-response.json': volumeQuotaUsageResponseSchema,
  'cinder/limits/limits-show-response.json': volumeLimitsSchema,
  'cinder/versions/versions-response.json': versionListSchema,
  'keystone/auth/responses/project-scoped-password.json': tokenBodySchema,
  'keystone/admin/auth-password-project-scoped-response.json': tokenBodySchema,
  'keystone/admin/get-available-project-scopes-response.json': authProjectsSchema,
  'keystone/admin/identity-versions-response.json': identityVersionsSchema,
  'keystone/auth/requests/project-id-password.json': authRequestSchema,
  'keystone/auth/requests/project-name-password.json': authRequestSchema,
  'neutron/networks/networks-list-response.json': networkListSchema,
  'neutron/security-groups/security-groups-list-response.json': securityGroupListSchema,
};

/** Samples read as text: the token request's `'$OS_TOKEN'` is a shell placeholder, not a token. */
const readAsText: Record<string, z.ZodType> = {
  'keystone/auth/requests/project-id-token.json': authRequestSchema,
};

/** Samples no client call reads, and why. */
const notRead: Record<string, string> = {
  'glance/schemas-image-show-response.json':
    'GET /v2/schemas/image is never called; its status enum is checked against imageStatuses below',
  'glance/versions/samples/image-versions-response.json': 'Glance has no microversions: its version list is never read',
  'cinder/quota_sets/quotas-show-response.json': 'the client always asks for quotas with ?usage=True',
  'neutron/networks/versions-list-response.json': 'Neutron has no microversions: its version list is never read',
};

describe('OpenStack API samples', () => {
  it.each(Object.entries(mapped))('%s parses with its schema', (file, schema) => {
    const result = schema.safeParse(sample(file));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it.each(Object.entries(readAsText))('%s (read as text, placeholder substituted) parses', (file, schema) => {
    const text = sampleText(file);
    expect(text).toContain("'$OS_TOKEN'");
    const result = schema.safeParse(JSON.parse(text.replace("'$OS_TOKEN'", 'gAAAAA-real-token')));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('covers every .json sample: each is mapped to a schema or listed as not read, with a reason', () => {
    const files = listSampleJsonFiles();
    expect(files.length).toBeGreaterThan(40);
    const accounted = new Set([...Object.keys(mapped), ...Object.keys(readAsText), ...Object.keys(notRead)]);
    expect(files.filter((file) => !accounted.has(file))).toEqual([]);
    expect([...accounted].filter((file) => !files.includes(file))).toEqual([]);
    for (const reason of Object.values(notRead)) expect(reason.length).toBeGreaterThan(10);
  });

  it('imageStatuses matches the status enum of Glance’s image schema', () => {
    const schema = sample('glance/schemas-image-show-response.json') as { properties: { status: { enum: string[] } } };
    expect([...imageStatuses].sort()).toEqual([...schema.properties.status.enum].sort());
  });
});
