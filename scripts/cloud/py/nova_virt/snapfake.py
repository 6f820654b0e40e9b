"""Nova's fake virt driver, plus two things the lead's mock cloud must mimic.

Loaded by nova-compute as ``nova.virt.snapfake.SnapFakeDriver``: Zed only
loads drivers from the ``nova.virt`` package, so ``nova_compute.py`` appends
this folder to ``nova.virt.__path__`` before starting the service.

1. ``snapshot()`` really uploads, like libvirt: the task state walks
   image_snapshot -> image_pending_upload -> image_uploading and a few KiB go
   to Glance over a few seconds, so the image goes queued -> saving -> active.
   (Upstream FakeDriver.snapshot() uploads nothing: the image stays queued.)
2. Guests survive a nova-compute restart: FakeDriver keeps them in memory
   only, so after a restart every server would lose its power state and
   createImage would fail with InstanceNotRunning.  We re-adopt any instance
   the database says lives here the first time Nova asks about it.
"""
import os

from eventlet import patcher
from oslo_log import log as logging

from nova.compute import power_state
from nova.compute import task_states
from nova.compute import vm_states
from nova import exception
from nova.image import glance
from nova.virt import fake

LOG = logging.getLogger(__name__)

# The upload runs in a native thread (nova.utils.tpool_execute): use the real,
# blocking sleep there, not eventlet's green one.
_real_sleep = patcher.original('time').sleep

SNAPSHOT_CHUNKS = int(os.environ.get('CLOUD_SNAPSHOT_CHUNKS', '4'))
SNAPSHOT_CHUNK_BYTES = 1024
SNAPSHOT_CHUNK_DELAY = float(os.environ.get('CLOUD_SNAPSHOT_DELAY', '1.0'))


class _SlowDisk(object):
    """A file-like "disk image" that trickles out a few KiB."""

    def __init__(self, seed):
        self._left = SNAPSHOT_CHUNKS
        self._seed = seed.encode()

    def read(self, size=-1):
        if self._left <= 0:
            return b''
        self._left -= 1
        _real_sleep(SNAPSHOT_CHUNK_DELAY)
        line = b'snapshot of ' + self._seed + b'\n'
        return (line * (SNAPSHOT_CHUNK_BYTES // len(line) + 1))[
            :SNAPSHOT_CHUNK_BYTES]


_ADOPT_STATES = {
    vm_states.ACTIVE: power_state.RUNNING,
    vm_states.RESCUED: power_state.RUNNING,
    vm_states.RESIZED: power_state.RUNNING,
    vm_states.STOPPED: power_state.SHUTDOWN,
    vm_states.SHELVED: power_state.SHUTDOWN,
    vm_states.PAUSED: power_state.PAUSED,
    vm_states.SUSPENDED: power_state.SUSPENDED,
}


class SnapFakeDriver(fake.FakeDriver):

    def __init__(self, virtapi, read_only=False):
        super(SnapFakeDriver, self).__init__(virtapi, read_only)
        self._image_api = glance.API()

    # -- re-adoption after a nova-compute restart ---------------------------
    def _adopt(self, instance):
        if instance.uuid in self.instances:
            return
        state = _ADOPT_STATES.get(instance.vm_state)
        if state is None or instance.host != self._host:
            return
        LOG.info('Re-adopting guest after a restart (%s)', state,
                 instance=instance)
        self.instances[instance.uuid] = fake.FakeInstance(
            instance.name, state, instance.uuid)

    def get_info(self, instance, use_cache=True):
        self._adopt(instance)
        return super(SnapFakeDriver, self).get_info(instance, use_cache)

    def power_off(self, instance, timeout=0, retry_interval=0):
        self._adopt(instance)
        return super(SnapFakeDriver, self).power_off(
            instance, timeout, retry_interval)

    def power_on(self, context, instance, network_info,
                 block_device_info=None, accel_info=None):
        self._adopt(instance)
        return super(SnapFakeDriver, self).power_on(
            context, instance, network_info, block_device_info, accel_info)

    # -- snapshot that uploads, as libvirt does -----------------------------
    def snapshot(self, context, instance, image_id, update_task_state):
        self._adopt(instance)
        if instance.uuid not in self.instances:
            raise exception.InstanceNotRunning(instance_id=instance.uuid)

        snapshot = self._image_api.get(context, image_id)
        base = instance.image_meta
        metadata = {
            'status': 'active',
            'name': snapshot['name'],
            'disk_format': (base.disk_format
                            if base.obj_attr_is_set('disk_format') else 'raw'),
            'container_format': (base.container_format
                                 if base.obj_attr_is_set('container_format')
                                 else 'bare'),
            'properties': {
                'kernel_id': instance.kernel_id,
                'image_location': 'snapshot',
                'image_state': 'available',
                'owner_id': instance.project_id,
                'ramdisk_id': instance.ramdisk_id,
            },
        }
        if instance.os_type:
            metadata['properties']['os_type'] = instance.os_type

        update_task_state(task_state=task_states.IMAGE_PENDING_UPLOAD)
        update_task_state(task_state=task_states.IMAGE_UPLOADING,
                          expected_state=task_states.IMAGE_PENDING_UPLOAD)
        LOG.info('Uploading %d KiB snapshot data', SNAPSHOT_CHUNKS,
                 instance=instance)
        self._image_api.update(context, image_id, metadata,
                               _SlowDisk(instance.uuid))
