"""Where the program finds its shipped data (resources, translations) and the default workspace."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    """A folder shipped with the program.

    An installed wheel carries it inside the package (``kzth_desktop/<name>``); a source
    checkout (editable install, tests) has it at the top level of the repository.
    """
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    beside = _PACKAGE_DIR.parent / name
    if beside.is_dir():
        return beside
    raise FileNotFoundError(f"shipped folder {name!r} not found near {_PACKAGE_DIR}")


@cache
def resources_dir() -> Path:
    return _shipped("resources")


@cache
def translations_dir() -> Path:
    return _shipped("translations")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_workspace() -> Path:
    """``KZTH_WORKSPACE`` if set, else a folder in the platform's user data directory."""
    env = os.environ.get("KZTH_WORKSPACE")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("KZTH Desktop", appauthor=False) / "workspace"


LOG_DIR_ENV = "KZTH_LOG_DIR"


def log_dir() -> Path:
    """``KZTH_LOG_DIR`` if set, else ``logs`` in the platform's user data directory (beside the
    default workspace): ``%LOCALAPPDATA%\\KZTH Desktop\\logs`` on Windows."""
    env = os.environ.get(LOG_DIR_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("KZTH Desktop", appauthor=False) / "logs"
