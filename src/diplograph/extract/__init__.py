"""The extraction stage: a parsed Doc and its Article in, :class:`~diplograph.model.ArticleFacts` out.

This is the last stage that sees spaCy objects; what it returns is plain data. The rules run in
dependency order, each in its own module:

    context     country mentions resolved to ISO codes (capitals by the article's era)
    persons     name mentions clustered into people, with nationality and roles
    embassies   missions and who served at them
    defections  who left which state for which, from which post, when
    agreements  treaties and deals, their parties, date and status
"""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.extract.agreements import find_agreements
from diplograph.extract.context import Context
from diplograph.extract.defections import find_defections
from diplograph.extract.embassies import find_embassies
from diplograph.extract.persons import PersonCluster, find_people
from diplograph.model import Article, ArticleFacts, CountryMention, Embassy, Person

__all__ = ["facts_from_doc"]


def facts_from_doc(doc: Doc, article: Article) -> ArticleFacts:
    """Read every fact the rules can find in one article's Doc."""
    ctx = Context(doc, article)
    people = find_people(ctx)
    embassies, postings = find_embassies(ctx, people)
    defections = find_defections(ctx, people, postings)
    agreements = find_agreements(ctx, people)
    posts: dict[int, list[Embassy]] = {}
    for p in postings:
        posts.setdefault(id(p.person), []).append(p.embassy)
    persons = tuple(_person(c, posts.get(id(c), []), ctx) for c in people.clusters)
    mentioned: dict[str, list[str]] = {}
    for ref in ctx.countries:
        if ref.kind == "capital" and ref.is_place:
            continue  # a venue, not the state acting
        mentioned.setdefault(ref.iso, []).append(ref.span.text)
    return ArticleFacts(
        article=article,
        countries=tuple(CountryMention(iso, tuple(dict.fromkeys(forms))) for iso, forms in mentioned.items()),
        persons=persons,
        embassies=tuple(embassies),
        defections=tuple(defections),
        agreements=tuple(agreements),
    )


def _person(cluster: PersonCluster, posts: list[Embassy], ctx: Context) -> Person:
    return Person(
        name=cluster.name,
        aliases=tuple(f for f in cluster.forms if f != cluster.name),
        nationality=cluster.nationality_iso(),
        positions=tuple(cluster.positions),
        posts=tuple(dict.fromkeys(posts)),
        evidence=tuple(dict.fromkeys(ctx.evidence(s.sent) for s in cluster.mentions)),
    )
