"""Thin adapters, one library each: IMAP, SMTP, CalDAV, systemd, logs, Jinja2 mail rendering."""
