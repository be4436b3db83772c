"""Logging in on the command line, and the administrators' user commands."""

from __future__ import annotations

import os
import sys

from app.cli.base import (
    Context,
    Registry,
    columns,
    print_json,
    print_table,
    say,
    with_json,
)

# Commands that run without logging in: ``init`` (creates or upgrades the file),
# ``deadline`` (reads only the public calendar) and ``restore`` (unpacks an archive into a
# new file, never opening the database in use); the desktop application, started by
# app.entry and not a command here, asks in its login dialog.
# ``signing`` keeps its settings in the user's folder, never in the database, and
# ``verify-dossier`` opens a database only when given one with --db.
NO_LOGIN = frozenset({"init", "deadline", "restore", "signing"})
PASSWORD_VAR = "INSPECTDESK_PASSWORD"
NEW_PASSWORD_VAR = "INSPECTDESK_NEW_PASSWORD"


def _read_password(variable: str, prompt: str, *, confirm: str | None = None) -> str:
    """The password in ``variable``, else asked at the terminal; never asked when not a tty."""
    import getpass

    from app.domain.errors import ValidationError

    value = os.environ.get(variable)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise ValidationError("auth.password_required", variable=variable)
    password = getpass.getpass(prompt)
    if confirm is not None and getpass.getpass(confirm) != password:
        raise ValidationError("auth.password_mismatch")
    return password


def authenticate(ctx: Context) -> None:
    """Once any user exists, replace the local actor by the authenticated user."""
    from app.domain.errors import ValidationError
    from app.services.registry.users import authenticate as check
    from app.services.registry.users import users_exist

    if ctx.args.command == "verify-dossier" and not getattr(ctx.args, "db", None):
        return
    if ctx.args.command in NO_LOGIN or not users_exist(ctx.db):
        return  # a workstation without accounts: the local actor, as always
    login = getattr(ctx.args, "user", None)
    if not login:
        raise ValidationError("auth.login_required")
    password = _read_password(PASSWORD_VAR, say("password_prompt", ctx.lang, login=login))
    ctx.actor = check(ctx.db, login, password)


def _scope_arg(value: str | None, all_provinces: bool) -> frozenset[str] | None:
    if all_provinces:
        return None
    return frozenset(v.strip() for v in (value or "").split(",") if v.strip())


def _new_password(ctx: Context, login: str) -> str:
    return _read_password(
        NEW_PASSWORD_VAR,
        say("new_password_prompt", ctx.lang, login=login),
        confirm=say("repeat_prompt", ctx.lang),
    )


def cmd_user(ctx: Context) -> int:
    from app.services.registry import users
    from app.services.support.permissions import role_label

    a = ctx.args
    if a.subcommand == "list":
        rows = users.list_users(ctx.db, ctx.actor)
        if a.json:
            print_json(rows, ctx.out)
            return 0
        print_table(
            columns(ctx.lang, "login", "display_name", "role", "provinces", "state"),
            [
                (
                    r.login,
                    r.display_name,
                    role_label(r.role, ctx.lang),
                    say("all_provinces", ctx.lang) if r.all_provinces else ", ".join(r.provinces),
                    say("disabled", ctx.lang) if r.disabled else "",
                )
                for r in rows
            ],
            ctx.out,
            ctx.lang,
        )
        return 0
    if a.subcommand == "add":
        scope = _scope_arg(a.provinces, a.all or a.role == "admin")
        if scope is not None and not scope:
            from app.domain.errors import ValidationError

            raise ValidationError("user.scope_required", field="provinces")
        password = _new_password(ctx, a.login)
        users.add_user(ctx.db, ctx.actor, a.login, a.name or a.login, a.role, scope, password)
        ctx.out.write(say("user_added", ctx.lang, login=a.login, role=a.role) + "\n")
        return 0
    if a.subcommand == "disable":
        users.disable_user(ctx.db, ctx.actor, a.login)
    elif a.subcommand == "enable":
        users.enable_user(ctx.db, ctx.actor, a.login)
    elif a.subcommand == "role":
        users.set_role(ctx.db, ctx.actor, a.login, a.role)
    elif a.subcommand == "scope":
        users.set_scope(ctx.db, ctx.actor, a.login, _scope_arg(a.provinces, a.all))
    elif a.subcommand == "reset-password":
        from app.services.support.permissions import require

        require(ctx.actor, "user.manage")  # refuse before asking for a password
        users.reset_password(ctx.db, ctx.actor, a.login, _new_password(ctx, a.login))
    ctx.out.write(say("user_changed", ctx.lang, login=a.login) + "\n")
    return 0


ROLES = ("viewer", "inspector", "supervisor", "admin")


def register(r: Registry) -> None:
    add = r.subcommands(
        r.command(
            "user", "user accounts (administrators): add, list, disable, role, scope", cmd_user
        )
    )
    p = add("add", "add a user (password from $INSPECTDESK_NEW_PASSWORD or a prompt)")
    p.add_argument("login")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--name", help="display name (default: the login)")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--provinces", help="province codes or names, comma-separated")
    scope.add_argument("--all", action="store_true", help="every province")
    with_json(add("list", "list the users"))
    p = add("disable", "disable a user (users are never deleted)")
    p.add_argument("login")
    p = add("enable", "enable a disabled or locked user again")
    p.add_argument("login")
    p = add("role", "change a user's role")
    p.add_argument("login")
    p.add_argument("role", choices=ROLES)
    p = add("scope", "change a user's provinces")
    p.add_argument("login")
    p.add_argument("provinces", nargs="?", help="province codes or names, comma-separated")
    p.add_argument("--all", action="store_true", help="every province")
    p = add("reset-password", "set a new password (from $INSPECTDESK_NEW_PASSWORD or a prompt)")
    p.add_argument("login")
