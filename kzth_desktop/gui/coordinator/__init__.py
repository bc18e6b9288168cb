"""The coordinator's window (``window.CoordinatorWindow``: menus, reporting year, assessment
period, tab widget) and one widget per tab, each built from its own ``ui/<name>_tab.ui`` and
made the first time its tab is shown."""
