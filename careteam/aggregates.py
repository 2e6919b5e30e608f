"""Percentiles that run in the database: PostgreSQL's percentile_cont, and the same on SQLite.

SQLite has none, so each new SQLite connection gets one (the demo runs on SQLite); the rows
never come back to Python one by one.
"""

from __future__ import annotations

from typing import Any

from django.db.backends.signals import connection_created
from django.db.models import Aggregate, FloatField


class Percentile(Aggregate):
    """The continuous percentile `fraction` (0-1) of an expression, per group."""

    function = "PERCENTILE"
    name = "Percentile"
    arity = 1
    output_field = FloatField()
    template = "%(function)s(%(expressions)s, %(fraction)s)"

    def __init__(self, expression: Any, fraction: float, **extra: Any) -> None:
        fraction = float(fraction)  # a number, so it can be written into the SQL
        if not 0 <= fraction <= 1:
            raise ValueError("a percentile's fraction is between 0 and 1")
        super().__init__(expression, fraction=repr(fraction), **extra)

    def as_postgresql(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        return self.as_sql(
            compiler,
            connection,
            template="percentile_cont(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)",
            **extra,
        )


class _SqlitePercentile:
    def __init__(self) -> None:
        self.values: list[float] = []
        self.fraction = 0.5

    def step(self, value: float | None, fraction: float) -> None:
        self.fraction = fraction
        if value is not None:
            self.values.append(value)

    def finalize(self) -> float | None:
        if not self.values:
            return None
        ordered = sorted(self.values)
        position = (len(ordered) - 1) * self.fraction
        below = int(position)
        above = min(below + 1, len(ordered) - 1)
        return ordered[below] + (ordered[above] - ordered[below]) * (position - below)


def install_sqlite_percentile(sender: object, connection: Any, **kwargs: object) -> None:
    if connection.vendor == "sqlite":
        connection.connection.create_aggregate("PERCENTILE", 2, _SqlitePercentile)


def register() -> None:
    connection_created.connect(install_sqlite_percentile, dispatch_uid="careteam.percentile")
