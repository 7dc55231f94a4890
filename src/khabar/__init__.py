"""khabar: news intelligence for Hindi and English."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from khabar.api import Khabar


def open(path: Any = None) -> Khabar:
    """Open (or create) a khabar store for the Python API (``khabar.api.Khabar``)."""
    from khabar.api import open as open_api

    return open_api(path)
