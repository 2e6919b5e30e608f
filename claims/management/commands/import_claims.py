from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from careteam import api as careteam_api
from claims.services import ServiceError
from claims.services.imports import claims_import, import_team_ids


class Command(BaseCommand):
    help = (
        "Import claim files (X12 837/835, FHIR R4 JSON, the claims CSV, or zips of them). "
        "Each file is stored whole or not at all; exits non-zero when any file is rejected. "
        "An import is for one or more teams and may name only the members they serve (those "
        "with a thread in the team): --team NAME (repeatable); without it, the --as staff "
        "member's teams, else the only team there is (refused when there are several)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument(
            "--as",
            dest="username",
            default="",
            help="the staff member the import is recorded for (default: the system)",
        )
        parser.add_argument(
            "--team",
            dest="teams",
            action="append",
            default=[],
            metavar="NAME",
            help="a team the claims are for (repeatable; with --as, one of that member's teams)",
        )

    def handle(
        self, *args: object, files: list[str], username: str, teams: list[str], **options: object
    ) -> None:
        actor = None
        if username:
            actor = get_user_model().objects.filter(username=username, is_active=True).first()
            if actor is None or not careteam_api.user_can_work_threads(actor):
                raise CommandError(f"{username!r} is not an active staff member who works claims.")
        try:
            team_ids = import_team_ids(actor=actor, team_names=teams)
        except ServiceError as error:
            raise CommandError(f"{error.message}.") from None
        rejected = 0
        for name in files:
            path = Path(name)
            if not path.is_file():
                self.stderr.write(f"{name}: no such file")
                rejected += 1
                continue
            result = claims_import(
                data=path.read_bytes(), filename=path.name, actor=actor, team_ids=team_ids
            )
            batch = result.batch
            if result.rejected:
                rejected += 1
                self.stderr.write(
                    f"{name}: rejected, nothing stored ({len(result.problems)} problem(s)):"
                )
                for problem in result.problems:
                    self.stderr.write(f"  {problem}")
                continue
            self.stdout.write(
                f"{name}: {batch.get_outcome_display().lower()} (import {batch.pk}): "
                f"{batch.claims_created} new, {batch.claims_updated} updated, "
                f"{batch.claims_unchanged} unchanged claim(s); {batch.lines_stored} line(s)"
            )
            for change in batch.changes:
                changed = ", ".join(change["changed"]) or "nothing but how it was read"
                self.stdout.write(f"  claim {change['claim']} changed: {changed}")
            for note in batch.notes:
                where = f"line {note['line']}" if note["line"] else "claim"
                self.stdout.write(f"  claim {note['claim']} {where}: {note['note']}")
        if rejected:
            raise CommandError(f"{rejected} of {len(files)} file(s) rejected")
