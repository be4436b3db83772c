"""Parsing the command line and running one command with its errors rendered.

Exit status (also in ``--help``): see :data:`EXIT_STATUS`. A closed output (``| head``)
ends the command quietly with status 141, as a shell reports a command that a closed
pipe stopped (``--help`` and ``--version``, printed by argparse, still exit 0); an
interrupt (Ctrl-C) with 130.

The desktop application is not started from here: ``app.entry`` passes ``gui``, the
function that starts it, so that the command line never imports the window.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from app.cli import (
    exchange,
    exports,
    findings,
    maintenance,
    records,
    searching,
    signing,
    users,
)
from app.cli.base import Context, Handler, Parser, Registry, program_name, say
from app.domain.errors import InspectDeskError

# Each module adds its commands; a new module is one line here.
MODULES = (records, maintenance, users, exports, signing, exchange, findings, searching)

# Starts the desktop application: (the --db given, the --lang given) -> exit status.
GuiStarter = Callable[[str | None, str | None], int]

UNEXPECTED = 3
INTERRUPTED = 130  # 128 + SIGINT
PIPE_CLOSED = 141  # 128 + SIGPIPE
EXIT_STATUS = """exit status:
  0    success
  1    a check found a problem
  2    bad input or usage (the message says what and where; nothing was written)
  3    an unexpected error (the message names the log file with the details)
  130  interrupted (Ctrl-C)
  141  the output was closed before everything was printed (e.g. `| head`)"""


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


def _not_here(ctx: Context) -> int:  # "gui" is run by main itself (see GuiStarter)
    raise AssertionError("the gui command has no handler")


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    from app import __version__

    parser = Parser(
        prog=program_name(),
        description="InspectDesk: security-assessment case management "
        "(without a command: the desktop application)",
        epilog=EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_global_options(suppress=False)],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"InspectDesk {__version__}",
        help="print the version",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    registry = Registry(sub=sub, common=_global_options(suppress=True), handlers={})
    for module in MODULES:
        module.register(registry)
    registry.command("gui", "start the desktop application (as without a command)", _not_here)
    return parser, registry.handlers


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, *, gui: GuiStarter | None = None
) -> int:
    """Run one command; returns the exit status (never raises for user errors).

    Without a command (or with ``gui``) it calls ``gui`` with the --db and --lang given;
    ``app.entry.main`` passes the function starting the desktop application.
    """
    stream = out or sys.stdout
    try:
        return _run(argv, stream, gui)
    except BrokenPipeError:
        return _pipe_closed(stream)
    except KeyboardInterrupt:
        return INTERRUPTED


def _run(argv: Sequence[str] | None, stream: TextIO, gui: GuiStarter | None) -> int:
    if stream is sys.stdout:
        _tolerant(sys.stdout)
    _tolerant(sys.stderr)
    parser, handlers = build_parser()
    args = parser.parse_args(argv)
    if args.command in (None, "gui"):
        if gui is None:
            from app.lang import default_lang

            prog = program_name()
            sys.stderr.write(say("no_gui", args.lang or default_lang(), prog=prog) + "\n")
            return 2
        return gui(args.db, args.lang)
    ctx = Context(args, stream)
    try:
        users.authenticate(ctx)
        status = handlers[args.command](ctx)
        stream.flush()  # a closed pipe is told here, not at the interpreter's exit
        return status
    except BrokenPipeError:
        raise
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
        return UNEXPECTED
    finally:
        ctx.close()


def _tolerant(stream: TextIO) -> None:
    """A console that cannot show a character (an ASCII or GBK terminal) gets an escape
    for it instead of the command failing half-way through its output."""
    if getattr(stream, "errors", None) == "strict" and hasattr(stream, "reconfigure"):
        with contextlib.suppress(Exception):
            stream.reconfigure(errors="backslashreplace")


def _pipe_closed(stream: TextIO) -> int:
    """The reader of the output went away (``| head``): print nothing more, no traceback.

    A stream that still holds what could not be written is pointed at the null device,
    so that the interpreter's last flush at exit does not fail on it again.
    """
    for target in {id(s): s for s in (stream, sys.stdout, sys.stderr)}.values():
        try:
            target.flush()
            continue
        except (OSError, ValueError):
            pass
        with contextlib.suppress(OSError, ValueError, AttributeError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(devnull, target.fileno())
            finally:
                os.close(devnull)
    return PIPE_CLOSED


def _log_exception() -> Path:
    import logging

    from app.logs import log_to_file

    logger = logging.getLogger("inspectdesk.cli")
    path = log_to_file(logger)
    logger.exception("unexpected error in command line")
    return path
