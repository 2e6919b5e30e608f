from django.core.management.base import BaseCommand, CommandError, CommandParser

from careteam import services
from careteam.models import ApiClient, Team


class Command(BaseCommand):
    help = "Create an API client for the member-facing app and print its token once."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name", help="a name for the client, such as 'member-app'")
        parser.add_argument("--team", required=True, help="the team whose queue gets its threads")

    def handle(self, *args: object, name: str, team: str, **options: object) -> None:
        team_row = Team.objects.filter(name=team).first()
        if team_row is None:
            known = ", ".join(Team.objects.values_list("name", flat=True)) or "none yet"
            raise CommandError(f"No team named {team!r} (teams: {known}).")
        if ApiClient.objects.filter(name=name).exists():
            raise CommandError(f"An API client named {name!r} exists already.")
        client, token = services.api_client_create(name=name, team=team_row)
        self.stdout.write(f"Created API client {client.name!r} for team {team_row.name!r}.")
        self.stdout.write("Its token (shown only now; store it in the client's secrets):")
        self.stdout.write(token)
