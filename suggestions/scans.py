"""Scans of member messages and sent replies, kept so that training does not make them again.

Normalising a text for training is two steps: the scan (what the patterns, cues and word lists
find in the text whatever its thread: nine tenths of the time) and the thread's own facts (its
member, the staff's names, the names and values the records hold), laid over it. The scan
depends on the text alone, so it is made once, when the text comes in (drafting scans a member
message anyway, and sending a reply scans it for the reply checks), stored under the text's
keyed digest with the TEMPLATING_VERSION, and training takes it from here. The facts are still
applied at training, with what the records hold then: a claim, a member or a colleague added
after a message came in is taken out of it as before, and the templates are exactly those of a
full scan. A text with no scan of the current version (history imported, drafting off, a scan
made before the patterns changed) is scanned by training, which stores it for the next run.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from suggestions.models import TextScan
from suggestions.templating import (
    TEMPLATING_VERSION,
    Detected,
    scan_encoded,
    scanned_forms,
    text_key,
    text_scan,
)

BATCH = 5000


def scan_rows(texts: Iterable[str]) -> list[tuple[str, str]]:
    """Each text's scans as rows to store (key in hexadecimal, what was found); no query, so it
    also runs in worker processes."""
    rows: dict[str, str] = {}
    for text in texts:
        for form in scanned_forms(text):
            key = text_key(form).hex()
            if key not in rows:
                rows[key] = scan_encoded(text_scan(form))
    return list(rows.items())


def scan_rows_save(rows: Iterable[tuple[str, str]], *, replace: bool = False) -> None:
    """Store the rows. A text with a row already keeps it unless `replace` (training's, which
    replaces a scan of another version): a send or a draft never waits on another's row lock
    because both wrote the same "Thanks!"."""
    batch: list[TextScan] = []
    for key, found in rows:
        batch.append(TextScan(key=key, version=TEMPLATING_VERSION, found=found))
        if len(batch) >= BATCH:
            _save(batch, replace=replace)
            batch = []
    if batch:
        _save(batch, replace=replace)


def _save(batch: list[TextScan], *, replace: bool) -> None:
    if replace:
        TextScan.objects.bulk_create(
            batch, update_conflicts=True, unique_fields=["key"], update_fields=["version", "found"]
        )
    else:
        TextScan.objects.bulk_create(batch, ignore_conflicts=True)


def text_scans_store(texts: Iterable[str]) -> None:
    """Scan the texts as training will and store the scans: called where a member message comes
    in (drafting) and where a reply is sent, both of which have just scanned the text (the scan
    is cached), so this adds a row written."""
    scan_rows_save(scan_rows(texts))


def text_scans_stored() -> dict[bytes, Detected | str]:
    """Every stored scan of the current TEMPLATING_VERSION, by text_key, as stored
    (templating.scan_encoded): decoded only where a text is normalised, in a worker process."""
    rows = TextScan.objects.filter(version=TEMPLATING_VERSION).values_list("key", "found")
    stored: dict[bytes, Detected | str] = {}
    for key, found in rows.iterator(chunk_size=BATCH):
        stored[bytes.fromhex(key)] = found
    return stored


def text_scans_save(scans: Mapping[bytes, Detected]) -> None:
    """Store scans training made (of texts it found none of this version for), in place of those
    of other versions, and drop the rest of other versions, which nothing reads again."""
    scan_rows_save(((key.hex(), scan_encoded(found)) for key, found in scans.items()), replace=True)
    TextScan.objects.exclude(version=TEMPLATING_VERSION).delete()
