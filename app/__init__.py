"""InspectDesk: case management for security-assessment reviews and on-site inspections."""

from __future__ import annotations

import functools


@functools.cache
def _version() -> str:
    from importlib import metadata  # a few dozen milliseconds: only when asked for

    try:
        return metadata.version("inspectdesk")
    except metadata.PackageNotFoundError:  # a source tree that was not installed
        return "0.0.0+source"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'app' has no attribute {name!r}")
