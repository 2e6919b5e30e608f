"""Loading a reference table, and checking every stored claim again when it changed."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from claims.reference.loading import LoadResult, current_reference_version, load_reference
from claims.services.checks import claims_recheck_enqueue


@dataclass(frozen=True)
class ReferenceLoad:
    result: LoadResult
    reference_version: str = ""  # set when the table changed and the recheck was enqueued


def reference_load(
    kind: str, paths: Sequence[str | os.PathLike[str]], **options: Any
) -> ReferenceLoad:
    """Load a reference table (options as claims.reference.loading.load_reference takes them)
    and, when it changed, check every stored claim again against it.

    The recheck is enqueued in the transaction that loads the table, so that a table is never
    stored without its recheck. Raises claims.reference.files.ReferenceFileError for bad input.
    """
    with transaction.atomic():
        result = load_reference(kind, paths, **options)
        if not result.loaded:
            return ReferenceLoad(result)
        version = current_reference_version()
        claims_recheck_enqueue(reference_version=version)
    return ReferenceLoad(result, reference_version=version)
