"""The program's one logging setup: a rotating file in the user's log folder.

The window logs everything from INFO up (its own work and unexpected errors); the
command line only writes the traceback of an unexpected error there, and says on
the terminal where it is.  Both go through :func:`log_to_file`, so the file, its
size limit and the line format are the same whichever way the program started.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from app.paths import log_dir

FILE_NAME = "inspectdesk.log"
MAX_BYTES = 2_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    return log_dir() / FILE_NAME


def log_to_file(logger: logging.Logger | None = None, level: int = logging.INFO) -> Path:
    """Send ``logger`` (the root logger by default) to the log file, once; the file's path."""
    target = logger or logging.getLogger()
    path = log_file()
    for handler in target.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and (
            Path(handler.baseFilename) == path
        ):
            return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    target.addHandler(handler)
    if logger is None:
        target.setLevel(level)
    return path
