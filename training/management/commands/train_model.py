from datetime import datetime

from django.core.management.base import CommandError, CommandParser
from django.utils import timezone

from suggestions import api as suggestions_api
from training.evaluation import RELIABILITY_BINS
from training.management.commands._common import AnalystCommand
from training.services import TrainingError, model_activate, model_train


def _date(value: str) -> datetime:
    try:
        return timezone.make_aware(datetime.fromisoformat(value))
    except ValueError:
        raise CommandError(f"{value!r} is not a date such as 2026-01-31") from None


class Command(AnalystCommand):
    help = "Train a suggestion model on sent replies; prints its evaluation; registers a candidate."

    def add_arguments(self, parser: CommandParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("--since", type=_date, help="only threads opened on or after this")
        parser.add_argument("--until", type=_date, help="only threads opened before this")
        parser.add_argument("--limit", type=int, help="at most this many replies")
        parser.add_argument("--activate", action="store_true", help="promote it when trained")
        parser.add_argument(
            "--despite-scan",
            action="store_true",
            help="with --activate: promote although scan_model finds details of the records in "
            "it (audited; see promote_model)",
        )
        parser.add_argument(
            "--if-none-active",
            action="store_true",
            help="do nothing when an active model loads (else train one)",
        )

    def handle(
        self,
        *args: object,
        since: datetime | None,
        until: datetime | None,
        limit: int | None,
        **options: object,
    ) -> None:
        if options["if_none_active"] and suggestions_api.active_model_servable():
            self.stdout.write("A model is active already; not training.")
            return
        actor = self.actor(options)
        try:
            run = model_train(
                actor=actor,
                since=since,
                until=until,
                limit=limit,
                progress=lambda text: self.stdout.write(f"  … {text}"),
            )
        except TrainingError as error:
            raise CommandError(str(error)) from None
        metrics = run.evaluation
        self.stdout.write(self.style.SUCCESS(f"Registered {run.version.label} as a candidate."))
        self.stdout.write(
            f"  pairs: {run.train_pairs:,} train / {run.calibration_pairs:,} calibration / "
            f"{run.test_pairs:,} test (split by time)\n"
            f"  top-1 agreement {metrics.top1:.1%}   top-3 {metrics.top3:.1%}\n"
            f"  drafts shown at the threshold: {metrics.coverage:.1%} of messages, "
            f"{metrics.accepted_at_threshold:.1%} of them the reply sent\n"
            f"  calibration error {metrics.calibration_error:.3f} on {metrics.examples:,} "
            f"held-out replies in {RELIABILITY_BINS} bins (a perfectly calibrated confidence "
            f"would show about {metrics.calibration_error_chance:.3f} on as many)\n"
            f"  latency median {metrics.latency_median_ms:.1f} ms, p99 "
            f"{metrics.latency_p99_ms:.1f} ms"
        )
        self.stdout.write("  reliability (confidence: replies, mean confidence, share sent):")
        for row in metrics.reliability:
            self.stdout.write(
                f"    {row.low:.0%}-{row.high:.0%}: {row.replies:,}, {row.confidence:.1%}, "
                f"{row.sent:.1%}"
            )
        if options["activate"]:
            try:
                model_activate(
                    version=run.version, actor=actor, despite_scan=bool(options["despite_scan"])
                )
            except TrainingError as error:
                raise CommandError(f"Not activated: {error}") from None
            self.stdout.write(self.style.SUCCESS(f"{run.version.label} is now active."))
