"""Horizon's settings for `npm run bench:horizon`: Debian's own (openstack_dashboard.settings with
/etc/openstack-dashboard/local_settings.py and its local_settings.d snippets), then ours on top.
Nothing under /etc is changed; the static files live in our state folder (HBENCH_HORIZON_STATE).
"""
import os

from openstack_dashboard.settings import *  # noqa: F401,F403
from openstack_dashboard.settings import LAUNCH_INSTANCE_DEFAULTS, MIDDLEWARE, TEMPLATES

_STATE = os.environ['HBENCH_HORIZON_STATE']

DEBUG = False
TEMPLATES[0]['OPTIONS']['debug'] = False
ALLOWED_HOSTS = ['127.0.0.1']
OPENSTACK_KEYSTONE_URL = 'http://127.0.0.1:5000/v3'
OPENSTACK_KEYSTONE_DEFAULT_ROLE = 'member'
SECRET_KEY = os.environ['HBENCH_HORIZON_SECRET']
# Sessions in signed cookies: the two uwsgi workers share no memory (Debian's default cache is
# per process), and a cookie session needs no memcached.
SESSION_ENGINE = 'django.contrib.sessions.backends.signed_cookies'
STATIC_ROOT = os.path.join(_STATE, 'static')
COMPRESS_ROOT = STATIC_ROOT
COMPRESS_OFFLINE = True
MIDDLEWARE = ('django.middleware.gzip.GZipMiddleware',) + tuple(
    m for m in MIDDLEWARE if m != 'django.middleware.gzip.GZipMiddleware')
# The Django panels (server-rendered tables): what the benchmark drives.
ANGULAR_FEATURES = {
    'images_panel': False,
    'key_pairs_panel': False,
    'flavors_panel': False,
    'domains_panel': False,
    'users_panel': False,
    'groups_panel': False,
    'roles_panel': False,
}
# Boot from the image itself, as our wizard does (Horizon's default makes a new volume).
LAUNCH_INSTANCE_DEFAULTS = dict(LAUNCH_INSTANCE_DEFAULTS, create_volume=False)
LOGGING = {'version': 1, 'disable_existing_loggers': False,
           'handlers': {'console': {'class': 'logging.StreamHandler', 'level': 'WARNING'}},
           'root': {'handlers': ['console'], 'level': 'WARNING'}}
