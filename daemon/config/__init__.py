"""The settings: schema and loading, plain values, secrets."""
