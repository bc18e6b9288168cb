"""KZTH Desktop: risk assessment in counter-trafficking in persons (order No. 849 / No. 410)."""

from __future__ import annotations

__version__ = "0.1.0"
