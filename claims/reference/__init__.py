"""Reference data for the miscoding checks: CMS tables loaded into the database (loading.py,
models.py) and the in-memory Reference the checks read (lookup.py). This module imports no
models, so the checks and their tests run without Django's app registry."""

from claims.reference.files import ReferenceFileError
from claims.reference.lookup import (
    DME,
    OUTPATIENT,
    PRACTITIONER,
    MueLimit,
    NdcUnits,
    PtpRule,
    Reference,
)

__all__ = [
    "DME",
    "OUTPATIENT",
    "PRACTITIONER",
    "MueLimit",
    "NdcUnits",
    "PtpRule",
    "Reference",
    "ReferenceFileError",
]
