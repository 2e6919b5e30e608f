"""The public claims sample files (../shared/data/claims/samples, beside the checkout or a
worktree's parent) and the CARIN IG examples bundled with the resources they reference."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any


def _samples() -> Path:
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "data" / "claims" / "samples"
        if candidate.is_dir():
            return candidate
    return Path(__file__).resolve().parents[3] / "shared" / "data" / "claims" / "samples"


SAMPLES = _samples()
FHIR_SAMPLES = SAMPLES / "fhir"
CARIN = FHIR_SAMPLES / "carin-bb-2.0.0"
BLUE_BUTTON = FHIR_SAMPLES / "bluebutton-v2"
_REFERENCE = re.compile(r'"reference"\s*:\s*"([A-Za-z]+/[A-Za-z0-9.\-]+)"')


def carin_eobs() -> list[Path]:
    """The IG's ExplanationOfBenefit examples: financial ones first, then the non-financial
    forms of the same claims (as a payer would send them)."""
    eobs = sorted(CARIN.glob("ExplanationOfBenefit-*.json"))
    return sorted(eobs, key=lambda path: "NonFinancial" in path.name)


def blue_button_eobs() -> list[Path]:
    return sorted(BLUE_BUTTON.glob("eob*.json"))


def carin_bundle(eob: Path) -> dict[str, Any]:
    """A collection Bundle of the EOB and every example resource it references (and those
    reference), the way a payer's API returns an EOB with its _include'd resources."""
    resources = [json.loads(eob.read_text())]
    seen = {f"{resources[0]['resourceType']}/{resources[0]['id']}"}
    pending = _REFERENCE.findall(eob.read_text())
    while pending:
        reference = pending.pop()
        path = CARIN / f"{reference.replace('/', '-')}.json"
        if reference in seen or not path.is_file():
            continue
        seen.add(reference)
        text = path.read_text()
        resources.append(json.loads(text))
        pending += _REFERENCE.findall(text)
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {"fullUrl": f"urn:example:{r['resourceType']}/{r['id']}", "resource": r}
            for r in resources
        ],
    }
