"""What careteam tells the apps above it, without knowing them."""

from django.dispatch import Signal

# Sent inside the transaction that stored a member's message; receivers may enqueue jobs there
# (careteam.api.enqueue_job), so the work is recorded with the message or not at all.
# Arguments: message_id, thread_id.
member_message_stored = Signal()
