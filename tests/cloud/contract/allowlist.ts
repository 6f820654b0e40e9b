/**
 * Where the real cloud may legitimately differ from the mock, each with its reason. Anything not
 * listed here is a difference that fails the suite (and is fixed in the mock).
 */
import type { Allowlist } from './compare';

export const allowlist: Allowlist = {
  realOnlyKeys: [],
  accepted: [
    {
      scenario: 'login and catalog',
      step: /^catalog service types$/,
      reason: 'the real catalog also lists placement (Nova needs it); the mock serves no Placement API and the dashboard never calls one',
    },
    {
      scenario: 'snapshot of a volume-backed server',
      step: /^device naming \(hypervisor-dependent\)$/,
      reason:
        "device names come from the virt driver: the real cloud's fake driver names the root disk /dev/sda and leaves device_type/disk_bus empty; the mock models libvirt with virtio (/dev/vda, disk, virtio), what clouds run",
    },
    {
      scenario: 'volume snapshot delete',
      step: /^snapshot with a dependent volume after delete$/,
      reason:
        "verified: the real cloud's fake Cinder driver does not raise SnapshotIsBusy, so the snapshot is truly deleted (404, no user message); LVM, Ceph and most drivers refuse and Cinder puts it back to available with a message, which the mock models",
    },
  ],
};
