#!/usr/bin/python3
"""The data set of `npm run bench:horizon`, through the cloud's own APIs (idempotent).

  seed.py seed [SECONDS]    as admin: project `bench`, user `bench` (password `bench`, member of
                            it, its default project) and the project's quotas; then in project
                            bench: 20 servers, 10 volumes with 50 volume snapshots, 900 images and
                            100 instance snapshots; counts what exists (by name) and adds only the
                            rest. With SECONDS it stops adding images after that long and exits
                            with status 3 (run it again to go on): seeding in steps
The benchmark has a project and a user of its own, so the other tiers' `demo` project (its lists
and quotas) stays as the cloud's seed made it.
  seed.py bulk PREFIX N     N active instance-snapshot images named PREFIX-01..N (a bulk delete's
                            victims); prints their ids as JSON
  seed.py cleanup PREFIX    deletes the servers and images whose name starts with PREFIX (what the
                            flows created), waits until the servers are gone
  seed.py ids               the ids the flows need, as JSON

Runs with the system interpreter (/usr/bin/python3: it has `requests`), like scripts/cloud/py.
"""
import concurrent.futures
import json
import sys
import threading
import time

import requests

KS = 'http://127.0.0.1:5000/v3'
NOVA = 'http://127.0.0.1:8774/v2.1'
GLANCE = 'http://127.0.0.1:9292'
CINDER = 'http://127.0.0.1:8776/v3'

SERVERS = 20
VOLUMES = 10
VOLUME_SNAPSHOTS = 50
IMAGES = 900
SNAPSHOTS = 100
WORKERS = 8
ACCOUNT = 'bench'  # user name, password and project name (scripts/bench/horizon/account.mjs)
NOT_DONE = 3
DATA = b'hbench image bytes\n' * 4


def say(msg):
    print('[bench:horizon] seed: %s' % msg, file=sys.stderr, flush=True)


class Api(object):
    """A token for user/project; one requests.Session per thread."""

    def __init__(self, user, password, project):
        body = {'auth': {
            'identity': {'methods': ['password'], 'password': {'user': {
                'name': user, 'password': password,
                'domain': {'name': 'Default'}}}},
            'scope': {'project': {'name': project,
                                  'domain': {'name': 'Default'}}}}}
        r = requests.post(KS + '/auth/tokens', json=body, timeout=60)
        r.raise_for_status()
        self.token = r.headers['X-Subject-Token']
        self.project_id = r.json()['token']['project']['id']
        self.local = threading.local()

    def session(self):
        s = getattr(self.local, 's', None)
        if s is None:
            s = requests.Session()
            s.headers.update({'X-Auth-Token': self.token,
                              'Accept': 'application/json'})
            self.local.s = s
        return s

    def call(self, method, url, ok=(200, 201, 202, 204), **kw):
        for attempt in range(5):
            r = self.session().request(method, url, timeout=120, **kw)
            # Cinder and Nova answer 409/5xx while a neighbour is mid-change: retry a little.
            if r.status_code in ok:
                break
            if r.status_code < 500 and r.status_code != 409 or attempt == 4:
                raise SystemExit('%s %s -> %s %s' % (method, url, r.status_code, r.text[:400]))
            time.sleep(1 + attempt)
        return r.json() if r.content and 'json' in r.headers.get('Content-Type', '') else None

    def get(self, url, **kw):
        return self.call('GET', url, **kw)

    def post(self, url, body, **kw):
        return self.call('POST', url, json=body, **kw)


def bench():
    return Api(ACCOUNT, ACCOUNT, ACCOUNT)


def one(items, what, name):
    if len(items) > 1:
        raise SystemExit('more than one %s named %s' % (what, name))
    return items[0] if items else None


def ensure_account():
    """Project, user and role assignment of the benchmark, as admin (idempotent)."""
    admin = Api('admin', 'admin', 'admin')
    project = one(admin.get(KS + '/projects', params={'name': ACCOUNT})['projects'], 'project', ACCOUNT)
    if project is None:
        say('project %s' % ACCOUNT)
        project = admin.post(KS + '/projects', {'project': {
            'name': ACCOUNT, 'domain_id': 'default',
            'description': 'npm run bench:horizon'}})['project']
    user = one(admin.get(KS + '/users', params={'name': ACCOUNT})['users'], 'user', ACCOUNT)
    if user is None:
        say('user %s' % ACCOUNT)
        user = admin.post(KS + '/users', {'user': {
            'name': ACCOUNT, 'password': ACCOUNT, 'domain_id': 'default',
            'default_project_id': project['id']}})['user']
    role = one(admin.get(KS + '/roles', params={'name': 'member'})['roles'], 'role', 'member')
    if role is None:
        raise SystemExit('no member role: is the local cloud seeded (npm run cloud:up)?')
    admin.call('PUT', '%s/projects/%s/users/%s/roles/%s' % (KS, project['id'], user['id'], role['id']))
    raise_quotas(admin, project['id'])


def pool(fn, items):
    with concurrent.futures.ThreadPoolExecutor(WORKERS) as ex:
        return list(ex.map(fn, items))


def all_images(api):
    out, url = [], GLANCE + '/v2/images?limit=1000'
    while url:
        page = api.get(url)
        out += page['images']
        url = GLANCE + page['next'] if page.get('next') else None
    return out


def servers(api):
    return api.get(NOVA + '/servers/detail', params={'limit': 1000})['servers']


def wait_servers(api, names, status='ACTIVE', timeout=300):
    end = time.time() + timeout
    while True:
        states = {s['name']: s['status'] for s in servers(api) if s['name'] in names}
        if all(states.get(n) == status for n in names):
            return
        bad = [n for n, st in states.items() if st == 'ERROR']
        if bad:
            raise SystemExit('servers in ERROR: %s' % ', '.join(sorted(bad)))
        if time.time() > end:
            raise SystemExit('servers not %s after %ss: %s' % (status, timeout, states))
        time.sleep(1)


def raise_quotas(admin, project_id):
    admin.call('PUT', '%s/os-quota-sets/%s' % (NOVA, project_id), json={'quota_set': {
        'instances': 100, 'cores': 200, 'ram': 512000}})
    admin.call('PUT', '%s/%s/os-quota-sets/%s' % (CINDER, admin.project_id, project_id), json={
        'quota_set': {'volumes': 100, 'snapshots': 200, 'gigabytes': 2000}})


def cirros_id(api):
    imgs = api.get(GLANCE + '/v2/images', params={'name': 'cirros'})['images']
    if not imgs:
        raise SystemExit('no cirros image: is the local cloud seeded (npm run cloud:up)?')
    return imgs[0]['id']


def make_image(api, name, props):
    body = dict({'name': name, 'disk_format': 'raw', 'container_format': 'bare',
                 'visibility': 'private'}, **props)
    img = api.post(GLANCE + '/v2/images', body)
    api.call('PUT', '%s/v2/images/%s/file' % (GLANCE, img['id']), data=DATA,
             headers={'Content-Type': 'application/octet-stream'})
    return img['id']


def seed(budget=None):
    t0 = time.time()
    ensure_account()
    api = bench()
    image = cirros_id(api)

    have = {s['name'] for s in servers(api)}
    names = ['hbench-srv-%02d' % i for i in range(1, SERVERS + 1)]
    missing = [n for n in names if n not in have]
    if missing:
        say('%d servers' % len(missing))
        pool(lambda n: api.post(NOVA + '/servers', {'server': {
            'name': n, 'imageRef': image, 'flavorRef': '42', 'networks': 'auto'}},
            headers={'OpenStack-API-Version': 'compute 2.37'}), missing)
    wait_servers(api, names)
    server_ids = sorted(s['id'] for s in servers(api) if s['name'] in names)

    vols = {v['name']: v for v in api.get('%s/%s/volumes/detail' % (CINDER, api.project_id))['volumes']}
    vnames = ['hbench-vol-%02d' % i for i in range(1, VOLUMES + 1)]
    missing = [n for n in vnames if n not in vols]
    if missing:
        say('%d volumes' % len(missing))
        pool(lambda n: api.post('%s/%s/volumes' % (CINDER, api.project_id),
                                {'volume': {'name': n, 'size': 1}}), missing)
    end = time.time() + 120
    while True:
        vols = {v['name']: v for v in api.get('%s/%s/volumes/detail' % (CINDER, api.project_id))['volumes']}
        if all(vols.get(n, {}).get('status') == 'available' for n in vnames):
            break
        if time.time() > end:
            raise SystemExit('volumes not available')
        time.sleep(0.5)
    snaps = {s['name'] for s in api.get('%s/%s/snapshots/detail' % (CINDER, api.project_id))['snapshots']}
    snames = ['hbench-vsnap-%02d' % i for i in range(1, VOLUME_SNAPSHOTS + 1)]
    missing = [(i, n) for i, n in enumerate(snames) if n not in snaps]
    if missing:
        say('%d volume snapshots' % len(missing))
        pool(lambda p: api.post('%s/%s/snapshots' % (CINDER, api.project_id), {'snapshot': {
            'name': p[1], 'volume_id': vols[vnames[p[0] % VOLUMES]]['id'], 'force': True}}), missing)

    have = {i['name']: i for i in all_images(api)}
    # An image whose upload was cut off stays queued: finish it.
    stuck = [i['id'] for i in have.values() if i['name'] and i['name'].startswith('hbench-') and i['status'] == 'queued']
    pool(lambda i: api.call('PUT', '%s/v2/images/%s/file' % (GLANCE, i), data=DATA,
                            headers={'Content-Type': 'application/octet-stream'}), stuck)
    wanted = [('hbench-img-%04d' % i, {}) for i in range(1, IMAGES + 1)]
    wanted += [('hbench-snap-%03d' % i, {'image_type': 'snapshot',
                                         'instance_uuid': server_ids[i % len(server_ids)],
                                         'base_image_ref': image})
               for i in range(1, SNAPSHOTS + 1)]
    missing = [w for w in wanted if w[0] not in have]
    if missing:
        say('%d images' % len(missing))
    while missing:
        if budget is not None and time.time() - t0 > budget:
            say('%d images still to add: stopped after %.0f s, run it again' % (len(missing), time.time() - t0))
            sys.exit(NOT_DONE)
        pool(lambda w: make_image(api, w[0], w[1]), missing[:WORKERS * 5])
        missing = missing[WORKERS * 5:]
    say('data set ready (%.1f s)' % (time.time() - t0))


def bulk(prefix, count):
    api = bench()
    server = sorted(s['id'] for s in servers(api) if s['name'].startswith('hbench-srv-'))[0]
    names = ['%s-%02d' % (prefix, i) for i in range(1, count + 1)]
    ids = pool(lambda n: make_image(api, n, {'image_type': 'snapshot', 'instance_uuid': server}), names)
    print(json.dumps(ids))


def cleanup(prefix):
    api = bench()
    doomed = [s['id'] for s in servers(api) if s['name'].startswith(prefix)]
    pool(lambda i: api.call('DELETE', '%s/servers/%s' % (NOVA, i), ok=(204, 404)), doomed)
    imgs = [i['id'] for i in all_images(api) if (i['name'] or '').startswith(prefix)]
    pool(lambda i: api.call('DELETE', '%s/v2/images/%s' % (GLANCE, i), ok=(204, 404)), imgs)
    end = time.time() + 120
    while doomed and any(s['id'] in doomed for s in servers(api)) and time.time() < end:
        time.sleep(1)
    say('cleanup %s: %d servers, %d images' % (prefix, len(doomed), len(imgs)))


def ids():
    api = bench()
    srv = {s['name']: s['id'] for s in servers(api)}
    snap = [i for i in all_images(api) if i['name'] == 'hbench-snap-001']
    print(json.dumps({'projectId': api.project_id,
                      'servers': {n: i for n, i in srv.items() if n.startswith('hbench-srv-')},
                      'launchSnapshot': snap[0]['id'] if snap else None}))


if __name__ == '__main__':
    cmd = sys.argv[1]
    if cmd == 'seed':
        seed(float(sys.argv[2]) if len(sys.argv) > 2 else None)
    elif cmd == 'bulk':
        bulk(sys.argv[2], int(sys.argv[3]))
    elif cmd == 'cleanup':
        cleanup(sys.argv[2])
    elif cmd == 'ids':
        ids()
    else:
        raise SystemExit(__doc__)
