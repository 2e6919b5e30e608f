from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from careteam import services
from careteam.models import Team


class Command(BaseCommand):
    help = (
        "Enrol members with a care team: its staff, API clients and imports may then reach "
        "them. Member ids come as arguments or one per line in --file."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("member_ids", nargs="*", help="plan member ids, such as M100001")
        parser.add_argument("--team", required=True, help="the team that serves these members")
        parser.add_argument("--file", type=Path, help="a text file with one member id a line")

    def handle(
        self, *args: object, member_ids: list[str], team: str, file: Path | None, **options: object
    ) -> None:
        team_row = Team.objects.filter(name=team).first()
        if team_row is None:
            known = ", ".join(Team.objects.values_list("name", flat=True)) or "none yet"
            raise CommandError(f"No team named {team!r} (teams: {known}).")
        ids = [member_id.strip() for member_id in member_ids if member_id.strip()]
        if file is not None:
            try:
                lines = file.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as error:
                raise CommandError(f"Cannot read {file}: {error.__class__.__name__}.") from None
            ids += [line.strip() for line in lines if line.strip()]
        if not ids:
            raise CommandError("Give at least one member id (or --file).")
        enrolled, unknown = services.member_enrol(member_ids=ids, team=team_row)
        if unknown:
            shown = ", ".join(unknown[:10]) + (" …" if len(unknown) > 10 else "")
            raise CommandError(
                f"{len(unknown)} id(s) match no member; nothing was enrolled: {shown}"
            )
        self.stdout.write(f"Enrolled {enrolled} member(s) with {team_row.name!r}.")
