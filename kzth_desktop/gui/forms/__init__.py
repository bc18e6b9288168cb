"""Generated from ui/*.ui by scripts/build_qt.py - do not edit."""
