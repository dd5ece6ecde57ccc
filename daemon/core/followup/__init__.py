"""Follow-up: what the calls leave in the client's next session's notes."""
