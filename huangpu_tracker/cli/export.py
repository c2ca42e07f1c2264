"""Commands of the `export` group (being written)."""
