"""Migration 0006 recomputes the digests stored claims carry (fingerprint 1 to fingerprint 2),
so a file imported before it is still recognised as unchanged when it is imported again."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from claims.importers import csv as claims_csv
from claims.importers import fhir as claims_fhir
from claims.migrations._fingerprint_v1 import fingerprint as fingerprint_1
from claims.models import Claim, ImportBatch
from claims.services.imports import claims_import
from claims.services.merging import fingerprint as fingerprint_2
from tests.claims.conftest import HEADER, claim_rows, csv_bytes, served_member
from tests.claims.samples import CARIN, carin_bundle

pytestmark = pytest.mark.django_db

BEFORE, AFTER = "0005_adjudication_categories", "0006_claim_fingerprint_2"


def migrate(target: str) -> None:
    executor = MigrationExecutor(connection)
    executor.migrate([("claims", target)])


def stored() -> dict[str, tuple[str, object]]:
    return {
        number: (digest, updated)
        for number, digest, updated in Claim.objects.values_list(
            "claim_number", "content_hash", "updated_at"
        )
    }


def test_claims_imported_before_the_migration_are_unchanged_when_imported_again(agent):
    served_member(agent, member_id="M900001")
    served_member(agent, member_id="12345678901")  # the CARIN example's subscriber
    rows = [
        *claim_rows("M900001", number="CLM-1"),  # paid, no processing date: stamped when stored
        *claim_rows("M900001", number="CLM-2", adjudicated_on="2026-03-20"),
        *claim_rows("M900001", number="CLM-3", status="denied", billed="-0.00"),
    ]
    files = [
        ("claims.csv", csv_bytes(rows, [*HEADER, "adjudicated_on"])),
        # A non-financial EOB on its own: stored with no amounts, which no column records.
        (
            "eob.json",
            json.dumps(
                carin_bundle(CARIN / "ExplanationOfBenefit-EOBOutpatientNonFinancial1.json")
            ).encode(),
        ),
    ]
    records = {
        claim.claim_number: claim
        for claim in [
            *claims_csv.parse(files[0][1], filename="claims.csv"),
            *claims_fhir.parse(files[1][1], filename="eob.json"),
        ]
    }
    assert [number for number, record in records.items() if not record.financial] == [
        "AW123412341234123412341234123412"
    ]
    assert records["CLM-2"].adjudicated_on is not None
    for name, data in files:
        assert not claims_import(data=data, filename=name, actor=agent).problems
    assert {number: digest for number, (digest, _) in stored().items()} == {
        number: fingerprint_2(record) for number, record in records.items()
    }

    # Back to the digests the import stored before fingerprint 2: what fingerprint 1 made of
    # each file's record. The one -0.00 amount reads back as 0.00 (PostgreSQL has no -0), which
    # fingerprint 1 told apart, so that digest is set as the earlier import stored it.
    migrate(BEFORE)
    old = {number: fingerprint_1(record) for number, record in records.items()}
    after_backwards = {number: digest for number, (digest, _) in stored().items()}
    assert after_backwards["CLM-3"] != old["CLM-3"]
    assert {**after_backwards, "CLM-3": old["CLM-3"]} == old
    Claim.objects.filter(claim_number="CLM-3").update(content_hash=old["CLM-3"])

    migrate(AFTER)
    migrated = stored()
    assert {number: digest for number, (digest, _) in migrated.items()} == {
        number: fingerprint_2(record) for number, record in records.items()
    }

    result = claims_import(data=files[0][1], filename="claims.csv", actor=agent)
    assert result.batch.outcome == ImportBatch.Outcome.UNCHANGED
    assert (result.batch.claims_created, result.batch.claims_updated) == (0, 0)
    # The non-financial claim's second import stores it as known to carry amounts (it keeps
    # what it knows), as it did before fingerprint 2; from then on it is unchanged.
    again = claims_import(data=files[1][1], filename="eob.json", actor=agent)
    assert (again.batch.claims_created, again.batch.claims_updated) == (0, 1)
    third = claims_import(data=files[1][1], filename="eob.json", actor=agent)
    assert third.batch.outcome == ImportBatch.Outcome.UNCHANGED
    after = stored()
    assert {number: after[number] for number in ("CLM-1", "CLM-2", "CLM-3")} == {
        number: migrated[number] for number in ("CLM-1", "CLM-2", "CLM-3")
    }


def test_a_claim_the_migration_cannot_reproduce_takes_the_digest_of_what_it_reads_back(agent):
    """A stored digest no reading of the row gives (here: made up) is replaced by the digest
    of the record the row reads back as: the claim's next import updates it once."""
    served_member(agent, member_id="M900001")
    data = csv_bytes(claim_rows("M900001", number="CLM-1"))
    assert not claims_import(data=data, filename="a.csv", actor=agent).problems
    Claim.objects.update(content_hash="0" * 64)
    migrate(BEFORE)
    migrate(AFTER)
    (record,) = claims_csv.parse(data, filename="a.csv")
    assert Claim.objects.get().content_hash == fingerprint_2(record)
