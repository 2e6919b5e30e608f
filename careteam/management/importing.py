"""What the import commands share: who the import is recorded for, and reading each file."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import CommandError

from careteam.models import User


def recorded_actor(username: str) -> User | None:
    """The staff member named by --as, or None (the system) when none is named."""
    if not username:
        return None
    actor = User.objects.filter(username=username).first()
    if actor is None:
        raise CommandError(f"no staff member {username!r}")
    return actor


def file_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise CommandError(f"{path}: {error.strerror}") from error
