"""Where things live: the user's data directory, the default store, and bundled resources.

Resources are found the same way from a source checkout and from a PyInstaller bundle
(`sys._MEIPASS`), so no other module needs to know how the app was started.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

import platformdirs

from huangpu_tracker import APP_NAME
from huangpu_tracker.errors import TrackerError

DB_ENV = "HUANGPU_TRACKER_DB"
DATA_DIR_ENV = "HUANGPU_TRACKER_DATA_DIR"
DB_FILE_NAME = "tracker.db"


def resources_dir() -> Path:
    """The `resources/` folder: next to the package in a checkout, inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """Path of a bundled resource, e.g. `resource("fonts", "wqy-microhei.ttc")`."""
    return resources_dir().joinpath(*parts)


def bundled_documents() -> list[Path]:
    """The documents shipped with the app, loaded into every new store."""
    folder = resource("documents")
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def ensure_folder(folder: Path) -> Path:
    """Create `folder` and its parents if missing; TrackerError (one line) when that is impossible."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise TrackerError(f"{folder}: 已存在同名文件，不是文件夹 / is a file, not a folder") from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise TrackerError(f"{folder}: 无法创建文件夹 / cannot create the folder ({reason})") from None
    return folder


def input_problem(path: Path, max_bytes: int) -> str | None:
    """Why `path` cannot be read as an input file (one line, Chinese / English), or None.

    Checked before opening: reading a pipe or device would never end, and a file over
    `max_bytes` would be read whole into memory.
    """
    from huangpu_tracker.limits import megabytes

    try:
        info = path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "符号链接循环 / a symbolic link loop (the link points back to itself)"
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return "找不到文件 / file not found"
        if exc.errno == errno.EACCES:
            return "没有读取权限 / permission denied: the file cannot be read"
        return f"无法读取 / cannot be read ({exc.strerror or exc})"
    if stat.S_ISDIR(info.st_mode):
        return "这是文件夹，不是文件 / is a folder, not a file"
    if not stat.S_ISREG(info.st_mode):
        return "不是普通文件(管道或设备) / not a regular file (a pipe or device)"
    if info.st_size > max_bytes:
        return (
            f"文件 {megabytes(info.st_size)} 超过上限 {megabytes(max_bytes)} / "
            f"the file ({megabytes(info.st_size)}) is over the {megabytes(max_bytes)} limit"
        )
    return None


def readable_name(path: str | Path) -> str:
    """A file name as text that can be stored and shown: names that are not valid in the file-system
    encoding (GBK names from a Chinese zip, any Chinese name under an ASCII locale) are decoded
    from their bytes as UTF-8, else GB18030; undecodable bytes become U+FFFD."""
    raw = os.fsencode(path)
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def data_dir() -> Path:
    """The user's data directory (created on demand); `HUANGPU_TRACKER_DATA_DIR` overrides it."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return ensure_folder(path)


def cache_dir() -> Path:
    """A cache directory inside the data dir (jieba's dictionary cache lives here)."""
    return ensure_folder(data_dir() / "cache")


def default_db_path() -> Path:
    """The store used when no `--db` is given: `HUANGPU_TRACKER_DB`, else the data dir's file."""
    override = os.environ.get(DB_ENV)
    return Path(override) if override else data_dir() / DB_FILE_NAME
