"""The ASGI entry point: pages over HTTP and the live socket (careteam.live) over websockets.

Run by daphne (`runserver` in the demo, `daphne careteam.asgi:application` in production).
"""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careteam.settings")

# Django is set up before the consumer (and the models it imports) are loaded.
pages = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

from careteam.live.routing import websocket_urlpatterns  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": pages,
        # A socket opened from another site's page is refused (cross-site websocket hijacking).
        "websocket": AllowedHostsOriginValidator(
            AuthMiddlewareStack(URLRouter(websocket_urlpatterns))
        ),
    }
)
