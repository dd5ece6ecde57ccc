"""Read, decide with the core, record the intent, act through the adapters."""
