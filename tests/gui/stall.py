"""A stall detector for the interface thread: a 10 ms timer on the GUI thread notes the
longest gap between its ticks while an action runs (issue 19, point 11: nothing blocks the
interface for more than 100 ms).

    with StallWatch() as watch:
        window.do_something_slow()
        qtbot.waitUntil(lambda: done, timeout=30_000)
    watch.check("export")

``KZTH_STALL_MS`` sets the threshold (default 100 ms): a slower machine may raise it, and the
failure message prints the threshold used, so that it is never loosened without a trace.
"""

from __future__ import annotations

import os
import time
from types import TracebackType

from PySide6.QtCore import QTimer

TICK_MS = 10
DEFAULT_LIMIT_MS = 100.0


def limit_ms() -> float:
    """The longest stall allowed, in ms (``KZTH_STALL_MS``, default 100)."""
    return float(os.environ.get("KZTH_STALL_MS", "") or DEFAULT_LIMIT_MS)


class StallWatch:
    """Records the longest gap between ticks of a ``TICK_MS`` timer on the GUI thread."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self._started = 0.0
        self.longest_ms = 0.0
        self.longest_at = 0.0  # ms after the start of the watch
        self.ticks = 0

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000
        if gap > self.longest_ms:
            self.longest_ms, self.longest_at = gap, (self._last - self._started) * 1000
        self._last = now
        self.ticks += 1

    def __enter__(self) -> StallWatch:
        self.longest_ms, self.longest_at, self.ticks = 0.0, 0.0, 0
        self._last = self._started = time.perf_counter()
        self._timer.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._tick()  # the time since the last tick counts too (a stall at the very end)
        self._timer.stop()

    def check(self, action: str) -> None:
        """Fails if the interface thread stalled longer than :func:`limit_ms`."""
        limit = limit_ms()
        assert self.longest_ms <= limit, (
            f"{action}: the interface thread stalled {self.longest_ms:.0f} ms, "
            f"{self.longest_at:.0f} ms after the start (limit {limit:.0f} ms, KZTH_STALL_MS; "
            f"{self.ticks} ticks in {(self._last - self._started) * 1000:.0f} ms)")
