"""load_reference <kind> <file> [<file> ...]: load a CMS reference table, all or nothing."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.reference.files import ReferenceFileError
from claims.reference.models import ReferenceKind
from claims.services.reference import reference_load


class Command(BaseCommand):
    help = (
        "Load a reference table for the miscoding checks: mue (CMS MUE CSV), ptp (NCCI PTP "
        "edits; give all parts of one table together), ndc (ASP NDC-HCPCS crosswalk). The "
        "table of the same kind and setting is replaced in one transaction."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("kind", choices=[*ReferenceKind.values, "hcpcs"])
        parser.add_argument("files", nargs="+")
        parser.add_argument(
            "--setting",
            choices=["practitioner", "outpatient", "dme"],
            help="which CMS table, when neither the header nor the file name says",
        )
        parser.add_argument(
            "--skip-bad-rows",
            action="store_true",
            help="leave out rows that fail to parse (each is listed) instead of refusing the file",
        )
        parser.add_argument("--force", action="store_true", help="reload an identical file")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["kind"] == "hcpcs":
            raise CommandError(
                "hcpcs: no check reads the HCPCS Level II file yet (the shipped 2019 release "
                "is a sample of the format, too old to judge whether a code exists)"
            )
        try:
            load = reference_load(
                options["kind"],
                options["files"],
                setting=options["setting"],
                skip_bad_rows=options["skip_bad_rows"],
                force=options["force"],
            )
        except ReferenceFileError as error:
            raise CommandError(str(error)) from error
        result = load.result
        for skipped in result.skipped:
            self.stderr.write(f"skipped: {skipped}")
        table = result.table
        if not result.loaded:
            self.stdout.write(f"unchanged: {table} is already the current {table.kind} table")
            return
        setting = f" ({table.setting})" if table.setting else ""
        self.stdout.write(
            f"loaded {table.kind}{setting}: {table.row_count} rows from {table.source_name}"
            + (f", {table.skipped_rows} bad rows left out" if table.skipped_rows else "")
        )
        self.stdout.write(f"reference version: {load.reference_version}")
        self.stdout.write("every stored claim will be checked again against the new table")
