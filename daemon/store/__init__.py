"""The one store: SQLite, its migrations (db) and the conversation ledger."""
