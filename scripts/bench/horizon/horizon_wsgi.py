"""uwsgi's entry point for Horizon with our settings (Debian's wsgi.py forces its own)."""
import os

os.environ['DJANGO_SETTINGS_MODULE'] = 'horizon_settings'

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
