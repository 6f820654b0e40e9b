// @ts-check
/**
 * The access rules of a policy's application credential: exactly the API calls a run makes
 * (server/policies/cloud-port.mjs), nothing else. Paths are the full URL paths of the services'
 * endpoints as Keystone's access-rule matcher sees them (`*` = one segment).
 *
 * Nova's own calls to Glance while it takes a snapshot carry Nova's service token, so Glance
 * accepts them without rules of ours (keystonemiddleware skips the rules for chained requests).
 *
 * @param {{ computePath: string, imagePath: string }} bases the path of the compute and image
 *   endpoints in the catalog, e.g. `/v2.1` and `` (empty when the endpoint is at the root)
 * @returns {{ service: string, method: string, path: string }[]}
 */
export function policyAccessRules({ computePath, imagePath }) {
  const compute = computePath.replace(/\/+$/, '');
  const image = imagePath.replace(/\/+$/, '');
  return [
    { service: 'compute', method: 'GET', path: `${compute}/servers/detail` },
    { service: 'compute', method: 'GET', path: `${compute}/servers/*` },
    // createImage, os-stop, os-start
    { service: 'compute', method: 'POST', path: `${compute}/servers/*/action` },
    { service: 'image', method: 'GET', path: `${image}/v2/info/usage` },
    { service: 'image', method: 'GET', path: `${image}/v2/images` },
    { service: 'image', method: 'GET', path: `${image}/v2/images/*` },
    { service: 'image', method: 'DELETE', path: `${image}/v2/images/*` },
  ];
}
