"""Importing the services registers the claims checks job handlers in the worker."""

from claims import services  # noqa: F401
