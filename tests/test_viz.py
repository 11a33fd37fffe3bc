"""Fast tests of the view: RDF -> network, filters, the page's data and its escaping (no browser)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, RDFS, SKOS, XSD, BNode, Graph, Literal, URIRef

from diplograph.errors import DiplographError
from diplograph.namespaces import DG, DGR
from diplograph.viz import (
    find_nodes,
    graph_to_network,
    layout_positions,
    name_key,
    render_html,
    script_json,
    select_subnetwork,
    to_vis_data,
    write_html,
)
from diplograph.viz.words import PANEL_ROWS, RULE_WORDS, STATUS_WORDS, property_words

XSS_IMG = '<img src=x onerror="window.__pwned=1">'
XSS_SCRIPT = "<script>window.__pwned=1</script>"

RI = DGR["person/ri-il-kyu"]
PRK, KOR, CUB = DGR["country/PRK"], DGR["country/KOR"], DGR["country/CUB"]
EMBASSY = DGR["embassy/PRK-CUB-havana"]
DEFECTION = DGR["defection/ri-il-kyu-2023"]
ARTICLE = DGR["article/dev-000"]


def defection_graph() -> Graph:
    """A hand-built merged view: one defection with its people, places, article and evidence span."""
    g = Graph()
    span = BNode("span1")
    for node, cls in ((RI, DG.Person), (PRK, DG.Country), (KOR, DG.Country), (CUB, DG.Country),
                      (EMBASSY, DG.Embassy), (DEFECTION, DG.Defection), (ARTICLE, DG.Article),
                      (span, DG.TextSpan)):
        g.add((node, RDF.type, cls))
    for node, label in ((RI, "Ri Il Kyu"), (PRK, "North Korea"), (KOR, "South Korea"), (CUB, "Cuba"),
                        (EMBASSY, "North Korean embassy in Havana")):
        g.add((node, SKOS.prefLabel, Literal(label)))
        g.add((node, RDFS.label, Literal(label)))
    g.add((RI, SKOS.altLabel, Literal("리일규")))
    g.add((RI, SKOS.altLabel, Literal(XSS_IMG)))
    g.add((RI, RDFS.label, Literal("Ri")))
    g.add((RI, DG.position, Literal("counselor for political affairs")))
    g.add((PRK, SKOS.altLabel, Literal("DPRK")))
    g.add((PRK, DG.isoCode, Literal("PRK")))
    g.add((EMBASSY, DG.city, Literal("Havana")))
    for s, p, o in ((RI, DG.nationality, PRK), (RI, DG.postedAt, EMBASSY), (EMBASSY, DG.sendingCountry, PRK),
                    (EMBASSY, DG.hostCountry, CUB), (DEFECTION, DG.defector, RI),
                    (DEFECTION, DG.fromCountry, PRK), (DEFECTION, DG.toCountry, KOR),
                    (DEFECTION, DG.fromPost, EMBASSY), (DEFECTION, DG.evidenceSpan, span),
                    (span, DG.inArticle, ARTICLE)):
        g.add((s, p, o))
    g.add((DEFECTION, DG.date, Literal("2023-11", datatype=XSD.gYearMonth)))
    g.add((DEFECTION, DG.evidence, Literal(f"Ri Il Kyu defected in November 2023. {XSS_SCRIPT}")))
    g.add((span, DG.beginIndex, Literal(10)))
    g.add((span, DG.endIndex, Literal(52)))
    g.add((ARTICLE, DG.title, Literal("Diplomat defects </script><!-- \u2028")))
    g.add((ARTICLE, DG.published, Literal("2024-07-16", datatype=XSD.date)))
    g.add((ARTICLE, DG.url, Literal("https://example.org/news/1")))
    for node in (RI, PRK, KOR, CUB, EMBASSY, DEFECTION):
        g.add((node, DG.mentionedIn, ARTICLE))
    return g


@pytest.fixture
def net() -> nx.MultiDiGraph:
    return graph_to_network(defection_graph())


def test_network_has_one_node_per_thing_and_no_text_spans(net: nx.MultiDiGraph) -> None:
    assert net.number_of_nodes() == 7
    assert all(data["type"] != "TextSpan" for _, data in net.nodes(data=True))
    types = sorted(data["type"] for _, data in net.nodes(data=True))
    assert types == ["Article", "Country", "Country", "Country", "Defection", "Embassy", "Person"]


def test_network_edges_are_labelled_by_property(net: nx.MultiDiGraph) -> None:
    # 8 relations between drawn things + 6 mentionedIn; rdf:type, evidenceSpan and inArticle are folded
    assert net.number_of_edges() == 14
    assert set(net[str(DEFECTION)][str(RI)]) == {"defector"}
    assert {k for _, _, k in net.edges(keys=True)} == {
        "nationality", "postedAt", "sendingCountry", "hostCountry", "defector", "fromCountry",
        "toCountry", "fromPost", "mentionedIn"}
    assert all(data["label"] == key for _, _, key, data in net.edges(keys=True, data=True))


def test_network_labels_prefer_pref_label_and_keep_aliases(net: nx.MultiDiGraph) -> None:
    ri = net.nodes[str(RI)]
    assert ri["label"] == "Ri Il Kyu"
    assert ri["aliases"] == sorted(["Ri", "리일규", XSS_IMG])
    assert ri["attrs"] == {"position": ["counselor for political affairs"]}
    assert net.nodes[str(ARTICLE)]["label"].startswith("Diplomat defects")
    assert net.nodes[str(PRK)]["attrs"]["isoCode"] == ["PRK"]


def test_network_folds_text_spans_into_sources(net: nx.MultiDiGraph) -> None:
    defection = net.nodes[str(DEFECTION)]
    assert defection["evidence"] == [f"Ri Il Kyu defected in November 2023. {XSS_SCRIPT}"]
    assert defection["sources"] == [{"article": str(ARTICLE),
                                     "title": "Diplomat defects </script><!-- \u2028", "date": "2024-07-16",
                                     "url": "https://example.org/news/1", "begin": 10, "end": 52}]
    assert defection["attrs"]["date"] == ["2023-11"]


def test_network_sources_fall_back_to_mentioning_articles() -> None:
    g = defection_graph()
    g.remove((DEFECTION, DG.evidenceSpan, None))
    assert graph_to_network(g).nodes[str(DEFECTION)]["sources"][0]["title"].startswith("Diplomat")


def test_network_is_deterministic() -> None:
    a, b = graph_to_network(defection_graph()), graph_to_network(defection_graph())
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True)) == list(b.edges(keys=True))


def test_untyped_resource_next_to_a_typed_one_is_drawn_as_other() -> None:
    g = defection_graph()
    g.add((RI, URIRef("http://www.w3.org/2002/07/owl#sameAs"), URIRef("http://www.wikidata.org/entity/Q1")))
    net = graph_to_network(g)
    assert net.nodes["http://www.wikidata.org/entity/Q1"]["type"] == "Other"
    assert net.has_edge(str(RI), "http://www.wikidata.org/entity/Q1", key="sameAs")


def test_network_from_store_triples_equals_network_from_rdflib_graph() -> None:
    """The build draws from pyoxigraph triples; ``viz`` and the API from rdflib Graphs: same picture."""
    from diplograph.store import GraphStore

    g = defection_graph()
    g.add((RI, URIRef("http://www.w3.org/2002/07/owl#sameAs"), URIRef("http://www.wikidata.org/entity/Q1")))
    with GraphStore.open(None) as store:
        store.replace_articles([(ARTICLE, g)])
        from_rdflib = graph_to_network(store.merged_graph())
        from_store = graph_to_network(store.merged_triples())
    assert from_store.number_of_nodes() == 8
    assert list(from_store.nodes(data=True)) == list(from_rdflib.nodes(data=True))
    assert list(from_store.edges(keys=True)) == list(from_rdflib.edges(keys=True))
    assert from_store.nodes[str(DEFECTION)]["sources"][0]["begin"] == 10


@pytest.mark.parametrize("name", ["Ri Il Kyu", "ri il kyu", "리일규", str(RI), "Ri Il-kyu", "RI ILKYU"])
def test_find_nodes_by_label_alias_or_iri(net: nx.MultiDiGraph, name: str) -> None:
    assert find_nodes(net, name) == {str(RI)}


@pytest.mark.parametrize(("name", "key"), [
    ("São Tomé and Príncipe", "sao tome and principe"),
    ("Ri Il-kyu", "ri il kyu"),
    ("  Tae\u00a0Yong–ho ", "tae yong ho"),  # no-break space, en dash
    ("Łukasz Øster", "lukasz oster"),
    ("리일규", "리일규"),  # Hangul comes back composed
])
def test_name_key_ignores_case_accents_and_hyphens(name: str, key: str) -> None:
    assert name_key(name) == key


def test_every_rule_and_status_has_plain_words() -> None:
    from diplograph.extract.slots import FRAME_RULES, RULES

    assert set(RULES | FRAME_RULES) <= set(RULE_WORDS)
    status = Graph().parse(Path(__file__).parent.parent / "ontology" / "diplograph.ttl").value(
        DG.status, RDFS.comment)
    assert set(re.findall(r'"(\w+)"', str(status))) == set(STATUS_WORDS)


def test_property_words_come_from_the_ontology() -> None:
    words = property_words()
    assert words["postedAt"] == "posted at" and words["mentionedIn"] == "mentioned in"
    assert set(words) >= {prop for rows in PANEL_ROWS.values() for _, where, prop in rows if where != "attr"}


def test_focus_keeps_the_neighbourhood_without_walking_through_articles(net: nx.MultiDiGraph) -> None:
    one = select_subnetwork(net, focus="Cuba", depth=1)
    assert set(one) == {str(CUB), str(EMBASSY), str(ARTICLE)}
    two = select_subnetwork(net, focus="Cuba", depth=2)
    # via the embassy: its sending country, the person posted there and the defection from it;
    # not South Korea, which is only linked to Cuba through the article
    assert set(two) == {str(CUB), str(EMBASSY), str(ARTICLE), str(PRK), str(RI), str(DEFECTION)}
    assert select_subnetwork(net, focus="Cuba", depth=0).number_of_nodes() == 1


def test_types_filter_keeps_only_those_classes(net: nx.MultiDiGraph) -> None:
    sub = select_subnetwork(net, types=["person", "Defection"])
    assert {d["type"] for _, d in sub.nodes(data=True)} == {"Person", "Defection"}
    assert list(sub.edges(keys=True)) == [(str(DEFECTION), str(RI), "defector")]
    assert net.number_of_nodes() == 7  # the input is not changed


def test_types_and_focus_combine_and_keep_the_focus(net: nx.MultiDiGraph) -> None:
    sub = select_subnetwork(net, focus="Ri Il Kyu", depth=1, types=["Country"])
    assert set(sub) == {str(RI), str(PRK)}


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"focus": "Nobody"}, "no node is named"),
    ({"types": ["Planet"]}, "unknown class 'Planet'"),
    ({"focus": "Cuba", "depth": -1}, "--depth"),
])
def test_select_errors_are_diplograph_errors(net: nx.MultiDiGraph, kwargs: dict, message: str) -> None:
    with pytest.raises(DiplographError, match=message):
        select_subnetwork(net, **kwargs)


def test_script_json_cannot_close_the_script_element() -> None:
    text = script_json({"a": "</script><!-- <b> & \u2028\u2029 리일규"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert "리일규" in text  # UTF-8 stays readable
    assert json.loads(text) == {"a": "</script><!-- <b> & \u2028\u2029 리일규"}


def test_vis_data_counts_groups_and_positions(net: nx.MultiDiGraph) -> None:
    data = to_vis_data(net)
    assert len(data["nodes"]) == 7 and len(data["edges"]) == 14 and len(data["details"]) == 7
    assert {n["group"] for n in data["nodes"]} == {"Person", "Country", "Embassy", "Defection", "Article"}
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert data["options"]["physics"] == {"enabled": False}
    legend = {c["name"]: c["count"] for c in data["classes"]}
    assert legend == {"Person": 1, "Country": 3, "Embassy": 1, "Defection": 1, "Agreement": 0, "Article": 1}
    ids = {n["id"] for n in data["nodes"]}
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])


def test_layout_is_reproducible_and_spreads_nodes() -> None:
    g = nx.path_graph(600)  # beyond the exact limit: the particle-mesh path
    a, b = layout_positions(g), layout_positions(g)
    assert a == b
    assert len({(round(x), round(y)) for x, y in a.values()}) > 550


@pytest.mark.parametrize("n", [120, 600])  # pair-by-pair repulsion, and the particle-mesh path
def test_layout_puts_linked_nodes_closer_than_unlinked_ones(n: int) -> None:
    g = nx.disjoint_union(nx.star_graph(n // 2 - 1), nx.cycle_graph(n // 2))
    pos = layout_positions(g)

    def dist(u: int, v: int) -> float:
        return float(((pos[u][0] - pos[v][0]) ** 2 + (pos[u][1] - pos[v][1]) ** 2) ** 0.5)

    linked = sum(dist(u, v) for u, v in g.edges()) / g.number_of_edges()
    pairs = [(u, (u * 7919 + 13) % n) for u in range(n)]
    unlinked = [dist(u, v) for u, v in pairs if u != v and not g.has_edge(u, v)]
    assert linked < 0.5 * sum(unlinked) / len(unlinked)


def test_rendered_page_is_self_contained_and_escaped(net: nx.MultiDiGraph) -> None:
    page = render_html(to_vis_data(net), title="Report <b>&</b>")
    assert '<meta charset="utf-8">' in page
    assert "<title>Report &lt;b&gt;&amp;&lt;/b&gt;</title>" in page
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)=", page, re.IGNORECASE)
    assert "http://" not in page.split("<script>", 1)[0]  # no stylesheet or font from the web
    # the only </script> tags are the three that close our own script elements
    assert len(re.findall(r"</script", page, re.IGNORECASE)) == 3
    assert XSS_IMG not in page and XSS_SCRIPT not in page and "<!-- " not in page
    data_block = re.search(r'<script type="application/json" id="dg-data">(.*?)</script>', page, re.S)
    assert data_block is not None
    assert json.loads(data_block.group(1))["details"][0]["label"]


def test_write_html_writes_atomically_with_filters(tmp_path: Path) -> None:
    out = write_html(defection_graph(), tmp_path / "sub" / "graph.html", focus="Ri Il Kyu", depth=1,
                     types=["Person", "Country"])
    assert out == tmp_path / "sub" / "graph.html"
    page = out.read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="dg-data">(.*?)</script>', page, re.S).group(1))  # type: ignore[union-attr]
    assert sorted(n["label"] for n in data["nodes"]) == ["North Korea", "Ri Il Kyu"]
    assert list((tmp_path / "sub").iterdir()) == [out]  # no temp file left behind


def test_write_html_empty_graph(tmp_path: Path) -> None:
    page = write_html(Graph(), tmp_path / "empty.html").read_text(encoding="utf-8")
    assert '"nodes":[]' in page
