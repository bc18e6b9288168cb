"""``python -m kzth_desktop.cli``: the ``kzth`` command."""

from __future__ import annotations

from kzth_desktop.cli.main import main

raise SystemExit(main())
