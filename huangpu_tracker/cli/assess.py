"""Commands of the `assess` group (being written)."""
