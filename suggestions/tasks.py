"""Importing the services registers the drafting job handler in the worker."""

from suggestions import services  # noqa: F401
