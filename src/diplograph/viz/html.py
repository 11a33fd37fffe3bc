"""Network -> one self-contained HTML file: vis-network, our script and styles, and the data inlined.

pyvis's own template pulls Bootstrap and tom-select from CDNs even in ``in_line`` mode, and its
``from_nx`` grows quadratically, so we take only vis-network (read from the installed pyvis
package, not copied into this repository) and feed it vis DataSet JSON from our own template.

Untrusted text (everything read from articles) never reaches HTML as markup: the data travels as
JSON in a ``<script type="application/json">`` block with ``<``, ``>``, ``&``, U+2028 and U+2029
escaped, and the page builds tooltips and panels with ``textContent``.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from importlib import resources
from typing import Any

import jinja2
import networkx as nx

from diplograph.viz.layout import layout_positions
from diplograph.viz.network import LETTER_FOLDS, OTHER
from diplograph.viz.words import view_words

__all__ = [
    "ARTICLES_SHOWN_UP_TO",
    "CLASS_STYLES",
    "LARGE_GRAPH",
    "MIN_LABEL_PX",
    "render_html",
    "script_json",
    "to_vis_data",
]

log = logging.getLogger(__name__)

#: Colour and vis shape per class, in legend order (Tableau 10: distinct on screen and in print).
CLASS_STYLES: dict[str, dict[str, str]] = {
    "Person": {"color": "#4e79a7", "shape": "dot"},
    "Country": {"color": "#59a14f", "shape": "hexagon"},
    "Embassy": {"color": "#f28e2b", "shape": "triangle"},
    "Defection": {"color": "#e15759", "shape": "diamond"},
    "Agreement": {"color": "#b07aa1", "shape": "star"},
    "Article": {"color": "#9c9c9c", "shape": "square"},
    OTHER: {"color": "#76b7b2", "shape": "dot"},
}
#: From this many nodes on, edges are hidden while dragging/zooming so panning stays smooth.
LARGE_GRAPH = 1000
#: Graphs with more nodes open with their articles hidden (ticking Article in the legend shows them):
#: every fact links to its article, so they double the edges and crowd the middle of the picture.
ARTICLES_SHOWN_UP_TO = 40
#: No label is drawn smaller on screen than this (CSS pixels): below it the script's level of
#: detail leaves it out until the reader zooms in.
MIN_LABEL_PX = 12
#: ... nor larger than this, however far one zooms in.
MAX_LABEL_PX = 18
_LABEL_MAX = 40
_CLOSERS = re.compile(r"</(?=script|style)|<!--", re.IGNORECASE)
_JSON_ESCAPES = (
    ("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"),
)


def script_json(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``</script>``, ``<!--`` or line separators."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # one str.replace per character (no escape contains another's character): on a page's
    # megabytes of JSON, ten times faster than str.translate, which maps every character in Python
    for char, escape in _JSON_ESCAPES:
        text = text.replace(char, escape)
    return text


Positions = dict[str, tuple[float, float]]
_DETAIL_KEYS = ("label", "type", "iri", "aliases", "attrs", "evidence", "sources")


def to_vis_data(net: nx.MultiDiGraph, positions: Positions | None = None) -> dict[str, Any]:
    """The page's data: vis nodes and edges, per-node details for tooltips, and class styles.

    Args:
        net: from :func:`~diplograph.viz.network.graph_to_network`.
        positions: node -> (x, y) in pixels (default: computed by :func:`layout_positions`).

    Returns:
        A JSON-ready dict with ``nodes``, ``edges``, ``details`` (parallel to ``nodes``),
        ``classes`` (the legend: name, colour, shape, count), ``options`` (for vis.Network),
        ``words`` (the panel's plain words, see :mod:`~diplograph.viz.words`) and ``view`` (the
        script's settings: label sizes, whether articles start hidden, the search's letter folds).
    """
    positions = positions if positions is not None else layout_positions(net)
    index = {key: i for i, key in enumerate(net)}
    nodes, details = [], []
    for key, data in net.nodes(data=True):
        x, y = positions.get(key, (0.0, 0.0))
        nodes.append(
            {
                "id": index[key],
                "label": _short(data["label"]),
                "group": data["type"],
                "x": round(x, 1),
                "y": round(y, 1),
            }
        )
        details.append({k: data[k] for k in _DETAIL_KEYS})
    for detail in details:
        # the page names nodes by index: a source's article becomes the node to select, if drawn
        detail["sources"] = [s | {"article": index.get(s["article"])} for s in detail["sources"]]
    edges = [
        {"id": i, "from": index[u], "to": index[v], "label": prop}
        for i, (u, v, prop) in enumerate(net.edges(keys=True))
    ]
    counts = Counter(data["type"] for _, data in net.nodes(data=True))
    classes = [
        {"name": name, **CLASS_STYLES[name], "count": counts[name]}
        for name in CLASS_STYLES
        if counts[name] or name != OTHER
    ]
    return {
        "nodes": nodes,
        "edges": edges,
        "details": details,
        "classes": classes,
        "options": _vis_options(len(nodes)),
        "words": view_words(),
        "view": {
            "articlesHidden": len(nodes) > ARTICLES_SHOWN_UP_TO,
            "minLabelPx": MIN_LABEL_PX,
            "maxLabelPx": MAX_LABEL_PX,
            "letterFolds": LETTER_FOLDS,
        },
    }


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_MAX else label[: _LABEL_MAX - 1] + "…"


def _vis_options(n: int) -> dict[str, Any]:
    large = n >= LARGE_GRAPH
    return {
        # Positions come from Python: no simulation, so the first frame is the final picture.
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "groups": {
            name: {"shape": s["shape"], "color": {"background": s["color"], "border": s["color"]}}
            for name, s in CLASS_STYLES.items()
        },
        "nodes": {
            "size": 14,
            "font": {
                "size": 14,
                "face": "system-ui, sans-serif",
                "color": "#343434",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
            "borderWidth": 1,
            # vis draws a selected node's name in bold, and its bold text ignores maxVisible
            "labelHighlightBold": False,
            # vis leaves out a label smaller on screen than drawThreshold - 1 and fades it in over
            # that last pixel; the script sizes each label so that it appears once it is legible
            "scaling": {"label": {"drawThreshold": MIN_LABEL_PX, "maxVisible": MAX_LABEL_PX}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": False,
            "color": {"color": "#8a8a8a", "highlight": "#333333", "hover": "#333333", "inherit": False},
            "font": {"size": MIN_LABEL_PX, "color": "#555555", "strokeWidth": 2, "align": "middle"},
            "scaling": {"label": {"drawThreshold": MIN_LABEL_PX, "maxVisible": MIN_LABEL_PX + 2}},
            "width": 1,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "navigationButtons": False,
        },
    }


#: The page's own script, in the order it runs: text and label helpers first, then the view.
_VIEW_SCRIPTS = ("text.js", "labels.js", "view.js")


def _asset(name: str) -> str:
    return resources.files("diplograph.viz").joinpath(name).read_text(encoding="utf-8")


def _vis_assets() -> tuple[str, str]:
    """vis-network's script and stylesheet, from the installed pyvis package."""
    lib = resources.files("pyvis").joinpath("lib", "vis-9.1.2")
    return (
        lib.joinpath("vis-network.min.js").read_text(encoding="utf-8"),
        lib.joinpath("vis-network.css").read_text(encoding="utf-8"),
    )


def _inline(code: str) -> str:
    """Make script/style text safe to inline: no ``</script``, ``</style`` or ``<!--`` to end it early.

    Inside JS and CSS strings ``<\\/`` and ``<\\!`` mean the same as ``</`` and ``<!``; a bare
    ``</`` is not touched, as minified code uses it for ``a < /regex/``.
    """
    return _CLOSERS.sub(lambda m: m.group(0)[0] + "\\" + m.group(0)[1:], code)


def render_html(data: dict[str, Any], *, title: str = "diplograph") -> str:
    """The whole page as a string.

    Args:
        data: from :func:`to_vis_data`.
        title: shown in the header and the window title (escaped).

    Returns:
        A complete HTML document with every script and stylesheet inlined.
    """
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = env.from_string(_asset("template.html"))
    vis_js, vis_css = _vis_assets()
    return template.render(
        title=title,
        vis_js=jinja2.utils.markupsafe.Markup(_inline(vis_js)),
        vis_css=jinja2.utils.markupsafe.Markup(_inline(vis_css)),
        view_js=jinja2.utils.markupsafe.Markup(_inline("\n".join(_asset(name) for name in _VIEW_SCRIPTS))),
        view_css=jinja2.utils.markupsafe.Markup(_inline(_asset("view.css"))),
        data_json=jinja2.utils.markupsafe.Markup(script_json(data)),
    )
