"""jieba's dictionary (and our planning terms) as an indexed file in the cache, read word by word.

jieba itself loads its whole prefix dictionary (about a second) and its tag table (half a second)
before the first cut, though extraction tags only a few short phrases. The same words, counts and
tags, written once to an SQLite file in the app's cache dir, answer each look-up in microseconds:
nothing is loaded up front. The file is rebuilt when jieba's dictionary or ours changes.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import os
import sqlite3
import threading
from functools import cache
from pathlib import Path

from huangpu_tracker.paths import cache_dir, resource

USER_DICTIONARY = ("dictionaries", "planning_terms.txt")


def _jieba_dictionary() -> Path:
    """jieba's dict.txt, found without importing jieba (a frozen app: beside its modules)."""
    spec = importlib.util.find_spec("jieba")
    found = Path(spec.origin).parent / "dict.txt" if spec is not None and spec.origin else None
    if found is None or not found.exists():
        import jieba

        found = Path(jieba.__file__).parent / "dict.txt"
    return found


def _entries(path: Path) -> list[tuple[str, int, str | None]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.strip().split(" ")
        if len(parts) >= 2:
            rows.append((parts[0], int(parts[1]), parts[2] if len(parts) > 2 else None))
    return rows


def _build(target: Path, sources: list[Path]) -> None:
    """Words with their counts and tags, and every prefix of a word with count 0 (as jieba's own
    prefix dictionary); the total count as jieba sums it."""
    words: dict[str, tuple[int, str | None]] = {}
    total = 0
    for source in sources:
        for word, freq, tag in _entries(source):
            old_tag = words.get(word, (0, None))[1]
            words[word] = (freq, tag or old_tag)
            total += freq
    prefixes = {word[:end] for word in words for end in range(1, len(word))} - words.keys()
    partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    partial.unlink(missing_ok=True)
    with sqlite3.connect(partial) as db:
        db.execute("CREATE TABLE w (word TEXT PRIMARY KEY, freq INTEGER, tag TEXT) WITHOUT ROWID")
        db.executemany("INSERT INTO w VALUES (?, ?, ?)", ((w, f, t) for w, (f, t) in words.items()))
        db.executemany("INSERT INTO w VALUES (?, 0, NULL)", ((p,) for p in prefixes))
        db.execute("CREATE TABLE meta (total INTEGER)")
        db.execute("INSERT INTO meta VALUES (?)", (total,))
    db.close()
    os.replace(partial, target)  # another process building the same file at once is harmless


class Lexicon:
    """Look-ups of one word: (count, tag), None when jieba's dictionary has neither word nor prefix."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()  # extraction may run in a worker thread of the app
        self.total = int(self._db.execute("SELECT total FROM meta").fetchone()[0])
        self._seen: dict[str, tuple[int, str | None] | None] = {}

    def get(self, word: str) -> tuple[int, str | None] | None:
        if word in self._seen:
            return self._seen[word]
        with self._lock:
            row = self._db.execute("SELECT freq, tag FROM w WHERE word = ?", (word,)).fetchone()
        found = (int(row[0]), row[1]) if row else None
        if len(self._seen) < 200_000:
            self._seen[word] = found
        return found


@cache
def lexicon() -> Lexicon:
    """The lexicon file in the cache dir, built on first use (a few seconds, once)."""
    sources = [_jieba_dictionary(), resource(*USER_DICTIONARY)]
    sources = [source for source in sources if source.exists()]
    key = hashlib.sha1(importlib.metadata.version("jieba").encode())
    for source in sources:
        key.update(str(source.stat().st_size).encode())
        key.update(source.read_bytes() if source.stat().st_size < 1_000_000 else b"")
    path = cache_dir() / f"lexicon-{key.hexdigest()[:16]}.sqlite"
    if not path.exists():
        _build(path, sources)
    return Lexicon(path)
