"""One logging setup (app.logs) for the window and the command line."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import pytest

from app import logs
from tests.cli.conftest import run_in_process


def _file_handlers(logger: logging.Logger) -> list[logging.Handler]:
    return [h for h in logger.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]


def test_a_logger_is_sent_to_the_file_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INSPECTDESK_DATA_DIR", str(tmp_path))
    logger = logging.getLogger("inspectdesk.test_logs")
    try:
        first = logs.log_to_file(logger)
        second = logs.log_to_file(logger)
        assert first == second == tmp_path / "logs" / "inspectdesk.log"
        assert len(_file_handlers(logger)) == 1
        logger.warning("资料已归档")
        for handler in logger.handlers:
            handler.flush()
        line = first.read_text(encoding="utf-8").strip()
        assert line.endswith("WARNING inspectdesk.test_logs: 资料已归档")
    finally:
        for handler in _file_handlers(logger):
            logger.removeHandler(handler)
            handler.close()


def test_an_unexpected_error_of_the_command_line_is_logged_with_its_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    env = {"INSPECTDESK_DATA_DIR": str(data), "LANG": "C", "QT_QPA_PLATFORM": "offscreen"}
    db = str(tmp_path / "x.sqlite3")
    assert run_in_process(["--db", db, "init"], env).rc == 0

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr("app.services.casework.cases.list_cases", broken)
    result = run_in_process(["--db", db, "--lang", "en", "cases", "list"], env)
    log = data / "logs" / "inspectdesk.log"
    assert result.rc != 0 and str(log) in result.err
    text = log.read_text(encoding="utf-8")
    assert "ERROR inspectdesk.cli: unexpected error in command line" in text
    assert "Traceback" in text and "RuntimeError: the disk went away" in text
