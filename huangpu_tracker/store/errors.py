"""Expected failures of the store; each subclasses TrackerError so the CLI and GUI show one line."""

from __future__ import annotations

from huangpu_tracker.errors import TrackerError


class StoreError(TrackerError):
    """The store file cannot be used (not a database, not ours, unreadable)."""


class StoreVersionError(StoreError):
    """The store was written by a newer version of Huangpu Tracker."""


class StoreLockedError(StoreError):
    """Another program held the store longer than the busy timeout."""


class ValidationError(TrackerError):
    """A value the store refuses (bad year, non-finite number, unknown kind...)."""


class NotFoundError(TrackerError):
    """A row asked for by id does not exist (any more)."""
