"""The websocket's one URL."""

from django.urls import path

from careteam.live import SOCKET_PATH
from careteam.live.consumer import LiveConsumer

websocket_urlpatterns = [path(SOCKET_PATH.removeprefix("/"), LiveConsumer.as_asgi())]
