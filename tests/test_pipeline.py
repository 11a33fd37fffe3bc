"""``pipeline.build`` end to end on a tiny corpus: idempotent, incremental, one named graph per article."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import OWL, SKOS

from diplograph.errors import InputError
from diplograph.namespaces import DG
from diplograph.pipeline import BuildSummary, build
from diplograph.rdf import article_iri
from rdf_helpers import ONTOLOGY_IRI, assert_isomorphic, merged_view, named_graphs, ontology_header

pytestmark = pytest.mark.model

ARTICLES = {
    "alpha.txt": (
        "Pak Song Chol, North Korea's second secretary in Hanoi, fled to South Korea in October 2021, "
        "officials in Seoul confirmed on Friday.\n"
    ),
    "news.jsonl": "\n".join(
        json.dumps(record)
        for record in (
            {
                "id": "beta",
                "published": "2019-03-21",
                "title": "Accord signed",
                "text": "Ghana and Portugal signed a maritime cooperation agreement in Accra on Tuesday.",
            },
            {
                "id": "gamma 2",
                "published": "1987-05-02",
                "title": "Envoy seeks asylum",
                "text": "Ion Petrescu, a Romanian diplomat posted in Copenhagen, asked for political asylum "
                "in Sweden on 1 May 1987, the Swedish foreign ministry said.",
            },
        )
    )
    + "\n",
}
IDS = ("alpha", "beta", "gamma 2")


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def assert_same_dataset(expected: dict[URIRef | None, Graph], actual: dict[URIRef | None, Graph]) -> None:
    assert sorted(map(str, expected)) == sorted(map(str, actual))
    for name, graph in expected.items():
        assert_isomorphic(graph, actual[name])


@dataclass
class Builds:
    corpus: Path
    out: Path
    first: BuildSummary
    first_graphs: dict[URIRef | None, Graph]
    second: BuildSummary
    second_graphs: dict[URIRef | None, Graph]
    fresh_graphs: dict[URIRef | None, Graph]  # the same corpus built again from nothing, elsewhere


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> Builds:
    """The tiny corpus built twice into the same directory, and once more into a fresh one."""
    base = tmp_path_factory.mktemp("pipeline")
    corpus, out = write_corpus(base / "corpus"), base / "out"
    first = build(inputs=[corpus], out_dir=out, progress=False)
    first_graphs = named_graphs(out / "graph.trig")
    second = build(inputs=[corpus], out_dir=out, progress=False)
    second_graphs = named_graphs(out / "graph.trig")
    build(inputs=[corpus], out_dir=base / "fresh", progress=False, html=False)
    return Builds(
        corpus, out, first, first_graphs, second, second_graphs, named_graphs(base / "fresh" / "graph.trig")
    )


def test_pipeline_build_writes_the_three_outputs(builds: Builds) -> None:
    for name in ("graph.trig", "graph.ttl", "graph.html"):
        path = builds.out / name
        assert path.is_file() and path.stat().st_size > 0, name
        assert path in builds.first.outputs
    assert (builds.out / "store").is_dir()
    assert not list(builds.out.glob(".*.tmp")), "a temp file was left behind"


def test_pipeline_build_counts_what_it_did(builds: Builds) -> None:
    assert builds.first.articles == len(IDS) and builds.first.skipped == 0
    assert builds.first.quads > 0
    assert builds.first.facts["persons"] >= 1


def test_pipeline_second_build_skips_unchanged_articles(builds: Builds) -> None:
    assert builds.second.skipped == len(IDS)
    assert builds.second.articles == 0
    assert builds.second.quads == builds.first.quads


def test_pipeline_second_build_leaves_the_graph_as_it_was(builds: Builds) -> None:
    assert_same_dataset(builds.first_graphs, builds.second_graphs)


def test_pipeline_building_again_from_nothing_gives_the_same_graph(builds: Builds) -> None:
    # the second build above skips every article, so it cannot show that a build is deterministic:
    # an independent build of the same corpus must give the same dataset, graph for graph
    assert_same_dataset(builds.first_graphs, builds.fresh_graphs)


def test_pipeline_one_named_graph_per_article_named_by_its_article_iri(builds: Builds) -> None:
    names = {name for name in builds.first_graphs if name is not None}
    assert names == {article_iri(i) for i in IDS}
    for source_id in IDS:
        g = builds.first_graphs[article_iri(source_id)]
        iri = article_iri(source_id)
        assert (iri, RDF.type, DG.Article) in g
        assert list(g.objects(iri, DG.sourceId)) == [Literal(source_id)]
        # nothing another article said leaks into this one's graph
        others = {article_iri(i) for i in IDS} - {iri}
        assert not any(o in others for o in g.objects())


def test_pipeline_article_graph_holds_types_and_labels_of_what_it_mentions(builds: Builds) -> None:
    for source_id in IDS:
        iri = article_iri(source_id)
        g = builds.first_graphs[iri]
        mentioned = set(g.subjects(DG.mentionedIn, iri))
        assert mentioned, f"{source_id}: mentions nothing"
        for node in mentioned:
            assert g.value(node, RDF.type) is not None and g.value(node, DG.mentionedIn) is not None


def test_pipeline_turtle_is_union_of_named_graphs_and_default_graph(builds: Builds) -> None:
    """graph.ttl is every graph of graph.trig at once, less the store's person-name index."""
    merged = Graph().parse(builds.out / "graph.ttl", format="turtle")
    assert any(builds.second_graphs[None].triples((None, DG.nameText, None)))  # graph.trig keeps it
    assert_isomorphic(merged_view(*builds.second_graphs.values(), ontology_header()), merged)


def test_pipeline_turtle_imports_the_ontology(builds: Builds) -> None:
    merged = Graph().parse(builds.out / "graph.ttl", format="turtle")
    (header,) = merged.subjects(RDF.type, OWL.Ontology)
    assert list(merged.objects(header, OWL.imports)) == [ONTOLOGY_IRI]


def test_pipeline_default_graph_holds_one_pref_label_per_node(builds: Builds) -> None:
    default = builds.first_graphs[None]
    assert len(default) > 0
    # names, and the person keys, links and name index of the merged view (ontology/README.md)
    assert {SKOS.prefLabel, DG.nameKey, DG.nameText} <= set(default.predicates()) <= {
        SKOS.prefLabel, DG.nameKey, OWL.sameAs, DG.mergedInto, DG.nameText
    }
    subjects = list(default.subjects(SKOS.prefLabel))
    assert len(subjects) == len(set(subjects))


def test_pipeline_changed_article_replaces_only_its_own_graph(tmp_path: Path) -> None:
    corpus, out = write_corpus(tmp_path / "corpus"), tmp_path / "out"
    build(inputs=[corpus], out_dir=out, progress=False)
    before = named_graphs(out / "graph.trig")

    (corpus / "alpha.txt").write_text(
        "Kim Chol Su, a North Korean trade official in Moscow, fled to South Korea in 2019.\n",
        encoding="utf-8",
    )
    summary = build(inputs=[corpus], out_dir=out, progress=False, replace=True)
    after = named_graphs(out / "graph.trig")

    assert summary.articles == 1 and summary.skipped == 2
    alpha = article_iri("alpha")
    for source_id in ("beta", "gamma 2"):
        assert_isomorphic(before[article_iri(source_id)], after[article_iri(source_id)])
    assert set(after[alpha].objects(alpha, DG.contentHash)) != set(
        before[alpha].objects(alpha, DG.contentHash)
    )
    labels_after = {str(o) for o in after[alpha].objects(None, DG.evidence)} | {
        str(o) for s in after[alpha].subjects(RDF.type, DG.Person) for o in after[alpha].objects(s, None)
    }
    assert not any("Pak Song Chol" in label for label in labels_after), "the old article's facts survived"
    merged = Graph().parse(out / "graph.ttl", format="turtle")
    assert_isomorphic(merged_view(*after.values(), ontology_header()), merged)


def _store_quads(store_path: Path) -> set[str]:
    from diplograph.store import GraphStore

    with GraphStore.open(store_path, read_only=True) as store:
        return {str(q) for q in store.oxigraph}


def _bad_jsonl(folder: Path) -> Path:
    path = folder / "bad.jsonl"
    good = json.dumps({"id": "ok-1", "text": "Ghana and Portugal signed an agreement."})
    good2 = json.dumps({"id": "ok-2", "text": "A Cuban diplomat defected to Spain in 2001."})
    path.write_text(f'{good}\n{good2}\n{{"id": "broken", "text": \n', encoding="utf-8")
    return path


def test_pipeline_bad_input_after_good_ones_leaves_the_store_unchanged(tmp_path: Path) -> None:
    corpus, out = write_corpus(tmp_path / "corpus"), tmp_path / "out"
    build(inputs=[corpus], out_dir=out, progress=False)
    quads = _store_quads(out / "store")
    ttl = (out / "graph.ttl").read_bytes()

    with pytest.raises(InputError, match=r"bad\.jsonl:3"):
        build(inputs=[_bad_jsonl(tmp_path)], out_dir=out, progress=False)
    assert _store_quads(out / "store") == quads
    assert (out / "graph.ttl").read_bytes() == ttl


def test_pipeline_bad_input_in_a_first_build_leaves_no_graph(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(InputError, match=r"bad\.jsonl:3"):
        build(inputs=[_bad_jsonl(tmp_path)], out_dir=out, progress=False)
    assert not (out / "graph.ttl").exists() and not (out / "graph.trig").exists()
    # the next build works and holds only its own articles
    summary = build(inputs=[write_corpus(tmp_path / "corpus")], out_dir=out, progress=False, html=False)
    assert summary.articles == len(IDS)
    assert set(named_graphs(out / "graph.trig")) - {None} == {article_iri(i) for i in IDS}


def test_pipeline_a_failed_first_build_writes_nothing(tmp_path: Path) -> None:
    # the inputs are checked before the store is opened: no store, no outputs, no folder
    out = tmp_path / "out"
    with pytest.raises(InputError):
        build(inputs=[_bad_jsonl(tmp_path)], out_dir=out, progress=False)
    assert not out.exists()


def test_pipeline_build_accepts_files_and_folders_together(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    extra = tmp_path / "delta.txt"
    extra.write_text("The Soviet Union and Yugoslavia signed a trade protocol in 1955.\n", encoding="utf-8")
    summary = build(inputs=[corpus, extra], out_dir=tmp_path / "out", progress=False, html=False)
    assert summary.articles == len(IDS) + 1
    assert not (tmp_path / "out" / "graph.html").exists()
    assert article_iri("delta") in named_graphs(tmp_path / "out" / "graph.trig")


def test_pipeline_summary_counts_each_node_once_however_many_articles_name_it(tmp_path: Path) -> None:
    text = "Vera Lind, a Swedish diplomat in Oslo, defected to Finland in 1990."
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "".join(json.dumps({"id": f"copy-{i}", "text": text + " " * i}) + "\n" for i in range(5)),
        encoding="utf-8",
    )
    summary = build(inputs=[feed], out_dir=tmp_path / "out", progress=False, html=False)
    assert summary.articles == 5
    assert summary.facts["persons"] == 1 and summary.facts["defections"] == 1
    assert summary.facts["countries"] == 3


def test_pipeline_writes_many_changed_articles_in_bounded_transactions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Into a store that has articles, changed articles go in batches of ``transaction_articles``,
    one transaction each; the store and outputs are those of one transaction."""
    from diplograph.store import GraphStore

    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "first.txt").write_text("Talks resumed in Vienna on Monday.\n", encoding="utf-8")
    seed = tmp_path / "seed"
    seed.mkdir()
    (seed / "first.txt").write_text("Talks resumed in Vienna on Monday.\n", encoding="utf-8")
    batched, whole = tmp_path / "batched", tmp_path / "whole"
    for out in (batched, whole):
        build(inputs=[seed], out_dir=out, progress=False)  # a store with an article: the batched path

    writes: list[int] = []
    real = GraphStore.replace_articles

    def counted(self, graphs):  # type: ignore[no-untyped-def]
        writes.append(len(graphs.drops))
        return real(self, graphs)

    monkeypatch.setattr(GraphStore, "replace_articles", counted)
    summary = build(inputs=[corpus], out_dir=batched, progress=False, transaction_articles=2)
    assert writes == [2, 1] and summary.articles == 3 and summary.skipped == 1
    writes.clear()
    build(inputs=[corpus], out_dir=whole, progress=False)
    assert writes == [3]
    assert_same_dataset(named_graphs(whole / "graph.trig"), named_graphs(batched / "graph.trig"))
