"""Check a graph against the SHACL shapes in ``ontology/shapes.ttl``.

    graph ──validate_graph──▶ ValidationReport(conforms, violations=(Violation, ...))

Where the ontology files live: ``ontology/`` at the top of the repository is the only copy.
:data:`ONTOLOGY_DIR` is found in this order:

1. ``diplograph/ontology/`` inside the package, i.e. what :func:`importlib.resources.files` sees.
   In a checkout this is a symlink to the top-level ``ontology/`` directory; when a wheel is built,
   setuptools follows the symlink and ships the real files as package data (``ontology/*.ttl`` in
   ``[tool.setuptools.package-data]``), so an installed package needs no checkout.
2. ``<checkout>/ontology/`` found relative to this file, for checkouts where the symlink did not
   survive (e.g. Git on Windows without symlink support, which writes a small text file instead).

Both are cheap ``stat`` calls, so importing this module does no real work; the shapes are parsed
on first use and cached.
"""

from __future__ import annotations

import functools
import logging
import warnings
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from .errors import DiplographError, InputError

__all__ = ["ONTOLOGY_DIR", "SHAPES_PATH", "ValidationReport", "Violation", "validate_graph"]

logger = logging.getLogger(__name__)


def _find_ontology_dir() -> Path:
    """Return the directory holding ``diplograph.ttl`` and ``shapes.ttl`` (see the module docstring)."""
    packaged = Path(str(resources.files(__package__ or "diplograph") / "ontology"))
    checkout = Path(__file__).resolve().parent.parent.parent / "ontology"
    for candidate in (packaged, checkout):
        if (candidate / "shapes.ttl").is_file():
            return candidate
    # Report the packaged location: that is where an installed diplograph should have them.
    return packaged


#: The directory with ``diplograph.ttl`` (the OWL ontology) and ``shapes.ttl`` (SHACL shapes).
ONTOLOGY_DIR: Path = _find_ontology_dir()
#: The SHACL shapes :func:`validate_graph` uses by default.
SHAPES_PATH: Path = ONTOLOGY_DIR / "shapes.ttl"


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result, as text.

    Attributes:
        focus_node: the node that broke a rule, in N-Triples form (``<https://...>`` or ``_:b0``).
        path: the property path, in N-Triples form (``<https://w3id.org/diplograph/ontology#date>``),
            or ``""`` for a rule on the node itself.
        value: the offending value in N-Triples form (``"2016-13"^^<...#gYearMonth>``), or ``""``.
        message: the shape's ``sh:message``, else pyshacl's own description.
        severity: the local name of the severity: ``"Violation"``, ``"Warning"`` or ``"Info"``.
    """

    focus_node: str
    path: str
    value: str
    message: str
    severity: str


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of :func:`validate_graph`.

    Attributes:
        conforms: ``True`` when no result has severity ``Violation``.
        violations: every validation result (warnings and infos included), sorted for stable output.
    """

    conforms: bool
    violations: tuple[Violation, ...]


@functools.lru_cache(maxsize=8)
def _load_shapes(shapes_path: Path) -> Graph:
    """Parse a shapes file once per process; pyshacl only reads the shapes graph."""
    if not shapes_path.is_file():
        raise InputError("SHACL shapes file not found", path=str(shapes_path))
    try:
        return Graph().parse(shapes_path, format="turtle")
    except Exception as exc:  # rdflib's parsers raise their own, unrelated exception types
        raise InputError(f"not valid Turtle: {exc}", path=str(shapes_path)) from exc


def _n3(node: Node | None) -> str:
    return "" if node is None else node.n3()


def validate_graph(graph: Graph, *, shapes_path: Path | None = None) -> ValidationReport:
    """Validate ``graph`` against diplograph's SHACL shapes.

    Only the triples in ``graph`` are checked: no RDFS/OWL inference is run, because every article
    graph states the ``rdf:type`` of each node it mentions. Pass a :class:`rdflib.Dataset` to have
    each named graph (article) checked on its own, or the merged :class:`~rdflib.Graph`.

    Args:
        graph: the data to check.
        shapes_path: a SHACL shapes file in Turtle; defaults to :data:`SHAPES_PATH`.

    Returns:
        Whether the graph conforms, and every result pyshacl reported.

    Raises:
        InputError: the shapes file is missing or not valid Turtle.
        DiplographError: pyshacl could not run the validation.
    """
    # Imported here: pyshacl pulls in a lot, and most diplograph commands never validate.
    try:
        from pyshacl import validate
    except ImportError as exc:
        raise DiplographError(
            f"SHACL validation needs pyshacl ({exc}): pip install 'diplograph[shacl]'"
        ) from exc

    shapes = _load_shapes((shapes_path or SHAPES_PATH).resolve())
    try:
        with warnings.catch_warnings():
            # pyshacl 0.40 still calls Dataset.default_context, deprecated in rdflib 7: once per node.
            warnings.filterwarnings("ignore", "Dataset.default_context", DeprecationWarning)
            conforms, results_graph, _ = validate(
                graph, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=True
            )
    except Exception as exc:  # pyshacl's errors share no base class worth naming
        raise DiplographError(f"SHACL validation failed to run: {exc}") from exc

    if not isinstance(results_graph, Graph):  # only when asked to serialise the report, which we do not
        raise DiplographError("pyshacl returned a serialised report instead of a graph")
    # Only the report's own results: a failed sh:node also nests the inner results (sh:detail), whose
    # focus node is the offending value rather than the node the user has to fix.
    violations = sorted(
        (
            _violation(results_graph, result)
            for report in results_graph.subjects(RDF.type, SH.ValidationReport)
            for result in results_graph.objects(report, SH.result)
        ),
        key=lambda v: (v.focus_node, v.path, v.value, v.message),
    )
    logger.debug("SHACL validation: conforms=%s, %d results", conforms, len(violations))
    return ValidationReport(conforms=bool(conforms), violations=tuple(violations))


def _violation(results: Graph, result: Node) -> Violation:
    """Turn one ``sh:ValidationResult`` node into a :class:`Violation`."""
    message = results.value(result, SH.resultMessage)
    severity = results.value(result, SH.resultSeverity)
    return Violation(
        focus_node=_n3(results.value(result, SH.focusNode)),
        path=_n3(results.value(result, SH.resultPath)),
        value=_n3(results.value(result, SH.value)),
        message=str(message) if isinstance(message, Literal) else "",
        severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
    )
