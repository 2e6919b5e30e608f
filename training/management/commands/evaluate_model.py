from django.core.management.base import CommandError, CommandParser

from suggestions import api as suggestions_api
from training.management.commands._common import AnalystCommand, version_named
from training.services import heldout_pairs, model_evaluate

ROWS = (
    ("top1", "top-1 agreement", "{:.1%}"),
    ("top3", "top-3 agreement", "{:.1%}"),
    ("coverage", "messages with a draft", "{:.1%}"),
    ("accepted_at_threshold", "of those, the reply sent", "{:.1%}"),
    ("calibration_error", "calibration error", "{:.3f}"),
    ("latency_median_ms", "latency median (ms)", "{:.1f}"),
    ("latency_p99_ms", "latency p99 (ms)", "{:.1f}"),
)


class Command(AnalystCommand):
    help = "Evaluate one model version, or two side by side, on the same newest sent replies."

    def add_arguments(self, parser: CommandParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("labels", nargs="+", help="one or two versions, such as v3 v4")

    def handle(self, *args: object, **options: object) -> None:
        self.actor(options)
        labels = list(options["labels"])  # type: ignore[call-overload]
        if len(labels) > 2:
            raise CommandError("Give one or two versions.")
        versions = [version_named(label) for label in labels]
        pairs = heldout_pairs()
        try:
            results = model_evaluate(versions, pairs)
        except suggestions_api.ArtifactIntegrityError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"{len(pairs):,} held-out replies (the newest 15 %)")
        self.stdout.write(f"{'':<28}" + "".join(f"{label:>12}" for label in labels))
        for key, title, shape in ROWS:
            cells = "".join(f"{shape.format(getattr(results[label], key)):>12}" for label in labels)
            self.stdout.write(f"{title:<28}{cells}")
