"""What every command shares: its texts, the parser class, the context and the printers."""

from __future__ import annotations

import argparse
import dataclasses
import json
import locale
import os
import sys
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NoReturn, TextIO

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
}


def say(key: str, lang: str, **values: Any) -> str:
    return TEXTS[key].get(lang, TEXTS[key]["en"]).format(**values)


def default_lang() -> str:
    for var in ("INSPECTDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "zh" if code.lower().startswith("zh") else "en"


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


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


def as_of(value: str | None) -> date | None:
    from app.domain.workdays import parse_date

    return parse_date(value, "--as-of") if value else None


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
