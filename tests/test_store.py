"""GraphStore against a real on-disk Oxigraph store in tmp_path."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SKOS, XSD

from diplograph.errors import InputError, QueryError, StoreError
from diplograph.namespaces import DG, DGR
from diplograph.store import GraphStore, prepare
from diplograph.terms import to_rdflib
from rdf_helpers import ARTICLE, article_graph, assert_isomorphic, rich_article

SRC = Path(__file__).resolve().parent.parent / "src"


def stored_graph(store: GraphStore, name: URIRef | None) -> Graph:
    """One graph of the store (``None``: the default graph) as an rdflib graph."""
    g = Graph()
    graph_name = ox.DefaultGraph() if name is None else ox.NamedNode(str(name))
    for q in store.oxigraph.quads_for_pattern(None, None, None, graph_name):
        g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return g


def dataset_nquads(store: GraphStore) -> set[str]:
    return {str(q) for q in store.oxigraph}


def pref_labels(store: GraphStore) -> dict[str, str]:
    return {str(s): str(o) for s, _, o in stored_graph(store, None).triples((None, SKOS.prefLabel, None))}


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.mark.parametrize("prefill", [False, True], ids=["bulk-into-empty", "transaction"])
def test_store_replace_articles_keeps_each_article_in_its_graph(store_path: Path, prefill: bool) -> None:
    a1, g1 = rich_article()
    a2, g2 = article_graph("two", persons={"thae-yong-ho": "Thae Yong Ho"})
    with GraphStore.open(store_path) as store:
        if prefill:
            store.replace_articles([article_graph("other")])
        written = store.replace_articles([(a1, g1), (a2, g2)])
        assert written == len(g1) + len(g2)
        assert_isomorphic(g1, stored_graph(store, a1))
        assert_isomorphic(g2, stored_graph(store, a2))
    with GraphStore.open(store_path, read_only=True) as store:  # and it is on disk
        assert_isomorphic(g1, stored_graph(store, a1))


def test_store_replace_articles_is_idempotent(store_path: Path) -> None:
    graphs = [rich_article(), article_graph("two", persons={"kim": "Kim Jong Nam"})]
    with GraphStore.open(store_path) as store:
        store.replace_articles(graphs)
        first = dataset_nquads(store)
        store.replace_articles(graphs)
        assert dataset_nquads(store) == first


def test_store_changed_article_replaces_only_its_own_graph(store_path: Path) -> None:
    a1, g1 = article_graph("one", persons={"ri": "Ri Il Kyu"})
    a2, g2 = article_graph("two", persons={"ri": "Ri Il Kyu", "kim": "Kim"})
    with GraphStore.open(store_path) as store:
        store.replace_articles([(a1, g1), (a2, g2)])
        a2b, g2b = article_graph("two", persons={"thae": "Thae Yong-ho"}, content_hash="new")
        store.replace_articles([(a2b, g2b)])
        assert_isomorphic(g1, stored_graph(store, a1))
        assert_isomorphic(g2b, stored_graph(store, a2))
        assert store.article_hashes() == {str(a1): "hash-one", str(a2): "new"}
        # the merged node "ri" survives (still in article one); "kim" is gone with its last article
        assert pref_labels(store) == {str(DGR["person/ri"]): "Ri Il Kyu",
                                      str(DGR["person/thae"]): "Thae Yong-ho"}


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        (["Ri Il Kyu", "Ri Il Kyu", "Ri Il-kyu Ri"], "Ri Il Kyu"),  # most articles win over longer
        (["Ri", "Ri Il Kyu"], "Ri Il Kyu"),  # tie: the longest
        (["Ri Il Kyu", "Ri Il Gyu"], "Ri Il Gyu"),  # tie, same length: alphabetically first
        (["Ri", "리일규"], "리일규"),  # non-Latin labels take part like any other
    ],
)
def test_store_pref_label_is_deterministic(labels: list[str], expected: str) -> None:
    with GraphStore.open(None) as store:
        store.replace_articles(article_graph(f"a{i}", persons={"ri": name}) for i, name in enumerate(labels))
        assert pref_labels(store)[str(DGR["person/ri"])] == expected


def test_store_pref_label_follows_removal(store_path: Path) -> None:
    with GraphStore.open(store_path) as store:
        store.replace_articles([article_graph("a", persons={"ri": "Ri Il Kyu"}),
                                article_graph("b", persons={"ri": "Ri Il Kyu"}),
                                article_graph("c", persons={"ri": "Ri"})])
        assert pref_labels(store)[str(DGR["person/ri"])] == "Ri Il Kyu"
        assert store.remove_article("a") is True
        assert store.remove_article(str(ARTICLE["b"])) is True  # by IRI works too
        assert store.remove_article("nope") is False
        assert pref_labels(store)[str(DGR["person/ri"])] == "Ri"
        assert store.named_graphs() == [str(ARTICLE["c"])]
        store.remove_article("c")
        assert len(store) == 0


def test_store_a_write_refreshes_the_names_it_touches_like_a_full_refresh(store_path: Path) -> None:
    """Replacing or removing an article refreshes only the nodes its old and new graphs label; the
    result is what recomputing every name gives, and the scratch graph never outlives the write."""
    ri, ko = str(DGR["person/ri"]), str(DGR["person/ko"])
    with GraphStore.open(store_path) as store:
        store.replace_articles([article_graph("a", persons={"ri": "Ri Il", "ko": "Ko Un"}),
                                article_graph("b", persons={"ri": "Ri Il"}),
                                article_graph("c", persons={"ri": "Ri Ilk"})])
        assert pref_labels(store) == {ri: "Ri Il", ko: "Ko Un"}
        store.replace_articles([article_graph("b", persons={"ri": "Ri Ilk"})])  # now 2 against 1
        assert pref_labels(store) == {ri: "Ri Ilk", ko: "Ko Un"}
        store.remove_article("a")  # the only article naming Ko
        assert pref_labels(store) == {ri: "Ri Ilk"}
        assert store.named_graphs() == [str(ARTICLE["b"]), str(ARTICLE["c"])]
        incremental = dataset_nquads(store)
        store.refresh_merged_view()  # every node recomputed from scratch
        assert dataset_nquads(store) == incremental


def test_store_rejects_ill_typed_literal_and_writes_nothing(store_path: Path) -> None:
    ill_typed = Literal("2016-13", datatype=XSD.gYearMonth)
    bad = article_graph("bad", extra=((DGR["defection/x"], DG.date, ill_typed),))
    with GraphStore.open(store_path) as store:
        with pytest.raises(StoreError, match=r'"2016-13" is not a valid xsd:gYearMonth'):
            store.replace_articles([bad])  # bulk path: rolled back
        assert store.is_empty()
        store.replace_articles([article_graph("good")])
        before = dataset_nquads(store)
        with pytest.raises(StoreError, match="gYearMonth"):
            store.replace_articles([article_graph("good2"), bad])  # transaction path
        assert dataset_nquads(store) == before


@pytest.mark.parametrize("prefill", [False, True], ids=["bulk-into-empty", "transaction"])
def test_store_input_error_mid_stream_leaves_store_unchanged(store_path: Path, prefill: bool) -> None:
    def graphs():
        yield article_graph("one")
        raise InputError("malformed JSON", path="news.jsonl", line=2)

    with GraphStore.open(store_path) as store:
        if prefill:
            store.replace_articles([article_graph("before")])
        before = dataset_nquads(store)
        with pytest.raises(InputError):
            store.replace_articles(graphs())
        assert dataset_nquads(store) == before


def test_store_second_writer_fails_fast_with_one_line(store_path: Path) -> None:
    with GraphStore.open(store_path):
        with pytest.raises(StoreError) as err:
            GraphStore.open(store_path)
        assert str(store_path) in str(err.value) and "\n" not in str(err.value)
        with pytest.raises(StoreError, match="being written"):
            GraphStore.open(store_path, read_only=True)
    with (GraphStore.open(store_path, read_only=True), GraphStore.open(store_path, read_only=True),
          pytest.raises(StoreError, match="held by this process")):
        GraphStore.open(store_path)  # a writer waits for no reader either


def test_store_lock_holds_across_processes(store_path: Path) -> None:
    GraphStore.open(store_path).close()
    holder = _python(f"""
        from diplograph.store import GraphStore
        s = GraphStore.open(Path({str(store_path)!r}))
        print("ready", flush=True)
        time.sleep(30)
    """)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match=rf"held by `python\S* -c .*` \(pid {holder.pid}\)") as err:
            GraphStore.open(store_path)
        assert "\n" not in str(err.value)
    finally:
        holder.kill()
        holder.wait()
    GraphStore.open(store_path).close()  # the lock dies with its process


def test_store_read_only_needs_an_existing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store at"):
        GraphStore.open(tmp_path / "missing", read_only=True)
    with GraphStore.open(tmp_path / "s") as store:
        store.replace_articles([article_graph("a")])
    with GraphStore.open(tmp_path / "s", read_only=True) as ro, pytest.raises(StoreError, match="read-only"):
        ro.remove_article("a")


def test_store_query_default_graph_is_the_union(store_path: Path) -> None:
    with GraphStore.open(store_path) as store:
        store.replace_articles([article_graph("a", persons={"ri": "Ri Il Kyu"}), article_graph("b")])
        rows = list(store.query("SELECT ?p WHERE { ?p a dg:Person ; skos:prefLabel ?l }"))
        assert [r["p"].value for r in rows] == [str(DGR["person/ri"])]
        rows = list(store.query("SELECT ?g WHERE { GRAPH ?g { ?p rdfs:label ?l } }",
                                bindings={"l": "Ri Il Kyu"}))
        assert [r["g"].value for r in rows] == [str(ARTICLE["a"])]
        with pytest.raises(QueryError, match=r"line 1, column \d+"):
            store.query("SELECT ?x WHERE { ?x ?p }")


@pytest.mark.parametrize("prefill", [False, True], ids=["bulk-into-empty", "transaction"])
def test_store_build_killed_half_way_leaves_store_as_before(store_path: Path, prefill: bool) -> None:
    """SIGKILL while the store is being written: during the bulk load into an empty store (after
    its first chunk is on disk), or during the one transaction into a non-empty store."""
    if prefill:
        with GraphStore.open(store_path) as store:
            store.replace_articles([article_graph("before", persons={"ri": "Ri"})])
    with GraphStore.open(store_path) as store:
        before = dataset_nquads(store)
    writer = _python(f"""
        from rdflib import Graph, Literal, URIRef
        from diplograph.store import GraphStore, _BULK_CHUNK_QUADS
        bulk = {not prefill}
        write = GraphStore._update
        def announced(self, store, update):  # the transaction's one write begins
            print("writing", flush=True)
            return write(self, store, update)
        GraphStore._update = announced
        def graphs():
            for i in range(20000):
                if bulk and i * 20 == 2 * _BULK_CHUNK_QUADS:  # two chunks loaded, the third under way
                    print("writing", flush=True)
                g = Graph()
                a = URIRef(f"https://w3id.org/diplograph/id/article/n{{i}}")
                for j in range(20):
                    g.add((URIRef(f"https://w3id.org/diplograph/id/person/p{{i}}-{{j}}"),
                           URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal(f"P {{j}}")))
                yield a, g
        with GraphStore.open(Path({str(store_path)!r})) as s:
            s.replace_articles(graphs())
        print("done", flush=True)
    """)
    assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
    time.sleep(0.2)
    os.kill(writer.pid, signal.SIGKILL)
    assert writer.wait() == -signal.SIGKILL, "the writer finished before it was killed"
    if not prefill:  # a reader must not trust a half-loaded store; the next writer clears it
        assert any(store_path.glob("*.sst")), "the kill came before anything was on disk"
        with pytest.raises(StoreError, match="interrupted"):
            GraphStore.open(store_path, read_only=True)
    with GraphStore.open(store_path) as store:
        assert dataset_nquads(store) == before


def _python(code: str) -> subprocess.Popen[str]:
    prelude = "import time\nfrom pathlib import Path\n"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.Popen([sys.executable, "-c", prelude + textwrap.dedent(code)], env=env,
                            stdout=subprocess.PIPE, text=True)


def test_store_prepared_graphs_write_what_the_graphs_would(tmp_path: Path) -> None:
    graphs = [article_graph("one", persons={"ri": "Ri"}), article_graph("two", persons={"kim": "Kim"})]
    with GraphStore.open(tmp_path / "a") as direct, GraphStore.open(tmp_path / "b") as prepared:
        for store in (direct, prepared):
            store.replace_articles([article_graph("before", persons={"pak": "Pak"})])
        direct.replace_articles(graphs)
        assert prepared.replace_articles(prepare(graphs)) == sum(len(g) for _, g in graphs)
        assert dataset_nquads(prepared) == dataset_nquads(direct)


def test_store_prepare_refuses_an_ill_typed_literal_before_any_store_is_open() -> None:
    a, g = article_graph("bad")
    g.add((a, DG.published, Literal("2016-13", datatype=XSD.gYearMonth)))
    with pytest.raises(StoreError, match="ill-typed"):
        prepare([(a, g)])


def name_index(store: GraphStore) -> dict[str, set[str]]:
    """The default graph's person-name index: person IRI -> its lower-cased names."""
    index: dict[str, set[str]] = {}
    for s, _, o in stored_graph(store, None).triples((None, DG.nameText, None)):
        index.setdefault(str(s), set()).add(str(o))
    return index


def test_store_person_name_index_follows_every_write(store_path: Path) -> None:
    """Each distinct name any article gives a person, lower-cased, once; a replaced or removed
    article's names go with it unless another article gives them too; non-persons are not indexed."""
    ri = str(DGR["person/ri"])
    country = (DGR["country/PRK"], RDFS.label, Literal("North Korea"))
    with GraphStore.open(store_path) as store:
        store.replace_articles([article_graph("a", persons={"ri": "Ri Il Kyu"}, extra=(country,)),
                                article_graph("b", persons={"ri": "RI IL KYU"}),
                                article_graph("c", persons={"ri": "Ri Il-gyu"})])
        assert name_index(store) == {ri: {"ri il kyu", "ri il-gyu"}}
        store.replace_articles([article_graph("c", persons={"ri": "Ri Ilgyu"}, content_hash="new")])
        assert name_index(store) == {ri: {"ri il kyu", "ri ilgyu"}}
        store.remove_article("a")  # "b" still gives the name
        assert name_index(store) == {ri: {"ri il kyu", "ri ilgyu"}}
        store.remove_article("b")
        assert name_index(store) == {ri: {"ri ilgyu"}}
        assert all(t.predicate != ox.NamedNode(str(DG.nameText)) for t in store.merged_triples())


def test_store_written_before_the_name_index_is_upgraded_when_opened_for_writing(store_path: Path) -> None:
    with GraphStore.open(store_path) as store:
        store.replace_articles([rich_article()])
        indexed = name_index(store)
        store.oxigraph.update(f"DELETE WHERE {{ ?p <{DG.nameText}> ?t }}")  # as an older diplograph left it
    with GraphStore.open(store_path, read_only=True) as store:
        assert store.needs_upgrade()
        with pytest.raises(QueryError, match="diplograph upgrade --store"):
            store.query("SELECT ?p WHERE { ?p dg:nameText ?t }")
        assert list(store.query("SELECT ?p WHERE { ?p a dg:Person }"))  # other queries still run
    with GraphStore.open(store_path) as store:
        assert store.upgraded and not store.needs_upgrade()
        assert name_index(store) == indexed == {str(DGR["person/thae-yong-ho"]): {
            "thae yong-ho", "태영호", "тхэ ён хо", "تاي يونغ هو"}}
    with GraphStore.open(store_path) as store:
        assert not store.upgraded
