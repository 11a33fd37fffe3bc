"""Error analysis: show, sentence by sentence, what the extractor saw and what it concluded.

    diplograph explain news.jsonl --id dev-042

For each sentence: the cues the trigger ruler matched, the countries and people found in it, and
every fact whose evidence is that sentence, with the rule that produced it and its confidence.
A missing fact is then easy to place: no cue (add a pattern), no person (NER or the person
finder), or a cue and a person but no link (a parse shape the rules do not know yet).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from diplograph.errors import InputError
from diplograph.model import Article, ArticleFacts

__all__ = ["explain_articles", "format_explanation"]


def explain_articles(
    inputs: Iterable[Path], *, ids: Iterable[str] = (), model: str | None = None
) -> Iterator[tuple[Article, list[dict], ArticleFacts]]:
    """Parse the chosen articles and pair each sentence with what was read from it.

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
        facts = facts_from_doc(doc, article)
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
        yield article, rows, facts
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


def format_explanation(article: Article, rows: list[dict], facts: ArticleFacts) -> str:
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
    return "\n".join(lines)
