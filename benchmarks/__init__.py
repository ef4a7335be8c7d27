"""Reproducible scale and comparison runs (not part of the test suite)."""
