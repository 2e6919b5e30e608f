"""837P and 837I: submitted claims."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

from claims.importers import Problems
from claims.importers.x12.envelope import I837, P837, R835, Segment
from claims.importers.x12.values import Draft, LineDraft, Values, check_npi, nm1_provider
from claims.records import Claim, ClaimKind, ClaimStatus, Line, Provider

_SOURCE = {P837: "x12-837p", I837: "x12-837i", R835: "x12-835"}


class ClaimSubmission:
    """One 837 transaction set (ST..SE) to claims."""

    def __init__(self, segments: list[Segment], version: str, problems: Problems) -> None:
        self.segments = segments
        self.version = version
        self.kind = ClaimKind.PROFESSIONAL if version == P837 else ClaimKind.INSTITUTIONAL
        self.values = Values(problems)
        self.problems = problems

    def claims(self) -> list[Claim]:
        billing = Provider()
        billing_taxonomy = ""
        subscriber: dict[str, object] = {}
        patient: dict[str, object] = {}
        drafts: list[tuple[Draft, dict[str, object], dict[str, object], Provider]] = []
        draft: Draft | None = None
        line: LineDraft | None = None
        for segment in self.segments[1:]:
            seg_id, loop = segment.seg_id, segment.loop
            if seg_id == "HL":
                draft, line = None, None
                level = segment.value("HL03")
                if level == "20":
                    billing, billing_taxonomy = Provider(), ""
                elif level == "22":
                    subscriber, patient = {"hl": segment}, {}
                elif level == "23":
                    patient = {}
            elif loop == "2000A" and seg_id == "PRV" and segment.value("PRV02") == "PXC":
                billing_taxonomy = segment.value("PRV03")
                billing = replace(billing, taxonomy=billing_taxonomy)
            elif loop == "2010AA" and seg_id == "NM1":
                check_npi(segment, self.values)
                billing = nm1_provider(segment, billing_taxonomy)
            elif loop == "2010BA" and seg_id == "NM1":
                subscriber["nm1"] = segment
            elif loop == "2010BA" and seg_id == "DMG":
                subscriber["dmg"] = segment
            elif loop == "2010BB" and seg_id == "NM1":
                subscriber["payer"] = segment
            elif loop == "2010CA" and seg_id == "DMG":
                patient["dmg"] = segment
            elif seg_id == "CLM":
                draft, line = Draft(segment), None
                drafts.append((draft, subscriber, patient, billing))
            elif draft is not None and loop == "2300":
                self._claim_segment(draft, segment)
            elif draft is not None and loop.startswith("2310") and seg_id in ("NM1", "PRV"):
                self._claim_provider(draft, segment)
            elif draft is not None and seg_id == "LX":
                line = LineDraft(segment)
                draft.lines.append(line)
            elif line is not None and loop in ("2400", "2410", "2420A", "2420C"):
                self._line_segment(line, segment)
        if not drafts:
            self.problems.add(
                self.segments[0].where, "CLM", "the transaction set holds no claim (CLM segment)"
            )
        return [
            claim
            for draft, subscriber, patient, billing in drafts
            if (claim := self._claim(draft, subscriber, patient, billing)) is not None
        ]

    def _claim_segment(self, draft: Draft, segment: Segment) -> None:
        seg_id, fields = segment.seg_id, draft.fields
        if seg_id == "DTP":
            qualifier = segment.value("DTP01")
            if qualifier in ("434", "472"):
                period = self.values.period(segment, "DTP02", "DTP03", "date of service")
                if period:
                    fields["period"] = period
        elif seg_id == "CL1":
            fields["admission_type"] = segment.value("CL101")
        elif seg_id == "REF" and segment.value("REF01") == "F8":
            fields["payer_claim_number"] = segment.value("REF02")
        elif seg_id == "HI":
            codes = fields.setdefault("diagnoses", [])
            assert isinstance(codes, list)
            for position in range(1, 13):
                parts = segment.components(f"HI{position:02d}")
                if len(parts) < 2:
                    continue
                qualifier, code = parts[0], parts[1].replace(".", "").upper()
                if qualifier in ("ABK", "BK", "ABF", "BF"):
                    if not code:
                        self.problems.add(
                            segment.where, f"HI{position:02d}-2 diagnosis code", "missing"
                        )
                    draft.diagnosis_qualifiers.add(qualifier)
                    codes.append(code)

    def _claim_provider(self, draft: Draft, segment: Segment) -> None:
        if segment.seg_id == "PRV":
            rendering = draft.fields.get("rendering")
            if isinstance(rendering, Provider) and segment.value("PRV02") == "PXC":
                draft.fields["rendering"] = replace(rendering, taxonomy=segment.value("PRV03"))
            return
        check_npi(segment, self.values)
        entity = segment.value("NM101")
        # Institutional claims name the attending (71) as the claim's rendering provider; the
        # operating or other provider (82) stands in only when no attending is given.
        attending_first = self.kind == ClaimKind.INSTITUTIONAL
        takes_rendering = entity == "71" or (
            entity == "82" and (not attending_first or "rendering" not in draft.fields)
        )
        if takes_rendering:
            draft.fields["rendering"] = nm1_provider(segment)
        elif entity == "77":
            draft.fields["facility"] = nm1_provider(segment)

    def _line_segment(self, line: LineDraft, segment: Segment) -> None:
        seg_id, fields = segment.seg_id, line.fields
        if seg_id in ("SV1", "SV2"):
            self._service(line, segment)
        elif seg_id == "DTP" and segment.value("DTP01") == "472":
            period = self.values.period(segment, "DTP02", "DTP03", "line date of service")
            if period:
                fields["service_from"], fields["service_to"] = period
        elif seg_id == "LIN" and segment.value("LIN02") == "N4":
            ndc = segment.value("LIN03").replace("-", "")
            if not (len(ndc) == 11 and ndc.isdigit()):
                self.problems.add(segment.where, "LIN03 NDC", "an NDC has 11 digits")
            fields["ndc"] = ndc
        elif seg_id == "CTP":
            fields["ndc_quantity"] = self.values.number(segment, "CTP04", "NDC quantity")
            fields["ndc_unit"] = segment.value("CTP05-1")
        elif seg_id == "NM1" and segment.value("NM101") == "82":
            check_npi(segment, self.values)
            fields["rendering_provider"] = nm1_provider(segment)

    def _service(self, line: LineDraft, segment: Segment) -> None:
        fields = line.fields
        fields["segment"] = segment
        if segment.seg_id == "SV1":
            procedure_ref, charge_ref, units_ref = "SV101", "SV102", "SV104"
            fields["place_of_service"] = segment.value("SV105")
            pointers = []
            for text in segment.components("SV107"):
                if not text:
                    continue
                if not text.isdigit() or not 1 <= int(text) <= 12:
                    self.problems.add(
                        segment.where, "SV107 diagnosis pointer", "expected a number from 1 to 12"
                    )
                    continue
                pointers.append(int(text))
            fields["diagnosis_pointers"] = tuple(pointers)
            fields["emergency"] = segment.value("SV109") == "Y"
        else:
            procedure_ref, charge_ref, units_ref = "SV202", "SV203", "SV205"
            fields["revenue_code"] = segment.value("SV201")
        parts = segment.components(procedure_ref)
        if parts and any(parts):
            if parts[0] not in ("HC", "HP"):
                self.problems.add(
                    segment.where,
                    f"{procedure_ref}-1 procedure code qualifier",
                    "only HC (HCPCS/CPT) and HP (HIPPS) procedure codes are supported",
                )
            code = parts[1] if len(parts) > 1 else ""
            if not code:
                self.problems.add(segment.where, f"{procedure_ref}-2 procedure code", "missing")
            fields["procedure_code"] = code
            fields["modifiers"] = tuple(part for part in parts[2:6] if part)
        elif segment.seg_id == "SV1":
            self.problems.add(segment.where, "SV101-2 procedure code", "missing")
        fields["billed"] = self.values.amount(segment, charge_ref, "line charge")
        fields["units"] = self.values.units(segment, units_ref, "units")

    def _claim(
        self,
        draft: Draft,
        subscriber: dict[str, object],
        patient: dict[str, object],
        billing: Provider,
    ) -> Claim | None:
        clm, fields, before = draft.start, draft.fields, len(self.problems.items)
        claim_number = clm.value("CLM01")
        if not claim_number:
            self.problems.add(clm.where, "CLM01 patient control number", "missing")
        billed = self.values.amount(clm, "CLM02", "total charge")
        facility_code, frequency = clm.value("CLM05-1"), clm.value("CLM05-3") or "1"
        if not re.fullmatch(r"\d\d", facility_code):
            label = "place of service" if self.kind == ClaimKind.PROFESSIONAL else "facility type"
            self.problems.add(clm.where, f"CLM05-1 {label}", "expected a 2-digit code")

        member_id, payer_name, payer_id = self._member_and_payer(draft, subscriber)
        birth_date, sex = self._demographics(patient.get("dmg") or subscriber.get("dmg"))

        diagnoses = fields.get("diagnoses") or []
        assert isinstance(diagnoses, list)
        if not diagnoses:
            self.problems.add(clm.where, "HI diagnosis", "the claim has no diagnosis code")
        qualifiers = draft.diagnosis_qualifiers
        icd9 = bool(qualifiers & {"BK", "BF"})
        if icd9 and qualifiers & {"ABK", "ABF"}:
            self.problems.add(
                clm.where, "HI diagnosis qualifier", "mixes ICD-9 (BK/BF) and ICD-10 (ABK/ABF)"
            )

        lines = [
            built
            for built in (self._line(line, len(diagnoses)) for line in draft.lines)
            if built is not None
        ]
        if not draft.lines:
            self.problems.add(clm.where, "LX service line", "the claim has no service line")
        period = fields.get("period")
        dated = [line for line in lines if line.service_from and line.service_to]
        if period is None and dated:
            period = (
                min(line.service_from for line in dated if line.service_from),
                max(line.service_to for line in dated if line.service_to),
            )
        if period is None:
            self.problems.add(clm.where, "DTP date of service", "the claim has no date of service")
        if billed is not None and lines and len(lines) == len(draft.lines):
            line_total = sum((line.billed for line in lines), Decimal(0))
            if line_total != billed:
                self.problems.add(
                    clm.where, "CLM02 total charge", "differs from the sum of the line charges"
                )
        if len(self.problems.items) > before or period is None or billed is None:
            return None
        assert isinstance(period, tuple)
        admission_type = str(fields.get("admission_type", ""))
        place_of_service = facility_code if self.kind == ClaimKind.PROFESSIONAL else ""
        emergency = (
            any(line.place_of_service == "23" for line in lines)
            or place_of_service == "23"
            or any(line.revenue_code.startswith("045") for line in lines)
            or admission_type == "1"
            or any(bool(line_draft.fields.get("emergency")) for line_draft in draft.lines)
        )
        rendering = fields.get("rendering")
        facility = fields.get("facility")
        return Claim(
            claim_number=claim_number,
            kind=self.kind,
            member_id=member_id,
            payer_name=payer_name,
            payer_id=payer_id,
            service_from=period[0],
            service_to=period[1],
            payer_claim_number=str(fields.get("payer_claim_number", "")),
            billing_provider=billing,
            rendering_provider=rendering if isinstance(rendering, Provider) else None,
            facility=facility if isinstance(facility, Provider) else None,
            place_of_service=place_of_service,
            bill_type=facility_code + frequency if self.kind == ClaimKind.INSTITUTIONAL else "",
            admission_type=admission_type,
            emergency=emergency,
            diagnosis_codes=tuple(diagnoses),
            diagnosis_code_system="icd9cm" if icd9 else "icd10cm",
            frequency=frequency,
            status=ClaimStatus.SUBMITTED,
            billed=billed,
            lines=tuple(lines),
            patient_birth_date=birth_date,
            patient_sex=sex,
            source=_SOURCE[self.version],
            source_location=f"CLM at segment {clm.position}",
        )

    def _member_and_payer(
        self, draft: Draft, subscriber: dict[str, object]
    ) -> tuple[str, str, str]:
        nm1 = subscriber.get("nm1")
        payer = subscriber.get("payer")
        member_id = nm1.value("NM109") if isinstance(nm1, Segment) else ""
        if not member_id:
            where = nm1.where if isinstance(nm1, Segment) else draft.start.where
            self.problems.add(where, "NM109 subscriber member id (NM1*IL)", "missing")
        payer_name = payer.value("NM103") if isinstance(payer, Segment) else ""
        payer_id = payer.value("NM109") if isinstance(payer, Segment) else ""
        if not payer_name:
            where = payer.where if isinstance(payer, Segment) else draft.start.where
            self.problems.add(where, "NM103 payer name (NM1*PR)", "missing")
        return member_id, payer_name, payer_id

    def _demographics(self, dmg: object) -> tuple[date | None, str]:
        if not isinstance(dmg, Segment):
            return None, ""
        birth_date = self.values.day(dmg, "DMG02", "birth date") if dmg.value("DMG02") else None
        sex = dmg.value("DMG03")
        if sex and sex not in ("F", "M", "U"):
            self.problems.add(dmg.where, "DMG03 sex", "expected F, M or U")
            sex = ""
        return birth_date, sex

    def _line(self, line: LineDraft, diagnosis_count: int) -> Line | None:
        fields = line.fields
        service = fields.get("segment")
        if not isinstance(service, Segment):
            self.problems.add(line.start.where, "SV1/SV2 service", "the line has no service")
            return None
        number_text = line.start.value("LX01")
        if not number_text.isdigit():
            self.problems.add(line.start.where, "LX01 line number", "expected a number")
            return None
        pointers = fields.get("diagnosis_pointers", ())
        assert isinstance(pointers, tuple)
        for pointer in pointers:
            if pointer > diagnosis_count:
                self.problems.add(
                    service.where,
                    "SV107 diagnosis pointer",
                    f"points at diagnosis {pointer}; the claim has {diagnosis_count}",
                )
        billed = fields.get("billed")
        if not isinstance(billed, Decimal):
            return None
        if billed < 0:
            self.problems.add(service.where, "line charge", "a charge cannot be negative")
        rendering = fields.get("rendering_provider")
        ndc_quantity = fields.get("ndc_quantity")
        service_from, service_to = fields.get("service_from"), fields.get("service_to")
        return Line(
            number=int(number_text),
            procedure_code=str(fields.get("procedure_code", "")),
            modifiers=tuple(fields.get("modifiers", ())),  # type: ignore[arg-type]
            units=fields["units"],  # type: ignore[arg-type]
            billed=billed,
            service_from=service_from if isinstance(service_from, date) else None,
            service_to=service_to if isinstance(service_to, date) else None,
            place_of_service=str(fields.get("place_of_service", "")),
            revenue_code=str(fields.get("revenue_code", "")),
            diagnosis_pointers=pointers,
            ndc=str(fields.get("ndc", "")),
            ndc_quantity=ndc_quantity if isinstance(ndc_quantity, Decimal) else None,
            ndc_unit=str(fields.get("ndc_unit", "")),
            rendering_provider=rendering if isinstance(rendering, Provider) else None,
        )
