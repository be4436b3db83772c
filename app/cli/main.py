"""Parsing the command line and running one command with its errors rendered."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from app.cli import exchange, exports, findings, maintenance, records, signing, users
from app.cli.base import Context, Handler, Parser, Registry, say
from app.domain.errors import InspectDeskError

# Each module adds its commands; a new module is one line here.
MODULES = (records, maintenance, users, exports, signing, exchange, findings)


def _global_options(suppress: bool) -> Parser:
    # Sub-commands accept the global options too; SUPPRESS keeps a value given
    # before the sub-command from being reset to None after it.
    extra: dict[str, Any] = {"default": argparse.SUPPRESS} if suppress else {}
    p = Parser(add_help=False)
    p.add_argument(
        "--db",
        help="database file or URL (default: $INSPECTDESK_DB, then the file in the user data folder)",
        **extra,
    )
    p.add_argument("--lang", choices=("zh", "en"), help="language of messages", **extra)
    p.add_argument(
        "--user",
        help="your login (needed once user accounts exist; password from "
        "$INSPECTDESK_PASSWORD or a prompt)",
        **extra,
    )
    return p


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    parser = Parser(
        prog="python -m app",
        description="InspectDesk: security-assessment case management",
        parents=[_global_options(suppress=False)],
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    registry = Registry(sub=sub, common=_global_options(suppress=True), handlers={})
    for module in MODULES:
        module.register(registry)
    return parser, registry.handlers


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one command; returns the exit status (never raises for user errors)."""
    import app.services  # noqa: F401  (registers the message catalogues)

    parser, handlers = build_parser()
    args = parser.parse_args(argv)
    ctx = Context(args, out or sys.stdout)
    if not args.command:
        args.command = "gui"
    try:
        users.authenticate(ctx)
        return handlers[args.command](ctx)
    except InspectDeskError as exc:
        sys.stderr.write(exc.render(ctx.lang) + "\n")
        return exc.exit_code
    except Exception as exc:
        from sqlalchemy.exc import DBAPIError

        if isinstance(exc, DBAPIError):
            from app.domain.errors import render

            url = args.db or os.environ.get("INSPECTDESK_DB") or "default"
            if "://" in url:  # never print a password given in the URL
                from sqlalchemy.engine import make_url

                url = make_url(url).render_as_string(hide_password=True)
            sys.stderr.write(
                render("db.unreachable", {"url": url, "reason": str(exc.orig)}, ctx.lang) + "\n"
            )
            return 2
        log = _log_exception()
        sys.stderr.write(say("unexpected", ctx.lang, error=repr(exc), log=log) + "\n")
        return 3
    finally:
        ctx.close()


def _log_exception() -> Path:
    import logging
    import logging.handlers

    from app.paths import log_dir

    path = log_dir() / "inspectdesk.log"
    logger = logging.getLogger("inspectdesk.cli")
    if not logger.handlers:
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
    logger.exception("unexpected error in command line")
    return path
