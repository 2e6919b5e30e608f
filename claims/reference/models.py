"""Reference tables the miscoding checks read: MUEs, NCCI PTP edits and the ASP NDC crosswalk.

Rows live in the database so the checks can be rerun when a table is reloaded. Every load
writes one ReferenceTable row (what was loaded, from which file, its sha256) and replaces the
rows of the same kind and setting in one transaction; the superseded ReferenceTable rows stay
as history (their data rows are gone).
"""

from __future__ import annotations

from django.db import models


class ReferenceKind(models.TextChoices):
    MUE = "mue", "Medically Unlikely Edits"
    NDC = "ndc", "ASP NDC-HCPCS crosswalk"
    PTP = "ptp", "NCCI procedure-to-procedure edits"


class ReferenceSetting(models.TextChoices):
    """Which CMS table of a kind: MUEs and PTP edits come per setting, the others do not."""

    PRACTITIONER = "practitioner", "Practitioner services"
    OUTPATIENT = "outpatient", "Outpatient hospital services"
    DME = "dme", "DME supplier services"
    NONE = "", "Not applicable"


class ReferenceTableQuerySet(models.QuerySet["ReferenceTable"]):
    def current(self) -> ReferenceTableQuerySet:
        return self.filter(superseded_at__isnull=True)


class ReferenceTable(models.Model):
    """One load of one reference file."""

    kind = models.CharField(max_length=8, choices=ReferenceKind.choices)
    setting = models.CharField(max_length=16, choices=ReferenceSetting.choices, blank=True)
    source_name = models.CharField(max_length=255)  # the file's base name, never a full path
    sha256 = models.CharField(max_length=64)
    row_count = models.PositiveIntegerField()
    skipped_rows = models.PositiveIntegerField(default=0)  # only with --skip-bad-rows
    loaded_at = models.DateTimeField(auto_now_add=True)
    superseded_at = models.DateTimeField(null=True, blank=True)

    objects = ReferenceTableQuerySet.as_manager()

    class Meta:
        app_label = "claims"
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "setting"],
                condition=models.Q(superseded_at__isnull=True),
                name="claims_one_current_reference_table_per_kind_setting",
            )
        ]

    def __str__(self) -> str:
        setting = f" {self.setting}" if self.setting else ""
        return f"{self.kind}{setting} {self.source_name} ({self.row_count} rows)"


class MueEdit(models.Model):
    table = models.ForeignKey(ReferenceTable, on_delete=models.CASCADE, related_name="mue_rows")
    code = models.CharField(max_length=5)
    value = models.PositiveIntegerField()
    # 1 = claim line edit, 2 = date of service edit (policy), 3 = date of service edit (clinical)
    adjudication_indicator = models.PositiveSmallIntegerField()
    rationale = models.CharField(max_length=200, blank=True)

    class Meta:
        app_label = "claims"
        constraints = [
            models.UniqueConstraint(fields=["table", "code"], name="claims_mue_one_row_per_code")
        ]

    def __str__(self) -> str:
        return f"MUE {self.code}: {self.value} (indicator {self.adjudication_indicator})"


class PtpEdit(models.Model):
    table = models.ForeignKey(ReferenceTable, on_delete=models.CASCADE, related_name="ptp_rows")
    column_one = models.CharField(max_length=5)
    column_two = models.CharField(max_length=5)
    existed_before_1996 = models.BooleanField(default=False)
    effective_date = models.DateField()
    deletion_date = models.DateField(null=True, blank=True)  # first day the edit no longer applies
    # 0 = no modifier bypasses it, 1 = an NCCI-associated modifier may, 9 = not applicable
    modifier_indicator = models.PositiveSmallIntegerField()
    rationale = models.CharField(max_length=200, blank=True)

    class Meta:
        app_label = "claims"
        indexes = [models.Index(fields=["table", "column_one", "column_two"])]

    def __str__(self) -> str:
        return f"PTP {self.column_one}/{self.column_two} (modifier {self.modifier_indicator})"


class NdcCrosswalk(models.Model):
    table = models.ForeignKey(ReferenceTable, on_delete=models.CASCADE, related_name="ndc_rows")
    ndc = models.CharField(max_length=11)  # 11 digits, 5-4-2 without dashes
    hcpcs = models.CharField(max_length=5)
    drug_name = models.CharField(max_length=200, blank=True)
    hcpcs_dosage = models.CharField(max_length=100, blank=True)  # "10 MG": one billing unit
    package_size = models.DecimalField(max_digits=14, decimal_places=4)  # amount in one item
    package_quantity = models.DecimalField(max_digits=14, decimal_places=4)  # items in the NDC
    billing_units = models.DecimalField(max_digits=14, decimal_places=4)  # per item
    billing_units_per_package = models.DecimalField(max_digits=16, decimal_places=4)

    class Meta:
        app_label = "claims"
        constraints = [
            models.UniqueConstraint(
                fields=["table", "ndc", "hcpcs"], name="claims_ndc_one_row_per_ndc_hcpcs"
            )
        ]

    def __str__(self) -> str:
        return f"NDC {self.ndc} -> {self.hcpcs}"


__all__ = [
    "MueEdit",
    "NdcCrosswalk",
    "PtpEdit",
    "ReferenceKind",
    "ReferenceSetting",
    "ReferenceTable",
]
