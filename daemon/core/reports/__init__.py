"""The therapist's reports: the weekly digest and the call log."""
