"""Telling the therapist: alert wording and the reply limits."""
