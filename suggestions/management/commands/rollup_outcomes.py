from django.core.management.base import BaseCommand, CommandParser

from suggestions.rollups import open_day_update, rollups_update


class Command(BaseCommand):
    help = (
        "Roll up the acceptance dashboard's closed days (beat does this every "
        "DASHBOARD_ROLLUP_SECONDS); --rebuild redoes every day, e.g. after outcomes were written "
        "by SQL or bulk_create, or after TIME_ZONE changed. Then rolls up today until a minute "
        "ago (beat: every DASHBOARD_OPEN_DAY_SECONDS)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--rebuild", action="store_true")

    def handle(self, *args: object, rebuild: bool, **options: object) -> None:
        weeks = rollups_update(rebuild=rebuild)
        self.stdout.write(f"rolled up {weeks} weeks")
        if open_day_update():
            self.stdout.write("rolled up today until a minute ago")
