import type { CloudApi } from '../http';
import { fetchAllPages, nextMarkerFromLinks } from '../paging';
import { parseAnswer } from '../parse';
import { toSearchParams } from '../query-params';
import { securityGroupListSchema, type SecurityGroup } from './schemas';

export interface SecurityGroupListOptions {
  /** Ask only for id, name and description (no rules): much smaller answers. */
  compact?: boolean;
}

/** GET /v2.0/security-groups, every page. */
export function listSecurityGroups(api: CloudApi, options: SecurityGroupListOptions = {}): Promise<SecurityGroup[]> {
  const fields = options.compact ? ['id', 'name', 'description'] : undefined;
  return fetchAllPages(async (marker) => {
    const response = await api.http('network').get('/v2.0/security-groups', { params: toSearchParams({ fields, marker }) });
    const body = parseAnswer(securityGroupListSchema, response.data, 'network', 'GET /v2.0/security-groups');
    const groups = body.security_groups;
    return { items: groups, nextMarker: nextMarkerFromLinks(body.security_groups_links, groups.at(-1)?.id) };
  });
}
