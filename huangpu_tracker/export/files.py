"""Writing export files: never over the store, never a half-written file in place of a good one.

Each output is written to a hidden temporary file in its own folder (same file system) and
renamed over the destination only once everything is written and flushed to disk; on any
failure the temporary files are removed and the previous files are untouched.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterable, Iterator
from pathlib import Path

from huangpu_tracker.errors import TrackerError

STORE_SUFFIXES = ("", "-wal", "-shm", "-journal")  # the store file and SQLite's files beside it


class ExportError(TrackerError):
    """An export could not be written (format, destination)."""


def refuse_store_paths(outputs: Iterable[Path], store_path: Path | None) -> None:
    """ExportError when an output would overwrite the store or one of SQLite's files beside it."""
    if store_path is None:
        return
    store = Path(os.path.realpath(store_path))
    taken = {store.with_name(store.name + suffix) for suffix in STORE_SUFFIXES}
    for output in outputs:
        if Path(os.path.realpath(output)) in taken:
            raise ExportError(
                f"{output}: 这是数据库文件,不能覆盖 / this is the store itself: choose another file"
            )


@contextlib.contextmanager
def replacing(*paths: Path) -> Iterator[list[Path]]:
    """Temporary paths to write `paths` to; when the block ends without error each replaces its
    destination (after an fsync). ExportError, with nothing replaced, if writing fails."""
    token = secrets.token_hex(4)
    temps = [path.with_name(f".{path.name}.{token}.part") for path in paths]
    current = paths[0]
    try:
        yield temps
        for temp, path in zip(temps, paths, strict=True):
            current = path
            if not temp.is_file() or temp.stat().st_size == 0:
                raise ExportError(f"无法写入 cannot write {path}: 没有写出任何内容 / nothing was written")
            with temp.open("rb+") as handle:
                os.fsync(handle.fileno())
        for temp, path in zip(temps, paths, strict=True):
            current = path
            os.replace(temp, path)
    except OSError as exc:
        raise ExportError(f"无法写入 cannot write {current}: {exc.strerror or exc}") from exc
    finally:
        for temp in temps:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)


def write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file (see `replacing`)."""
    with replacing(path) as (temp,):
        temp.write_bytes(data)
