"""Commands of the `documents` group (being written)."""
