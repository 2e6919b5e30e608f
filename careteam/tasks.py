"""Background work. Tasks take ids and call a service; retries live here."""

from celery import shared_task
from django.conf import settings

from careteam import services


@shared_task(bind=True, acks_late=True, max_retries=None)
def deliver_message(self, message_id: int) -> str:  # type: ignore[no-untyped-def]
    try:
        return services.message_deliver(message_id=message_id)
    except services.DeliveryFailed as failure:
        if self.request.retries >= settings.DELIVERY_MAX_RETRIES:
            services.message_mark_undeliverable(message_id=message_id, reason=str(failure))
            return "failed"
        # Exponential backoff: 2, 4, 8 ... seconds, capped at ten minutes.
        raise self.retry(countdown=min(2 ** (self.request.retries + 1), 600)) from failure
