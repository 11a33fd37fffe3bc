"""The extraction stage: a parsed Doc and its Article in, :class:`~diplograph.model.ArticleFacts` out.

This is the last stage that sees spaCy objects; what it returns is plain data. The rules run in
dependency order, each in its own module:

    context     country mentions resolved to ISO codes (capitals by the article's era)
    persons     name mentions clustered into people, with nationality and roles
    embassies   missions and who served at them
    defections  who left which state for which, from which post, when
    agreements  treaties and deals, their parties, date and status
    slots       candidates for every slot, and a learned scorer that chooses among them
"""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.extract.agreements import find_agreements
from diplograph.extract.context import Context
from diplograph.extract.defections import find_defections
from diplograph.extract.embassies import Posting, find_embassies
from diplograph.extract.persons import People as PeopleIndex
from diplograph.extract.persons import PersonCluster, find_people
from diplograph.extract.slots import (
    FRAME_RULES,
    ScoredSlot,
    SlotModel,
    agreement_features,
    candidate_defections,
    defection_features,
    gate_agreement,
    gate_defection,
    load_model,
    status_cues,
)
from diplograph.model import Agreement, Article, ArticleFacts, CountryMention, Defection, Embassy, Person

__all__ = ["facts_from_doc"]


_SHIPPED = object()


def facts_from_doc(
    doc: Doc,
    article: Article,
    *,
    model: SlotModel | object | None = _SHIPPED,
    scores: list[tuple[object, list[ScoredSlot]]] | None = None,
) -> ArticleFacts:
    """Read every fact the rules can find in one article's Doc, each slot value kept only when the
    slot scorer believes it (:mod:`diplograph.extract.slots`).

    Args:
        model: the slot scorer's weights; by default the shipped ones (or ``$DIPLOGRAPH_SLOT_MODEL``);
            ``None`` keeps every value the rules propose.
        scores: when given, each proposed fact and its scored slots are appended to it (for
            ``diplograph explain`` and the trainer), whether the fact was kept or not.
    """
    ctx = Context(doc, article)
    people = find_people(ctx)
    embassies, postings = find_embassies(ctx, people)
    defections = find_defections(ctx, people, postings)
    agreements = find_agreements(ctx, people)
    chosen = load_model() if model is _SHIPPED else model
    if chosen is not None or scores is not None:
        scorer = chosen if isinstance(chosen, SlotModel) else None
        defections, agreements = _scored(
            ctx, people, defections, agreements, scorer, scores, tuple(embassies), postings
        )
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


def _scored(
    ctx: Context,
    people: PeopleIndex,
    defections: list[Defection],
    agreements: list[Agreement],
    model: SlotModel | None,
    scores: list[tuple[object, list[ScoredSlot]]] | None,
    embassies: tuple[Embassy, ...] = (),
    postings: list[Posting] | None = None,
) -> tuple[list[Defection], list[Agreement]]:
    kept_d, kept_a = [], []
    frames = candidate_defections(ctx, people, defections)
    for d in [*defections, *frames]:
        slots = defection_features(ctx, people, d, embassies, postings or ())
        if model is not None:
            gated, slots = gate_defection(model, d, slots)
        else:  # nothing to judge a frame the rules did not tie: only the rules' own facts
            gated = d if d.rule not in FRAME_RULES else None
        if scores is not None:
            scores.append((d, slots))
        if gated is not None:
            kept_d.append(gated)
    cues = status_cues(ctx) if agreements else []
    for a in agreements:
        slots = agreement_features(ctx, a, tuple(o for o in agreements if o is not a), cues)
        gated_a, slots = gate_agreement(model, a, slots) if model is not None else (a, slots)
        if scores is not None:
            scores.append((a, slots))
        if gated_a is not None:
            kept_a.append(gated_a)
    return kept_d, kept_a


def _person(cluster: PersonCluster, posts: list[Embassy], ctx: Context) -> Person:
    return Person(
        name=cluster.name,
        aliases=tuple(f for f in cluster.forms if f != cluster.name),
        nationality=cluster.nationality_iso(),
        positions=tuple(cluster.positions),
        posts=tuple(dict.fromkeys(posts)),
        evidence=tuple(dict.fromkeys(ctx.evidence(s.sent) for s in cluster.mentions)),
    )
