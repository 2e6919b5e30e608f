"""Models of the claims app. The reference tables the checks read live in claims.reference."""

from claims.reference.models import *  # noqa: F403
