"""What every command shares: its texts, the parser class, the context and the printers."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import stat
import sys
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO

from app.domain.catalogue import labels_of
from app.domain.errors import ValidationError, shortened
from app.domain.labels import label
from app.lang import default_lang  # also app.cli.default_lang, for older callers
from app.text import text


def say(key: str, lang: str, **values: Any) -> str:
    """A text the command line prints: ``cli.<key>`` of app/catalogues/cli.json."""
    return text(f"cli.{key}", lang, **values)  # the one lookup (app.text)


def columns(lang: str, *names: str) -> list[str]:
    """The headings of a table the command line prints (labels ``cli_column``)."""
    table = labels_of("cli_column")
    return [table[name].get(lang) or table[name]["en"] for name in names]


class CliProblem(ValidationError):
    """A refusal of the command line itself (exit status 2).

    Its code (``cli.date_range``, …) is a key of app/catalogues/cli.json; a ``kind`` value
    is the kind of path named (labels ``path_kind``).
    """

    def render(self, lang: str = "en") -> str:
        values = dict(self.values)
        if "kind" in values:
            values["kind"] = label("path_kind", str(values["kind"]), lang)
        return text(self.code, lang, **values)


def program_name() -> str:
    """The program as it was started, for usage lines and messages: ``inspectdesk`` for
    the installed or frozen command, ``python -m app`` when run as a module."""
    if getattr(sys, "frozen", False):
        return "inspectdesk"
    started = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    name = started.removesuffix(".exe")
    if name.lower().startswith("inspectdesk"):
        return name
    return "python -m app"


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


INT32 = 2**31 - 1  # the largest value an integer column holds on every backend
MAX_DIGITS = 18  # a whole number given on the command line: within 64 bits


def shown_value(text: str, limit: int = 40) -> str:
    """``text`` as a message quotes it: at most ``limit`` characters, the length if cut."""
    return shortened(text, limit)


def whole_number(text: str, option: str, low: int | None = None, high: int | None = None) -> int:
    """``text`` as an integer (from ``low`` to ``high`` when given); a CliProblem naming
    ``option`` else. Without bounds the range is the use case's to check and to tell.

    The digits are counted before they are converted: a number of thousands of digits
    is refused at once (Python itself refuses to convert more than 4,300 digits, and a
    number beyond 64 bits would fail in the database instead).
    """
    value = text.strip()
    digits = value[1:] if value[:1] in "+-" else value
    number: int | None = None
    if digits.isascii() and digits.isdigit() and len(digits) <= MAX_DIGITS:
        number = int(value)
    if low is not None and high is not None:
        if number is None or not low <= number <= high:
            raise CliProblem(
                "cli.number", option=option, value=shown_value(text), low=low, high=high
            )
    elif number is None:
        raise CliProblem(
            "cli.not_a_number", option=option, value=shown_value(text), digits=MAX_DIGITS
        )
    return number


def _special_kind(path: Path) -> str | None:
    """What ``path`` is if it exists and is not a regular file (following links)."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None  # nothing there (yet)
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "pipe" if stat.S_ISFIFO(mode) else "other"


def check_output(path: Path | None) -> None:
    """Refuse, before any work, an output that exists and is not a regular file: writing
    a file there would replace a folder's name, a device (``/dev/…``) or a pipe.
    A missing folder or one that may not be written is told by the export itself."""
    kind = _special_kind(path) if path is not None else None
    if kind is not None:
        raise CliProblem("cli.output_not_a_file", path=str(path), kind=kind)


def check_input(path: Path) -> None:
    """Refuse an input that exists and is not a regular file (a folder, ``/dev/zero``, a
    pipe that would block): reading it could not end or could not mean anything."""
    kind = _special_kind(path)
    if kind is not None:
        raise CliProblem("cli.input_not_a_file", path=str(path), kind=kind)


def jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {k: jsonable(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def print_json(data: Any, out: TextIO) -> None:
    """A record indented; a list one element per line (a list of rows reads as a table,
    and is written by json's C encoder, which ``indent`` would turn off)."""
    value = jsonable(data)
    if isinstance(value, list) and value:
        lines = (json.dumps(item, ensure_ascii=False) for item in value)
        out.write("[\n" + ",\n".join(lines) + "\n]\n")
    else:
        out.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def display_width(text: str) -> int:
    """The columns ``text`` takes in a terminal: two for each wide (CJK) character."""
    if text.isascii():  # most cells (codes, dates, statuses): no character-by-character look
        return len(text)
    width = unicodedata.east_asian_width
    return len(text) + sum(1 for char in text if width(char) in "WF")


def print_table(
    headers: Sequence[str], rows: Sequence[Sequence[Any]], out: TextIO, lang: str
) -> None:
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [
        max([display_width(h)] + [display_width(r[i]) for r in cells])
        for i, h in enumerate(headers)
    ]

    def line(values: Sequence[str]) -> str:
        return "  ".join(
            v + " " * (widths[i] - display_width(v)) for i, v in enumerate(values)
        ).rstrip()

    out.write(line(headers) + "\n")
    for row in cells:
        out.write(line(row) + "\n")
    if not cells:
        out.write(say("none", lang) + "\n")


class Context:
    def __init__(self, args: argparse.Namespace, out: TextIO) -> None:
        from app.services.support.context import local_actor

        self.args = args
        self.lang: str = args.lang or default_lang()
        self.out = out
        self.actor = local_actor(args.user)
        self._db: Any = None
        self.provinces: dict[str, Any] | None = None

    @property
    def db(self) -> Any:
        if self._db is None:
            from app.db.migrate import open_database

            self._db = open_database(self.args.db)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()


def as_of(value: str | None, option: str = "--as-of") -> date | None:
    """The day an option names (None when not given), within the years any record has:
    a day such as 9999-12-31 would overflow the reckoning of deadlines from it."""
    from app.domain.ranges import MAX_YEAR, MIN_YEAR
    from app.domain.workdays import parse_date

    if not value:
        return None
    day = parse_date(value, option)
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise CliProblem(
            "cli.date_range", option=option, value=day.isoformat(), low=MIN_YEAR, high=MAX_YEAR
        )
    return day


Handler = Callable[[Context], int]


@dataclass
class Registry:
    """Where a command module adds its commands: ``register(registry)`` in each module."""

    sub: Any  # the parser's sub-parsers action
    common: Parser  # the global options, repeated on every sub-command
    handlers: dict[str, Handler]

    def command(self, name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
        self.handlers[name] = handler
        p: argparse.ArgumentParser = self.sub.add_parser(
            name, help=help_text, parents=[self.common]
        )
        return p

    def subcommands(
        self, parser: argparse.ArgumentParser
    ) -> Callable[..., argparse.ArgumentParser]:
        """A function adding ``SUBCOMMAND``s to ``parser``: ``add(name, help_text)``."""
        group = parser.add_subparsers(
            dest="subcommand", metavar="SUBCOMMAND", required=True, parser_class=Parser
        )

        def add(name: str, help_text: str) -> argparse.ArgumentParser:
            p: argparse.ArgumentParser = group.add_parser(
                name, help=help_text, parents=[self.common]
            )
            return p

        return add


def with_json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print JSON (an array of objects)")
