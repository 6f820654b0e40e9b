# uwsgi --wsgi-file: Keystone's public WSGI app (config via OS_KEYSTONE_CONFIG_FILES)
from keystone.server.wsgi import initialize_public_application

application = initialize_public_application()
