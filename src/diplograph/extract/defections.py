"""Defections: a named person leaving the service or allegiance of a state.

A cue (``DEFECT`` spans from the trigger ruler: "defected", "fled", "escaped", "sought asylum",
"switched sides", "defection", ...) becomes a defection only when a named person can be tied
to it through the parse — the cue's subject, the name a "who" clause hangs on, a possessive
("X's defection"), "the defection of X", or a pronoun/role noun resolved to the last person
named. Groups ("196 North Koreans fled") and non-state moves (to a party or a club) are dropped.

The state left is the defector's nationality, else an explicit "from X"/"fled X"; the state
reached is "to X", asylum "in X" or granted by X; the post is the defector's mission of the state
left; the date is a DATE the cue governs, else one in its sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from diplograph import gazetteer
from diplograph.extract.context import Context, CountryRef
from diplograph.extract.embassies import Posting
from diplograph.extract.persons import People, PersonCluster
from diplograph.model import Defection, Embassy, Evidence

PRONOUNS = frozenset({"he", "she", "who", "they"})
ROLE_NOUNS = frozenset({"diplomat", "envoy", "ambassador", "official", "defector", "pilot", "officer", "clerk",
                        "counselor", "counsellor", "minister", "general", "colonel", "agent", "spy", "player",
                        "dancer", "athlete", "scientist", "man", "woman"})
MOVE_VERBS = frozenset({"move", "arrive", "reach", "land", "board", "cross", "enter", "fly", "travel", "leave"})


@dataclass
class Draft:
    """A defection being assembled from one or more sentences."""

    person: PersonCluster
    rule: str
    confidence: float
    from_iso: str | None = None
    to_iso: str | None = None
    post: Embassy | None = None
    date: str | None = None
    date_from_governed: bool = False
    evidence: list[Evidence] = field(default_factory=list)
    explicit_from: list[CountryRef] = field(default_factory=list)


def find_defections(ctx: Context, people: People, postings: list[Posting]) -> list[Defection]:
    drafts: dict[int, Draft] = {}
    for trig in ctx.triggers:
        if trig.label_ != "DEFECT":
            continue
        found = _defector(ctx, people, trig)
        if found is None:
            continue
        person, rule, confidence = found
        draft = drafts.get(id(person))
        if draft is None:
            draft = drafts[id(person)] = Draft(person, rule, confidence)
        else:
            draft.confidence = max(draft.confidence, confidence)
        _read_cue(ctx, trig, draft)
    out = []
    for draft in drafts.values():
        if not _leaves_a_state(ctx, draft):
            continue
        _complete(ctx, people, postings, draft)
        if draft.from_iso is None and draft.to_iso is None:
            continue
        out.append(Defection(
            defector=draft.person.name,
            from_country=draft.from_iso,
            to_country=draft.to_iso if draft.to_iso != draft.from_iso else None,
            from_post=draft.post,
            date=draft.date,
            position=draft.person.positions[0] if draft.person.positions else None,
            confidence=round(draft.confidence - (0.1 if draft.from_iso is None else 0.0), 2),
            evidence=tuple(dict.fromkeys(draft.evidence)),
            rule=draft.rule,
        ))
    return out


def _defector(ctx: Context, people: People, trig: Span) -> tuple[PersonCluster, str, float] | None:
    """The named person the cue is about, with the rule that tied them and its confidence."""
    tok = trig.root
    sent = trig.sent
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lower_ in {"defections", "defectors"}:
        return None  # a count or a trend, not one person's act
    # "X's defection", "the defection of X", "X's asylum request"
    for child in tok.children:
        if child.dep_ == "poss":
            person = people.of(child) or (people.before(child.i) if child.lower_ in {"his", "her"} else None)
            if person is not None:
                return person, "possessive", 0.85
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if people.of(obj) is not None:
                    return people.of(obj), "of-phrase", 0.85  # type: ignore[return-value]
    verb = tok if tok.pos_ in {"VERB", "AUX"} else _governing_verb(tok)
    if verb is not None:
        subject = _subject(verb)
        if subject is not None:
            found = _person_from_subject(ctx, people, subject)
            if found is not None:
                return found
        # "granted X asylum"
        for child in verb.children:
            if child.dep_ in {"dative", "dobj"} and people.of(child) is not None:
                return people.of(child), "object", 0.8  # type: ignore[return-value]
    if tok.lower_ in {"defector"}:
        for t in sent:
            if t.dep_ in {"appos", "compound"} and t.head == tok or tok.head.i == t.i:
                if people.of(t) is not None:
                    return people.of(t), "appositive", 0.8  # type: ignore[return-value]
    return None


def _governing_verb(tok: Token) -> Token | None:
    for anc in tok.ancestors:
        if anc.pos_ in {"VERB", "AUX"}:
            return anc
    return None


def _subject(verb: Token) -> Token | None:
    node: Token | None = verb
    for _ in range(3):
        if node is None:
            return None
        for child in node.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                return child
        # "X, who ... and defected", "X tried to flee": borrow the subject up the chain
        if node.dep_ in {"conj", "xcomp", "advcl"} and node.head.pos_ in {"VERB", "AUX"}:
            node = node.head
            continue
        if node.dep_ in {"acl", "relcl"}:
            return node.head
        return None
    return None


def _person_from_subject(ctx: Context, people: People, subject: Token) -> tuple[PersonCluster, str, float] | None:
    person = people.of(subject)
    if person is not None:
        return person, "subject", 0.9
    low = subject.lower_
    if low in {"who", "that"} and subject.head.dep_ == "relcl":
        head = subject.head.head
        person = people.of(head)
        if person is None and head.dep_ == "appos":
            person = people.of(head.head)
        if person is not None:
            return person, "relative-clause", 0.9
    if subject.dep_ in {"nsubj", "nsubjpass"} and subject.tag_ in {"NNS", "NNPS"}:
        return None  # "diplomats", "North Koreans": a group
    if low in PRONOUNS - {"they", "who"}:
        person = people.before(subject.i)
        if person is not None:
            return person, "pronoun", 0.7
    if subject.lower_ in ROLE_NOUNS or subject.lemma_ in ROLE_NOUNS:
        named = [c for t in subject.subtree if (c := people.of(t)) is not None]
        if named:
            return named[0], "role-noun", 0.85
        if any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            person = people.before(subject.i)
            if person is not None:
                return person, "role-noun", 0.65
    # "Ri, a counselor ..., made the move" -> appositive subject
    if subject.dep_ == "appos" and people.of(subject.head) is not None:
        return people.of(subject.head), "subject", 0.9  # type: ignore[return-value]
    return None


def _read_cue(ctx: Context, trig: Span, draft: Draft) -> None:
    """Read "from X", "to Y", asylum "in Y" and dates from the cue's clause into the draft."""
    tok = trig.root
    verb = tok if tok.pos_ in {"VERB", "AUX"} else _governing_verb(tok) or tok
    draft.evidence.append(ctx.evidence(tok.sent))
    for head in dict.fromkeys([tok, verb]):
        for child in head.children:
            if child.dep_ == "prep":
                for obj in child.children:
                    _read_prep(ctx, draft, child.lower_, obj)
            elif child.dep_ == "dobj" and head.lemma_ in {"flee", "escape", "leave", "desert", "abandon"}:
                ref = ctx.country_of(child)
                if ref is not None:
                    draft.explicit_from.append(ref)
            elif child.dep_ in {"nsubj"} and head.lemma_ in {"grant", "give", "offer", "accept"}:
                ref = ctx.country_of(child)
                if ref is not None and draft.to_iso is None:
                    draft.to_iso = ref.iso
            elif child.dep_ in {"compound", "amod", "nmod"} and tok.lower_ == "asylum" and head is tok:
                ref = ctx.country_of(child)
                if ref is not None and draft.to_iso is None:
                    draft.to_iso = ref.iso
            elif child.ent_type_ == "DATE" and child.dep_ in {"npadvmod", "tmod", "advmod"} and not draft.date_from_governed:
                _read_date(ctx, draft, child, governed=True)
    if draft.date is None or not draft.date_from_governed:
        for ent, _value in ctx.dates_in(tok.sent):
            if ent.root.head in (tok, verb) or ent.root.head.head in (tok, verb):
                _read_date(ctx, draft, ent.root, governed=True)
                break
        else:
            dates = ctx.dates_in(tok.sent)
            if dates and draft.date is None:
                nearest = min(dates, key=lambda d: abs(d[0].start - tok.i))
                draft.date = nearest[1]


def _read_prep(ctx: Context, draft: Draft, prep: str, obj: Token) -> None:
    ref = ctx.country_of(obj) or _counterpart(ctx, draft, obj)
    if ref is not None:
        if prep in {"to", "into"} and draft.to_iso is None:
            draft.to_iso = ref.iso
        elif prep in {"in"} and draft.to_iso is None and ref.kind != "capital":
            draft.to_iso = ref.iso
        elif prep in {"from", "out"}:
            draft.explicit_from.append(ref)
        return
    if obj.ent_type_ == "DATE":
        _read_date(ctx, draft, obj, governed=True)
    elif prep in {"to", "into"} and obj.pos_ == "PROPN" and obj.ent_type_ in {"ORG", "NORP"} and draft.to_iso is None:
        draft.to_iso = "-"  # a party or a club: not a state


def _read_date(ctx: Context, draft: Draft, tok: Token, *, governed: bool) -> None:
    for ent in tok.sent.ents:
        if ent.label_ == "DATE" and ent.start <= tok.i < ent.end:
            value = ctx.date_of(ent)
            if value and (governed or draft.date is None):
                draft.date = value
                draft.date_from_governed = governed
            return


def _counterpart(ctx: Context, draft: Draft, obj: Token) -> CountryRef | None:
    """"fled to the South": the other half of a divided state named by compass point."""
    if obj.lower_ not in {"south", "north", "east", "west"} or not any(c.lower_ == "the" for c in obj.children):
        return None
    home = draft.from_iso or draft.person.nationality_iso()
    if home is None:
        return None
    name = gazetteer.country(home).name
    for a, b in (("North", "South"), ("South", "North"), ("East", "West"), ("West", "East")):
        if name.startswith(a + " ") and obj.lower_ == b.lower():
            iso = gazetteer.iso_for_name(b + name[len(a):])
            if iso:
                return CountryRef(obj.doc[obj.i : obj.i + 1], iso, "name")
    return None


def _leaves_a_state(ctx: Context, draft: Draft) -> bool:
    """Drop moves to a party or a club: a defection leaves a state."""
    return draft.to_iso != "-"


def _complete(ctx: Context, people: People, postings: list[Posting], draft: Draft) -> None:
    person = draft.person
    own_posts = [p.embassy for p in postings if p.person is person]
    post_hosts = {e.host for e in own_posts}
    explicit = [r for r in draft.explicit_from if r.iso not in post_hosts]
    nationality = person.nationality_iso()
    draft.from_iso = nationality or (explicit[0].iso if explicit else None)
    if draft.from_iso is None and own_posts:
        draft.from_iso = own_posts[0].sending
    if own_posts:
        matching = [e for e in own_posts if e.sending == draft.from_iso] or own_posts
        left_from = [e for e in matching if e.host in {r.iso for r in draft.explicit_from}]
        draft.post = (left_from or matching)[0]
    if draft.date is None:
        draft.date = _date_from_other_sentences(ctx, person)
    if draft.to_iso == draft.from_iso:
        draft.to_iso = None
    if draft.to_iso is None:
        draft.to_iso = _destination_from_other_sentences(ctx, person, draft.from_iso)


def _sentences_of(person: PersonCluster) -> list[Span]:
    return list({s.sent.start: s.sent for s in person.mentions}.values())


def _date_from_other_sentences(ctx: Context, person: PersonCluster) -> str | None:
    """"X made the move to Y in November": a movement verb whose subject is the defector."""
    for sent in _sentences_of(person):
        for tok in sent:
            if tok.lemma_ in MOVE_VERBS or tok.lower_ in {"move", "arrival", "escape"}:
                for ent, value in ctx.dates_in(sent):
                    if ent.root.head.head in (tok, tok.head) or ent.root.head in (tok, tok.head):
                        return value
    return None


def _destination_from_other_sentences(ctx: Context, person: PersonCluster, home: str | None) -> str | None:
    for sent in _sentences_of(person):
        for tok in sent:
            if tok.lemma_ in MOVE_VERBS | {"move"} or tok.lower_ == "move":
                for prep in tok.rights:
                    if prep.lower_ in {"to", "in"}:
                        for obj in prep.children:
                            ref = ctx.country_of(obj)
                            if ref is not None and ref.iso != home:
                                return ref.iso
    return None
