// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  cloudsYamlCandidates,
  publicConfig,
  resolveConfig,
  securityHeaders,
  splitAuthUrl,
} from '../../../server/config/index.mjs';

function io(files: Record<string, string> = {}) {
  return { cwd: '/srv/dash', homedir: '/home/ann', readFile: (path: string) => files[path] ?? null };
}

const cloudsYaml = `
clouds:
  devstack:
    auth:
      auth_url: http://10.0.0.5/identity
      username: demo
      project_name: demo
      user_domain_name: Default
      project_domain_name: Default
      password: never-read
    region_name: RegionOne
    interface: internal
  tls:
    auth:
      auth_url: https://keystone.example:5000/v3/
    regions: [RegionTwo, RegionThree]
    cacert: certs/ca.pem
    verify: false
`;

describe('resolveConfig', () => {
  it('is demo mode when nothing is set', () => {
    const config = resolveConfig({}, io());
    expect(config).toEqual({ mode: 'demo' });
    expect(publicConfig(config)).toEqual({ mode: 'demo' });
  });

  it('is gateway mode from OS_* variables, with login defaults and never a password', () => {
    const config = resolveConfig(
      {
        OS_AUTH_URL: 'http://127.0.0.1:5000/v3',
        OS_REGION_NAME: 'RegionOne',
        OS_USER_DOMAIN_NAME: 'Default',
        OS_PROJECT_DOMAIN_NAME: 'Default',
        OS_PROJECT_NAME: 'demo',
        OS_USERNAME: 'admin',
        OS_PASSWORD: 'hunter2',
      },
      io(),
    );
    expect(config).toMatchObject({
      mode: 'gateway',
      authUrl: 'http://127.0.0.1:5000/v3',
      keystoneBase: 'http://127.0.0.1:5000',
    });
    const answer = publicConfig(config);
    expect(answer).toEqual({
      mode: 'gateway',
      authUrl: '/os/identity/v3',
      defaults: {
        region: 'RegionOne',
        interface: 'public',
        userDomain: 'Default',
        projectDomain: 'Default',
        projectName: 'demo',
        username: 'admin',
      },
    });
    expect(JSON.stringify(answer)).not.toContain('hunter2');
  });

  it('omits unset defaults and normalises the interface', () => {
    const config = resolveConfig({ OS_AUTH_URL: 'http://h:5000/v3/', OS_INTERFACE: 'internalURL' }, io());
    expect(publicConfig(config)).toEqual({ mode: 'gateway', authUrl: '/os/identity/v3', defaults: { interface: 'internal' } });
    expect(() => resolveConfig({ OS_AUTH_URL: 'http://h:5000/v3', OS_INTERFACE: 'private' }, io())).toThrow(ConfigError);
  });

  it('refuses auth URLs that are not plain http(s) URLs', () => {
    expect(() => resolveConfig({ OS_AUTH_URL: 'keystone:5000' }, io())).toThrow(/http or https/);
    expect(() => resolveConfig({ OS_AUTH_URL: 'not a url' }, io())).toThrow(ConfigError);
    expect(() => resolveConfig({ OS_AUTH_URL: 'http://u:p@h:5000/v3' }, io())).toThrow(/user name/);
  });

  it('reads OS_CLOUD from ./clouds.yaml', () => {
    const config = resolveConfig({ OS_CLOUD: 'devstack' }, io({ '/srv/dash/clouds.yaml': cloudsYaml }));
    expect(config).toMatchObject({ mode: 'gateway', authUrl: 'http://10.0.0.5/identity/v3', keystoneBase: 'http://10.0.0.5/identity' });
    expect(publicConfig(config)).toEqual({
      mode: 'gateway',
      authUrl: '/os/identity/v3',
      defaults: {
        region: 'RegionOne',
        interface: 'internal',
        userDomain: 'Default',
        projectDomain: 'Default',
        projectName: 'demo',
        username: 'demo',
      },
    });
    expect(JSON.stringify(config)).not.toContain('never-read');
  });

  it('finds clouds.yaml as openstacksdk does: $OS_CLIENT_CONFIG_FILE, ./, ~/.config/openstack, /etc/openstack', () => {
    expect(cloudsYamlCandidates({ OS_CLIENT_CONFIG_FILE: '/x/my.yaml' }, io()).slice(0, 2)).toEqual([
      '/x/my.yaml',
      '/srv/dash/clouds.yaml',
    ]);
    const order = cloudsYamlCandidates({}, io()).filter((path) => path.endsWith('.yaml'));
    expect(order).toEqual([
      '/srv/dash/clouds.yaml',
      '/home/ann/.config/openstack/clouds.yaml',
      '/etc/openstack/clouds.yaml',
    ]);
    expect(resolveConfig({ OS_CLOUD: 'devstack' }, io({ '/etc/openstack/clouds.yaml': cloudsYaml })).mode).toBe('gateway');
    expect(
      resolveConfig(
        { OS_CLOUD: 'devstack', OS_CLIENT_CONFIG_FILE: '/x/my.yaml' },
        io({ '/x/my.yaml': cloudsYaml, '/srv/dash/clouds.yaml': 'clouds: {}' }),
      ).mode,
    ).toBe('gateway');
  });

  it('lets explicit OS_* variables override the clouds.yaml entry, as the openstack CLI does', () => {
    const config = resolveConfig(
      { OS_CLOUD: 'devstack', OS_REGION_NAME: 'RegionTwo', OS_USERNAME: 'bob' },
      io({ '/home/ann/.config/openstack/clouds.yaml': cloudsYaml }),
    );
    expect(publicConfig(config)).toMatchObject({ defaults: { region: 'RegionTwo', username: 'bob', projectName: 'demo' } });
  });

  it('takes the first of regions, the CA bundle and verify: false', () => {
    const config = resolveConfig(
      { OS_CLOUD: 'tls' },
      io({ '/srv/dash/clouds.yaml': cloudsYaml, '/srv/dash/certs/ca.pem': '-----BEGIN CERTIFICATE-----' }),
    );
    expect(config).toMatchObject({
      mode: 'gateway',
      authUrl: 'https://keystone.example:5000/v3',
      defaults: { region: 'RegionTwo', interface: 'public' },
      tls: { ca: '-----BEGIN CERTIFICATE-----', insecure: true },
    });
  });

  it('says what is wrong with OS_CLOUD', () => {
    expect(() => resolveConfig({ OS_CLOUD: 'devstack' }, io())).toThrow(/no clouds.yaml was found/);
    expect(() => resolveConfig({ OS_CLOUD: 'nope' }, io({ '/srv/dash/clouds.yaml': cloudsYaml }))).toThrow(
      /no such cloud \(it has: devstack, tls\)/,
    );
    expect(() => resolveConfig({ OS_CLOUD: 'x' }, io({ '/srv/dash/clouds.yaml': 'clouds: [' }))).toThrow(/not valid YAML/);
    expect(() =>
      resolveConfig({ OS_CLOUD: 'x' }, io({ '/srv/dash/clouds.yaml': 'clouds:\n  x:\n    region_name: R\n' })),
    ).toThrow(/no auth.auth_url/);
  });

  it('is direct mode with OS_DASHBOARD_DIRECT=1: the real auth URL and a wider connect-src', () => {
    const config = resolveConfig(
      {
        OS_AUTH_URL: 'https://keystone.example:5000/v3',
        OS_DASHBOARD_DIRECT: '1',
        OS_DASHBOARD_CONNECT_SRC: 'https://nova.example:8774  https://*.example.org',
        OS_USERNAME: 'ann',
      },
      io(),
    );
    expect(publicConfig(config)).toEqual({
      mode: 'direct',
      authUrl: 'https://keystone.example:5000/v3',
      defaults: { interface: 'public', username: 'ann' },
    });
    expect(securityHeaders(config)['Content-Security-Policy']).toContain(
      "connect-src 'self' https://keystone.example:5000 https://nova.example:8774 https://*.example.org;",
    );
    expect(() =>
      resolveConfig({ OS_AUTH_URL: 'https://k/v3', OS_DASHBOARD_DIRECT: '1', OS_DASHBOARD_CONNECT_SRC: "https://a; script-src 'unsafe-inline'" }, io()),
    ).toThrow(/OS_DASHBOARD_CONNECT_SRC/);
    expect(() => resolveConfig({ OS_DASHBOARD_DIRECT: '1' }, io())).toThrow(/no cloud/);
  });

  it('keeps connect-src to self outside direct mode', () => {
    const csp = securityHeaders(resolveConfig({ OS_AUTH_URL: 'http://127.0.0.1:5000/v3' }, io()))['Content-Security-Policy'];
    expect(csp).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
    );
  });
});

describe('splitAuthUrl', () => {
  it.each([
    ['http://127.0.0.1:5000/v3', 'http://127.0.0.1:5000'],
    ['http://127.0.0.1:5000/v3/', 'http://127.0.0.1:5000'],
    ['http://127.0.0.1:5000', 'http://127.0.0.1:5000'],
    ['http://127.0.0.1:5000/v2.0', 'http://127.0.0.1:5000'],
    ['https://cloud.example/identity/v3', 'https://cloud.example/identity'],
  ])('%s has the Keystone base %s', (raw, base) => {
    expect(splitAuthUrl(raw, 'OS_AUTH_URL')).toEqual({ keystoneBase: base, authUrl: `${base}/v3` });
  });
});
