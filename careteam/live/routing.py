"""The websocket's one URL."""

from django.urls import path

from careteam.live.consumer import LiveConsumer

websocket_urlpatterns = [path("ws/live/", LiveConsumer.as_asgi())]
