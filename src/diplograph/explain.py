"""Error analysis: show, sentence by sentence, what the extractor saw and what it concluded.

    diplograph explain news.jsonl --id dev-042

For each sentence: the cues the trigger ruler matched, the countries and people found in it, and
every fact whose evidence is that sentence, with the rule that produced it and its confidence.
Then, per proposed fact, every slot value the rules proposed with the slot scorer's probability,
its threshold, whether it was kept, and the features that weighed most for and against it.
A missing fact is then easy to place: no cue (add a pattern), no person (NER or the person
finder), or a cue and a person but no link (a parse shape the rules do not know yet).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from diplograph.errors import InputError
from diplograph.extract.slots import ScoredSlot, load_model
from diplograph.model import Agreement, Article, ArticleFacts, Defection

__all__ = ["explain_articles", "format_explanation"]


def explain_articles(
    inputs: Iterable[Path], *, ids: Iterable[str] = (), model: str | None = None
) -> Iterator[tuple[Article, list[dict], ArticleFacts, list[tuple[object, list[ScoredSlot]]]]]:
    """Parse the chosen articles and pair each sentence with what was read from it; the fourth
    item is every fact the rules proposed with its scored slot values (kept or not).

    Raises:
        InputError: an input cannot be read, or an asked-for id is not in the inputs.
    """
    from diplograph.extract import facts_from_doc
    from diplograph.nlp import COUNTRIES_KEY, PERSONS_KEY, TRIGGERS_KEY, make_nlp
    from diplograph.read import read_articles

    wanted = set(ids)
    nlp = make_nlp(model)
    seen: set[str] = set()
    for article in read_articles(inputs):
        if wanted and article.id not in wanted:
            continue
        seen.add(article.id)
        doc = nlp(article.text)
        slots: list[tuple[object, list[ScoredSlot]]] = []
        facts = facts_from_doc(doc, article, scores=slots)
        rows = []
        for sent in doc.sents:
            if not sent.text.strip():
                continue
            rows.append(
                {
                    "start": sent.start_char,
                    "text": sent.text.strip(),
                    "cues": [f"{s.text}:{s.id_}" for s in doc.spans[TRIGGERS_KEY] if s.sent == sent],
                    "countries": [
                        f"{s.text}={s.label_}"
                        for s in doc.spans[COUNTRIES_KEY]
                        if s.sent == sent and s.label_ != "-"
                    ],
                    "persons": [s._.dg_name for s in doc.spans[PERSONS_KEY] if s.sent == sent],
                    "facts": _facts_in(facts, sent.start_char, sent.end_char),
                }
            )
        yield article, rows, facts, slots
    missing = wanted - seen
    if missing:
        raise InputError(f"no article with id {', '.join(sorted(missing))} in the inputs")


def _facts_in(facts: ArticleFacts, start: int, end: int) -> list[str]:
    out = []
    for d in facts.defections:
        if any(start <= ev.start < end for ev in d.evidence):
            post = f"{d.from_post.sending}->{d.from_post.host}" if d.from_post else "-"
            out.append(
                f"DEFECTION {d.defector}: from={d.from_country} to={d.to_country} post={post} "
                f"date={d.date} [{d.rule}, {d.confidence}]"
            )
    for a in facts.agreements:
        if any(start <= ev.start < end for ev in a.evidence):
            out.append(
                f"AGREEMENT {a.name}: parties={','.join(a.parties)} date={a.date} status={a.status} "
                f"[{a.rule}, {a.confidence}]"
            )
    for e in facts.embassies:
        if any(start <= ev.start < end for ev in e.evidence):
            out.append(f"EMBASSY {e.sending}->{e.host} city={e.city}")
    return out


def format_slots(slots: list[tuple[object, list[ScoredSlot]]], top: int = 4) -> list[str]:
    """Each proposed fact's slot values: probability, threshold, kept or dropped, and the features
    that pushed the score most (:meth:`SlotModel.contributions`), strongest first."""
    model = load_model()
    lines = []
    for fact, scored in slots:
        if isinstance(fact, Defection):
            lines.append(f"-- proposed defection: {fact.defector}")
        elif isinstance(fact, Agreement):
            lines.append(f"-- proposed agreement: {fact.name}")
        for s in scored:
            verdict = (
                "no scorer"
                if s.probability is None
                else (f"p={s.probability:.2f} threshold={s.threshold:.2f} {_verdict(s)}")
            )
            pushed = model.contributions(s.slot, s.features) if model is not None else {}
            pushes = sorted(((w, f) for f, w in pushed.items()), key=lambda wf: -abs(wf[0]))[:top]
            why = ", ".join(f"{f} {w:+.2f}" for w, f in pushes) or ", ".join(sorted(s.features)[:top])
            lines.append(f"    {s.slot:18s} {s.value:14s} {verdict}   ({why})")
    return lines


def format_explanation(
    article: Article,
    rows: list[dict],
    facts: ArticleFacts,
    slots: list[tuple[object, list[ScoredSlot]]] | None = None,
) -> str:
    """A plain-text report of one article."""
    lines = [f"== {article.id}: {article.title or ''} ({article.published or 'undated'})"]
    for row in rows:
        lines.append(f"[{row['start']}] {row['text']}")
        for key in ("cues", "countries", "persons"):
            if row[key]:
                lines.append(f"    {key}: {', '.join(row[key])}")
        lines.extend(f"    => {f}" for f in row["facts"])
    lines.append(
        "-- people: "
        + "; ".join(
            f"{p.name}"
            + (f" ({p.nationality})" if p.nationality else "")
            + (f" aka {', '.join(p.aliases)}" if p.aliases else "")
            for p in facts.persons
        )
    )
    lines.append("-- countries: " + ", ".join(c.iso for c in facts.countries))
    lines.extend(format_slots(slots or []))
    return "\n".join(lines)


def _verdict(s: ScoredSlot) -> str:
    if not s.kept:
        return "DROPPED"
    below = s.probability is not None and s.threshold is not None and s.probability < s.threshold
    return "kept (a clear favourite)" if below else "kept"
