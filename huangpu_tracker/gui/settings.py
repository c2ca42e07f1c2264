"""Persistent UI settings (an INI file in the app's data dir) and the UI language.

Settings never live in the platform registry or ~/.config: tests point the data dir at a temporary
folder, so they never see or touch the user's settings.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from huangpu_tracker.home import check_home_name, home_name, home_overridden, set_home
from huangpu_tracker.paths import data_dir

SETTINGS_FILE = "settings.ini"
LANGUAGES = ("zh", "en")

_language: str | None = None


def settings() -> QSettings:
    """The app's QSettings, stored as `settings.ini` in the data dir."""
    return QSettings(str(data_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)


def language() -> str:
    """The UI language: "zh" (default) or "en"; read once per process."""
    global _language
    if _language is None:
        value = str(settings().value("ui/language", "zh"))
        _language = value if value in LANGUAGES else "zh"
    return _language


def set_language(value: str) -> None:
    """Remember the UI language; windows built afterwards use it."""
    global _language
    if value not in LANGUAGES:
        raise ValueError(f"unknown language: {value}")
    settings().setValue("ui/language", value)
    _language = value


def tr(zh: str, en: str) -> str:
    """The text in the current UI language (Chinese first)."""
    return en if language() == "en" else zh


def save_bytes(key: str, value: QByteArray) -> None:
    settings().setValue(key, value)


def load_bytes(key: str) -> QByteArray | None:
    value = settings().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _store_group(store_path: Path) -> str:
    """The settings group of one store (its resolved path, hashed: a path is no valid key)."""
    return "stores/" + hashlib.sha1(str(Path(store_path).resolve()).encode()).hexdigest()[:16]


def save_view(store_path: Path, filters: dict[str, str], selected: int | None) -> None:
    """Remember, for this store, the filter bar's values (key -> text) and the selected target."""
    store = settings()
    store.beginGroup(_store_group(store_path))
    store.remove("")
    for key, value in filters.items():
        store.setValue(f"filters/{key}", value)
    if selected is not None:
        store.setValue("selected", selected)
    store.endGroup()


def load_view(store_path: Path) -> tuple[dict[str, str], int | None]:
    """The filters and the selected target id last used on this store (({}, None) for a new one)."""
    store = settings()
    store.beginGroup(_store_group(store_path))
    store.beginGroup("filters")
    filters = {key: str(store.value(key, "")) for key in store.childKeys()}
    store.endGroup()
    selected = store.value("selected")
    store.endGroup()
    return filters, int(selected) if selected is not None and str(selected).isdigit() else None


def apply_home_district() -> None:
    """Make the saved home district the one in force, unless `--home` or the environment chose one."""
    saved = settings().value("extraction/home")
    if saved and not home_overridden():
        set_home(str(saved))


def set_home_district(name: str) -> str:
    """Remember the home district (extraction and the default entity filter follow it); raises
    TrackerError (one line) for an invalid name. Returns the name as kept."""
    cleaned = check_home_name(name)
    settings().setValue("extraction/home", cleaned)
    set_home(cleaned)
    return home_name()


def remember_store(path: Path) -> None:
    settings().setValue("store/last", str(path))


def last_store() -> Path | None:
    value = settings().value("store/last")
    return Path(str(value)) if value else None
