"""What every command shares: its texts, the parser class, the context and the printers."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import stat
import sys
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO

from app.domain.errors import ValidationError, shortened
from app.lang import default_lang  # also app.cli.default_lang, for older callers
from app.text import text

# Texts the command line itself prints (the services' messages live in their catalogues).
TEXTS: dict[str, dict[str, str]] = {
    "schema": {
        "zh": "数据库：{db}\n架构版本：{revision}",
        "en": "Database: {db}\nSchema revision: {revision}",
    },
    "migrated": {
        "zh": "已从 {before} 升级，原文件备份为 {backup}",
        "en": "Upgraded from {before}; the previous file was copied to {backup}",
    },
    "migrated_server": {
        "zh": "已从 {before} 升级（服务器上的数据库）",
        "en": "Upgraded from {before} (a database on a server)",
    },
    "demo_loaded": {
        "zh": "已载入演示数据：{companies} 家企业，{cases} 个案件，{findings} 个问题（{overdue} 个已逾期），{inspections} 次现场检查，{attachments} 个附件",
        "en": "Demo data loaded: {companies} companies, {cases} cases, {findings} findings ({overdue} overdue), {inspections} inspections, {attachments} attachments",
    },
    "imported": {"zh": "已导入 {count} 家企业", "en": "Imported {count} companies"},
    "none": {"zh": "（无）", "en": "(none)"},
    "provisional": {
        "zh": "provisional（暂定：{years} 年尚无官方节假日安排，仅按周末计算）",
        "en": "provisional (no official holiday calendar for {years}: weekends only)",
    },
    "chain_ok": {
        "zh": "审计链完整：{events} 个事件，链尾哈希 {head}",
        "en": "Audit chain intact: {events} events, head {head}",
    },
    "check_ok": {
        "zh": "检查通过：数据库完整，{events} 个审计事件，{attachments} 个附件哈希一致",
        "en": "Check passed: database intact, {events} audit events, {attachments} attachment hashes match",
    },
    "check_failed": {"zh": "检查发现 {count} 个问题", "en": "Check found {count} problems"},
    "sqlite_version": {"zh": "SQLite 版本：{version}", "en": "SQLite version: {version}"},
    "server_version": {
        "zh": "PostgreSQL 版本：{version}",
        "en": "PostgreSQL version: {version}",
    },
    "backup_done": {
        "zh": "备份已写入 {path}（{files} 个附件，{size} 字节）",
        "en": "Backup written to {path} ({files} attachment files, {size} bytes)",
    },
    "restored": {"zh": "已恢复到 {path}", "en": "Restored to {path}"},
    "case_opened": {"zh": "已立案：{case_number}", "en": "Case opened: {case_number}"},
    "user_added": {"zh": "已添加用户 {login}（{role}）", "en": "User {login} added ({role})"},
    "user_changed": {"zh": "已更新用户 {login}", "en": "User {login} updated"},
    "password_prompt": {"zh": "{login} 的密码：", "en": "Password for {login}: "},
    "new_password_prompt": {"zh": "{login} 的新密码：", "en": "New password for {login}: "},
    "repeat_prompt": {"zh": "再次输入新密码：", "en": "Repeat the new password: "},
    "all_provinces": {"zh": "全部省份", "en": "all provinces"},
    "disabled": {"zh": "已停用", "en": "disabled"},
    "unexpected": {
        "zh": "意外错误：{error}（详情见日志 {log}）",
        "en": "Unexpected error: {error} (details in the log {log})",
    },
    # Refusals of the command line itself (CliProblem): exit status 2.
    "cli.number": {
        "zh": "{option}：“{value}”不是 {low} 到 {high} 之间的整数",
        "en": "{option}: “{value}” is not a whole number from {low} to {high}",
    },
    "cli.date_range": {
        "zh": "{option}：{value} 不在 {low} 年至 {high} 年之间",
        "en": "{option}: {value} is outside the years {low} to {high}",
    },
    "cli.not_a_number": {
        "zh": "{option}：“{value}”不是整数（最多 {digits} 位）",
        "en": "{option}: “{value}” is not a whole number (of at most {digits} digits)",
    },
    "cli.output_not_a_file": {
        "zh": "不能写入 {path}：它是{kind}，不是普通文件；请给出要写入的文件名",
        "en": "Cannot write {path}: it is {kind}, not a regular file; give the name of "
        "the file to write",
    },
    "cli.input_not_a_file": {
        "zh": "不能读取 {path}：它是{kind}，不是普通文件",
        "en": "Cannot read {path}: it is {kind}, not a regular file",
    },
    "cli.no_gui": {
        "zh": "没有给出命令（见 {prog} --help）；桌面程序由 {prog} 本身启动",
        "en": "No command given (see {prog} --help); the desktop application is started "
        "by {prog} itself",
    },
}

# How a path that is not a regular file is named in cli.output_not_a_file.
KINDS = {
    "folder": {"zh": "文件夹", "en": "a folder"},
    "device": {"zh": "设备", "en": "a device"},
    "pipe": {"zh": "管道", "en": "a pipe"},
    "other": {"zh": "特殊文件", "en": "a special file"},
}


def say(key: str, lang: str, **values: Any) -> str:
    return text(TEXTS, key, lang, **values)  # the one lookup (app.text)


class CliProblem(ValidationError):
    """A refusal of the command line itself, its text in :data:`TEXTS` (exit status 2)."""

    def render(self, lang: str = "en") -> str:
        values = dict(self.values)
        if "kind" in values:
            values["kind"] = KINDS[str(values["kind"])].get(lang, KINDS[str(values["kind"])]["en"])
        return say(self.code, lang, **values)


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
    out.write(json.dumps(jsonable(data), ensure_ascii=False, indent=2) + "\n")


def print_table(
    headers: Sequence[str], rows: Sequence[Sequence[Any]], out: TextIO, lang: str
) -> None:
    import unicodedata

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([width(h)] + [width(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (widths[i] - width(v)) for i, v in enumerate(values)).rstrip()

    out.write(line(headers) + "\n")
    for row in cells:
        out.write(line(row) + "\n")
    if not cells:
        out.write(say("none", lang) + "\n")


class Context:
    def __init__(self, args: argparse.Namespace, out: TextIO) -> None:
        from app.services.context import local_actor

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
