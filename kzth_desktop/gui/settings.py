"""The user's settings: interface language, recent workspaces, where they were."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

LANGS = ("kk", "ru")
MAX_RECENT = 8


class Settings:
    """A thin, typed wrapper around an INI-format QSettings file."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            env = os.environ.get("KZTH_SETTINGS")
            if env:
                path = Path(env)
            else:
                base = QStandardPaths.writableLocation(
                    QStandardPaths.StandardLocation.AppConfigLocation
                )
                path = Path(base or Path.home() / ".config" / "kzth") / "kzth-desktop.ini"
        self.path = path
        self._q = QSettings(str(path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._q.sync()

    # language ------------------------------------------------------------------------------
    @property
    def language(self) -> str | None:
        value = self._q.value("ui/language", None)
        return value if value in LANGS else None

    @language.setter
    def language(self, lang: str) -> None:
        if lang not in LANGS:
            raise ValueError(lang)
        self._q.setValue("ui/language", lang)
        self._q.sync()

    # workspaces ----------------------------------------------------------------------------
    def recent_workspaces(self) -> list[str]:
        value = self._q.value("workspaces/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def remember_workspace(self, location: str) -> None:
        recent = [location] + [r for r in self.recent_workspaces() if r != location]
        self._q.setValue("workspaces/recent", recent[:MAX_RECENT])
        self._q.setValue("workspaces/last", location)
        self._q.sync()

    def forget_workspace(self, location: str) -> None:
        self._q.setValue("workspaces/recent",
                         [r for r in self.recent_workspaces() if r != location])
        if self.last_workspace() == location:
            self._q.remove("workspaces/last")
        self._q.sync()

    def last_workspace(self) -> str | None:
        value = self._q.value("workspaces/last", None)
        return str(value) if value else None

    # where the user was, per workspace -----------------------------------------------------
    @staticmethod
    def _key(location: str) -> str:
        return "position/" + location.replace("/", "|").replace("\\", "|")

    def position(self, location: str) -> dict[str, str]:
        value = self._q.value(self._key(location), {})
        return dict(value) if isinstance(value, dict) else {}

    def set_position(self, location: str, **where: str) -> None:
        self._q.setValue(self._key(location), {k: str(v) for k, v in where.items()})

    # window geometry -----------------------------------------------------------------------
    def geometry(self, name: str) -> QByteArray | None:
        value = self._q.value(f"windows/{name}", None)
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, data: QByteArray) -> None:
        self._q.setValue(f"windows/{name}", data)
