"""Diplomatic missions: "the Cuban embassy in Madrid", "Pyongyang's embassies in Rome and Lima",
"ambassador to Egypt", "a diplomat posted to Havana".

A mission needs a sending state and a host state. The sender comes from a demonym or possessive
before the mission noun, an "of X" after it, the clause's subject state ("X closed its embassy in
Y"), or the nationality of the person who serves there; the host from "in/to/at Y" (a city
resolves to its state).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from diplograph import gazetteer
from diplograph.extract.context import Context, CountryRef
from diplograph.extract.persons import DIPLOMAT_WORDS, People, PersonCluster
from diplograph.model import Embassy

MISSION_NOUNS = frozenset({
    "embassy", "embassies", "consulate", "consulates", "consulate-general", "legation", "legations",
    "mission", "missions", "chancery", "high commission",
})
POSTING_VERBS = frozenset({"post", "station", "base", "assign", "serve", "work", "accredit", "send", "transfer"})
HEAD_OF_MISSION = frozenset({"ambassador", "envoy", "consul", "chargé", "emissary", "attaché", "attache"})


@dataclass
class Posting:
    """A person serving at a mission, as read from one sentence."""

    person: PersonCluster
    embassy: Embassy
    sent_start: int


def find_embassies(ctx: Context, people: People) -> tuple[list[Embassy], list[Posting]]:
    """Every mission the article mentions, and who served at which."""
    embassies: list[Embassy] = []
    postings: list[Posting] = []
    for tok in ctx.doc:
        low = tok.lower_
        if low in MISSION_NOUNS and tok.pos_ in {"NOUN", "PROPN"}:
            embassies.extend(_mission_phrase(ctx, people, tok, postings))
        elif low in HEAD_OF_MISSION or (low in POSTING_VERBS or tok.lemma_ in POSTING_VERBS) and tok.pos_ == "VERB":
            posting = _posting(ctx, people, tok)
            if posting is not None:
                postings.append(posting)
                embassies.append(posting.embassy)
        elif low in DIPLOMAT_WORDS:
            posting = _diplomat_in(ctx, people, tok)
            if posting is not None:
                postings.append(posting)
                embassies.append(posting.embassy)
    return _unique(embassies), postings


def _unique(embassies: list[Embassy]) -> list[Embassy]:
    """One mission per (sender, host): a city given anywhere fills in the city-less mentions."""
    best: dict[tuple[str, str], Embassy] = {}
    for e in embassies:
        key = (e.sending, e.host)
        old = best.get(key)
        if old is None or (old.city is None and e.city is not None):
            best[key] = Embassy(e.sending, e.host, e.city or (old.city if old else None),
                                evidence=(old.evidence if old else ()) + e.evidence)
        else:
            best[key] = Embassy(old.sending, old.host, old.city, evidence=old.evidence + e.evidence)
    return list(best.values())


def places_after(ctx: Context, tok: Token, preps: frozenset[str]) -> list[tuple[CountryRef, str | None]]:
    """Hosts named by "in/to/at X" governed by ``tok``, following coordination ("in A, B and C")."""
    out = []
    for prep in tok.rights:
        if prep.lower_ not in preps:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for node in [obj, *obj.conjuncts]:
                ref = ctx.country_of(node)
                if ref is not None:
                    city = ref.span.text if ref.kind == "capital" or gazetteer.iso_for_city(ref.span.text) else None
                    out.append((ref, city if ref.kind != "name" else None))
                elif gazetteer.iso_for_city(_compound(node), ctx.year):
                    name = _compound(node)
                    iso = gazetteer.iso_for_city(name, ctx.year)
                    if iso:
                        out.append((CountryRef(ctx.doc[node.i : node.i + 1], iso, "city"), name))
    return out


def _compound(tok: Token) -> str:
    """"Hong Kong" from its head token "Kong"."""
    words = [c for c in tok.lefts if c.dep_ == "compound"]
    return " ".join([*(w.text for w in words), tok.text])


def _sender_before(ctx: Context, tok: Token) -> CountryRef | None:
    """The state named just before a mission noun or role: "the Cuban embassy", "Iran's envoy"."""
    for child in tok.lefts:
        for t in child.subtree:
            ref = ctx.country_of(t)
            if ref is not None:
                return ref
    i = tok.i - 1
    while i >= tok.sent.start and i >= tok.i - 4:
        ref = ctx.country_of(ctx.doc[i])
        if ref is not None:
            return ref
        if ctx.doc[i].pos_ in {"VERB", "ADP", "PUNCT"} and ctx.doc[i].text not in {"’s", "'s", "-"}:
            break
        i -= 1
    return None


def _clause_subject_state(ctx: Context, tok: Token) -> CountryRef | None:
    """"X shut its embassy in Y": the state that is the subject of the governing verb."""
    for anc in tok.ancestors:
        if anc.pos_ in {"VERB", "AUX"}:
            for child in anc.children:
                if child.dep_ in {"nsubj", "nsubjpass"}:
                    ref = ctx.country_of(child)
                    if ref is not None:
                        return ref
            return None
    return None


def _mission_phrase(ctx: Context, people: People, tok: Token, postings: list[Posting]) -> list[Embassy]:
    sender = _sender_before(ctx, tok)
    for prep in tok.rights:
        if prep.lower_ == "of" and sender is None:
            for obj in prep.children:
                sender = ctx.country_of(obj) or sender
    hosts = places_after(ctx, tok, frozenset({"in", "to", "at"}))
    if sender is None:
        sender = _clause_subject_state(ctx, tok)
    person = _person_of_clause(ctx, people, tok)
    sending = sender.iso if sender else (person.nationality_iso() if person else None)
    if sending is None:
        return []
    evidence = (ctx.evidence(tok.sent),)
    found = [
        Embassy(sending, ref.iso, city, evidence=evidence)
        for ref, city in hosts
        if ref.iso != sending
    ]
    if person is not None:
        postings.extend(Posting(person, e, tok.sent.start) for e in found)
    return found


def _person_of_clause(ctx: Context, people: People, tok: Token) -> PersonCluster | None:
    """The person who works at / left the mission in this clause ("Ri, who worked at the embassy")."""
    for anc in tok.ancestors:
        if anc.pos_ in {"VERB", "AUX"}:
            for child in anc.children:
                if child.dep_ in {"nsubj", "nsubjpass"}:
                    person = people.of(child)
                    if person is None and child.lower_ in {"who", "he", "she"}:
                        target = anc.head if child.lower_ == "who" else None
                        person = people.of(target) if target is not None else people.before(child.i)
                    return person
            break
    return None


def _posting(ctx: Context, people: People, tok: Token) -> Posting | None:
    """"ambassador to Egypt", "posted to Havana", "stationed in Cairo"."""
    hosts = places_after(ctx, tok, frozenset({"to", "in", "at"}))
    if not hosts:
        return None
    person = _person_for_role(ctx, people, tok)
    if person is None:
        return None
    sender = _sender_before(ctx, tok) if tok.pos_ != "VERB" else None
    sending = sender.iso if sender else person.nationality_iso()
    ref, city = hosts[0]
    if sending is None or ref.iso == sending:
        return None
    if tok.pos_ == "VERB" and not _diplomatic(person, tok):
        return None
    return Posting(person, Embassy(sending, ref.iso, city, evidence=(ctx.evidence(tok.sent),)), tok.sent.start)


def _diplomat_in(ctx: Context, people: People, tok: Token) -> Posting | None:
    """"a counselor for X in Havana", "a diplomat in London": a diplomatic role placed in a city."""
    if tok.sent is None:
        return None
    hosts = [h for h in places_after(ctx, tok, frozenset({"in", "at"})) if h[1]]
    if not hosts:
        for prep in tok.rights:
            if prep.lower_ in {"for", "of"}:
                for obj in prep.children:
                    hosts = [h for h in places_after(ctx, obj, frozenset({"in", "at"})) if h[1]]
    if not hosts:
        return None
    person = _person_for_role(ctx, people, tok)
    if person is None:
        return None
    sending = person.nationality_iso()
    ref, city = hosts[0]
    if sending is None or ref.iso == sending:
        return None
    return Posting(person, Embassy(sending, ref.iso, city, evidence=(ctx.evidence(tok.sent),)), tok.sent.start)


def _diplomatic(person: PersonCluster, verb: Token) -> bool:
    words = {w.lower() for p in person.positions for w in p.split()}
    near = {t.lower_ for t in verb.sent}
    return bool((words | near) & DIPLOMAT_WORDS)


def _person_for_role(ctx: Context, people: People, tok: Token) -> PersonCluster | None:
    """Who holds the role: the name it is in apposition to, that it precedes, or the clause subject."""
    node: Token | None = tok
    for _ in range(4):
        if node is None:
            break
        person = people.of(node)
        if person is not None:
            return person
        if node.dep_ in {"appos", "compound", "attr", "acl", "relcl"} or node.dep_ == "prep":
            node = node.head
            continue
        if node.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "ROOT", "conj", "ccomp"}:
            for child in (node.head if node.dep_ != "ROOT" else node).children:
                if child.dep_ in {"nsubj", "nsubjpass"}:
                    found = people.of(child)
                    if found is not None:
                        return found
                    if child.lower_ in {"he", "she"}:
                        return people.before(child.i)
            break
        node = node.head
    # "the Cuban ambassador Jose Perez": the name right after the role.
    nxt = tok.i + 1
    if nxt < len(ctx.doc):
        return people.of(ctx.doc[nxt])
    return None


def span_sentence(span: Span) -> Span:
    return span.sent
