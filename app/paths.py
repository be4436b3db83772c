"""Where things are: the user's data folder and the resources shipped with the program.

One lookup serves the source tree and the frozen (PyInstaller) build alike;
``build.spec`` bundles exactly the folders named here.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_cache_path, user_config_path, user_data_path, user_log_path

APP_NAME = "InspectDesk"
DB_ENV = "INSPECTDESK_DB"


def project_root() -> Path:
    """The folder holding ``resources/`` and ``db/`` (the bundle folder when frozen)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return project_root().joinpath("resources", *parts)


def migrations_path() -> Path:
    return project_root() / "db" / "migrations"


def data_dir() -> Path:
    override = os.environ.get("INSPECTDESK_DATA_DIR")
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    override = os.environ.get("INSPECTDESK_DATA_DIR")
    path = Path(override) / "logs" if override else user_log_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    """The user's settings folder for what must stay out of the database (e.g. signing)."""
    override = os.environ.get("INSPECTDESK_CONFIG_DIR")
    data = os.environ.get("INSPECTDESK_DATA_DIR")
    if override:
        path = Path(override)
    elif data:  # a private data folder (tests, portable use) keeps its settings inside it
        path = Path(data) / "config"
    else:
        path = user_config_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Files the program can fetch again, e.g. attachments read from a PostgreSQL server."""
    override = os.environ.get("INSPECTDESK_DATA_DIR")
    path = Path(override) / "cache" if override else user_cache_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "inspectdesk.sqlite3"
