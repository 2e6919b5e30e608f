"""835: adjudicated claims."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from claims.importers import Problems
from claims.importers.x12.envelope import Segment
from claims.importers.x12.values import (
    Draft,
    LineDraft,
    Values,
    check_npi,
    nm1_provider,
    sum_known,
)
from claims.records import Adjustment, Claim, ClaimKind, ClaimStatus, Line, Provider

# CLP02 claim status codes.
_PROCESSED = {"1", "2", "3", "19", "20", "21"}
_CLP_STATUS = {
    **dict.fromkeys(_PROCESSED, ClaimStatus.PAID),
    "4": ClaimStatus.DENIED,
    "22": ClaimStatus.REVERSED,
    "23": ClaimStatus.PENDED,
    "25": ClaimStatus.PENDED,
}
_CAS_GROUPS = {"CO", "CR", "OA", "PI", "PR"}


class Remittance:
    """One 835 transaction set (ST..SE) to adjudicated claims."""

    def __init__(self, segments: list[Segment], problems: Problems) -> None:
        self.segments = segments
        self.values = Values(problems)
        self.problems = problems

    def claims(self) -> list[Claim]:
        payer_name = payer_id = ""
        payer_segment: Segment | None = None
        payee = Provider()
        drafts: list[Draft] = []
        draft: Draft | None = None
        line: LineDraft | None = None
        for segment in self.segments[1:]:
            seg_id, loop = segment.seg_id, segment.loop
            if loop == "1000A":
                if seg_id == "N1":
                    payer_segment = segment
                    payer_name = segment.value("N102")
                    if segment.value("N103") == "XV":
                        payer_id = segment.value("N104")
                elif seg_id == "REF" and segment.value("REF01") == "2U" and not payer_id:
                    payer_id = segment.value("REF02")
            elif loop == "1000B" and seg_id == "N1":
                npi = segment.value("N104") if segment.value("N103") == "XX" else ""
                payee = Provider(npi=npi, name=segment.value("N102"))
            elif seg_id == "CLP":
                draft, line = Draft(segment), None
                drafts.append(draft)
            elif draft is not None and loop == "2100":
                self._claim_segment(draft, segment)
            elif draft is not None and seg_id == "SVC":
                line = LineDraft(segment)
                draft.lines.append(line)
            elif line is not None and loop == "2110":
                self._line_segment(line, segment)
        if not payer_name:
            where = payer_segment.where if payer_segment else self.segments[0].where
            self.problems.add(where, "N102 payer name (N1*PR)", "missing")
        if not drafts:
            self.problems.add(
                self.segments[0].where, "CLP", "the remittance holds no claim (CLP segment)"
            )
        claims = []
        for draft in drafts:
            claim = self._claim(draft, payer_name, payer_id, payee)
            if claim is not None:
                claims.append(claim)
        return claims

    def _adjustments(self, segment: Segment) -> list[Adjustment]:
        group = segment.value("CAS01")
        if group not in _CAS_GROUPS:
            self.problems.add(
                segment.where, "CAS01 adjustment group", "expected CO, CR, OA, PI or PR"
            )
            return []
        adjustments = []
        for reason_position in range(2, 20, 3):
            reason = segment.value(f"CAS{reason_position:02d}")
            if not reason:
                continue
            amount_ref = f"CAS{reason_position + 1:02d}"
            amount = self.values.amount(segment, amount_ref, "adjustment amount")
            if amount is not None:
                adjustments.append(Adjustment(group=group, reason=reason, amount=amount))
        return adjustments

    def _claim_segment(self, draft: Draft, segment: Segment) -> None:
        seg_id, fields = segment.seg_id, draft.fields
        if seg_id == "CAS":
            adjustments = fields.setdefault("adjustments", [])
            assert isinstance(adjustments, list)
            adjustments.extend(self._adjustments(segment))
        elif seg_id == "NM1" and segment.value("NM101") in ("QC", "IL"):
            fields[f"nm1_{segment.value('NM101')}"] = segment
        elif seg_id == "NM1" and segment.value("NM101") == "82":
            check_npi(segment, self.values)
            fields["rendering"] = nm1_provider(segment)
        elif seg_id == "DTM" and segment.value("DTM01") in ("232", "233"):
            day = self.values.day(segment, "DTM02", "claim statement date")
            if day:
                fields[segment.value("DTM01")] = day
        elif seg_id == "MIA":
            fields["inpatient"] = True

    def _line_segment(self, line: LineDraft, segment: Segment) -> None:
        seg_id, fields = segment.seg_id, line.fields
        if seg_id == "CAS":
            line.adjustments.extend(self._adjustments(segment))
        elif seg_id == "AMT" and segment.value("AMT01") == "B6":
            fields["allowed"] = self.values.amount(segment, "AMT02", "allowed amount")
        elif seg_id == "DTM" and segment.value("DTM01") in ("472", "150", "151"):
            day = self.values.day(segment, "DTM02", "service date")
            qualifier = segment.value("DTM01")
            if day and qualifier in ("472", "150"):
                fields["service_from"] = day
            if day and qualifier in ("472", "151"):
                fields["service_to"] = day

    def _line(self, number: int, line: LineDraft) -> Line | None:
        svc = line.start
        parts = svc.components("SVC01")
        qualifier = parts[0] if parts else ""
        code = parts[1] if len(parts) > 1 else ""
        if not code:
            self.problems.add(svc.where, "SVC01-2 adjudicated procedure code", "missing")
        billed = self.values.amount(svc, "SVC02", "line charge")
        paid = self.values.amount(svc, "SVC03", "line paid amount")
        units = self.values.units(svc, "SVC05", "units paid")
        if billed is None or paid is None or not code:
            return None
        revenue_code = code if qualifier == "NU" else svc.value("SVC04")
        procedure_code = "" if qualifier in ("NU", "N4") else code
        adjustments = line.adjustments
        service_from, service_to = line.fields.get("service_from"), line.fields.get("service_to")
        allowed = line.fields.get("allowed")
        return Line(
            number=number,
            procedure_code=procedure_code,
            modifiers=tuple(part for part in parts[2:6] if part),
            units=units,
            billed=billed,
            service_from=service_from if isinstance(service_from, date) else None,
            service_to=(service_to if isinstance(service_to, date) else service_from)
            if isinstance(service_from, date)
            else None,
            revenue_code=revenue_code,
            ndc=code.replace("-", "") if qualifier == "N4" else "",
            allowed=allowed if isinstance(allowed, Decimal) else None,
            paid=paid,
            deductible=_adjusted(adjustments, "PR", "1"),
            coinsurance=_adjusted(adjustments, "PR", "2"),
            copay=_adjusted(adjustments, "PR", "3"),
            other_payer_paid=_adjusted(adjustments, "OA", "23"),
            patient_responsibility=_adjusted(adjustments, "PR"),
            adjustments=tuple(adjustments),
        )

    def _claim(self, draft: Draft, payer_name: str, payer_id: str, payee: Provider) -> Claim | None:
        clp, fields, before = draft.start, draft.fields, len(self.problems.items)
        claim_number = clp.value("CLP01")
        if not claim_number:
            self.problems.add(clp.where, "CLP01 patient control number", "missing")
        status_code = clp.value("CLP02")
        status = _CLP_STATUS.get(status_code)
        if status is None:
            self.problems.add(clp.where, "CLP02 claim status", "not a known claim status code")
        billed = self.values.amount(clp, "CLP03", "total charge")
        paid = self.values.amount(clp, "CLP04", "payment amount")
        insured, patient = fields.get("nm1_IL"), fields.get("nm1_QC")
        member_segment = insured if isinstance(insured, Segment) else patient
        member_id = member_segment.value("NM109") if isinstance(member_segment, Segment) else ""
        if not member_id:
            where = member_segment.where if isinstance(member_segment, Segment) else clp.where
            self.problems.add(where, "NM109 member id (NM1*IL or NM1*QC)", "missing")
        lines = [
            built
            for built in (self._line(n, line) for n, line in enumerate(draft.lines, start=1))
            if built is not None
        ]
        start, end = fields.get("232"), fields.get("233")
        dated = [line for line in lines if line.service_from]
        if not isinstance(start, date) and dated:
            start = min(line.service_from for line in dated if line.service_from)
            end = max(line.service_to or line.service_from for line in dated if line.service_from)
        if not isinstance(start, date):
            self.problems.add(
                clp.where, "DTM*232 claim statement date", "the claim has no date of service"
            )
        if len(self.problems.items) > before or billed is None or paid is None or status is None:
            return None
        assert isinstance(start, date)
        end = end if isinstance(end, date) else start
        claim_adjustments: list[Adjustment] = list(fields.get("adjustments", []))  # type: ignore[call-overload]
        every_adjustment = claim_adjustments + [a for line in lines for a in line.adjustments]
        patient_responsibility = _adjusted(every_adjustment, "PR")
        if status == ClaimStatus.PAID and lines:
            paid_lines = [line for line in lines if line.paid]
            if paid_lines and len(paid_lines) < len(lines):
                status = ClaimStatus.PARTIALLY_PAID
        institutional = (
            bool(fields.get("inpatient"))
            or any(line.revenue_code for line in lines)
            or clp.value("CLP06") == "MA"
        )
        facility_code, frequency = clp.value("CLP08"), clp.value("CLP09") or "1"
        rendering = fields.get("rendering")
        return Claim(
            claim_number=claim_number,
            kind=ClaimKind.INSTITUTIONAL if institutional else ClaimKind.PROFESSIONAL,
            member_id=member_id,
            payer_name=payer_name,
            payer_id=payer_id,
            service_from=start,
            service_to=end,
            payer_claim_number=clp.value("CLP07"),
            billing_provider=payee,
            rendering_provider=rendering if isinstance(rendering, Provider) else None,
            place_of_service="" if institutional else facility_code,
            bill_type=facility_code + frequency if institutional and facility_code else "",
            frequency=frequency,
            status=status,
            billed=billed,
            allowed=sum_known(line.allowed for line in lines),
            paid=paid,
            patient_responsibility=patient_responsibility,
            adjustments=tuple(claim_adjustments),
            lines=tuple(lines),
            source="x12-835",
            source_location=f"CLP at segment {clp.position}",
        )


def _adjusted(adjustments: Iterable[Adjustment], group: str, reason: str = "") -> Decimal:
    """The sum of a group's adjustments (of one reason when given); zero when there are none."""
    return sum(
        (a.amount for a in adjustments if a.group == group and (not reason or a.reason == reason)),
        Decimal("0.00"),
    )
