// @ts-check
/**
 * OS_CLOUD=<name>: the cloud's settings from a clouds.yaml, found as openstacksdk finds it.
 * A password in the file is never read.
 */
import { parse as parseYaml } from 'yaml';
import { ConfigError, isRecord, normaliseInterface, text, truthy } from './values.mjs';

/** @typedef {import('./index.mjs').ConfigIo} ConfigIo */
/** @typedef {import('./index.mjs').CloudSettings} CloudSettings */

/**
 * openstacksdk's search order: $OS_CLIENT_CONFIG_FILE first, then ./, ~/.config/openstack/ (or
 * $XDG_CONFIG_HOME/openstack/) and /etc/openstack/, each as clouds.yaml, clouds.yml, clouds.json.
 * The first file that exists wins (openstacksdk does not merge several clouds.yaml files).
 * @param {Record<string, string | undefined>} env
 * @param {ConfigIo} io
 * @returns {string[]}
 */
export function cloudsYamlCandidates(env, io) {
  const directories = [io.cwd];
  const configHome = text(env['XDG_CONFIG_HOME']) ?? (io.homedir ? `${io.homedir}/.config` : undefined);
  if (configHome) directories.push(`${configHome}/openstack`);
  directories.push('/etc/openstack');
  const files = directories.flatMap((dir) =>
    ['clouds.yaml', 'clouds.yml', 'clouds.json'].map((name) => `${dir.replace(/\/+$/, '')}/${name}`),
  );
  const explicit = text(env['OS_CLIENT_CONFIG_FILE']);
  return explicit ? [explicit, ...files] : files;
}

/**
 * The settings of one cloud of the first clouds.yaml found.
 * @param {string} name
 * @param {Record<string, string | undefined>} env
 * @param {ConfigIo} io
 * @returns {CloudSettings}
 */
export function fromCloudsYaml(name, env, io) {
  const candidates = cloudsYamlCandidates(env, io);
  for (const path of candidates) {
    const raw = io.readFile(path);
    if (raw === null) continue;
    /** @type {unknown} */
    let document;
    try {
      document = parseYaml(raw);
    } catch (error) {
      throw new ConfigError(`${path} is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
    }
    const clouds = isRecord(document) && isRecord(document['clouds']) ? document['clouds'] : {};
    const cloud = clouds[name];
    if (!isRecord(cloud)) {
      const known = Object.keys(clouds);
      throw new ConfigError(
        `OS_CLOUD is "${name}" but ${path} has no such cloud${known.length ? ` (it has: ${known.join(', ')})` : ''}.`,
      );
    }
    const auth = isRecord(cloud['auth']) ? cloud['auth'] : {};
    const regions = Array.isArray(cloud['regions']) ? cloud['regions'] : [];
    const firstRegion = regions[0];
    const region =
      text(cloud['region_name']) ?? text(firstRegion) ?? (isRecord(firstRegion) ? text(firstRegion['name']) : undefined);
    const where = `${path} (cloud "${name}")`;
    const verify = cloud['verify'];
    return {
      authUrl: text(auth['auth_url']),
      defaults: {
        region,
        interface: normaliseInterface(text(cloud['interface']) ?? text(cloud['endpoint_type']), `interface in ${where}`),
        userDomain: text(auth['user_domain_name']),
        projectDomain: text(auth['project_domain_name']),
        projectName: text(auth['project_name']),
        username: text(auth['username']),
      },
      cacert: text(cloud['cacert']),
      insecure: verify === false || text(verify)?.toLowerCase() === 'false' || truthy(cloud['insecure']),
      source: where,
    };
  }
  throw new ConfigError(`OS_CLOUD is "${name}" but no clouds.yaml was found (looked at ${candidates.join(', ')}).`);
}
