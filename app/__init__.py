"""InspectDesk: case management for security-assessment reviews and on-site inspections."""

from importlib import metadata

try:
    __version__ = metadata.version("inspectdesk")
except metadata.PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"
