"""Opening the SQLite file (pragmas, busy timeout) and turning sqlite3 failures into store errors."""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Self, TypeVar

from sqlite_utils import Database

from huangpu_tracker.store.errors import StoreError, StoreLockedError, ValidationError

T = TypeVar("T")
DEFAULT_TIMEOUT = 5.0  # seconds a writer waits for another app instance before giving up


@contextlib.contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Re-raise sqlite3's lock and corruption errors (and integers too large to bind) as one-line
    store errors."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if "locked" in message or "busy" in message:
            raise StoreLockedError(
                f"{path}: the store is busy in another program; try again / 数据库被其他程序占用，请稍后再试"
            ) from exc
        raise StoreError(f"{path}: {_explain(message)}") from exc
    except sqlite3.IntegrityError as exc:
        raise ValidationError(f"{path}: the change conflicts with stored data ({exc}) / 数据冲突") from exc
    except sqlite3.DatabaseError as exc:
        message = f"{path}: not a usable Huangpu Tracker store ({exc}) / 文件不是有效的数据库"
        raise StoreError(message) from exc
    except OverflowError as exc:  # sqlite3 binds integers of at most 64 bits
        raise ValidationError(f"{path}: 数值过大 / a number too large for the store ({exc})") from exc


# sqlite3 messages that do not say what the user can do, with the explanation shown instead.
_EXPLANATIONS = {
    "readonly database": "the store is read-only (check the permissions of the file and its folder) / "
    "数据库只读，请检查文件及所在文件夹的写权限",
    "unable to open database file": "cannot open the store (its folder must be writable: SQLite keeps "
    "its journal beside it) / 无法打开数据库，请检查所在文件夹的写权限",
    "disk I/O error": "the disk failed to read or write the store (full, removed or damaged?) / 磁盘读写错误",
    "database or disk is full": "the disk is full; nothing was saved / 磁盘已满，未保存",
}


def _explain(message: str) -> str:
    for fragment, explanation in _EXPLANATIONS.items():
        if fragment in message:
            return f"{explanation} ({message})"
    return message


def connect(path: Path, timeout: float = DEFAULT_TIMEOUT) -> Database:
    """Open `path` without writing to it, checking first that it is an SQLite database.

    The connection runs in autocommit mode: writes happen inside `Connection.transaction()`.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{path}: cannot create its folder ({exc.strerror}) / 无法创建文件夹") from exc
    if path.exists() and not path.is_file():
        raise StoreError(f"{path}: is not a file / 不是文件")
    with translate_errors(path):
        conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
    try:
        with translate_errors(path):
            # The first read fails on a file that is not a database, before anything is written.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            db = Database(conn, execute_plugins=False)
    except BaseException:
        conn.close()
        raise
    return db


def enable_wal(db: Database, path: Path) -> None:
    """Switch to write-ahead logging: readers never wait for a writer, writers queue."""
    with translate_errors(path):
        if db.journal_mode != "wal":
            db.enable_wal()


def retry_while_locked(path: Path, timeout: float, step: Callable[[], T]) -> T:
    """Run `step`, again while another program has the file locked, until `timeout` has passed.

    SQLite's busy handler covers ordinary writes, but while another program creates the same new
    store or switches its journal mode, some reads and the switch itself answer "locked" at once.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            return step()
        except StoreLockedError:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.02)


class Connection:
    """The store's database handle, transactions and read helpers (base of the Store facade)."""

    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = path
        self._savepoints = itertools.count(1)

    def checkpoint(self) -> None:
        """Copy what the write-ahead log holds into the store file itself, so that a copy of the
        file alone (tracker.db without its -wal) is whole. Passive: never waits for a reader;
        frames a reader still needs stay in the log until the next checkpoint."""
        with contextlib.suppress(sqlite3.Error):  # best effort: the log itself is durable
            self.db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()

    def close(self) -> None:
        """Checkpoint and close the database file; the Store is unusable afterwards."""
        self.checkpoint()
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes atomically: all are committed at the end, or none if an exception escapes.

        A nested block joins the outer transaction (through a savepoint, so a failure caught
        inside the outer block undoes only the nested part). The outermost block takes the
        write lock at once (BEGIN IMMEDIATE), waiting up to the busy timeout for other writers.
        """
        conn = self.db.conn
        if conn.in_transaction:
            name = f"hpt_{next(self._savepoints)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO {name}")
                    conn.execute(f"RELEASE {name}")
                raise
            conn.execute(f"RELEASE {name}")
            return
        with translate_errors(self.path):  # also a failed write inside the block: one-line error
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def _rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        with translate_errors(self.path):
            return list(self.db.query(sql, params))

    def _row(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> dict[str, Any] | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        with translate_errors(self.path):
            row = self.db.execute(sql, params).fetchone()
        return row[0] if row else None
