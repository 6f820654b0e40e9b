"""keystone-manage db_sync, fernet_setup, credential_setup and bootstrap in
one Python process (each keystone-manage run pays ~2 s of imports), then
sqlite's WAL journal (readers no longer block the writer).

Run as: /usr/bin/python3 keystone_setup.py KEYSTONE_CONF SQLITE_FILE
"""
import sqlite3
import sys

from keystone.cmd import cli

conf, db = sys.argv[1:3]
owner = ['--keystone-user', 'root', '--keystone-group', 'root']
STEPS = [
    ['db_sync'],
    ['fernet_setup'] + owner,
    ['credential_setup'] + owner,
    ['bootstrap', '--bootstrap-password', 'admin',
     '--bootstrap-username', 'admin', '--bootstrap-project-name', 'admin',
     '--bootstrap-role-name', 'admin', '--bootstrap-service-name', 'keystone',
     '--bootstrap-region-id', 'RegionOne',
     '--bootstrap-public-url', 'http://127.0.0.1:5000/v3',
     '--bootstrap-internal-url', 'http://127.0.0.1:5000/v3'],
]
for step in STEPS:
    cli.main(['keystone-manage', '--config-file', conf] + step)
    cli.CONF.clear()  # lets the next main() register its CLI options again
    if step[0] == 'db_sync':
        sqlite3.connect(db).execute('PRAGMA journal_mode=WAL').close()
print('keystone set up')
