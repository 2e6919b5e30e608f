from django.core.management.base import CommandError, CommandParser

from suggestions import api as suggestions_api
from training.management.commands._common import AnalystCommand
from training.services import load_engine


class Command(AnalystCommand):
    help = "Review the replies a model may propose: list them, block or unblock one."

    def add_arguments(self, parser: CommandParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("action", choices=["list", "block", "unblock"])
        parser.add_argument("number", nargs="?", type=int, help="the reply's number in the list")
        parser.add_argument("--model", help="a model version such as v3 (default: the active one)")
        parser.add_argument("--limit", type=int, default=100, help="how many to list")

    def handle(self, *args: object, **options: object) -> None:
        label = options["model"]
        version = (
            suggestions_api.ModelVersion.objects.filter(label=label).first()
            if label
            else suggestions_api.active_version()
        )
        if version is None:
            raise CommandError(
                "No such model version, and none is active."
                if label
                else "No model is active; name one with --model."
            )
        candidates = load_engine(version).candidates
        blocked = suggestions_api.blocked_reply_keys()
        if options["action"] == "list":
            self.stdout.write(f"{version.label}: {len(candidates)} replies, most used first")
            shown = candidates[: int(options["limit"])]  # type: ignore[call-overload]
            for number, candidate in enumerate(shown, start=1):
                mark = (
                    "BLOCKED " if suggestions_api.reply_key(candidate.template) in blocked else ""
                )
                text = " ".join(candidate.template.split())
                self.stdout.write(f"{number:>4}  {candidate.count:>6}x  {mark}{text[:110]}")
            return
        actor = self.actor(options)
        chosen = options["number"]
        if not isinstance(chosen, int) or not 1 <= chosen <= len(candidates):
            raise CommandError(f"Give the reply's number, 1 to {len(candidates)} (`replies list`).")
        template = candidates[chosen - 1].template
        if options["action"] == "block":
            suggestions_api.reply_block(template=template, actor=actor)
            self.stdout.write(self.style.SUCCESS(f"Blocked reply {chosen}: never proposed again."))
        elif suggestions_api.reply_unblock(template=template, actor=actor):
            self.stdout.write(self.style.SUCCESS(f"Unblocked reply {chosen}."))
        else:
            self.stdout.write(f"Reply {chosen} was not blocked.")
