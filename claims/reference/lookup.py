"""The in-memory reference the checks read: built once per check run, cheap to ask per line.

Checks take a Reference argument and never query the database, so they are pure functions;
tests build one by hand with Reference.build(...).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from types import MappingProxyType

PRACTITIONER = "practitioner"
OUTPATIENT = "outpatient"
DME = "dme"


@dataclass(frozen=True, slots=True)
class MueLimit:
    code: str
    value: int
    adjudication_indicator: int  # 1 per claim line, 2 and 3 per date of service
    rationale: str = ""
    setting: str = PRACTITIONER

    @property
    def per_line(self) -> bool:
        return self.adjudication_indicator == 1


@dataclass(frozen=True, slots=True)
class PtpRule:
    column_one: str
    column_two: str
    effective_date: date
    deletion_date: date | None  # the first day it no longer applies
    modifier_indicator: int  # 0 never bypassed, 1 bypassed by an NCCI-associated modifier, 9 n/a
    rationale: str = ""
    setting: str = PRACTITIONER

    def applies_on(self, day: date) -> bool:
        if self.modifier_indicator == 9:
            return False
        if day < self.effective_date:
            return False
        return self.deletion_date is None or day < self.deletion_date


@dataclass(frozen=True, slots=True)
class NdcUnits:
    ndc: str  # 11 digits
    hcpcs: str
    package_size: Decimal  # amount in one item (mL for liquids), as CMS's PKG SIZE
    billing_units: Decimal  # HCPCS billing units in one item (BILLUNITS)
    hcpcs_dosage: str = ""  # what one billing unit is, e.g. "10 MG"
    package_quantity: Decimal = Decimal(1)  # items in the package (PKG QTY)
    drug_name: str = ""


@dataclass(frozen=True)
class Reference:
    """Lookups by setting (MUE, PTP) and by NDC. Empty parts switch their checks off."""

    mue: Mapping[str, Mapping[str, MueLimit]] = field(default_factory=dict)
    ptp: Mapping[str, Mapping[tuple[str, str], tuple[PtpRule, ...]]] = field(default_factory=dict)
    ptp_partners: Mapping[str, Mapping[str, frozenset[str]]] = field(default_factory=dict)
    ndc: Mapping[str, Mapping[str, NdcUnits]] = field(default_factory=dict)
    version: str = ""

    @classmethod
    def build(
        cls,
        *,
        mue: Iterable[MueLimit] = (),
        ptp: Iterable[PtpRule] = (),
        ndc: Iterable[NdcUnits] = (),
        version: str = "",
    ) -> Reference:
        mue_by_setting: dict[str, dict[str, MueLimit]] = {}
        for limit in mue:
            mue_by_setting.setdefault(limit.setting, {})[limit.code] = limit
        ptp_by_setting: dict[str, dict[tuple[str, str], list[PtpRule]]] = {}
        partners: dict[str, dict[str, set[str]]] = {}
        for rule in ptp:
            ptp_by_setting.setdefault(rule.setting, {}).setdefault(
                (rule.column_one, rule.column_two), []
            ).append(rule)
            by_code = partners.setdefault(rule.setting, {})
            by_code.setdefault(rule.column_one, set()).add(rule.column_two)
            by_code.setdefault(rule.column_two, set()).add(rule.column_one)
        ndc_by_code: dict[str, dict[str, NdcUnits]] = {}
        for row in ndc:
            ndc_by_code.setdefault(row.ndc, {})[row.hcpcs] = row
        return cls(
            mue=MappingProxyType(mue_by_setting),
            ptp=MappingProxyType(
                {
                    setting: {pair: tuple(rules) for pair, rules in pairs.items()}
                    for setting, pairs in ptp_by_setting.items()
                }
            ),
            ptp_partners=MappingProxyType(
                {
                    setting: {code: frozenset(others) for code, others in by_code.items()}
                    for setting, by_code in partners.items()
                }
            ),
            ndc=MappingProxyType(ndc_by_code),
            version=version,
        )

    def mue_limit(self, setting: str, code: str) -> MueLimit | None:
        table = self.mue.get(setting)
        return table.get(code) if table else None

    def has_mue(self, setting: str) -> bool:
        return bool(self.mue.get(setting))

    def ptp_rules(self, setting: str, column_one: str, column_two: str) -> tuple[PtpRule, ...]:
        table = self.ptp.get(setting)
        return table.get((column_one, column_two), ()) if table else ()

    def ptp_partners_of(self, setting: str, code: str) -> frozenset[str]:
        table = self.ptp_partners.get(setting)
        return table.get(code, frozenset()) if table else frozenset()

    def ndc_rows(self, ndc: str) -> Mapping[str, NdcUnits]:
        return self.ndc.get(ndc, {})


_cache_lock = threading.Lock()
_cached: Reference | None = None


def reference_from_database(*, use_cache: bool = True) -> Reference:
    """The Reference built from the current tables. A process keeps the last one built and
    rebuilds only when current_reference_version() has changed (one small query per call)."""
    global _cached
    from claims.reference.loading import current_reference_version
    from claims.reference.models import MueEdit, NdcCrosswalk, PtpEdit, ReferenceTable

    version = current_reference_version()
    with _cache_lock:
        if use_cache and _cached is not None and _cached.version == version:
            return _cached
    current = ReferenceTable.objects.current()
    setting_of = dict(current.values_list("id", "setting"))
    mue = [
        MueLimit(code, value, indicator, rationale, setting_of[table_id])
        for table_id, code, value, indicator, rationale in MueEdit.objects.filter(
            table__in=current
        ).values_list("table_id", "code", "value", "adjudication_indicator", "rationale")
    ]
    ptp = [
        PtpRule(one, two, effective, deletion, indicator, rationale, setting_of[table_id])
        for table_id, one, two, effective, deletion, indicator, rationale in PtpEdit.objects.filter(
            table__in=current
        )
        .values_list(
            "table_id",
            "column_one",
            "column_two",
            "effective_date",
            "deletion_date",
            "modifier_indicator",
            "rationale",
        )
        .iterator(chunk_size=20000)
    ]
    ndc = [
        NdcUnits(ndc, hcpcs, size, units, dosage, quantity, name)
        for ndc, hcpcs, size, units, dosage, quantity, name in NdcCrosswalk.objects.filter(
            table__in=current
        ).values_list(
            "ndc",
            "hcpcs",
            "package_size",
            "billing_units",
            "hcpcs_dosage",
            "package_quantity",
            "drug_name",
        )
    ]
    reference = Reference.build(mue=mue, ptp=ptp, ndc=ndc, version=version)
    with _cache_lock:
        _cached = reference
    return reference
