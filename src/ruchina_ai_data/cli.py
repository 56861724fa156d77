"""Command-line interface: build, validate, run (both), list and show."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .cli_format import FORMATS, LAYOUTS, rows_view, terminal_width, write_frame
from .spec import TABLES, UnknownTableError


def _print_summary(report: object) -> None:
    from .checks.findings import ValidationReport

    assert isinstance(report, ValidationReport)
    header = (
        f"{'table':<20} {'rows':>6} {'cols':>5} {'csv bytes':>10} {'parquet bytes':>14} "
        f"{'errors':>7}"
    )
    print(header)
    print("-" * len(header))
    for status in report.tables.values():
        print(
            f"{status.name:<20} {status.rows if status.rows is not None else '-':>6} "
            f"{status.columns:>5} {status.csv_bytes or '-':>10} {status.parquet_bytes or '-':>14} "
            f"{status.errors:>7}"
        )
    for line in report.skipped:
        print(f"note: {line}")
    print(f"checks run: {', '.join(report.checks_run)}")


def _print_build(result: object) -> None:
    from .publish.writer import BuildResult

    assert isinstance(result, BuildResult)
    print(f"built {len(result.rows)} tables in {result.root}")
    for name, rows in result.rows.items():
        print(f"  {name:<20} {rows:>6} rows")


def cmd_build(args: argparse.Namespace) -> int:
    """Rebuild the tables from the report."""
    from .pipeline import build

    _print_build(build(args.source, Path(args.out) if args.out else None))
    return 0


def _validate(args: argparse.Namespace, root: Path, **kwargs: Any) -> int:
    from .checks import validate_package

    kwargs.setdefault("source", args.source)
    report = validate_package(root, **kwargs)
    _print_summary(report)
    if report.ok:
        print(f"VALID: {root} passed every check")
        return 0
    print(f"INVALID: {len(report.findings)} defect(s) in {root}", file=sys.stderr)
    for finding in report.findings:
        print(f"  {finding}", file=sys.stderr)
    return 1


def package_folder(given: str) -> Path:
    """The folder of a package named by its folder or by its `datapackage.json`."""
    path = Path(given)
    if path.is_file() and path.name == "datapackage.json":
        return path.parent
    if (path / "datapackage.json").is_file():
        return path
    raise FileNotFoundError(
        f"no package at {given}: expected a folder holding datapackage.json, or that file"
    )


def cmd_validate(args: argparse.Namespace) -> int:
    """Validate a package folder; non-zero exit on any defect."""
    from .loader import data_root

    root = package_folder(args.path) if args.path else data_root()
    return _validate(args, root, against_source=not args.no_source)


def cmd_run(args: argparse.Namespace) -> int:
    """Rebuild where the report is present, then validate the result with the rows just
    built (the report is read once and nothing is built twice)."""
    from .loader import data_root
    from .pipeline import default_output_root, rows_from
    from .publish.writer import write_package
    from .source.pin import SourceError, read_source

    try:
        pinned = read_source(args.source)
    except SourceError as error:
        print(f"note: not rebuilding ({error}); validating the shipped tables")
        root = Path(args.out) if args.out else data_root()
        return _validate(args, root, against_source=not args.no_source)
    rows = rows_from(pinned)
    result = write_package(rows, Path(args.out) if args.out else default_output_root())
    _print_build(result)
    _charts(result.root)
    return _validate(
        args, result.root, source=pinned, rebuilt=rows, against_source=not args.no_source
    )


def _charts(root: Path) -> None:
    """Redraw `docs/charts/` from the tables just built, where the explore extra is here."""
    try:
        from .explore.charts import write_charts

        written = write_charts(root / "docs" / "charts", root)
    except ImportError as error:
        print(f"note: charts not redrawn ({error})")
        return
    print(f"redrew {len(written)} chart files in {root / 'docs' / 'charts'}")


def cmd_plots(args: argparse.Namespace) -> int:
    from .explore.charts import write_charts

    for path in write_charts(Path(args.out)):
        print(f"wrote {path}")
    return 0


def _open_statements(args: argparse.Namespace) -> int:
    """For curators: statements naming two or more entities that nothing covers yet."""
    from .curation.curated import read_all
    from .derive.derived import derive
    from .source.parser import parse_report
    from .source.pin import read_source

    pinned = read_source(args.source)
    derived = derive(pinned, parse_report(pinned.text), read_all(), strict=False)
    low, _, high = (args.lines or "1-999999").partition("-")
    shown = 0
    for code, statements in derived.statements.items():
        for s in statements:
            if len(s.entities) < 2 or s.covered_by or s.exclusion is not None:
                continue
            if args.edition not in (None, code) or not int(low) <= s.line <= int(high or low):
                continue
            shown += 1
            print(f"{s.id} (line {s.line}) names {', '.join(s.entities)}\n    {s.text}")
    print(f"{shown} statement(s) naming two or more entities are neither covered nor excluded")
    return 1 if shown else 0


def cmd_coverage(args: argparse.Namespace) -> int:
    """For curators: check curated facts and show numerals not yet captured or excluded
    (with --statements, the statements naming two entities that nothing covers)."""
    if args.statements:
        return _open_statements(args)
    from .derive.completeness import describe
    from .derive.review import review
    from .source.parser import parse_report
    from .source.pin import read_source

    errors, numerals = review(parse_report(read_source(args.source).text))
    low, _, high = (args.lines or "1-999999").partition("-")
    chosen = [
        n
        for n in numerals
        if int(low) <= n.line <= int(high or low)
        and (args.edition is None or n.edition == args.edition)
        and (args.all or n.status == "uncovered")
    ]
    for error in errors:
        print(f"ERROR {error}")
    if args.all:
        for n in chosen:
            print(f"  {n.edition} {n.line}: {n.numeral!r} {n.status} {n.covered_by or ''}")
    else:
        print(describe(chosen))
    counts = {
        s: sum(1 for n in numerals if n.status == s) for s in ("captured", "excluded", "uncovered")
    }
    print(f"{len(errors)} curation error(s); numerals: {counts}; shown: {len(chosen)}")
    return 1 if errors or counts["uncovered"] else 0


def cmd_diff(args: argparse.Namespace) -> int:
    """Compare two builds; exit 1 when the new version does not make the bump required."""
    from .loader import data_root
    from .publish.release_diff import bump_satisfied, diff_packages, render

    result = diff_packages(Path(args.old), Path(args.new) if args.new else data_root())
    print(render(result))
    if (
        result.old_version
        and result.new_version
        and not bump_satisfied(result.old_version, result.new_version, result.bump)
    ):
        return 1
    return 0


def cmd_sql(args: argparse.Namespace) -> int:
    """Run a query over every table with DuckDB (the `sql` extra); full cells except in the
    `table` format, which cuts them at `--width`."""
    from .extras import require
    from .loader import path, tables

    duckdb = require("duckdb", "sql", "the sql command")

    if not args.query.strip():
        print("error: the query is empty", file=sys.stderr)
        return 2
    con = duckdb.connect()
    for name in tables():
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{path(name)}')")
    try:
        result = con.sql(args.query)
    except duckdb.Error as error:
        hint = ""
        if isinstance(error, duckdb.CatalogException):
            hint = f"\nthe tables are: {', '.join(tables())}"
        print(f"error: {error}{hint}", file=sys.stderr)
        return 2
    if result is None:
        return 0
    write_frame(result.to_df(), args.format, args.width)
    return 0


def cmd_list(_: argparse.Namespace) -> int:
    """List the tables."""
    from .loader import tables

    for name, title in tables().items():
        print(f"{name:<20} {title}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """Print a table's columns and first rows."""
    from .loader import load
    from .spec import get_table

    table = get_table(args.name)
    frame = load(args.name)
    print(f"{table.name}: {table.description}")
    print(f"{len(frame)} rows; primary key {', '.join(table.primary_key)}\n")
    for column in table.columns:
        unit = f" [{column.unit}]" if column.unit else ""
        print(f"  {column.name:<22} {column.type:<9} {column.description}{unit}")
    print()
    width = args.width or terminal_width()
    print(rows_view(frame.head(args.rows), len(frame), args.layout, width))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Print the records whose names, spellings, descriptions or evidence hold a text."""
    from .lookup import search

    found = search(args.text, tables=args.table or None)
    if found.empty:
        print(f"nothing found for {args.text!r}", file=sys.stderr)
        return 1
    write_frame(found, args.format, args.width)
    return 0


def cmd_sqlite(args: argparse.Namespace) -> int:
    from .explore.database import write_database

    out = write_database(Path(args.out), Path(args.root) if args.root else None)
    print(f"wrote every table to {out} (keys, types, full-text search)")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .explore.serve import serve

    return serve(Path(args.db) if args.db else None, host=args.host, port=args.port)


def cmd_graph(args: argparse.Namespace) -> int:
    from .explore.graph import write_graph

    out = write_graph(Path(args.out), args.format)
    print(f"wrote the entities and their relations to {out} ({args.format})")
    return 0


def parser() -> argparse.ArgumentParser:
    """The argument parser."""
    root = argparse.ArgumentParser(
        prog="ruchina-ai-data",
        description="Tables of the 2023 DGRIS report on Russia-China cooperation in AI.",
    )
    from ._version import __version__

    root.add_argument("--version", action="version", version=f"ruchina-ai-data {__version__}")
    sub = root.add_subparsers(dest="command", required=True)
    source_help = (
        "path of report.md (default: $RUCHINA_AI_DATA_SOURCE, then "
        "../shared/source/report.md beside the checkout)"
    )
    build = sub.add_parser("build", help="rebuild datasets/ and datapackage.json from the report")
    build.add_argument("--source", help=source_help)
    build.add_argument("--out", help="folder to write into (default: the checkout)")
    build.set_defaults(func=cmd_build)
    validate = sub.add_parser("validate", help="validate a package folder (default: ours)")
    validate.add_argument("path", nargs="?", help="folder holding datapackage.json, or that file")
    validate.add_argument("--source", help=source_help)
    validate.add_argument(
        "--no-source", action="store_true", help="skip the checks that read the source report"
    )
    validate.set_defaults(func=cmd_validate)
    run = sub.add_parser("run", help="build (where the report is present), validate, summarise")
    run.add_argument("--source", help=source_help)
    run.add_argument("--out", help="folder to write into (default: the checkout)")
    run.add_argument("--no-source", action="store_true", help=argparse.SUPPRESS)
    run.set_defaults(func=cmd_run)
    coverage = sub.add_parser("coverage", help="check curated facts; list uncovered numerals")
    coverage.add_argument("--source", help=source_help)
    coverage.add_argument("--edition", choices=("en", "fr"))
    coverage.add_argument("--lines", help="only lines A-B of report.md")
    coverage.add_argument("--all", action="store_true", help="show covered numerals too")
    coverage.add_argument(
        "--statements",
        action="store_true",
        help="list the statements naming two or more entities that no record covers",
    )
    coverage.set_defaults(func=cmd_coverage)
    diff = sub.add_parser("diff", help="compare two builds and say the SemVer bump they need")
    diff.add_argument("old", help="folder holding the old datapackage.json")
    diff.add_argument("new", nargs="?", help="folder of the new build (default: ours)")
    diff.set_defaults(func=cmd_diff)
    sql = sub.add_parser("sql", help="run a SQL query over every table (needs the sql extra)")
    sql.add_argument("query", help='e.g. "SELECT kind, count(*) FROM footnotes_en GROUP BY 1"')
    sql.add_argument("--format", choices=FORMATS, default="table")
    sql.add_argument("--width", type=int, default=60, help="cell width in the table format")
    sql.set_defaults(func=cmd_sql)
    listing = sub.add_parser("list", help="list the tables")
    listing.set_defaults(func=cmd_list)
    show = sub.add_parser("show", help="describe a table and print its first rows")
    show.add_argument("name", help=f"one of: {', '.join(t.name for t in TABLES)}")
    show.add_argument("--rows", type=int, default=10)
    show.add_argument(
        "--layout",
        choices=LAYOUTS,
        default="auto",
        help="rows side by side (wide), one block per row with wrapped cells (records), or "
        "whichever fits (auto)",
    )
    show.add_argument("--width", type=int, help="line width (default: the terminal's)")
    show.set_defaults(func=cmd_show)
    search = sub.add_parser(
        "search", help="find records by a word in names, spellings, descriptions and evidence"
    )
    search.add_argument("text", help="a word or phrase; case and accents are ignored")
    search.add_argument("--table", action="append", help="search this table only (repeatable)")
    search.add_argument("--format", choices=FORMATS, default="table")
    search.add_argument("--width", type=int, default=60, help="cell width in the table format")
    search.set_defaults(func=cmd_search)
    sqlite = sub.add_parser("sqlite", help="write every table to SQLite (needs the explore extra)")
    sqlite.add_argument("out", help="the .db file to write (replaced if it exists)")
    sqlite.add_argument("--root", help="package folder to read (default: ours)")
    sqlite.set_defaults(func=cmd_sqlite)
    serve = sub.add_parser("serve", help="browse the tables in Datasette (needs the explore extra)")
    serve.add_argument("db", nargs="?", help="database from `sqlite` (default: a fresh one)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8001)
    serve.set_defaults(func=cmd_serve)
    graph = sub.add_parser("graph", help="entities and relations as GraphML or JSON (explore)")
    graph.add_argument("out", help="file to write")
    graph.add_argument("--format", choices=("graphml", "json"), default="graphml")
    graph.set_defaults(func=cmd_graph)
    plots = sub.add_parser("plots", help="draw the charts as SVG and PNG (explore extra)")
    plots.add_argument("out", help="folder to write the charts into")
    plots.set_defaults(func=cmd_plots)
    return root


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `ruchina-ai-data` command."""
    args = parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:
        # The reader (`head`) closed the pipe: stop quietly, and keep Python from failing
        # again when it flushes stdout at exit.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except UnknownTableError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except Exception as error:
        from .explore.errors import ExploreError
        from .extras import MissingExtraError
        from .source.pin import SourceError

        expected = (SourceError, ExploreError, MissingExtraError, FileNotFoundError, ValueError)
        if isinstance(error, expected):
            print(f"error: {error}", file=sys.stderr)
            return 2
        raise
