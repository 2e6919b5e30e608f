"""Importing drafting registers the drafting job handler in the worker."""

from suggestions import drafting  # noqa: F401
