"""Claims, their lines and adjustments, the providers on them, imports and miscoding flags.

The shape follows claims.records (what importers produce and the checks read): a Claim row is
one claim of one payer for one member, identified by (payer_key, claim_number, member) across
imports: a claim never moves to another member, and a file of one team cannot reach another
team's claim by naming its number. Money is Decimal, never float. The member is careteam's
Member, referred to by name only (this app reaches careteam through careteam.api).

Network status is a fact of a claim (the payer's contract with the provider for that plan, as
the claim's file stated it), stored on the claim and its lines, never on the shared Provider
row: one team's file cannot change what another team's claims say.
"""

from __future__ import annotations

from enum import Enum
from typing import TypedDict

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from claims.records import ClaimKind, ClaimStatus, Network, Severity


class _MoneyDigits(TypedDict):
    max_digits: int
    decimal_places: int


MONEY: _MoneyDigits = {"max_digits": 12, "decimal_places": 2}


def _choices(enum: type[Enum]) -> list[tuple[str, str]]:
    return [(item.value, item.value.replace("_", " ").capitalize()) for item in enum]


def _network_field() -> models.CharField:
    return models.CharField(max_length=10, choices=_choices(Network), default=Network.UNKNOWN.value)


class Provider(models.Model):
    """A billing, rendering or facility provider, known by NPI (or by name when none is given).

    Shared by every team's claims, so imports only ever create these rows, never change them.
    """

    key = models.CharField(max_length=220, unique=True)  # "npi:1234567893" or "name:<lowercased>"
    npi = models.CharField("NPI", max_length=10, blank=True, db_index=True)
    name = models.CharField(max_length=200, blank=True)
    taxonomy = models.CharField(max_length=10, blank=True)

    def __str__(self) -> str:
        return self.npi or f"Provider {self.pk}"


class ImportBatch(models.Model):
    """One import of one file (or one zip of files): who, when, what it held, how it ended."""

    class Outcome(models.TextChoices):
        STORED = "stored", "Stored"
        UNCHANGED = "unchanged", "Nothing new"
        REJECTED = "rejected", "Rejected"

    filename = models.CharField(max_length=255)
    sha256 = models.CharField(max_length=64, db_index=True)
    size_bytes = models.PositiveBigIntegerField(default=0)
    format = models.CharField(max_length=20, blank=True)  # "csv", "x12", "fhir", "zip"
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="claim_imports",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # The teams the import was for: it could touch only their members, and only their staff
    # (and admins) see it among recent imports.
    teams = models.ManyToManyField("careteam.Team", blank=True, related_name="claim_imports")
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    claims_created = models.PositiveIntegerField(default=0)
    claims_updated = models.PositiveIntegerField(default=0)
    claims_unchanged = models.PositiveIntegerField(default=0)
    lines_stored = models.PositiveIntegerField(default=0)
    problem_count = models.PositiveIntegerField(default=0)
    # The import report: what the file changed on claims already stored ({"claim": number,
    # "changed": [field, ...]}), and what the importer skipped or chose per claim and line
    # ({"claim": number, "line": n or null, "note": text}). Field names and codes only, never
    # member data or amounts.
    changes = models.JSONField(default=list, blank=True)
    notes = models.JSONField(default=list, blank=True)

    class Meta:
        indexes = [models.Index(fields=["-created_at"], name="claims_batch_recent_idx")]

    def __str__(self) -> str:
        return f"Import {self.pk}"


class ClaimQuerySet(models.QuerySet["Claim"]):
    def with_details(self) -> ClaimQuerySet:
        """Everything a claim page, a panel or claim_record() reads, in a fixed few queries."""
        return self.select_related(
            "billing_provider", "rendering_provider", "facility"
        ).prefetch_related(
            models.Prefetch(
                "lines",
                queryset=ClaimLine.objects.select_related("rendering_provider").order_by("number"),
            ),
            models.Prefetch("adjustments", queryset=ClaimAdjustment.objects.order_by("position")),
        )


class Claim(models.Model):
    member = models.ForeignKey("careteam.Member", on_delete=models.PROTECT, related_name="claims")
    payer_key = models.CharField(max_length=100)  # payer id, else payer name (records.payer_key)
    payer_id = models.CharField(max_length=80, blank=True)
    payer_name = models.CharField(max_length=200)
    claim_number = models.CharField(max_length=80)
    payer_claim_number = models.CharField(max_length=80, blank=True)
    kind = models.CharField(max_length=15, choices=_choices(ClaimKind))
    status = models.CharField(
        max_length=15, choices=_choices(ClaimStatus), default=ClaimStatus.SUBMITTED.value
    )
    frequency = models.CharField(max_length=1, default="1")
    service_from = models.DateField()
    service_to = models.DateField()
    billing_provider = models.ForeignKey(
        Provider, on_delete=models.PROTECT, related_name="billed_claims"
    )
    rendering_provider = models.ForeignKey(
        Provider, on_delete=models.PROTECT, null=True, blank=True, related_name="rendered_claims"
    )
    facility = models.ForeignKey(
        Provider, on_delete=models.PROTECT, null=True, blank=True, related_name="facility_claims"
    )
    billing_network = _network_field()
    rendering_network = _network_field()
    facility_network = _network_field()
    place_of_service = models.CharField(max_length=2, blank=True)
    bill_type = models.CharField(max_length=4, blank=True)
    admission_type = models.CharField(max_length=1, blank=True)
    emergency = models.BooleanField(default=False)
    # Codes without dots; the first is the principal diagnosis. Lines point into this list.
    diagnosis_codes = models.JSONField(default=list)
    diagnosis_code_system = models.CharField(max_length=10, default="icd10cm")
    billed = models.DecimalField(**MONEY, default=0)
    allowed = models.DecimalField(**MONEY, null=True, blank=True)
    paid = models.DecimalField(**MONEY, null=True, blank=True)
    patient_responsibility = models.DecimalField(**MONEY, null=True, blank=True)
    # The other adjudication categories, each in its own column (claims.records.CLAIM_AMOUNTS).
    deductible = models.DecimalField(**MONEY, null=True, blank=True)
    copay = models.DecimalField(**MONEY, null=True, blank=True)
    coinsurance = models.DecimalField(**MONEY, null=True, blank=True)
    other_payer_paid = models.DecimalField(**MONEY, null=True, blank=True)
    paid_to_provider = models.DecimalField(**MONEY, null=True, blank=True)
    paid_to_patient = models.DecimalField(**MONEY, null=True, blank=True)
    paid_by_patient = models.DecimalField(**MONEY, null=True, blank=True)
    noncovered = models.DecimalField(**MONEY, null=True, blank=True)
    discount = models.DecimalField(**MONEY, null=True, blank=True)
    other_amounts = models.JSONField(default=dict, blank=True)  # source's name -> "12.50"
    benefit_network = _network_field()
    notes = models.JSONField(default=list, blank=True)
    # What the source stated about the patient; claim_record() falls back to the member's facts.
    patient_birth_date = models.DateField(null=True, blank=True)
    patient_sex = models.CharField(max_length=1, blank=True)
    source = models.CharField(max_length=20, blank=True)  # "csv", "x12-837p", "x12-835", ...
    source_location = models.CharField(max_length=100, blank=True)
    # The last import that created or changed it; its checks job checks this claim.
    batch = models.ForeignKey(ImportBatch, on_delete=models.PROTECT, related_name="claims")
    content_hash = models.CharField(max_length=64)  # of the stored record: unchanged imports skip
    adjudicated_at = models.DateTimeField(null=True, blank=True)  # when an 835/EOB filled it
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ClaimQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["payer_key", "claim_number", "member"],
                name="claims_one_claim_per_payer_number_member",
            ),
            models.CheckConstraint(
                condition=Q(service_to__gte=models.F("service_from")),
                name="claims_service_dates_in_order",
            ),
        ]
        indexes = [
            # The thread page's panel: a member's most recent claims.
            models.Index(
                fields=["member", "-service_from", "-id"], name="claims_member_recent_idx"
            ),
        ]

    def __str__(self) -> str:
        return f"Claim {self.pk}"


class ClaimLine(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="lines")
    number = models.PositiveSmallIntegerField()
    # HCPCS/CPT codes are 5 characters; FHIR files may code services in SNOMED CT or CVX.
    procedure_code = models.CharField(max_length=20, blank=True)
    procedure_code_system = models.CharField(max_length=10, default="hcpcs")
    modifiers = models.JSONField(default=list)
    units = models.DecimalField(max_digits=10, decimal_places=3, default=1)
    billed = models.DecimalField(**MONEY, default=0)
    service_from = models.DateField(null=True, blank=True)
    service_to = models.DateField(null=True, blank=True)
    place_of_service = models.CharField(max_length=2, blank=True)
    revenue_code = models.CharField(max_length=4, blank=True)
    diagnosis_pointers = models.JSONField(default=list)
    ndc = models.CharField("NDC", max_length=11, blank=True)
    ndc_quantity = models.DecimalField(max_digits=12, decimal_places=3, null=True, blank=True)
    ndc_unit = models.CharField(max_length=2, blank=True)
    rendering_provider = models.ForeignKey(
        Provider, on_delete=models.PROTECT, null=True, blank=True, related_name="rendered_lines"
    )
    rendering_network = _network_field()
    allowed = models.DecimalField(**MONEY, null=True, blank=True)
    paid = models.DecimalField(**MONEY, null=True, blank=True)
    deductible = models.DecimalField(**MONEY, null=True, blank=True)
    copay = models.DecimalField(**MONEY, null=True, blank=True)
    coinsurance = models.DecimalField(**MONEY, null=True, blank=True)
    other_payer_paid = models.DecimalField(**MONEY, null=True, blank=True)
    patient_responsibility = models.DecimalField(**MONEY, null=True, blank=True)
    paid_to_provider = models.DecimalField(**MONEY, null=True, blank=True)
    paid_to_patient = models.DecimalField(**MONEY, null=True, blank=True)
    paid_by_patient = models.DecimalField(**MONEY, null=True, blank=True)
    noncovered = models.DecimalField(**MONEY, null=True, blank=True)
    discount = models.DecimalField(**MONEY, null=True, blank=True)
    other_amounts = models.JSONField(default=dict, blank=True)  # source's name -> "12.50"
    notes = models.JSONField(default=list, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["claim", "number"], name="claims_one_line_per_number")
        ]

    def __str__(self) -> str:
        return f"Line {self.number} of claim {self.claim_id}"


class ClaimAdjustment(models.Model):
    """An adjustment (CAS group and CARC reason) of a claim, or of one line when `line` is set."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="adjustments")
    line = models.ForeignKey(
        ClaimLine, on_delete=models.CASCADE, null=True, blank=True, related_name="adjustments"
    )
    position = models.PositiveSmallIntegerField()
    group = models.CharField(max_length=2)
    reason = models.CharField(max_length=5)
    amount = models.DecimalField(**MONEY)

    def __str__(self) -> str:
        return f"{self.group}-{self.reason}"


SEVERITY_RANK = {Severity.HIGH: 3, Severity.MEDIUM: 2, Severity.LOW: 1}


class FlagQuerySet(models.QuerySet["Flag"]):
    def open(self) -> FlagQuerySet:
        return self.filter(status=Flag.Status.OPEN)


class Flag(models.Model):
    """What a miscoding check found on a claim, and what staff decided about it.

    `key` (claims.records.Finding.key) makes re-runs idempotent: the same problem found again
    updates its flag, never adds one; a problem no longer found closes its open flag.
    """

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        RESOLVED = "resolved", "Resolved"
        DISMISSED = "dismissed", "Dismissed"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="flags")
    key = models.CharField(max_length=255)
    check_id = models.CharField(max_length=64)
    severity = models.CharField(max_length=10, choices=_choices(Severity))
    severity_rank = models.PositiveSmallIntegerField(default=0)  # high 3, medium 2, low 1: sorting
    summary = models.CharField(max_length=300)
    explanation = models.TextField()
    line_numbers = models.JSONField(default=list)
    codes = models.JSONField(default=list)
    evidence = models.JSONField(default=dict)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="flag_decisions",
    )
    decision_reason = models.CharField(max_length=500, blank=True)
    # Closed by the checks themselves because the problem was no longer found (reopens if the
    # problem comes back); a person's decision is never undone by a re-run.
    auto_resolved = models.BooleanField(default=False)

    objects = FlagQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["claim", "key"], name="claims_one_flag_per_finding"),
            models.CheckConstraint(
                condition=Q(status="open", decided_at__isnull=True)
                | (~Q(status="open") & Q(decided_at__isnull=False)),
                name="claims_flag_decided_when_closed",
            ),
        ]
        indexes = [
            # The worklist: open flags, most severe and newest first.
            models.Index(
                fields=["-severity_rank", "-created_at", "-id"],
                condition=Q(status="open"),
                name="claims_flag_worklist_idx",
            ),
            models.Index(fields=["claim", "status"], name="claims_flag_claim_idx"),
            models.Index(fields=["check_id"], name="claims_flag_check_idx"),
        ]

    def __str__(self) -> str:
        return f"Flag {self.pk} {self.check_id}"

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN


# The reference tables the checks read (MUE, PTP, NDC crosswalk) live in claims.reference.
from claims.reference.models import *  # noqa: E402, F403


class PlanBenefit(models.Model):
    """A plan's yearly cost-sharing limits, by the plan name members carry (from the payer's
    benefit summary). With the member's adjudicated claims they give what is met and left."""

    plan_name = models.CharField(max_length=100, unique=True)
    deductible = models.DecimalField(**MONEY)
    out_of_pocket_max = models.DecimalField(**MONEY)
    year_start_month = models.PositiveSmallIntegerField(
        default=1, validators=[MinValueValidator(1), MaxValueValidator(12)]
    )

    def __str__(self) -> str:
        return self.plan_name
