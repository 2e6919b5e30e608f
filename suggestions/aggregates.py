"""A median that runs in the database: PostgreSQL's percentile_cont, and the same on SQLite.

SQLite has no median, so each new SQLite connection gets one (as Django itself adds
functions to SQLite connections); the rows never come back to Python one by one.
"""

from __future__ import annotations

import statistics
from typing import Any

from django.db.backends.signals import connection_created
from django.db.models import Aggregate, FloatField


class Median(Aggregate):
    function = "MEDIAN"
    name = "Median"
    arity = 1
    output_field = FloatField()

    def as_postgresql(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        return self.as_sql(
            compiler,
            connection,
            template="percentile_cont(0.5) WITHIN GROUP (ORDER BY %(expressions)s)%(filter)s",
            **extra,
        )


class _SqliteMedian:
    def __init__(self) -> None:
        self.values: list[float] = []

    def step(self, value: float | None) -> None:
        if value is not None:
            self.values.append(value)

    def finalize(self) -> float | None:
        return statistics.median(self.values) if self.values else None


def install_sqlite_median(sender: object, connection: Any, **kwargs: object) -> None:
    if connection.vendor == "sqlite":
        connection.connection.create_aggregate("MEDIAN", 1, _SqliteMedian)


connection_created.connect(install_sqlite_median, dispatch_uid="suggestions.sqlite_median")
