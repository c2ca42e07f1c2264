"""Entering actuals into the store: one figure for a target, or a whole checked file at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from huangpu_tracker.actuals.read_file import (
    ActualRow,
    ActualsFile,
    ActualsFileError,
    Resolver,
    Series,
    check_row,
    load_actuals_file,
)
from huangpu_tracker.assessment.batch import RATE_KINDS
from huangpu_tracker.assessment.units import converts
from huangpu_tracker.store import NotFoundError


def store_resolver(store: Any) -> Resolver:
    """Look ids up in `store`. An indicator takes figures in its unit; a target in its own unit,
    except a growth target on a series of levels (固定资产投资 in 亿元), which takes the level."""

    def resolve(kind: str, row_id: int) -> Series | None:
        try:
            if kind == "indicator_id":
                indicator = store.indicator(row_id)
                return Series(indicator["id"], indicator["unit"])
            target = store.target(row_id)
            series_unit = store.indicator(target["indicator_id"])["unit"]
        except NotFoundError:
            return None
        unit = target["unit"] or series_unit
        if target["kind"] in RATE_KINDS and series_unit and unit and not converts(series_unit, unit):
            return Series(target["indicator_id"], series_unit, unit_required=True)
        return Series(target["indicator_id"], unit)

    return resolve


def set_target_actual(
    store: Any, target_id: int, year: object, value: object, unit: str | None = None, note: str | None = None
) -> tuple[int, ActualRow]:
    """Record the accepted actual of a target's series for `year`, converted to the target's unit.

    Raises ActualsFileError (a TrackerError) for an unknown target, a bad year or number, or a
    unit that does not convert.
    """
    record = {"_row": 1, "target_id": target_id, "year": year, "value": value, "unit": unit, "note": note}
    try:
        row = check_row(record, store_resolver(store))
    except ValueError as exc:
        raise ActualsFileError(str(exc)) from None
    with store.transaction():
        actual_id = store.set_actual(row.indicator_id, row.year, row.value, row.unit, note=row.note)
    return actual_id, row


def import_actuals_file(store: Any, path: Path) -> ActualsFile:
    """Check every row of `path`, then store them all in one transaction (or nothing), and
    checkpoint the store (a copy of the file alone then holds the import)."""
    loaded = load_actuals_file(path, store_resolver(store))
    with store.transaction():
        for row in loaded.rows:
            store.set_actual(
                row.indicator_id, row.year, row.value, row.unit, source_kind="import", note=row.note
            )
    store.checkpoint()
    return loaded
