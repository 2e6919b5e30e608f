"""Importing the checks services registers the claims checks job handlers in the worker."""

from claims.services import checks  # noqa: F401
