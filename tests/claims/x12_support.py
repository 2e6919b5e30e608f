"""Helpers of the X12 reader's tests: our fixtures, the shared samples, parsing and refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.importers import x12
from claims.records import (
    ImportRejected,
    Problem,
)
from tests.claims.samples import SAMPLES

FIXTURES = Path(__file__).parent / "fixtures"


HIPAA = SAMPLES / "x12" / "hipaa_vers"


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text()


def parse_text(text: str, filename: str = "test.837"):
    return x12.parse(text.encode(), filename=filename)


def rejected(text: str | bytes, filename: str = "test.837") -> list[Problem]:
    data = text.encode() if isinstance(text, str) else text
    with pytest.raises(ImportRejected) as caught:
        x12.parse(data, filename=filename)
    assert caught.value.problems, "ImportRejected must carry its problems"
    return caught.value.problems


def mutated(name: str, old: str, new: str) -> str:
    text = fixture_text(name)
    assert old in text, f"fixture {name} no longer contains {old!r}"
    return text.replace(old, new, 1)
