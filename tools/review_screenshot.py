"""Render the review view offscreen to a PNG, for the README: `docs/review.png`.

    .venv/bin/python tools/review_screenshot.py [--out docs/review.png] [--db STORE]

Without --db, a fresh store of the bundled documents is made in a temporary folder. The view shows
the bundled 2021 work report (003) with its first goals decided (two accepted, one rejected) and
a goal further down selected, so that its sentence is marked in the text beside it.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

SIZE = (1600, 1000)
DOCUMENT = "002"  # the bundled news piece on the zone: goals, possible targets, reported figures


def render(db_path: Path, out: Path, size: tuple[int, int] = SIZE) -> Path:
    """Open the app on `db_path` (a QApplication must exist), review DOCUMENT, save the window."""
    from PySide6.QtWidgets import QApplication

    from huangpu_tracker.gui.app import open_main_window

    window = open_main_window(db_path)
    try:
        window.resize(*size)
        document = next(d["id"] for d in window.store.documents() if d["name"].startswith(DOCUMENT))
        window.doc_review.open_document(document)
        view = window.doc_review.view
        assert view is not None
        for decision in ("accept", "accept", "reject"):
            view.table.decided.emit(view.table.current_item(), decision)
            view.table.go_to(view.table.currentIndex().row() + 1)
        window.show()
        QApplication.processEvents()  # laid out before the table and the text scroll
        view.table.scrollToTop()  # the decided rows in sight
        view.table.go_to(6)
        for _ in range(3):  # the text's scrolling, then paint
            QApplication.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out), "PNG"):
            raise OSError(f"{out}: cannot write the PNG")
        return out
    finally:
        window.hide()  # not close(): the picture must not overwrite the saved layout
        window.store.close()
        window.deleteLater()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/review.png"))
    parser.add_argument("--db", type=Path, help="the store to show (default: a fresh one, seeded)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault(
            "HUANGPU_TRACKER_DATA_DIR", folder
        )  # settings and caches stay out of the user's
        from huangpu_tracker.gui.app import create_application
        from huangpu_tracker.ingest import ensure_seeded
        from huangpu_tracker.store import open_store

        db_path = args.db or Path(folder) / "tracker.db"
        with open_store(db_path) as store:
            ensure_seeded(store)
        create_application([])
        print(f"wrote {render(db_path, args.out)}")


if __name__ == "__main__":
    main()
