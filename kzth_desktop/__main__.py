"""``python -m kzth_desktop`` starts the desktop application."""

from __future__ import annotations

from kzth_desktop.gui.app import main

raise SystemExit(main())
