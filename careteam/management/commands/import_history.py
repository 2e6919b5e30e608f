from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from careteam.history_import import history_import
from careteam.management.importing import file_bytes, recorded_actor
from careteam.models import Team


class Command(BaseCommand):
    help = (
        "Import a team's past conversations (JSONL or CSV of messages, or a Zendesk ticket "
        "export) so the suggestion model can learn from them; all or nothing per file."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument("--team", required=True, help="the team the conversations were with")
        parser.add_argument(
            "--as",
            dest="username",
            default="",
            help="the staff member importing (for the audit trail)",
        )

    def handle(
        self, *args: object, files: list[Path], team: str, username: str, **options: object
    ) -> None:
        found = Team.objects.filter(name=team).first()
        if found is None:
            raise CommandError(f"no team named {team!r}")
        actor = recorded_actor(username)
        failed = False
        for path in files:
            data = file_bytes(path)
            result = history_import(data=data, filename=path.name, team=found, actor=actor)
            if result.rejected:
                failed = True
                self.stderr.write(f"{path.name}: refused, nothing stored:")
                for problem in result.problems:
                    self.stderr.write(f"  {path.name}, {problem}")
                continue
            self.stdout.write(
                f"{path.name}: {result.threads_created} new threads, {result.messages_created} "
                f"new messages, {result.messages_unchanged} already imported."
            )
        if failed:
            raise CommandError("some files were refused (see above)")
