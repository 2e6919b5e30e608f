"""The demo: a team's history of conversations grounded in its members' claims (history), and
the drafts the model would have made for the newest of them (replay)."""
