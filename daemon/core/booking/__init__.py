"""Booking a call: the next step of a conversation, calendar changes, the invitation."""
