"""X12 5010 837P, 837I and 835 files to `Claim` records, validated by pyx12 and by our own checks.

`parse(data, filename=...)` returns every claim of the file or raises `ImportRejected` with every
problem found, each located as "segment N (ID)" (N counts segments from ISA = 1).

Supported versions (GS08): 005010X222A1 (837P), 005010X223A2 (837I), 005010X221A1 (835).

What is refused and what is tolerated:
- the envelope must be whole: ISA..IEA, GS..GE, ST..SE closed and counted (a truncated file is
  refused), versions as above;
- every segment must fit the implementation guide's map where it stands (pyx12): a segment the
  map does not expect is refused, because we could no longer tell which loop (claim, line,
  provider) it belongs to;
- element errors pyx12 finds (type, length, code value, date) are refused on the elements we
  read, and tolerated on elements we do not read (a contact's phone, an address ZIP, the check
  date), as is an element present where the guide says "not used". A required segment the guide
  wants but we do not read (PER contact, an other-payer loop) is tolerated; what we do need (CLM,
  the member id, the payer, HI diagnoses, dates of service) our own checks demand;
- our checks: amounts are decimal numbers, dates are real dates, required ids are present,
  CLM02 equals the sum of the line charges, diagnosis pointers point at a diagnosis, ICD-9 and
  ICD-10 qualifiers are not mixed on one claim.

Derived fields:
- member id: the subscriber's id, NM1*IL09 (837 loop 2010BA; 835 NM1*IL in 2100, or the patient's
  NM1*QC09 when the 835 names no insured, which means the patient is the subscriber);
- claim number: CLM01 / CLP01 (the patient control number); payer claim number: CLP07 (835) or
  REF*F8 (the payer's number of the claim an 837 replaces or voids);
- 835 status from CLP02: 1/2/3/19/20/21 processed (paid; partially paid when some lines were paid
  and others were not), 4 denied, 22 reversal, 23 and 25 (forwarded, pricing only) pended;
- 835 patient responsibility: the sum of the PR-group adjustments (claim and line CAS); a line's
  deductible, coinsurance and copay are its PR-1, PR-2 and PR-3 adjustments and its other-payer
  amount is OA-23;
- 835 kind: institutional when the claim has inpatient adjudication (MIA), revenue codes, or
  Medicare Part A filing (CLP06 MA); professional otherwise.
"""

from __future__ import annotations

from claims.importers import Problems, text_from_bytes
from claims.importers.x12.envelope import R835, check_envelope, read_with_pyx12, transactions
from claims.importers.x12.remittance import Remittance
from claims.importers.x12.submission import ClaimSubmission
from claims.records import Claim


def parse(data: bytes, *, filename: str) -> list[Claim]:
    """Parse an X12 837P, 837I or 835 file; raise ImportRejected listing every problem."""
    text = text_from_bytes(data, filename=filename, expected="an X12 837 or 835 file")
    problems = Problems(filename)
    envelope = check_envelope(text, problems)
    problems.reject_if_any()
    segments = read_with_pyx12(text, envelope, problems)
    problems.reject_if_any()
    claims: list[Claim] = []
    for transaction in transactions(segments):
        version = transaction[0].value("ST03") or envelope.versions[transaction[0].position]
        if version == R835:
            claims.extend(Remittance(transaction, problems).claims())
        else:
            claims.extend(ClaimSubmission(transaction, version, problems).claims())
    problems.reject_if_any()
    return claims
