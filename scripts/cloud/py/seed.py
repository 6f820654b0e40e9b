#!/usr/bin/python3
"""Seed the local cloud through the services' own APIs (idempotent).

One Python process instead of one `openstack` CLI call per object: each CLI
call pays ~1.5 s of imports, which made a cold start ~104 s instead of ~70 s.

  seed.py identity      after Keystone: roles, projects, users, catalog
  seed.py wait-compute  until nova-compute has registered its hypervisor
  seed.py resources     flavors, the public cirros image, public-net
  seed.py wait-ready    until nova-compute and cinder-volume report "up" and
                        Cinder's scheduler knows a volume backend

Environment: CLOUD_SVC_PASS (service users' password), CLOUD_NEUTRON=1|0,
CLOUD_RUN_DIR (pid files, for wait-ready).
"""
import datetime
import os
import sys
import time

import requests

KS = 'http://127.0.0.1:5000/v3'
NOVA = 'http://127.0.0.1:8774/v2.1'
GLANCE = 'http://127.0.0.1:9292'
CINDER = 'http://127.0.0.1:8776/v3'
NEUTRON = 'http://127.0.0.1:9696/v2.0'
PLACEMENT = 'http://127.0.0.1:8778'
REGION = 'RegionOne'
SVC_PASS = os.environ.get('CLOUD_SVC_PASS', 'cloud-service')
SERVICE_USERS = ('nova', 'glance', 'placement', 'cinder', 'neutron')

# type, name, URL; each gets a public and an internal endpoint
CATALOG = [
    ('identity', 'keystone', 'http://127.0.0.1:5000/v3'),
    ('compute', 'nova', 'http://127.0.0.1:8774/v2.1'),
    ('image', 'glance', 'http://127.0.0.1:9292'),
    ('placement', 'placement', 'http://127.0.0.1:8778'),
    ('volumev3', 'cinderv3', 'http://127.0.0.1:8776/v3/%(project_id)s'),
    ('block-storage', 'cinder', 'http://127.0.0.1:8776/v3/%(project_id)s'),
]
NETWORK = ('network', 'neutron', 'http://127.0.0.1:9696')

# name, id, vcpus, ram MiB, disk GiB (ids as devstack makes them)
FLAVORS = [
    ('m1.nano', '42', 1, 128, 1),
    ('m1.tiny', '1', 1, 512, 1),
    ('m1.small', '2', 1, 2048, 20),
    ('m1.medium', '3', 2, 4096, 40),
]


def say(msg):
    print('[cloud]   seed: %s' % msg, flush=True)


class Api(object):
    def __init__(self, user='admin', password='admin', project='admin'):
        body = {'auth': {
            'identity': {'methods': ['password'], 'password': {'user': {
                'name': user, 'password': password,
                'domain': {'name': 'Default'}}}},
            'scope': {'project': {'name': project,
                                  'domain': {'name': 'Default'}}}}}
        r = requests.post(KS + '/auth/tokens', json=body, timeout=30)
        r.raise_for_status()
        self.project_id = r.json()['token']['project']['id']
        self.s = requests.Session()
        self.s.headers.update({'X-Auth-Token': r.headers['X-Subject-Token'],
                               'Accept': 'application/json'})

    def call(self, method, url, ok=(200, 201, 202, 204), **kw):
        r = self.s.request(method, url, timeout=60, **kw)
        if r.status_code not in ok:
            raise SystemExit('%s %s -> %s %s' % (method, url, r.status_code,
                                                 r.text[:500]))
        return r.json() if r.content and 'json' in r.headers.get(
            'Content-Type', '') else None

    def get(self, url, **kw):
        return self.call('GET', url, **kw)

    def post(self, url, body, **kw):
        return self.call('POST', url, json=body, **kw)


# -- identity -----------------------------------------------------------------
# One listing per kind, then only the missing objects are created: Keystone
# validates the token on every request, which is slow while 12 other Python
# services are starting on 2 cores.
def identity():
    api = Api()

    def ensure(kind, wanted, key, extra=None):
        """wanted: names; returns {name: object} (key: name field)."""
        have = {o[key]: o for o in api.get('%s/%s' % (KS, kind))[kind]}
        for name in wanted:
            if name not in have:
                say('create %s %s' % (kind[:-1], name))
                body = dict({key: name}, **(extra(name) if extra else {}))
                have[name] = api.post('%s/%s' % (KS, kind),
                                      {kind[:-1]: body})[kind[:-1]]
        return have

    roles = ensure('roles', ('admin', 'member', 'reader', 'service'), 'name')
    projects = ensure('projects', ('admin', 'service', 'demo'), 'name',
                      lambda n: {'domain_id': 'default',
                                 'description': '%s project' % n})
    passwords = dict({'admin': 'admin', 'demo': 'demo'},
                     **{n: SVC_PASS for n in SERVICE_USERS})
    homes = dict({'admin': 'admin', 'demo': 'demo'},
                 **{n: 'service' for n in SERVICE_USERS})
    users = ensure('users', list(passwords), 'name',
                   lambda n: {'password': passwords[n], 'domain_id': 'default',
                              'default_project_id': projects[homes[n]]['id']})

    grants = [('admin', 'admin', 'admin'), ('demo', 'demo', 'member')]
    for n in SERVICE_USERS:
        grants += [(n, 'service', 'admin'), (n, 'service', 'service')]
    have = {(a['user']['id'], a['scope'].get('project', {}).get('id'),
             a['role']['id'])
            for a in api.get(KS + '/role_assignments')['role_assignments']
            if 'user' in a}
    for user, project, role in grants:
        key = (users[user]['id'], projects[project]['id'], roles[role]['id'])
        if key not in have:
            say('grant %s to %s on %s' % (role, user, project))
            api.call('PUT', '%s/projects/%s/users/%s/roles/%s' % (
                KS, key[1], key[0], key[2]))

    catalog = list(CATALOG)
    if os.environ.get('CLOUD_NEUTRON', '1') == '1':
        catalog.append(NETWORK)
    services = ensure('services', [c[0] for c in catalog], 'type',
                      lambda t: {'name': dict((c[0], c[1]) for c in catalog)[t],
                                 'enabled': True})
    endpoints = {(e['service_id'], e['interface']): e
                 for e in api.get(KS + '/endpoints')['endpoints']
                 if e['region_id'] == REGION}
    for stype, name, url in catalog:
        sid = services[stype]['id']
        for iface in ('public', 'internal'):
            ep = endpoints.get((sid, iface))
            if not ep:
                say('endpoint %s %s %s' % (stype, iface, url))
                api.post(KS + '/endpoints', {'endpoint': {
                    'service_id': sid, 'interface': iface, 'url': url,
                    'region_id': REGION, 'enabled': True}})
            elif ep['url'] != url:
                api.call('PATCH', KS + '/endpoints/' + ep['id'],
                         json={'endpoint': {'url': url}})


# -- resources ----------------------------------------------------------------
def _image_bytes():
    """A few KiB we made ourselves: a 'raw' disk no one will ever boot."""
    head = b'cirros-like test image for the snapshot dashboard\n'
    return (head * 100)[:4096]


def resources():
    api = Api()
    have = {f['name'] for f in api.get(
        NOVA + '/flavors/detail', params={'is_public': 'None'})['flavors']}
    for name, fid, vcpus, ram, disk in FLAVORS:
        if name not in have:
            say('flavor %s' % name)
            api.post(NOVA + '/flavors', {'flavor': {
                'name': name, 'id': fid, 'vcpus': vcpus, 'ram': ram,
                'disk': disk, 'os-flavor-access:is_public': True}})

    imgs = api.get(GLANCE + '/v2/images',
                   params={'name': 'cirros', 'visibility': 'public'})['images']
    if not imgs:
        say('image cirros')
        img = api.post(GLANCE + '/v2/images', {
            'name': 'cirros', 'disk_format': 'raw',
            'container_format': 'bare', 'visibility': 'public',
            'min_disk': 0, 'min_ram': 0, 'os_distro': 'cirros'})
    else:
        img = imgs[0]
    if img['status'] == 'queued':
        api.call('PUT', '%s/v2/images/%s/file' % (GLANCE, img['id']),
                 data=_image_bytes(),
                 headers={'Content-Type': 'application/octet-stream'})

    types = api.get('%s/%s/types' % (CINDER, api.project_id))['volume_types']
    if not any(t['name'] == '__DEFAULT__' for t in types):
        say('volume type __DEFAULT__')
        api.post('%s/%s/types' % (CINDER, api.project_id), {'volume_type': {
            'name': '__DEFAULT__', 'description': 'Default Volume Type',
            'os-volume-type-access:is_public': True}})

    if os.environ.get('CLOUD_NEUTRON', '1') == '1':
        nets = api.get(NEUTRON + '/networks',
                       params={'name': 'public-net'})['networks']
        if nets:
            net = nets[0]
        else:
            say('network public-net')
            net = api.post(NEUTRON + '/networks', {'network': {
                'name': 'public-net', 'shared': True,
                'provider:network_type': 'flat',
                'provider:physical_network': 'public'}})['network']
        if not net['subnets']:
            say('subnet 10.0.0.0/24')
            api.post(NEUTRON + '/subnets', {'subnet': {
                'name': 'public-subnet', 'network_id': net['id'],
                'ip_version': 4, 'cidr': '10.0.0.0/24',
                'gateway_ip': '10.0.0.1'}})


# -- readiness ----------------------------------------------------------------
def _poll(what, check, timeout=120):
    end = time.time() + timeout
    while True:
        try:
            if check():
                return
        except requests.RequestException:
            pass
        if time.time() > end:
            raise SystemExit('timed out waiting for %s' % what)
        time.sleep(0.5)


def wait_compute():
    """Until nova-compute has made its compute node (it then registers the
    node in Placement).  Nova's own os-hypervisors hides nodes whose host is
    not mapped to a cell yet, which is what discover_hosts is for."""
    api = Api()
    _poll('nova-compute to register its compute node', lambda: api.get(
        PLACEMENT + '/resource_providers')['resource_providers'])


def _service_up(api, url, binary):
    """Up, and a heartbeat since this run started the service (the pid
    file's mtime); a heartbeat from before a restart still reads "up"."""
    pidfile = os.path.join(os.environ.get('CLOUD_RUN_DIR', '/nonexistent'),
                           binary + '.pid')
    since = (datetime.datetime.utcfromtimestamp(os.path.getmtime(pidfile))
             if os.path.exists(pidfile) else datetime.datetime.min)
    for s in api.get(url, ok=(200,))['services']:
        beat = datetime.datetime.fromisoformat(
            (s['updated_at'] or '1970-01-01T00:00:00').rstrip('Z'))
        if (s['binary'] == binary and s['state'] == 'up' and
                s['status'] == 'enabled' and beat > since):
            return True
    return False


def wait_ready():
    api = Api()
    _poll('the compute node in Nova', lambda: api.get(
        NOVA + '/os-hypervisors')['hypervisors'])
    _poll('nova-compute up', lambda: _service_up(
        api, NOVA + '/os-services', 'nova-compute'))
    _poll('cinder-volume up', lambda: _service_up(
        api, '%s/%s/os-services' % (CINDER, api.project_id), 'cinder-volume'))
    # "up" is a heartbeat; creating a volume also needs the scheduler to have heard the backend's
    # capacity. cinder-volume announces it when it starts (lost if the scheduler was not listening
    # yet) and then once a minute: until then every volume goes to error with "No valid backend".
    _poll('the Cinder scheduler to know a volume backend', lambda: api.get(
        '%s/%s/scheduler-stats/get_pools' % (CINDER, api.project_id))['pools'],
        timeout=150)


if __name__ == '__main__':
    {'identity': identity, 'resources': resources,
     'wait-compute': wait_compute, 'wait-ready': wait_ready}[sys.argv[1]]()
