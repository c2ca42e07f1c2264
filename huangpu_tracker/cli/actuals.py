"""Commands of the `actuals` group (being written)."""
