"""Agreements between states: named ("the Treaty of Warsaw", "Basic Treaty") or described
("a 2018 tension-reduction deal", "a mutual defence pact"), with parties, date and status.

A cue noun (treaty, agreement, accord, pact, deal, declaration, guidelines, armistice, ...) is
grown into its name: the run of capitalised words around it (with "of", "on", "for", "and"
between them) when it is a proper name, else the noun with its modifiers. A bare "the treaty" or
"it" refers back to the last agreement named. Parties come from the name itself ("Soviet–Cuban
treaty"), "between X and Y", "with Y", a possessive, or the states (or the leaders of states)
that sign, suspend or leave it. The date is a year in the name or the date it was signed; the
status is the strongest cue the article gives (a later suspension outranks the signing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from diplograph.extract.context import Context, governs
from diplograph.extract.persons import People
from diplograph.model import Agreement, Evidence

CONNECTORS = frozenset({"of", "on", "for", "and", "between", "the", "in", "to", "de", "&"})
STATUS_RANK = {"signed": 1, "in_force": 2, "suspended": 3, "withdrawn": 4, "terminated": 5}
ACTION_LEMMAS = frozenset({"sign", "ink", "conclude", "seal", "adopt", "unveil", "agree", "suspend", "freeze",
                           "withdraw", "quit", "exit", "leave", "abandon", "pull", "terminate", "scrap",
                           "abrogate", "annul", "renounce", "ratify", "violate", "honour", "honor", "uphold",
                           "revive", "restore", "implement", "negotiate", "broker", "replace", "supersede"})
GENERIC_MODIFIERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "new", "old", "such", "any",
                               "previous", "latest", "former", "existing", "same", "final", "original"})
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")


@dataclass
class Draft:
    name: str
    named: bool
    mention: Span
    aliases: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    date: str | None = None
    statuses: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.6


def find_agreements(ctx: Context, people: People) -> list[Agreement]:
    drafts: list[Draft] = []
    status_cues = [t for t in ctx.triggers if t.label_ == "STATUS"]
    seen_tokens: set[int] = set()
    for trig in ctx.triggers:
        if trig.label_ != "AGREEMENT" or trig.root.i in seen_tokens or trig.root.pos_ == "VERB":
            continue
        mention, named = _grow(ctx, trig.root)
        seen_tokens.update(range(mention.start, mention.end))
        draft = _match_or_new(ctx, drafts, mention, named)
        if draft is None:
            continue
        draft.evidence.append(ctx.evidence(mention.sent))
        _read_parties(ctx, people, draft, mention)
        _read_date(ctx, draft, mention)
        _read_status(draft, mention, status_cues)
    _status_by_reference(ctx, drafts, status_cues)
    return [
        Agreement(
            name=d.name,
            aliases=tuple(a for a in dict.fromkeys(d.aliases) if a != d.name),
            parties=tuple(sorted(set(d.parties))),
            date=d.date,
            status=max(d.statuses, key=STATUS_RANK.__getitem__) if d.statuses else None,
            confidence=round(min(0.95, d.confidence + (0.1 if len(set(d.parties)) >= 2 else -0.1)), 2),
            evidence=tuple(dict.fromkeys(d.evidence)),
            rule="named" if d.named else "described",
        )
        for d in drafts
        if d.parties or d.named
    ]


def _grow(ctx: Context, noun: Token) -> tuple[Span, bool]:
    """The agreement's name around its cue noun, and whether it is a proper name."""
    doc = noun.doc
    if noun.is_title or noun.text.isupper():
        start, end = noun.i, noun.i + 1
        while start > noun.sent.start and (doc[start - 1].is_title or doc[start - 1].text in {"–", "-"} or
                                           doc[start - 1].like_num) and doc[start - 1].lower_ not in {"the", "a"}:
            if doc[start - 1].is_sent_start and doc[start - 1].is_title and doc[start - 1].pos_ not in {"PROPN", "ADJ"}:
                break
            start -= 1
        while end < noun.sent.end:
            nxt = doc[end]
            if nxt.is_title or nxt.text in {"–", "-"}:
                end += 1
            elif nxt.lower_ in CONNECTORS - {"the"} and end + 1 < noun.sent.end and (
                doc[end + 1].is_title or (doc[end + 1].lower_ == "the" and end + 2 < noun.sent.end and doc[end + 2].is_title)
            ):
                end += 2 if doc[end + 1].lower_ != "the" else 3
            elif nxt.text == "," and end + 2 < noun.sent.end and doc[end + 1].is_title and _list_continues(doc, end + 1, noun.sent.end):
                end += 2
            else:
                break
        span = doc[start:end]
        if len(span) > 1 or noun.text.isupper():
            return span, True
    mods = [c for c in noun.lefts if c.dep_ in {"compound", "amod", "nummod", "npadvmod", "nmod", "poss"}
            and c.lower_ not in GENERIC_MODIFIERS]
    if not mods:
        return doc[noun.i : noun.i + 1], False
    start = min(t.left_edge.i for t in mods)
    while start < noun.i and (doc[start].pos_ in {"DET", "PRON"} or doc[start].lower_ in GENERIC_MODIFIERS
                              or doc[start].lower_ in {"'s", "’s"} or doc[start].dep_ == "poss"):
        start += 1
    return doc[start : noun.i + 1], False


def _list_continues(doc, i: int, end: int) -> bool:
    """"Friendship, Cooperation and Mutual Assistance": a capitalised list joined by "and"."""
    while i < end and (doc[i].is_title or doc[i].text == ","):
        i += 1
    return i < end and doc[i].lower_ == "and" and i + 1 < end and doc[i + 1].is_title


def _key(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in {"the", "of", "a", "on", "and"}}


def _match_or_new(ctx: Context, drafts: list[Draft], mention: Span, named: bool) -> Draft | None:
    text = mention.text.strip()
    if len(mention) == 1 and not named:
        # "the treaty", "the deal": the agreement last named, if any
        return drafts[-1] if drafts else None
    for d in drafts:
        if _key(d.name) == _key(text) or text in d.aliases or (
            named and d.named and _key(text) <= _key(d.name)
        ):
            return d
    # "the Joint Plan of Action, the 2015 nuclear deal": apposition names one agreement twice
    root = mention.root
    if root.dep_ == "appos" or any(c.dep_ == "appos" for c in root.children):
        other = root.head if root.dep_ == "appos" else next(c for c in root.children if c.dep_ == "appos")
        for d in drafts:
            if d.mention.start <= other.i < d.mention.end:
                _add_name(d, text, named)
                return d
    draft = Draft(text, named, mention, confidence=0.75 if named else 0.6)
    drafts.append(draft)
    return draft


def _add_name(draft: Draft, text: str, named: bool) -> None:
    if named and not draft.named:
        draft.aliases.append(draft.name)
        draft.name, draft.named = text, True
    else:
        draft.aliases.append(text)


def _read_parties(ctx: Context, people: People, draft: Draft, mention: Span) -> None:
    found: list[str] = [ref.iso for ref in ctx.countries_in(mention.start, mention.end)]
    root = mention.root
    # "between X and Y", "with Y" on the noun or on its verb
    verb = next((a for a in root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    for head in filter(None, [root, verb]):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in {"between", "with", "among", "by"}:
                found.extend(_states_in(ctx, people, prep))
    # a possessive state or leader: "Russia's treaty with", "Seoul's deal"
    for child in root.lefts:
        if child.dep_ == "poss":
            found.extend(_states_in(ctx, people, child))
    # the states (or leaders) that act on it: "X and Y signed", "X suspended the deal"
    if verb is not None and verb.lemma_ in ACTION_LEMMAS:
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass", "agent"} and not governs(child, root):
                found.extend(_states_in(ctx, people, child))
    draft.parties.extend(found)
    if len(set(draft.parties)) < 2 and verb is not None and verb.lemma_ in ACTION_LEMMAS - {"suspend", "withdraw"}:
        # a signing with one party named in the clause: the other is often the object of "with"
        for tok in verb.subtree:
            if tok.dep_ == "pobj" and tok.head.lower_ == "with":
                draft.parties.extend(_states_in(ctx, people, tok))


def _states_in(ctx: Context, people: People, node: Token) -> list[str]:
    """States named in a subtree, counting a leader as their state ("Putin and Kim" -> RUS, PRK)."""
    out = []
    for tok in node.subtree:
        ref = ctx.country_of(tok)
        if ref is not None and ref.span.start == tok.i:
            if not (ref.kind == "capital" and ref.is_place):
                out.append(ref.iso)
            continue
        person = people.of(tok)
        if person is not None and tok.i == person_first_token(person, tok):
            iso = person.nationality_iso()
            if iso is not None:
                out.append(iso)
    return out


def person_first_token(person, tok: Token) -> int:
    for span in person.mentions:
        if span.start <= tok.i < span.end:
            return span.start
    return -1


def _read_date(ctx: Context, draft: Draft, mention: Span) -> None:
    if draft.date is not None:
        return
    for tok in mention:
        if _YEAR.match(tok.text):
            draft.date = tok.text
            return
    root = mention.root
    verb = next((a for a in root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    heads = [v for v in (verb, *(c for c in root.children if c.dep_ in {"acl", "relcl"})) if v is not None]
    for head in heads:
        if head.lemma_ not in {"sign", "ink", "conclude", "seal", "adopt", "agree", "reach", "unveil"}:
            continue
        for ent, value in ctx.dates_in(mention.sent):
            if ent.root.head == head or ent.root.head.head == head:
                draft.date = value
                return


def _read_status(draft: Draft, mention: Span, cues: list[Span]) -> None:
    root = mention.root
    related = {a.i for a in root.ancestors if a.pos_ in {"VERB", "AUX", "NOUN"}} | {
        c.i for c in root.children if c.dep_ in {"acl", "relcl", "prep"}
    }
    for cue in cues:
        if cue.sent != mention.sent:
            continue
        cue_root = cue.root
        if cue_root.i in related or governs(root, cue_root) or cue_root.head.i in related or (
            cue_root.head == root or root.head == cue_root
        ):
            draft.statuses.append(cue.id_)


def _status_by_reference(ctx: Context, drafts: list[Draft], cues: list[Span]) -> None:
    """"... suspended it", "the suspension of the deal": a cue acting on a pronoun or a bare noun."""
    if not drafts:
        return
    for cue in cues:
        verb = cue.root
        for child in verb.children:
            if child.dep_ in {"dobj", "nsubjpass"} and child.lower_ in {"it"}:
                target = _last_before(drafts, cue.start)
                if target is not None:
                    target.statuses.append(cue.id_)
                    target.evidence.append(ctx.evidence(cue.sent))


def _last_before(drafts: list[Draft], index: int) -> Draft | None:
    before = [d for d in drafts if d.mention.start < index]
    return max(before, key=lambda d: d.mention.start) if before else None
