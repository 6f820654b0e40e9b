"""Cinder's FakeLoggingVolumeDriver, minus the parts that touch a disk.

FakeLoggingVolumeDriver (shipped in Debian's python3-cinder) fakes creating,
deleting and snapshotting volumes, but inherits LVM's image copies, which run
qemu-img through sudo/rootwrap against /dev/cinder-volumes/...  Here a volume
made from an image just reads the image (so a missing or unreadable image
still fails as it would), and uploading a volume to an image sends a few KiB.
"""
import io

from oslo_log import log as logging

from cinder.tests import fake_driver

LOG = logging.getLogger(__name__)


class CloudFakeVolumeDriver(fake_driver.FakeLoggingVolumeDriver):

    def copy_image_to_volume(self, context, volume, image_service, image_id):
        size = 0
        for chunk in image_service.download(context, image_id) or ():
            size += len(chunk)
        LOG.info('Fake copy of image %s (%d bytes) to volume %s',
                 image_id, size, volume.id)

    def copy_image_to_encrypted_volume(self, context, volume, image_service,
                                       image_id):
        self.copy_image_to_volume(context, volume, image_service, image_id)

    def copy_volume_to_image(self, context, volume, image_service,
                             image_meta):
        # glanceclient reads the body in chunks: a file-like object, not bytes.
        data = io.BytesIO((b'volume %s\n' % volume.id.encode()) * 64)
        image_service.update(context, image_meta['id'], {}, data,
                             purge_props=False)
        LOG.info('Fake upload of volume %s to image %s',
                 volume.id, image_meta['id'])
