"""Entry script of the installer's windowed program ``kzth-desktop`` (see kzth.spec)."""

from __future__ import annotations

from kzth_desktop.gui.app import main

raise SystemExit(main())
