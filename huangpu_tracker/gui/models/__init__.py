"""Qt item models of the desktop app, one per module."""
