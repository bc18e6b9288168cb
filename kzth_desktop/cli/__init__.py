"""The ``kzth`` command line: the same use cases as the GUI, for automation and tests.

``main.py`` holds the parser and the command table, ``common.py`` what the command groups
share, and one module per group (workspace, exchange, print, desk, assessment, demo, bench).
"""

from __future__ import annotations

from kzth_desktop.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
