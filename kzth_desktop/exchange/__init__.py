"""The files that travel (DESIGN §5): keys, signatures, encryption, the three file formats.

Standard library and ``cryptography`` only: no Qt, no SQLAlchemy. The format is described in
``docs/bundle-format.md``.
"""

from __future__ import annotations

from kzth_desktop.exchange.reasons import (
    REASON_MESSAGES,
    RESULT_MESSAGES,
    ImportReason,
    ImportResult,
    reason_message,
)

__all__ = ["REASON_MESSAGES", "RESULT_MESSAGES", "ImportReason", "ImportResult", "reason_message"]
