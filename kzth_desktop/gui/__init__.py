"""The desktop interface (the only layer that imports PySide6)."""

# The Qt-free core is imported before PySide6: once PySide6 is loaded, its ``__feature__``
# import hook reads the source of every module imported after it, which made SQLAlchemy and
# the services a fifth of the start-up (DESIGN §8: the window shown within 1.5 s).
import kzth_desktop.services  # noqa: F401
