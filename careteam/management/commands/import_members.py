from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from careteam.management.importing import file_bytes, recorded_actor
from careteam.models import Team
from careteam.roster import roster_import


class Command(BaseCommand):
    help = (
        "Load the plan's member roster (an X12 834, a FHIR bundle of Patient and Coverage, or "
        "the roster CSV; see README): adds, changes, terminates and reinstates members and "
        "their coverage for a team, and enrols them with it. All or nothing per file."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument(
            "--team",
            required=True,
            action="append",
            dest="teams",
            help="the team that serves these members (repeat for several)",
        )
        parser.add_argument(
            "--as",
            dest="username",
            default="",
            help="the staff member importing (for the audit trail)",
        )

    def handle(
        self, *args: object, files: list[Path], teams: list[str], username: str, **options: object
    ) -> None:
        found = list(Team.objects.filter(name__in=teams))
        missing = sorted(set(teams) - {team.name for team in found})
        if missing:
            raise CommandError(f"no team named {missing[0]!r}")
        actor = recorded_actor(username)
        failed = False
        for path in files:
            data = file_bytes(path)
            result = roster_import(data=data, filename=path.name, teams=found, actor=actor)
            if result.rejected:
                failed = True
                self.stderr.write(
                    f"{path.name}: refused, nothing stored ({result.problem_count} problems):"
                )
                for problem in result.problems:
                    self.stderr.write(f"  {problem}")
                continue
            self.stdout.write(
                f"{path.name} ({result.format}): {result.members_added} added, "
                f"{result.members_changed} changed, {result.members_unchanged} unchanged; "
                f"coverages {result.coverages_started} started, {result.coverages_ended} ended, "
                f"{result.coverages_reopened} reinstated; {result.enrolled} enrolments."
            )
        if failed:
            raise CommandError("some files were refused (see above)")
