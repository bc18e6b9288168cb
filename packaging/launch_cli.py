"""Entry script of the installer's console program ``kzth`` (see kzth.spec)."""

from __future__ import annotations

from kzth_desktop.cli import main

raise SystemExit(main())
