"""Commands of the `desktop` group (being written)."""
