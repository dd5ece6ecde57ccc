"""callmemaybe demo: a whole practice on loopback servers (needs the demo extra)."""
