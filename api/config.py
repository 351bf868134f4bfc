"""The server's settings are the one `newsgraph.settings.Settings` (kept here for existing imports)."""
from __future__ import annotations

from newsgraph.settings import Settings, get_settings

__all__ = ["Settings", "get_settings"]
