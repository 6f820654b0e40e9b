# uwsgi --wsgi-file: Placement's WSGI app (config via OS_PLACEMENT_CONFIG_DIR)
from placement.wsgi import init_application

application = init_application()
