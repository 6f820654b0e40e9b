"""A tiny ML2 mechanism driver that binds every port.

Without agents (no OVS, no linuxbridge, no DHCP) ML2 cannot bind a port, and
Nova's boot fails with PortBindingFailed.  This driver binds any segment with
vif type "ovs" and status ACTIVE, so servers get real ports and fixed IPs.
Registered as "bindall" through the neutron.ml2.mechanism_drivers entry point
in ../cloud_mech-0.1.dist-info/entry_points.txt (found via PYTHONPATH).
"""
from neutron_lib.api.definitions import portbindings
from neutron_lib import constants
from neutron_lib.plugins.ml2 import api
from oslo_log import log as logging

LOG = logging.getLogger(__name__)


class BindAllMechanismDriver(api.MechanismDriver):

    def initialize(self):
        LOG.info('bindall mechanism driver: binding every port')

    def bind_port(self, context):
        for segment in context.segments_to_bind:
            context.set_binding(
                segment[api.ID], portbindings.VIF_TYPE_OVS,
                {portbindings.CAP_PORT_FILTER: True,
                 portbindings.OVS_HYBRID_PLUG: False},
                status=constants.PORT_STATUS_ACTIVE)
            return
