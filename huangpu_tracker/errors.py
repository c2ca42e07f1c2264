"""The one base class of expected failures: the CLI and the GUI show their message, never a traceback."""


class TrackerError(Exception):
    """An expected failure with a message fit for the user (one line)."""
