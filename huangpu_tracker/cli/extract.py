"""Commands of the `extract` group (being written)."""
