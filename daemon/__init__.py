"""callmemaybe: between-session calls, offered from the therapist's real free time."""

__version__ = "0.1.0"
