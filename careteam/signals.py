"""What careteam tells the apps above it, without knowing them."""

from django.dispatch import Signal

# Sent inside the transaction that stored a member's message; receivers may enqueue jobs there
# (careteam.api.enqueue_job), so the work is recorded with the message or not at all.
# Receivers may set the thread's priority, topic and language there: once they return, careteam
# sets the message's due time from the priority and routes the thread (careteam.routing).
# Arguments: message_id, thread_id.
member_message_stored = Signal()

# Sent inside the transaction that stores an agent's reply, before it is delivered. A receiver
# may raise careteam.api.ReplyRefused to refuse the send (everything rolls back).
# Arguments: message_id, thread_id, author_id, author_first_name, text, draft_ref, sent_at,
# first_response, replied_to_at (when the member message it answers arrived, or None).
reply_stored = Signal()
