"""Crisis wording, one rule module a language plus a small model (shipped as crisis_model.json)."""
