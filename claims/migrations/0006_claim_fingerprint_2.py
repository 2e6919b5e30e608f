"""Fingerprint 2: every stored claim's content_hash recomputed, so that importing a file already
imported still finds its claims unchanged.

A stored digest is the fingerprint of the record the import stored. That record is read back
from its rows (lines and adjustments in the order they were written, which is the record's);
two things it held are not columns of their own: whether the source stated amounts at all
(`financial`) and the date the payer processed it (`adjudicated_on`, stored as
`adjudicated_at` at noon UTC). Each possibility is tried until one gives the digest the row
carries under the earlier fingerprint, and the new digest is computed from that one. A row
that none gives (its file said something the columns could not hold as it was, such as an
amount of -0.00) gets the new digest of what it reads back as: its next import then updates
it once, as any changed claim.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from datetime import UTC, time
from typing import Any

from django.db import migrations

CHUNK = 1000


def _records(apps: Any, claims: list[dict[str, Any]]) -> list[tuple[dict[str, Any], Any]]:
    """Each claim row with the candidate records it may have been stored from."""
    from claims.services.stored import ProviderRecords, record_of_columns

    line_model = apps.get_model("claims", "ClaimLine")
    adjustment_model = apps.get_model("claims", "ClaimAdjustment")
    provider_model = apps.get_model("claims", "Provider")
    member_model = apps.get_model("careteam", "Member")
    pks = [claim["id"] for claim in claims]
    lines: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for line in line_model.objects.filter(claim_id__in=pks).order_by("id").values():
        lines[line["claim_id"]].append(line)
    adjustments: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in adjustment_model.objects.filter(claim_id__in=pks).order_by("id").values():
        adjustments[row["claim_id"]].append(row)
    provider_pks = {
        pk
        for claim in claims
        for pk in (
            claim["billing_provider_id"],
            claim["rendering_provider_id"],
            claim["facility_id"],
        )
    } | {line["rendering_provider_id"] for rows in lines.values() for line in rows}
    providers = ProviderRecords(
        {
            row["id"]: (row["npi"], row["name"], row["taxonomy"])
            for row in provider_model.objects.filter(pk__in=provider_pks - {None}).values(
                "id", "npi", "name", "taxonomy"
            )
        }
    )
    member_ids = dict(
        member_model.objects.filter(pk__in={claim["member_id"] for claim in claims}).values_list(
            "pk", "member_id"
        )
    )
    found = []
    for claim in claims:
        record = record_of_columns(
            claim,
            lines=lines[claim["id"]],
            adjustments=adjustments[claim["id"]],
            providers=providers,
            member_id=member_ids[claim["member_id"]],
            member=None,
        )
        stamped = claim["adjudicated_at"]
        noon = stamped is not None and stamped.astimezone(UTC).time() == time(12)
        dates = [stamped.astimezone(UTC).date(), None] if noon else [None]
        found.append(
            (
                claim,
                [
                    dataclasses.replace(record, adjudicated_on=day, financial=financial)
                    for financial in (True, False)
                    for day in dates
                ],
            )
        )
    return found


def _recompute(apps: Any, before: Any, after: Any) -> None:
    claim_model = apps.get_model("claims", "Claim")
    last = 0
    while True:
        claims = list(claim_model.objects.filter(pk__gt=last).order_by("pk").values()[:CHUNK])
        if not claims:
            return
        last = claims[-1]["id"]
        changed = []
        for claim, candidates in _records(apps, claims):
            record = next(
                (each for each in candidates if before(each) == claim["content_hash"]),
                candidates[0],
            )
            digest = after(record)
            if digest != claim["content_hash"]:
                changed.append(claim_model(pk=claim["id"], content_hash=digest))
        claim_model.objects.bulk_update(changed, ["content_hash"], batch_size=CHUNK)


def forwards(apps: Any, schema_editor: Any) -> None:
    from claims.migrations._fingerprint_v1 import fingerprint as fingerprint_1
    from claims.services.merging import fingerprint as fingerprint_2

    _recompute(apps, fingerprint_1, fingerprint_2)


def backwards(apps: Any, schema_editor: Any) -> None:
    from claims.migrations._fingerprint_v1 import fingerprint as fingerprint_1
    from claims.services.merging import fingerprint as fingerprint_2

    _recompute(apps, fingerprint_2, fingerprint_1)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0005_adjudication_categories"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
