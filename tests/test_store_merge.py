"""One node per person: the merged view links two spellings of one person when their evidence agrees.

The article graphs are made by ``rdf.article_triples`` from hand-built facts (no model), so each
test states what two articles said and checks the links the merged view draws from it.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from diplograph.model import Article, ArticleFacts, Defection, Embassy, Person
from diplograph.namespaces import DGR
from diplograph.query import named_queries, run_query
from diplograph.rdf import article_triples
from diplograph.store import GraphStore


def facts(source_id: str, *persons: Person, defections: tuple[Defection, ...] = ()) -> ArticleFacts:
    return ArticleFacts(Article(id=source_id, text="…"), persons=persons, defections=defections)


def defected(name: str, state: str, nationality: str | None = None) -> tuple[Person, Defection]:
    return Person(name, nationality=nationality), Defection(name, state)


def write(store: GraphStore, *articles: ArticleFacts) -> None:
    store.replace_articles([article_triples(a) for a in articles])


def links(store: GraphStore) -> set[tuple[str, str]]:
    rows = store.query("SELECT ?a ?b WHERE { ?a owl:sameAs ?b }", union_default_graph=False)
    return {(r["a"].value.rsplit("/", 1)[1], r["b"].value.rsplit("/", 1)[1]) for r in rows}


def merged_into(store: GraphStore) -> dict[str, str]:
    rows = store.query("SELECT ?a ?b WHERE { ?a dg:mergedInto ?b }", union_default_graph=False)
    return {r["a"].value.rsplit("/", 1)[1]: r["b"].value.rsplit("/", 1)[1] for r in rows}


@pytest.fixture
def store(tmp_path: Path):
    with GraphStore.open(tmp_path / "store") as s:
        s.replace_articles([])  # an empty write: later writes take the incremental path
        yield s


def two_spellings(first: str, second: str, **kw: str | None) -> tuple[ArticleFacts, ArticleFacts]:
    p1, d1 = defected(first, "PRK", kw.get("n1", "PRK"))
    p2, d2 = defected(second, kw.get("left2") or "PRK", kw.get("n2", "PRK"))
    return facts("a", p1, defections=(d1,)), facts("b", p2, defections=(d2,))


def test_merge_two_romanisations_of_one_defector(store: GraphStore) -> None:
    write(store, *two_spellings("Paek Sung-chol", "Baek Seung-cheol"))
    assert links(store) == {
        ("paek-sung-chol", "baek-seung-cheol"),
        ("baek-seung-cheol", "paek-sung-chol"),
        ("paek-sung-chol-from-PRK", "baek-seung-cheol-from-PRK"),
        ("baek-seung-cheol-from-PRK", "paek-sung-chol-from-PRK"),
    }
    # queries show the lowest IRI of each merged pair
    assert merged_into(store) == {
        "paek-sung-chol": "baek-seung-cheol",
        "paek-sung-chol-from-PRK": "baek-seung-cheol-from-PRK",
    }


@pytest.mark.parametrize(
    ("first", "second", "kw"),
    [
        ("Kim Chol-su", "Kim Yong-su", {}),  # a shared surname is not a shared name
        ("Paek Sung-chol", "Baek Seung-cheol", {"n2": "KOR"}),  # two nationalities: two people
        ("Paek Sung-chol", "Baek Seung-cheol", {"left2": "CHN"}),  # no shared event
        ("George W. Harlan", "George H. W. Harlan", {"n1": "USA", "n2": "USA", "left2": "PRK"}),  # initials
    ],
)
def test_merge_keeps_different_people_apart(store: GraphStore, first: str, second: str, kw: dict) -> None:
    write(store, *two_spellings(first, second, **kw))
    assert links(store) == set()


def test_merge_a_shared_nationality_alone_is_not_enough(store: GraphStore) -> None:
    write(
        store,
        facts("a", Person("Lee Min-jun", nationality="KOR")),
        facts("b", Person("Yi Min-chun", nationality="KOR")),
    )
    assert links(store) == set()


def test_merge_on_a_shared_post(store: GraphStore) -> None:
    post = Embassy("SUN", "SWE", "Stockholm")
    write(
        store,
        facts("a", Person("Yuriy Orlov", posts=(post,))),
        facts("b", Person("Yuri Orlov", posts=(post,))),
    )
    assert links(store) == {("yuriy-orlov", "yuri-orlov"), ("yuri-orlov", "yuriy-orlov")}


def test_merge_on_a_declared_other_name(store: GraphStore) -> None:
    # one article says "Peter Lang, born Pyotr Langovoy"; another knows only the birth name
    lang = Person("Peter Lang", aliases=("Pyotr Langovoy", "Lang", "Mr Lang"))
    write(
        store,
        facts("a", lang, defections=(Defection("Peter Lang", "SUN"),)),
        facts("b", Person("Pyotr Langovoy"), defections=(Defection("Pyotr Langovoy", "SUN"),)),
    )
    assert ("peter-lang", "pyotr-langovoy") in links(store)
    assert merged_into(store)["pyotr-langovoy"] == "peter-lang"  # the lowest IRI


def test_merge_never_on_a_title_and_a_surname(store: GraphStore) -> None:
    write(
        store,
        facts("a", Person("Kim Chol-su", aliases=("Mr Kim",)), defections=(Defection("Kim Chol-su", "PRK"),)),
        facts("b", Person("Kim Yong-su", aliases=("Mr Kim",)), defections=(Defection("Kim Yong-su", "PRK"),)),
    )
    assert links(store) == set()


def test_merge_follows_writes_and_equals_a_full_refresh(store: GraphStore) -> None:
    """An incremental write recomputes the links of the key groups it touches, as a full refresh would."""
    a, b = two_spellings("Paek Sung-chol", "Baek Seung-cheol")
    write(store, a)
    assert links(store) == set()
    write(store, b)  # the second spelling arrives: linked
    assert len(links(store)) == 4
    store.remove_article("a")  # the first goes: nothing left to link
    assert links(store) == set() and merged_into(store) == {}
    write(store, a, facts("b", Person("Baek Seung-cheol", nationality="KOR")))  # now two nationalities
    assert links(store) == set()
    person, defection = defected("Baek Seung-cheol", "PRK")
    write(store, facts("b", person, defections=(defection,)))
    incremental = links(store), merged_into(store)
    store.refresh_merged_view()
    assert (links(store), merged_into(store)) == incremental and len(incremental[0]) == 4


def test_merge_key_is_written_in_each_article_graph(store: GraphStore) -> None:
    write(store, facts("a", Person("Thae Yong-ho")), facts("b", Person("Kim")))
    rows = store.query("SELECT ?p ?k WHERE { GRAPH ?g { ?p dg:nameKey ?k } }")
    assert {(r["p"].value, r["k"].value) for r in rows} == {(str(DGR["person/thae-yong-ho"]), "daeyongho")}
    # the merged view holds one copy of the key, which candidate pairs are joined on
    copies = store.query("SELECT ?k WHERE { ?p dg:nameKey ?k }", union_default_graph=False)
    assert [r["k"].value for r in copies] == ["daeyongho"]


def rows(store: GraphStore, query: str, **params: str) -> list[dict[str, str]]:
    out = io.BytesIO()
    run_query(store, named_queries()[query], params=params, fmt="json", out=out)
    return [
        {k: v["value"] for k, v in row.items()} for row in json.loads(out.getvalue())["results"]["bindings"]
    ]


def test_merge_queries_show_one_person_and_one_defection_and_say_why(store: GraphStore) -> None:
    a, b = two_spellings("Paek Sung-chol", "Baek Seung-cheol")
    write(store, a, b, facts("c", Person("Kim Chol-su", nationality="PRK")))
    [defection] = rows(store, "defections")
    assert defection["support"] == "2" and defection["sources"].split() == ["a", "b"]
    [person] = rows(store, "person", name="paek")  # found by the other spelling too
    assert person["person"] == "Baek Seung-cheol" and "Paek Sung-chol" in person["aliases"]
    assert (
        sorted(person["sources"].split()) == ["a", "b"]
        and person["events"] == "Defection of Baek Seung-cheol"
    )
    [merge] = rows(store, "merges")
    assert (merge["name"], merge["mergedInto"], merge["key"]) == (
        "Paek Sung-chol",
        "Baek Seung-cheol",
        "baegsungjol",
    )
    assert merge["because"] == "both defected from North Korea" and sorted(merge["sources"].split()) == [
        "a",
        "b",
    ]
