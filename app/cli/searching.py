"""``search find`` and ``search reindex``: the global search from the command line, and
rebuilding its index (after a restore from an old program, or when a check says so)."""

from __future__ import annotations

import sys

from app.cli.base import Context, Registry, columns, print_json, print_table, say
from app.domain.catalogue import labels_of


def cmd_search(ctx: Context) -> int:
    from app.services.overview import search

    if ctx.args.subcommand == "reindex":
        lang = ctx.lang

        def progress(done: int, total: int) -> None:  # on stderr: stdout keeps the result
            sys.stderr.write(say("reindex_progress", lang, done=done, total=total) + "\n")
            sys.stderr.flush()

        count = search.rebuild_index(ctx.db, ctx.actor, progress=progress)
        ctx.out.write(say("reindexed", lang, count=count) + "\n")
        return 0
    hits = search.search(ctx.db, ctx.actor, ctx.args.query, limit=ctx.args.limit)
    if ctx.args.json:
        print_json([vars(h) for h in hits], ctx.out)
        return 0
    from app.services.registry import reference

    kinds = labels_of("audit_record_type")
    provinces = reference.provinces(ctx.db)
    print_table(
        columns(ctx.lang, "kind", "case", "province", "title", "snippet"),
        [
            (
                kinds[h.kind].get(ctx.lang) or kinds[h.kind]["en"],
                h.case_number or "—",
                provinces[h.province_code].name(ctx.lang)
                if h.province_code in provinces
                else h.province_code,
                h.title,
                h.snippet,
            )
            for h in hits
        ],
        ctx.out,
        ctx.lang,
    )
    return 0


def register(r: Registry) -> None:
    add = r.subcommands(
        r.command("search", "search every record; rebuild the search index", cmd_search)
    )
    p = add("find", "records holding every word of QUERY (two-character Chinese words too)")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true", help="print JSON (an array of objects)")
    add(
        "reindex",
        "rebuild the search index from the records, in one transaction (progress on "
        "stderr); supervisors and administrators who see every province",
    )
