#!/usr/bin/python3
"""Smoke test of the local cloud as the plain `member` user demo/demo.

  smoke.py [all] [--keep]  token, list, boot (networks auto), createImage
                           (queued -> saving -> active), volume from image,
                           volume-backed server and its snapshot, volume
                           snapshot, image filter, quota usage; then cleans
                           up unless --keep
  smoke.py after-restart   createImage of the kept server (after a restart)
  smoke.py cleanup         delete everything named smoke-*
"""
import sys
import time

import requests

KS = 'http://127.0.0.1:5000/v3'
NOVA = 'http://127.0.0.1:8774/v2.1'
GLANCE = 'http://127.0.0.1:9292'
CINDER = 'http://127.0.0.1:8776/v3'
T0 = time.time()


def say(msg):
    print('[smoke %5.1fs] %s' % (time.time() - T0, msg), flush=True)


def check(cond, msg):
    if not cond:
        raise SystemExit('FAILED: ' + msg)


class Demo(object):
    def __init__(self):
        r = requests.post(KS + '/auth/tokens', json={'auth': {
            'identity': {'methods': ['password'], 'password': {'user': {
                'name': 'demo', 'password': 'demo',
                'domain': {'name': 'Default'}}}},
            'scope': {'project': {'name': 'demo',
                                  'domain': {'name': 'Default'}}}}})
        check(r.status_code == 201 and r.headers.get('X-Subject-Token'),
              'token: %s %s' % (r.status_code, r.text[:200]))
        self.project = r.json()['token']['project']['id']
        roles = [x['name'] for x in r.json()['token']['roles']]
        say('token 201, X-Subject-Token present, roles %s' % roles)
        self.s = requests.Session()
        self.s.headers.update({'X-Auth-Token': r.headers['X-Subject-Token'],
                               'Accept': 'application/json'})
        self.cinder = '%s/%s' % (CINDER, self.project)

    def req(self, method, url, ok=(200, 201, 202, 204), mv=None, **kw):
        headers = kw.pop('headers', {})
        if mv:
            headers['OpenStack-API-Version'] = mv
        r = self.s.request(method, url, headers=headers, timeout=60, **kw)
        check(r.status_code in ok, '%s %s -> %s %s' % (
            method, url, r.status_code, r.text[:300]))
        return r

    def json(self, method, url, **kw):
        r = self.req(method, url, **kw)
        return r.json() if r.content else None


def wait(what, fn, timeout=120, every=0.25):
    end = time.time() + timeout
    while True:
        v = fn()
        if v:
            return v
        check(time.time() < end, 'timed out: ' + what)
        time.sleep(every)


def server_status(d, sid, want):
    s = d.json('GET', '%s/servers/%s' % (NOVA, sid), mv='compute 2.93')['server']
    check(s['status'] != 'ERROR', 'server %s ERROR: %s' % (sid, s.get('fault')))
    return s if s['status'] == want else None


def snapshot(d, sid, name, expect_upload=True):
    """createImage at 2.45 and follow server task_state + image status."""
    r = d.req('POST', '%s/servers/%s/action' % (NOVA, sid), mv='compute 2.45',
              json={'createImage': {'name': name,
                                    'metadata': {'smoke': 'yes'}}})
    check(r.status_code == 202, 'createImage')
    image_id = r.json()['image_id']
    say('createImage 202 %s, Location header: %s' % (
        r.json(), r.headers.get('Location')))
    if expect_upload:  # a volume-backed snapshot is done in the API call
        r2 = d.req('POST', '%s/servers/%s/action' % (NOVA, sid), ok=(409,),
                   mv='compute 2.45',
                   json={'createImage': {'name': name + '-2'}})
        say('second createImage meanwhile: %s %s' % (
            r2.status_code, r2.json()['conflictingRequest']['message'][:90]))
    seen_task, seen_status = [], []
    while True:
        srv = d.json('GET', '%s/servers/%s' % (NOVA, sid), mv='compute 2.93')['server']
        img = d.json('GET', '%s/v2/images/%s' % (GLANCE, image_id))
        ts = srv['OS-EXT-STS:task_state']
        if not seen_task or seen_task[-1] != ts:
            seen_task.append(ts)
        if not seen_status or seen_status[-1] != img['status']:
            seen_status.append(img['status'])
        if img['status'] == 'active' and ts is None:
            break
        check(img['status'] not in ('killed', 'deleted'), 'image ' + img['status'])
        check(time.time() - T0 < 600, 'snapshot timed out')
        time.sleep(0.2)
    say('server status %s; task_state %s' % (srv['status'], ' -> '.join(map(str, seen_task))))
    say('image status %s' % ' -> '.join(seen_status))
    keys = ('image_type', 'instance_uuid', 'base_image_ref', 'min_disk',
            'visibility', 'size', 'disk_format', 'smoke', 'bdm_v2',
            'block_device_mapping', 'owner_project_name')
    say('image props %s' % {k: img.get(k) for k in keys if k in img})
    if expect_upload:
        check(seen_status[-2:] == ['saving', 'active'] and
              img.get('image_type') == 'snapshot', 'snapshot lifecycle')
    return image_id


def boot(d, name, flavor, image=None, bdm=None):
    body = {'name': name, 'flavorRef': flavor, 'networks': 'auto'}
    if image:
        body['imageRef'] = image
    if bdm:
        body['block_device_mapping_v2'] = bdm
    sid = d.json('POST', NOVA + '/servers', mv='compute 2.93',
                 json={'server': body})['server']['id']
    t = time.time()
    s = wait('server ACTIVE', lambda: server_status(d, sid, 'ACTIVE'))
    say('server %s ACTIVE in %.1fs, addresses %s' % (
        name, time.time() - t,
        {k: [a['addr'] for a in v] for k, v in s['addresses'].items()}))
    return sid


def volume_status(d, vid, want='available'):
    v = d.json('GET', '%s/volumes/%s' % (d.cinder, vid))['volume']
    check(v['status'] != 'error', 'volume %s error' % vid)
    return v if v['status'] == want else None


def run_all(keep):
    d = Demo()
    n = len(d.json('GET', NOVA + '/servers/detail', mv='compute 2.93')['servers'])
    say('GET /servers/detail (compute 2.93): 200, %d servers' % n)
    cirros = d.json('GET', GLANCE + '/v2/images', params={'name': 'cirros'})['images'][0]
    say('cirros %s %s %s bytes, visibility %s' % (
        cirros['id'], cirros['status'], cirros['size'], cirros['visibility']))
    nano = [f for f in d.json('GET', NOVA + '/flavors')['flavors']
            if f['name'] == 'm1.nano'][0]['id']

    sid = boot(d, 'smoke-keep', nano, image=cirros['id'])
    snap = snapshot(d, sid, 'smoke-snap')

    sid2 = boot(d, 'smoke-from-snap', nano, image=snap)
    say('booted from the snapshot')

    vol = d.json('POST', '%s/volumes' % d.cinder, json={'volume': {
        'name': 'smoke-bootvol', 'size': 1, 'imageRef': cirros['id']}})['volume']
    v = wait('boot volume', lambda: volume_status(d, vol['id']))
    say('volume from image: %s bootable=%s' % (v['status'], v['bootable']))
    check(v['bootable'] == 'true', 'bootable')
    sid3 = boot(d, 'smoke-bfv', nano, bdm=[{
        'boot_index': 0, 'uuid': vol['id'], 'source_type': 'volume',
        'destination_type': 'volume', 'delete_on_termination': False}])
    bfv_snap = snapshot(d, sid3, 'smoke-bfv-snap', expect_upload=False)

    vol2 = d.json('POST', '%s/volumes' % d.cinder, json={'volume': {
        'name': 'smoke-vol', 'size': 1}})['volume']
    wait('volume', lambda: volume_status(d, vol2['id']))
    vs = d.json('POST', '%s/snapshots' % d.cinder, json={'snapshot': {
        'name': 'smoke-vol-snap', 'volume_id': vol2['id']}})['snapshot']
    wait('volume snapshot', lambda: d.json('GET', '%s/snapshots/%s' % (
        d.cinder, vs['id']))['snapshot']['status'] == 'available')
    say('volume + volume snapshot available')
    r = d.req('DELETE', '%s/volumes/%s' % (d.cinder, vol2['id']), ok=(400,))
    say('delete volume with snapshot: %s %s' % (r.status_code, r.text[:120]))

    snaps = d.json('GET', GLANCE + '/v2/images', params={'image_type': 'snapshot'})['images']
    say('GET /v2/images?image_type=snapshot: %s' % [i['name'] for i in snaps])
    check(any(i['id'] == snap for i in snaps), 'snapshot listed')
    q = d.json('GET', '%s/os-quota-sets/%s' % (d.cinder, d.project),
               params={'usage': 'true'})['quota_set']
    say('cinder quota usage: %s' % {k: q[k] for k in (
        'volumes', 'snapshots', 'gigabytes', 'snapshots___DEFAULT__') if k in q})
    lim = d.json('GET', NOVA + '/limits')['limits']['absolute']
    say('nova limits: instances %s/%s' % (lim['totalInstancesUsed'], lim['maxTotalInstances']))

    if not keep:
        cleanup(d)
    say('ALL OK')


def after_restart():
    d = Demo()
    srv = [s for s in d.json('GET', NOVA + '/servers/detail', mv='compute 2.93')['servers']
           if s['name'] == 'smoke-keep']
    check(srv, 'no smoke-keep server (run smoke.py --keep first)')
    s = srv[0]
    say('smoke-keep after restart: status %s power_state %s' % (
        s['status'], s['OS-EXT-STS:power_state']))
    snapshot(d, s['id'], 'smoke-after-restart')
    say('ALL OK')


def cleanup(d=None):
    d = d or Demo()
    for s in d.json('GET', NOVA + '/servers')['servers']:
        if s['name'].startswith('smoke-'):
            d.req('DELETE', '%s/servers/%s' % (NOVA, s['id']))
    wait('servers gone', lambda: not [s for s in d.json('GET', NOVA + '/servers')['servers']
                                      if s['name'].startswith('smoke-')])
    for sn in d.json('GET', '%s/snapshots' % d.cinder)['snapshots']:
        if (sn['name'] or '').startswith(('smoke-', 'snapshot for smoke-')):
            d.req('DELETE', '%s/snapshots/%s' % (d.cinder, sn['id']))
    wait('snapshots gone', lambda: not [s for s in d.json('GET', '%s/snapshots' % d.cinder)['snapshots']
                                        if (s['name'] or '').startswith(('smoke-', 'snapshot for smoke-'))])
    for v in d.json('GET', '%s/volumes' % d.cinder)['volumes']:
        if (v['name'] or '').startswith('smoke-'):
            d.req('DELETE', '%s/volumes/%s' % (d.cinder, v['id']))
    for i in d.json('GET', GLANCE + '/v2/images')['images']:
        if i['name'].startswith('smoke-') and i['owner'] == d.project:
            d.req('DELETE', '%s/v2/images/%s' % (GLANCE, i['id']))
    say('cleaned up smoke-* resources')


if __name__ == '__main__':
    args = sys.argv[1:]
    cmd = next((a for a in args if not a.startswith('--')), 'all')
    if cmd == 'all':
        run_all('--keep' in args)
    elif cmd == 'after-restart':
        after_restart()
    elif cmd == 'cleanup':
        cleanup()
    else:
        raise SystemExit(__doc__)
