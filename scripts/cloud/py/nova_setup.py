"""nova-manage steps in one Python process (each nova-manage run pays ~3 s of
imports on this machine).

  nova_setup.py NOVA_CONF setup CELL0_URL   api_db sync, cell_v2 map_cell0,
                                            cell_v2 create_cell cell1, db sync
  nova_setup.py NOVA_CONF discover          cell_v2 discover_hosts
"""
import sys

from nova.cmd import manage  # first: nova.cmd monkey-patches eventlet
from nova import config
from nova import objects
from oslo_log import log as logging

conf, step = sys.argv[1:3]
config.parse_args(['nova-manage', '--config-file', conf])
logging.setup(manage.CONF, 'nova')
objects.register_all()

if step == 'setup':
    manage.ApiDbCommands().sync()
    manage.CellV2Commands().map_cell0(database_connection=sys.argv[3])
    rc = manage.CellV2Commands().create_cell(name='cell1', verbose=True)
    if rc not in (0, 2):  # 2: that cell exists already
        sys.exit('create_cell failed: %s' % rc)
    manage.DbCommands().sync()  # cell1, and cell0 through its mapping
    print('nova databases set up')
elif step == 'discover':
    sys.exit(manage.CellV2Commands().discover_hosts(verbose=True))
else:
    sys.exit(__doc__)
