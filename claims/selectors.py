"""Reads of claims data. Every one starts from the user: who may see a member's claims.

Staff who work threads (agents, supervisors, admins) see the claims of the members their teams
have a thread with. Roles without thread access (analysts) get PermissionDenied (403); a claim
of a member outside the user's teams answers Http404, as if it did not exist.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch, Q, QuerySet, Sum
from django.http import Http404

from careteam import api as careteam_api
from claims.models import (
    Claim,
    ClaimLine,
    ClaimQuerySet,
    Flag,
    ImportBatch,
    PlanBenefit,
    Provider,
)


def require_claims_reader(user: Any) -> None:
    if not careteam_api.user_can_work_threads(user):
        raise PermissionDenied("Your role does not see member claims.")


def claims_for_user(*, user: Any) -> ClaimQuerySet:
    """The claims this user may see (PermissionDenied for roles that see none)."""
    require_claims_reader(user)
    return Claim.objects.filter(member_id__in=careteam_api.visible_member_pks(user=user))


def _open_flags() -> Prefetch:
    return Prefetch(
        "flags",
        queryset=Flag.objects.open().order_by("-severity_rank", "check_id", "pk"),
        to_attr="open_flags",
    )


def claim_for_user(*, user: Any, claim_id: int) -> Claim:
    """One claim with its providers, lines, adjustments and every flag (open ones first)."""
    flags = Flag.objects.select_related("decided_by").order_by(
        "status", "-severity_rank", "check_id", "pk"
    )
    try:
        return (
            claims_for_user(user=user)
            .with_details()
            .select_related("batch")
            .prefetch_related(Prefetch("flags", queryset=flags, to_attr="all_flags"))
            .get(pk=claim_id)
        )
    except Claim.DoesNotExist:
        raise Http404("No such claim") from None


def flag_for_user(*, user: Any, flag_id: int) -> Flag:
    require_claims_reader(user)
    visible = careteam_api.visible_member_pks(user=user)
    try:
        return Flag.objects.select_related("claim").get(pk=flag_id, claim__member_id__in=visible)
    except Flag.DoesNotExist:
        raise Http404("No such flag") from None


def member_recent_claims(*, member_pk: int, limit: int) -> list[Claim]:
    """A member's most recent claims with lines and open flags. The caller checked access."""
    return list(
        Claim.objects.filter(member_id=member_pk)
        .with_details()
        .prefetch_related(_open_flags())
        .order_by("-service_from", "-pk")[:limit]
    )


def member_claim_count(*, member_pk: int) -> int:
    return Claim.objects.filter(member_id=member_pk).count()


@dataclass(frozen=True)
class WorklistFilters:
    check_id: str = ""
    severity: str = ""
    payer: str = ""
    provider: str = ""
    since: date | None = None
    until: date | None = None


def flags_for_user(*, user: Any, filters: WorklistFilters) -> QuerySet[Flag]:
    """Open flags on the claims of the user's members, most severe and newest first."""
    claims = claims_for_user(user=user)
    flags = Flag.objects.open().filter(claim__in=claims)
    if filters.check_id:
        flags = flags.filter(check_id=filters.check_id)
    if filters.severity:
        flags = flags.filter(severity=filters.severity)
    if filters.payer:
        flags = flags.filter(
            Q(claim__payer_name__icontains=filters.payer) | Q(claim__payer_id__iexact=filters.payer)
        )
    if filters.provider:
        text = filters.provider
        flags = flags.filter(
            Q(claim__billing_provider__name__icontains=text)
            | Q(claim__billing_provider__npi=text)
            | Q(claim__rendering_provider__name__icontains=text)
            | Q(claim__rendering_provider__npi=text)
        )
    if filters.since:
        flags = flags.filter(claim__service_to__gte=filters.since)
    if filters.until:
        flags = flags.filter(claim__service_from__lte=filters.until)
    return flags.select_related("claim", "claim__billing_provider").order_by(
        "-severity_rank", "-created_at", "-pk"
    )


def open_check_ids() -> list[str]:
    """The checks that have open flags anywhere (check ids are not member data)."""
    return sorted(Flag.objects.open().values_list("check_id", flat=True).distinct())


def recent_imports(*, user: Any, limit: int = 10) -> list[ImportBatch]:
    """The latest imports for the user's teams (every team's for admins)."""
    require_claims_reader(user)
    batches = ImportBatch.objects.all()
    if not careteam_api.user_sees_all_teams(user):
        team_ids = careteam_api.user_team_ids(user=user)
        batches = batches.filter(
            pk__in=ImportBatch.teams.through.objects.filter(team_id__in=team_ids).values(
                "importbatch_id"
            )
        )
    return list(batches.select_related("actor").order_by("-created_at", "-pk")[:limit])


def provider_names() -> list[str]:
    """A system read (for de-identifying training text): every provider's name, distinct."""
    return sorted(set(Provider.objects.exclude(name="").values_list("name", flat=True)))


def identifying_values() -> Iterator[tuple[str, str]]:
    """A system read (for scanning a trained model): provider names and NPIs, claim numbers,
    dates of service."""
    for name, npi in Provider.objects.values_list("name", "npi").iterator(chunk_size=5000):
        if name:
            yield "provider name", name
        if npi:
            yield "NPI", npi
    claims = Claim.objects.values_list("claim_number", "service_from")
    for number, served in claims.iterator(chunk_size=5000):
        yield "claim number", number
        if served is not None:
            yield "date of service", served.isoformat()


def member_year_totals(*, member_pk: int, since: date, until: date) -> tuple[Decimal, Decimal]:
    """A system read: deductible applied and member responsibility over the member's
    adjudicated claims with a date of service in [since, until]."""
    claims = Claim.objects.filter(
        member_id=member_pk,
        service_from__gte=since,
        service_from__lte=until,
        adjudicated_at__isnull=False,
    )
    deductible = ClaimLine.objects.filter(claim__in=claims).aggregate(total=Sum("deductible"))
    owed = claims.aggregate(total=Sum("patient_responsibility"))
    return deductible["total"] or Decimal(0), owed["total"] or Decimal(0)


def plan_benefit(plan_name: str) -> PlanBenefit | None:
    return PlanBenefit.objects.filter(plan_name=plan_name).first()
