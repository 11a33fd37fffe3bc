"""Defections: a named person leaving the service or allegiance of a state.

A cue (``DEFECT`` spans from the trigger ruler: "defected", "fled", "escaped", "sought asylum",
"switched sides", "defection", ...) becomes a defection only when a named person can be tied
to it through the parse — the cue's subject, the name a "who" clause hangs on, a possessive
("X's defection"), "the defection of X", or a pronoun/role noun resolved to the last person
named. Groups ("312 Eritreans fled") and non-state moves (to a party or a club) are dropped.

The state left is the defector's nationality, else an explicit "from X"/"fled X"; the state
reached is "to X", asylum "in X" or granted by X; the post is the defector's mission of the state
left; the date is a DATE the cue governs, else one in its sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from diplograph import gazetteer
from diplograph.dates import normalize_date
from diplograph.extract.context import DATE_LABELS, Context, CountryRef
from diplograph.extract.embassies import MISSION_NOUNS, POSTING_VERBS, Posting, places_after
from diplograph.extract.persons import DIPLOMAT_WORDS, People, PersonCluster
from diplograph.extract.syntax import governing_verb, verb_of
from diplograph.model import Defection, Embassy, Evidence
from diplograph.nlp.components import KIN_NOUNS, person_nouns, word_table
from diplograph.nlp.index import sentences

PRONOUNS = frozenset({"he", "she", "who", "they"})
MOVE_VERBS = frozenset(
    {
        "move",
        "arrive",
        "reach",
        "land",
        "board",
        "cross",
        "enter",
        "fly",
        "travel",
        "leave",
        "send",
        "take",
        "bring",
        "settle",
        "resettle",
    }
)
ARRIVAL_VERBS = frozenset(
    {
        "reach",
        "arrive",
        "land",
        "settle",
        "resurface",
        "reappear",
        "surface",
        "cross",
        "seek",
        "request",
        "ask",
        "apply",
        "receive",
        "get",
        "win",
        "obtain",
        "fly",
        "flee",
        "escape",
        "sail",
        "drive",
        "swim",
        "walk",
        "run",
    }
)
# Verbs of slipping away: their date, when more precise, dates the defection ("slipped out on July 19").
ESCAPE_VERBS = frozenset(
    {
        "slip",
        "escape",
        "flee",
        "vanish",
        "disappear",
        "leave",
        "walk",
        "abscond",
        "desert",
        "defect",
        "jump",
        "bolt",
        "fly",
        "cross",
        "drive",
        "swim",
        "sail",
    }
)
# "broke with the regime", "split with Moscow": a "with" that names what is left behind
BREAK_LEMMAS = frozenset({"break", "split", "part", "sever", "fall"})
# What a state grants a defector: "political asylum", "sanctuary", "refugee status".
ASYLUM_NOUNS = frozenset({"asylum", "sanctuary", "status", "refuge", "protection"})
# "and now lives in X", "and has since settled in Y": where the defector ended up.
RESIDENCE_VERBS = frozenset({"live", "settle", "resettle", "reside", "stay", "remain"})
# "His escape came two years after X defected": nouns for one person's defection as an event.
FLIGHT_NOUNS = frozenset({"flight", "defection", "escape", "departure", "disappearance", "move"})
# "the same month", "at the same time": the precision each unit gives, in ISO characters.
SAME_UNITS = {
    "time": 10,
    "moment": 10,
    "day": 10,
    "evening": 10,
    "night": 10,
    "morning": 10,
    "week": 10,
    "month": 7,
    "year": 4,
}
# Who a story quotes rather than is about: not the person a lede's role noun introduces.
SPOKES_NOUNS = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "analyst",
        "official",
        "officials",
        "minister",
        "lawyer",
        "expert",
        "researcher",
        "professor",
    }
)
# "Y, a lawyer for the family, said": people a story quotes, as an apposition to their name.
SOURCE_ROLES = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "lawyer",
        "attorney",
        "analyst",
        "expert",
        "researcher",
        "professor",
    }
)
SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "report",
        "announce",
        "confirm",
        "add",
        "state",
        "note",
        "claim",
        "write",
        "describe",
        "quote",
        "deny",
    }
)


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
    fled_state: str | None = None  # "fled Czechoslovakia": said outright, it beats a demonym
    companion_of: PersonCluster | None = None  # went with this defector: shares the event's facts
    refuge: bool = False  # fled into a foreign mission: that mission is not the defector's post
    recent: bool = False  # told in the present perfect ("has defected"): it happened just before the article
    evidence: list[Evidence] = field(default_factory=list)
    explicit_from: list[CountryRef] = field(default_factory=list)
    left_mission: tuple[str, tuple[str, str | None] | None] | None = None  # (sender, (host, city))
    role_from: str | None = None
    role_post: tuple[str, str | None] | None = None
    # "His escape came two years after X defected": ("two years before", the token naming whose escape)
    date_relation: tuple[str, Token] | None = None
    same_time: int | None = None  # "at the same time", "the same month": precision shared with the last one
    own_posts: list[Embassy] = field(default_factory=list)  # the defector's missions read elsewhere
    asylum: bool = False  # asked for asylum, refuge or sanctuary (somewhere)
    also: bool = False  # "... and may also remain": the same outcome as the last one
    left_the_country: bool = False  # "fled the country", "slipped out of the country": the article's state


def find_defections(ctx: Context, people: People, postings: list[Posting]) -> list[Defection]:
    drafts: dict[int, Draft] = {}
    cues = [
        (trig, _defector(ctx, people, trig))
        for trig in ctx.triggers
        if trig.label_ == "DEFECT" and not unasserted(trig)
    ]
    told: dict[int, PersonCluster] = {}  # sentence start -> the defector a cue there was tied to
    for trig, found in cues:
        if found is not None:
            told.setdefault(trig.sent.start, found[0])
    for trig, found in cues:
        if found is None and trig.sent.start in told and not _not_one_persons_act(trig):
            # "A seaman who jumped ship in the harbour has been granted asylum": one person's
            # escape told by two cues, the parser having lost the second one's subject
            found = (told[trig.sent.start], "same-sentence", 0.6)
        if found is None:
            members = _named_members(ctx, people, trig)
            if not members:
                continue
            found = (members[0], "group-member", 0.6)
            extra = [(m, "group-member", 0.6) for m in members[1:]]
        else:
            extra = []
        person, rule, confidence = found
        if trig.id_ == "flew-craft" and (person.is_leader or _on_a_visit(trig)):
            continue  # "President X flew her plane to Brasília for talks": travel, not flight
        companions = [(c, "companion", confidence - 0.1) for c in _companions(ctx, people, trig, person)]
        went_after = _followers(ctx, people, trig, person)
        followers = {id(p): sent for p, sent in went_after}
        companions += [
            (p, "companion", confidence - 0.1)
            for p, _ in went_after
            if all(p is not c for c, _, _ in companions)
        ]
        for who, how, conf in [(person, rule, confidence), *companions, *extra]:
            draft = drafts.get(id(who))
            if draft is None:
                draft = drafts[id(who)] = Draft(who, how, conf)
            else:
                draft.confidence = max(draft.confidence, conf)
            if who is not person:
                draft.companion_of = person
            _read_cue(ctx, trig, draft)
            if id(who) in followers:  # "His wife, Y, joined him a week later": where she is said to go
                draft.evidence.append(ctx.evidence(followers[id(who)]))
            _read_role(ctx, draft, trig)
    out = []
    for draft in drafts.values():
        if _leaves_a_state(ctx, draft):
            _complete(ctx, people, postings, draft)
    for draft in drafts.values():
        lead = drafts.get(id(draft.companion_of)) if draft.companion_of is not None else None
        if lead is not None:  # one flight, one date and destination
            draft.date = draft.date or lead.date
            draft.to_iso = draft.to_iso or lead.to_iso
            if draft.from_iso is None or (lead.post is not None and draft.from_iso == lead.post.host):
                draft.from_iso = (
                    lead.from_iso
                )  # "fled Cairo with her husband": his post's city, not her state
            draft.post = draft.post or lead.post  # left the same mission
    _relative_dates(ctx, people, list(drafts.values()))
    _shared_origin(list(drafts.values()))
    for draft in drafts.values():
        if (
            draft.to_iso is None
            and draft.asylum
            and draft.post is not None
            and draft.post.host != draft.from_iso
        ):
            # "a first secretary at the consulate in New York sought asylum": where the post was
            draft.to_iso = draft.post.host
            draft.confidence -= 0.1
    for draft in drafts.values():
        if draft.from_iso is None and draft.to_iso not in {None, "-"}:
            _guess_origin(draft, ctx.dominant_state(exclude=draft.to_iso))  # the article's focus
        elif draft.from_iso is None and draft.left_the_country:
            _guess_origin(draft, ctx.dominant_state())  # "fled the country": the one the article is about
    for draft in drafts.values():
        if not _leaves_a_state(ctx, draft):
            continue
        if draft.from_iso is None and draft.to_iso is None:
            continue
        out.append(
            Defection(
                defector=draft.person.name,
                from_country=draft.from_iso,
                to_country=draft.to_iso if draft.to_iso != draft.from_iso else None,
                from_post=draft.post,
                date=draft.date,
                position=draft.person.positions[0] if draft.person.positions else None,
                confidence=round(draft.confidence - (0.1 if draft.from_iso is None else 0.0), 2),
                evidence=tuple(dict.fromkeys(draft.evidence)),
                rule=draft.rule,
            )
        )
    return out


VISIT_NOUNS = frozenset(
    {"talks", "summit", "visit", "meeting", "conference", "ceremony", "funeral", "holiday"}
)


def _on_a_visit(trig: Span) -> bool:
    """ "... for talks", "... on a state visit": a trip with a purpose that is not flight."""
    return any(t.lemma_ in VISIT_NOUNS for t in trig.sent)


def _not_one_persons_act(trig: Span) -> bool:
    """Whether the cue is told of a group ("officials were granted asylum", "the defection of
    officials") or is a noun that need not be anyone's act."""
    tok = trig.root
    if tok.pos_ not in {"VERB", "AUX"} and tok.lower_ not in ASYLUM_NOUNS | {"refuge"}:
        return True
    verb = verb_of(tok)
    subject = _subject(verb) if verb is not None else None
    return subject is not None and (subject.tag_ in {"NNS", "NNPS"} or subject.lower_ in {"they", "we"})


GROUP_CUES = frozenset({"among", "include", "includes", "included", "including"})


def _named_members(ctx: Context, people: People, trig: Span) -> list[PersonCluster]:
    """ "Four players ... sought asylum. Among them are the captain, X, and the goalkeeper, Y":
    the named members of a group that defected, listed in the same sentence or the next two."""
    tok = trig.root
    verb = verb_of(tok)
    subject = _subject(verb) if verb is not None else None
    if (
        subject is None
        or subject.tag_ not in {"NNS", "NNPS"}
        or subject.lemma_.lower() not in (person_nouns() | {"member", "official", "diplomat", "defector"})
    ):
        return []
    if not any(c.like_num or c.lower_ in {"several", "some", "two", "three"} for c in subject.children):
        return []  # "diplomats defect": a trend, not a counted group
    index = sentences(ctx.doc)
    for sent in [trig.sent, *index.following(trig.sent, 2)]:
        if any(t.lower_ in GROUP_CUES for t in sent):
            members = [c for c in people.in_span(sent) if not c.is_leader]
            if members:
                return members
    return []


def _companions(ctx: Context, people: People, trig: Span, defector: PersonCluster) -> list[PersonCluster]:
    """Named people who went with the defector: "X and Y defected", "X, together with his aide Y,
    fled", "X fled with Y"."""
    tok = trig.root
    verb = verb_of(tok)
    if verb is None:
        return []
    out: list[PersonCluster] = []
    subject = _subject(verb)
    sent = trig.sent
    own = [m.root for m in defector.mentions if sent.start <= m.root.i < sent.end]
    heads = [h for h in (verb, *(verb.conjuncts), subject, *own) if h is not None]
    for head in heads:
        nodes = list(head.conjuncts) if head is subject else []
        for child in head.children:
            if child.lower_ == "with" and (
                child.i in range(trig.start, trig.end) or head.lemma_ in BREAK_LEMMAS
            ):
                continue  # "broke with President X": the one left, not a companion
            if (child.dep_ == "prep" and child.lower_ == "with") or child.lower_ in {"together", "along"}:
                # those "with" names, and the names coordinated or in apposition with them; not a name
                # inside another phrase ("with documents on the surveillance of X")
                nodes.extend(t for t in child.subtree if _beside(t, child))
        for node in nodes:
            # "her husband Stefan Petrov": the name may stand beside a relation noun
            named = [node, *(c for c in node.children if c.dep_ in {"appos", "compound"})]
            person = next((p for n in named if (p := people.of(n)) is not None), None)
            if person is None and node.lower_ in KIN_NOUNS:
                person = _named_relative(ctx, people, node, defector)
            if person is not None and person is not defector and person not in out and not person.is_leader:
                out.append(person)
    # "together with his deputy Y," wherever the parser hung it: read the words up to the comma
    sent = trig.sent
    for t in sent:
        if t.lower_ == "with" and t.i > sent.start and t.doc[t.i - 1].lower_ in {"together", "along"}:
            for u in t.doc[t.i + 1 : sent.end]:
                if u.text in {",", ";"} or u.pos_ == "VERB":
                    break
                person = people.of(u)
                if person is not None and person is not defector and person not in out:
                    out.append(person)
    return out


FOLLOW_LEMMAS = frozenset({"join", "follow", "accompany"})
# verbs of going (and "be": "With him was Y") whose "with him" makes a companion; not "spoke with her"
WITH_LEMMAS = frozenset(
    {"be", "go", "come", "flee", "escape", "leave", "travel", "arrive", "cross", "defect", "slip", "walk",
     "fly", "drive", "sail", "run", "seek", "ask", "apply", "reach", "land"}
)


def _followers(
    ctx: Context, people: People, trig: Span, defector: PersonCluster
) -> list[tuple[PersonCluster, Span]]:
    """Named people told, in the cue's sentence or the next two, to have gone after the defector or
    with them: "Her brother, Y, joined her in Vienna a month later", "With him was his aide, Y",
    "Y followed him". Not a relative merely named ("his son, Y, still lives in Minsk")."""

    def is_defector(tok: Token) -> bool:
        found = people.of(tok)
        if found is None and tok.pos_ == "PRON":
            found = people.antecedent(tok)
        return found is defector

    def named(tok: Token) -> PersonCluster | None:
        for t in (tok, *(c for c in tok.children if c.dep_ in {"appos", "compound"})):
            if (p := people.of(t)) is not None:
                return p
        return None

    out: list[tuple[PersonCluster, Span]] = []
    index = sentences(ctx.doc)
    for sent in [trig.sent, *index.following(trig.sent, 2)]:
        for verb in sent:
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            goes_after = verb.lemma_ in FOLLOW_LEMMAS and any(
                c.dep_ == "dobj" and is_defector(c) for c in verb.children
            )
            # "His wife, Y, followed two weeks later": the defector's relative follows, with no object
            kin_follows = (
                verb.lemma_ in FOLLOW_LEMMAS
                and not any(c.dep_ == "dobj" for c in verb.children)
                and any(
                    c.dep_ == "nsubj"
                    and c.lower_ in KIN_NOUNS
                    and any(p.dep_ == "poss" and is_defector(p) for p in c.children)
                    for c in verb.children
                )
            )
            goes_with = verb.lemma_ in WITH_LEMMAS and any(
                c.dep_ == "prep"
                and c.lower_ == "with"
                and any(is_defector(o) for o in c.children if o.dep_ == "pobj")
                for c in verb.children
            )
            if not (goes_after or goes_with or kin_follows):
                continue
            # "Y joined him", and "With him was Y", where the parser makes Y the subject or the attribute
            for c in verb.children:
                if c.dep_ not in {"nsubj", "nsubjpass", "attr"}:
                    continue
                person = named(c)
                if person is not None and person is not defector and not person.is_leader:
                    if all(person is not p for p, _ in out):
                        out.append((person, sent))
    return out


def _beside(tok: Token, prep: Token) -> bool:
    """Whether ``tok`` hangs on ``prep`` through objects, coordination and apposition only (it is
    one of them itself)."""
    while tok.head.i != tok.i and tok.dep_ in {"pobj", "appos", "compound", "conj"}:
        if tok.head.i == prep.i:
            return True
        tok = tok.head
    return False


def _named_relative(
    ctx: Context, people: People, kin: Token, defector: PersonCluster
) -> PersonCluster | None:
    """ "fled with his wife" and, elsewhere, "His wife, Anna Berg," or "The envoy's wife, Anna
    Berg,": the one person the article names as the defector's relative of that kind."""
    found: list[PersonCluster] = []
    for i in ctx.words.positions({kin.lower_}):
        t = kin.doc[i]
        if i == kin.i:
            continue
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        whose = people.of(owner) or (people.antecedent(owner) if owner.pos_ == "PRON" else None)
        if whose is not defector and not (whose is None and owner.pos_ == "NOUN"):
            continue  # someone else's relative; a role noun ("the envoy's wife") is taken as the defector's
        for c in t.children:
            person = people.of(c) if c.dep_ in {"appos", "compound"} else None
            if person is not None and person is not defector and person not in found:
                found.append(person)
    return found[0] if len(found) == 1 else None


def _defector(ctx: Context, people: People, trig: Span) -> tuple[PersonCluster, str, float] | None:
    """The named person the cue is about, with the rule that tied them and its confidence."""
    tok = trig.root
    sent = trig.sent
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lower_ in {"defections", "defectors"}:
        return None  # a count or a trend, not one person's act
    # "X's defection", "the defection of X", "X's asylum request"
    for child in tok.children:
        if child.dep_ == "poss":
            person = people.of(child) or (
                people.antecedent(child) if child.lower_ in {"his", "her"} else None
            )
            if person is not None:
                return person, "possessive", 0.85
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if people.of(obj) is not None:
                    return people.of(obj), "of-phrase", 0.85  # type: ignore[return-value]
    verb = verb_of(tok)
    if (
        verb is not None
        and verb.dep_ == "conj"
        and not any(c.dep_.startswith("nsubj") for c in verb.children)
    ):
        # "... since Vasil Kota, a counsellor in Paris, sought asylum": the parser coordinated the
        # verb with the main clause; the name just before it is its subject
        named = _name_just_before(people, verb)
        if named is not None:
            return named, "subject", 0.75
    if verb is not None:
        subject = _subject(verb)
        if subject is not None:
            found = _person_from_subject(ctx, people, subject)
            if found is not None:
                return found
        else:
            # no subject in the parse ("In Vienna, X, together with Y, walked into ..."): the first
            # person named before the verb in its sentence, at lower confidence
            before = [c for t in sent if t.i < verb.i and (c := people.of(t)) is not None]
            if before:
                return before[0], "nearest-name", 0.6
        # "granted X asylum"
        for child in verb.children:
            if child.dep_ in {"dative", "dobj"} and people.of(child) is not None:
                return people.of(child), "object", 0.8  # type: ignore[return-value]
            if child.dep_ == "dative" and child.lower_ == "to" and tok.lower_ in ASYLUM_NOUNS:
                for obj in child.children:
                    recipient = people.of(obj)
                    if recipient is not None:
                        return recipient, "object", 0.8
                    role = _role_noun(obj)
                    if role is not None:
                        resolved = _person_for_role(ctx, people, role)
                        if resolved is not None:
                            return resolved
            if (
                child.dep_ in {"dative", "dobj"}
                and child.lower_ in {"him", "her"}
                and tok.lower_ in ASYLUM_NOUNS
            ):
                person = people.antecedent(child)
                if person is not None:
                    return person, "pronoun", 0.7
    if tok.lower_ in {"defector"}:
        for t in sent:
            if (t.dep_ in {"appos", "compound"} and t.head == tok) or tok.head.i == t.i:
                if people.of(t) is not None:
                    return people.of(t), "appositive", 0.8  # type: ignore[return-value]
    return None


def _name_just_before(people: People, verb: Token) -> PersonCluster | None:
    """The person named right before ``verb``, with only their appositive (", a counsellor at the
    embassy in Paris,") and punctuation in between."""
    for m in sorted((m for c in people.in_span(verb.sent) for m in c.mentions), key=lambda m: -m.end):
        if m.end > verb.i or m.sent.start != verb.sent.start:
            continue
        appos = {t.i for c in m.root.children if c.dep_ == "appos" for t in c.subtree}
        between = verb.doc[m.end : verb.i]
        if all(t.is_punct or t.i in appos for t in between):
            return people.of(m.root)
        return None  # the nearest name is not the verb's
    return None


def _dateline(tok: Token) -> bool:
    """ "KAMPALA, Dec 20 --": a wire dateline the parser may read as a subject."""
    return tok.i == tok.sent.start and tok.is_upper and len(tok.text) > 2


def _subject(verb: Token) -> Token | None:
    node: Token | None = verb
    for _ in range(3):
        if node is None:
            return None
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        # a dateline read as the subject: the real subject is beside it, or hangs on it as an apposition
        real = [c for c in subjects if not _dateline(c)] or [
            a for c in subjects for a in c.children if a.dep_ == "appos"
        ]
        if real:
            return real[-1]  # the one nearest the verb
        # "X, who ... and defected", "X tried to flee": borrow the subject up the chain
        if node.dep_ in {"conj", "xcomp", "advcl"} and node.head.pos_ in {"VERB", "AUX"}:
            node = node.head
            continue
        if node.dep_ == "pcomp" and node.head.head.pos_ in {"VERB", "AUX"}:
            node = node.head.head  # "... who taught for years after fleeing to the West"
            continue
        if node.dep_ == "acl" and node.head.dep_ == "dobj" and node.tag_ == "VBG":
            node = node.head.head  # "he sent a letter refusing orders to return": the sender refuses
            continue
        if node.dep_ in {"acl", "relcl"}:
            return node.head
        return None
    return None


def _person_from_subject(
    ctx: Context, people: People, subject: Token
) -> tuple[PersonCluster, str, float] | None:
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
        # "a former lawmaker who fled": the role noun the clause hangs on stands for a person
        role = _role_noun(head)
        if role is not None:
            found = _person_for_role(ctx, people, role)
            if found is not None:
                return found
        # the parser hung "who" on a nearer noun ("X, attaché at the embassy in Washington, who ...")
        named = [c for t in subject.sent if t.i < subject.i and (c := people.of(t)) is not None]
        if named:
            return named[-1], "relative-clause", 0.75
    if subject.dep_ == "appos" and people.of(subject.head) is not None:
        return people.of(subject.head), "subject", 0.9  # type: ignore[return-value]
    named = [p for c in subject.children if c.dep_ == "appos" and (p := people.of(c)) is not None]
    if named:
        return named[0], "subject", 0.85  # "Silva's elder brother, Rui Silva, ... disappeared"
    if low in PRONOUNS - {"they", "who"}:
        person = people.antecedent(subject, skip_leaders=True)
        if person is not None:
            return person, "pronoun", 0.7
    role = _role_noun(subject)
    if role is not None:
        return _person_for_role(ctx, people, role)
    return None


def _role_noun(subject: Token) -> Token | None:
    """The singular role noun a subject is ("the envoy", "a Soviet marine biologist"), skipping a
    dateline."""
    candidates = [subject, *(c for c in subject.children if c.dep_ == "appos")]
    for tok in candidates:
        if tok.tag_ in {"NNS", "NNPS"}:
            return None  # "diplomats", "Eritreans": a group
        low = tok.lemma_.lower()
        if low in person_nouns() or tok.lower_ in DIPLOMAT_WORDS or tok.lower_ in gazetteer.titles():
            return tok
        if tok.pos_ == "NOUN" and any(
            c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_.startswith("nsubj") for w in c.children)
            for c in tok.children
        ):
            return tok  # "an Iraqi metallurgist who worked on ...": "who" says it is a person
        if tok.pos_ == "NOUN" and any(
            c.dep_ == "prep"
            and c.lower_ in {"at", "of", "in", "with"}
            and any(o.dep_ == "pobj" and o.lower_ in MISSION_NOUNS for o in c.children)
            for c in tok.children
        ):
            return tok  # "a cook at the Vietnamese embassy", "an employee of the Yemeni embassy"
    return None


def _person_for_role(ctx: Context, people: People, role: Token) -> tuple[PersonCluster, str, float] | None:
    """Who a role noun stands for: a name beside it, the last person named, or the next one."""
    for child in role.children:
        if child.dep_ in {"appos", "compound"} and people.of(child) is not None:
            return people.of(child), "role-noun", 0.85  # type: ignore[return-value]
        if child.dep_ == "acl" and child.lemma_ in {"name", "call"}:
            for obj in child.subtree:
                if people.of(obj) is not None:
                    return people.of(obj), "role-noun", 0.85  # type: ignore[return-value]
    if role.dep_ == "compound" and people.of(role.head) is not None:
        return people.of(role.head), "role-noun", 0.85  # type: ignore[return-value]
    before, sent_start = role.left_edge.i - 1, role.sent.start
    while before > sent_start and role.doc[before].lower_ in {",", "then", "now", "formerly"}:
        before -= 1
    if before < role.left_edge.i - 1 and people.of(role.doc[before]) is not None:
        # "In 2014 X, then defence attaché in Pretoria, sought asylum": the name set off before the role
        return people.of(role.doc[before]), "role-noun", 0.8  # type: ignore[return-value]
    for t in role.subtree:  # "the consul in Jeddah, Abel Tesfaye,": the parser hung the name on the place
        if t.dep_ == "appos" and t.head.i > role.i and people.of(t) is not None:
            return people.of(t), "role-noun", 0.8  # type: ignore[return-value]
    after = role.right_edge.i + 1
    if after + 1 < len(role.doc) and role.doc[after].text == ",":
        person = people.of(role.doc[after + 1])
        if person is not None:
            return person, "role-noun", 0.8
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in role.children)
    if definite:
        person = people.before(role.i)
        if person is not None and not person.is_leader:
            return person, "role-anaphor", 0.65
    # "A Cuban diplomat has defected ... Jose Perez, the second secretary, ...": named just after
    person = _named_next(ctx, people, role.sent)
    if person is not None:
        return person, "role-cataphor", 0.65
    return None


def _named_next(ctx: Context, people: People, sent: Span) -> PersonCluster | None:
    """The person a lede's role noun introduces, named within the next few sentences: the first
    name that is (or sits inside) a clause subject — "The pilot, identified as Lieutenant X, told
    ..." — but not a spokesperson or someone merely quoted ("spokesman Y told reporters")."""
    after = sentences(ctx.doc).following(sent)
    if not after:
        return None
    for i in people.named_from(after[0].start):  # the named tokens after it, not every word
        tok = ctx.doc[i]
        if tok.head.lower_ == "as" and tok.head.head.lemma_ == "identify":
            # "Border guards later identified the man as X", "He wished to be identified only as X"
            return people.of(tok)
    for nxt in after[:4]:
        for tok in nxt:
            person = people.of(tok)
            if person is None:
                continue
            subject = next(
                (a for a in (tok, *tok.ancestors) if a.dep_ in {"nsubj", "nsubjpass", "ROOT"}), None
            )
            if subject is None or subject.sent.start != nxt.start:
                continue
            if subject.dep_ == "ROOT" and subject != tok and tok.dep_ not in {"compound", "appos"}:
                continue  # a name deep inside the main clause, not its subject
            if (
                subject.lemma_.lower() in SPOKES_NOUNS
                or any(c.lower_ in SPOKES_NOUNS for c in subject.children if c.dep_ == "compound")
                or any(c.lemma_ in SOURCE_ROLES for c in subject.children if c.dep_ == "appos")
            ):
                continue  # "spokesman Y", "Y, a spokesman for the police,"
            if subject == tok and tok.head.lemma_ in SPEECH_VERBS:
                continue  # "Y told reporters": a source, not the subject of the story
            return person
    return None


def _cue_heads(trig: Span) -> list[Token]:
    """The tokens whose dependents describe the move: the cue's words, and its verb when the cue
    is that verb's argument ("sought asylum", "the defection was announced") — not when it only
    sits in an adjunct ("Before X's defection, ... was in 2019")."""
    tok = trig.root
    heads = list(trig)
    if tok.pos_ not in {"VERB", "AUX"} and tok.dep_ in {"dobj", "nsubj", "nsubjpass", "attr", "dative"}:
        heads.append(tok.head)
    elif (
        tok.lower_ in ASYLUM_NOUNS | {"refuge"}
        and tok.dep_ == "pobj"
        and tok.head.head.pos_ in {"VERB", "AUX"}
    ):
        heads.append(tok.head.head)  # "asked for asylum", "applied for refuge"
    elif tok.lower_ in ASYLUM_NOUNS | {"refuge"}:
        verb = governing_verb(tok)  # "was granted political asylum hours later": however it parses
        if verb is not None:
            heads.append(verb)
    return list(dict.fromkeys(heads))


def _read_cue(ctx: Context, trig: Span, draft: Draft) -> None:
    """Read "from X", "to Y", asylum "in Y" and dates from the cue's clause into the draft."""
    tok = trig.root
    draft.evidence.append(ctx.evidence(tok.sent))
    draft.asylum = draft.asylum or any(t.lower_ in ASYLUM_NOUNS for t in trig)
    heads = _cue_heads(trig)
    for head in heads:
        for child in head.children:
            if child.dep_ in {"prep", "agent"}:
                for obj in child.children:
                    _read_prep(ctx, draft, child.lower_, obj)
            elif child.dep_ == "dobj" and head.lemma_ in {"flee", "escape", "leave", "desert", "abandon"}:
                ref = ctx.state_of(child)
                if ref is not None:
                    draft.explicit_from.append(ref)
                    draft.fled_state = ref.iso
            elif child.dep_ in {"dobj", "dative"} and head.lemma_ in {
                "ask",
                "petition",
                "request",
                "beg",
                "apply",
            }:
                # "asked the Swiss authorities for refuge": the state asked
                ref = next((r for t in child.subtree if (r := ctx.state_of(t)) is not None), None)
                if ref is not None and draft.to_iso is None and any(a.lower_ in ASYLUM_NOUNS for a in trig):
                    draft.to_iso = ref.iso
            elif child.dep_ == "nsubj" and head.lemma_ in {"grant", "give", "offer", "accept"}:
                ref = ctx.country_of(child)
                if ref is None and child.lower_ == "it" and head.dep_ in {"ccomp", "xcomp"}:
                    # "The United States said it would grant him asylum"
                    ref = next(
                        (
                            r
                            for c in head.head.children
                            if c.dep_ == "nsubj"
                            for t in c.subtree
                            if (r := ctx.country_of(t)) is not None
                        ),
                        None,
                    )
                if ref is not None and draft.to_iso is None:
                    draft.to_iso = ref.iso
            elif (
                child.dep_ == "relcl"
                and head.lower_ in ASYLUM_NOUNS
                and child.lemma_ in {"grant", "give", "offer"}
            ):
                # "requested asylum, which Norway gave him in May"
                granter = next((c for c in child.children if c.dep_ == "nsubj"), None)
                ref = ctx.state_of(granter) if granter is not None else None
                if ref is not None and draft.to_iso is None:
                    draft.to_iso = ref.iso
            elif child.dep_ in {"compound", "amod", "nmod"} and head.lower_ in ASYLUM_NOUNS:
                ref = ctx.country_of(child)
                if ref is not None and draft.to_iso is None:
                    draft.to_iso = ref.iso
            elif child.dep_ == "aux" and child.lemma_ == "have" and child.tag_ in {"VBP", "VBZ"}:
                draft.recent = True
            elif child.dep_ in {"advcl", "conj"} and child.lemma_ in {
                "serve",
                "work",
                "post",
                "station",
                "base",
            }:
                hosts = places_after(ctx, child, frozenset({"in", "at"}))  # "defected while serving in Rome"
                if hosts and draft.role_post is None:
                    draft.role_post = (hosts[0][0].iso, hosts[0][1])
            elif child.ent_type_ in DATE_LABELS and child.dep_ in {"npadvmod", "tmod", "advmod"}:
                _read_date(ctx, draft, child, governed=True)
    siblings = _conj_verbs(heads)
    for verb in list(siblings):
        # "a worker who escaped from a site in X has reached Y": the clause the defector is subject of
        noun = verb.head
        while noun.dep_ == "appos" and noun.head != noun:  # "SEOUL -- A worker who escaped": a dateline's
            noun = noun.head
        if verb.dep_ == "relcl" and noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.pos_ == "VERB":
            main = noun.head
            if main.lemma_ in ARRIVAL_VERBS and main not in siblings:
                siblings.append(main)
    for verb in siblings:
        # "slipped away from X", "broke out of Y": the preposition may hang on the particle
        children = [
            c for v in (verb, *(c for c in verb.children if c.dep_ in {"advmod", "prt"})) for c in v.children
        ]
        for child in children:
            for obj in child.children if child.dep_ == "prep" else [child] if child.dep_ == "dobj" else []:
                if child.lower_ == "out" and obj.dep_ == "prep" and obj.lower_ == "of":
                    obj = next((c for c in obj.children if c.dep_ == "pobj"), obj)  # "out | of | X"
                leaving = child.lower_ in {"from", "out", "into", "by"}
                arriving = child.lower_ in {"to", "in"} and verb.lemma_ in ARRIVAL_VERBS
                if child.dep_ == "prep" and (leaving or arriving):
                    _read_prep(ctx, draft, child.lower_, obj)
                elif (
                    child.dep_ == "dobj"
                    and verb.lemma_ in {"reach", "enter"}
                    and ctx.country_of(obj) is not None
                ):
                    draft.to_iso = draft.to_iso or ctx.country_of(obj).iso  # type: ignore[union-attr]
                elif child.dep_ == "dobj" and verb.lemma_ in {"enter", "reach", "storm"}:
                    # "entered the (consular section of the) Danish embassy"
                    mission = next((t for t in obj.subtree if t.lower_ in MISSION_NOUNS), None)
                    if mission is not None:
                        _read_prep(ctx, draft, "into", mission)
                elif child.dep_ == "dobj" and verb.lemma_ in {"flee", "escape", "leave", "desert"}:
                    ref = ctx.state_of(obj)
                    if ref is not None:
                        draft.explicit_from.append(ref)
                        draft.fled_state = ref.iso
                    elif _the_country(obj):
                        draft.left_the_country = True
                if child.dep_ == "prep" and child.lower_ in {"from", "out"} and _the_country(obj):
                    draft.left_the_country = True  # "slipped out of the country"
    if not draft.date_from_governed:
        # "... sought asylum, officials said on Friday": the parser may coordinate the report
        moves = [v for v in siblings if v.lemma_ not in SPEECH_VERBS]
        # "sought asylum after they did not return from training on Wednesday": the walk-out's date
        before = [
            c for v in moves for c in v.children if c.dep_ == "advcl" and _marked(c, {"after", "when", "as"})
        ]
        for clauses in (moves, before):
            found = False
            for ent, _value in ctx.dates_in(tok.sent):
                nearest = next((a for a in ent.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
                # "defected in 2016", "fled on Monday" — not a date of another clause hung on the cue
                # ("to break with Prague since the party took control last week")
                governed = ent.root.head in heads or (
                    ent.root.head.pos_ == "ADP" and ent.root.head.head in heads
                )
                if (clauses is moves and governed) or nearest in clauses:
                    _read_date(ctx, draft, ent.root, governed=True)
                    found = True
                    break
            if found:
                break
    if not draft.date_from_governed:
        # "... came in 2012, when X sought asylum": the time a "when" clause hangs on
        for verb in siblings:
            if verb.dep_ == "relcl" and any(c.lower_ == "when" for c in verb.children):
                if verb.head.ent_type_ in DATE_LABELS:
                    _read_date(ctx, draft, verb.head, governed=True)
                    break
    _read_residence(ctx, draft, siblings, heads)
    _read_date_relation(draft, siblings)


def _read_residence(ctx: Context, draft: Draft, siblings: list[Token], heads: list[Token]) -> None:
    """ "defected in 2004 and now teaches in X", "switched sides and now fights for Y",
    "fled and has settled in Z", "is now living in Z, weeks after he failed to return": a clause
    beside the cue saying where the defector is now (a city counts for its state)."""
    governing = [v.head for v in siblings if v.dep_ == "advcl" and v.head.pos_ in {"VERB", "AUX"}]
    # "X is now living in Y, his agent said, weeks after he failed to return": the report's content
    governing += [c for g in governing if g.lemma_ in SPEECH_VERBS for c in g.children if c.dep_ == "ccomp"]
    for verb in [*siblings, *governing]:
        if verb in heads or draft.to_iso is not None:
            continue
        now = any(c.dep_ == "advmod" and c.lower_ in {"now", "since"} for c in verb.children)
        if not now and verb.lemma_ not in RESIDENCE_VERBS:
            continue
        places = [t for c in verb.children if c.dep_ in {"prep", "dobj", "attr"} for t in c.subtree]
        for t in places:  # not the subject: "X, the Cuban team's shortstop, is now living in Y"
            clause = next((a for a in t.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            if clause != verb:
                continue
            ref = ctx.state_of(t)
            iso = ref.iso if ref is not None else None
            if iso is None and t.pos_ == "PROPN" and t.dep_ == "pobj":
                iso = gazetteer.iso_for_city(t.text, ctx.year)  # "now living in Melbourne"
            if iso is not None and iso not in {r.iso for r in draft.explicit_from}:
                draft.to_iso = iso
                return


def _read_date_relation(draft: Draft, siblings: list[Token]) -> None:
    """Dates given against another defection: "His escape came two years after X slipped away"
    (X's is a year before hers), "Y disappeared at the same time", "Z crossed the same month"."""
    draft.also = draft.also or any(c.lower_ in {"also", "too"} for v in siblings for c in v.children)
    for verb in siblings:
        clause = verb
        while clause.dep_ == "conj":
            clause = clause.head
        mark = next(
            (c for c in clause.children if c.dep_ == "mark" and c.lower_ in {"after", "before"}), None
        )
        if clause.dep_ == "advcl" and mark is not None:
            span = next((c for c in mark.children if c.dep_ == "npadvmod" and c.ent_type_ == "DATE"), None)
            subject = _subject(clause.head)
            owner = (
                next((c for c in subject.children if c.dep_ == "poss"), None) if subject is not None else None
            )
            if span is not None and owner is not None and subject.lemma_ in FLIGHT_NOUNS:  # type: ignore[union-attr]
                amount = " ".join(t.text for t in span.subtree)
                draft.date_relation = (f"{amount} {'before' if mark.lower_ == 'after' else 'after'}", owner)
                return
        for t in verb.subtree:
            same = t.lower_ in SAME_UNITS and any(c.lower_ == "same" for c in t.children)
            clause_of = next((a for a in t.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            if same and clause_of == verb:
                draft.same_time = SAME_UNITS[t.lower_]
                return


def _shared_origin(drafts: list[Draft]) -> None:
    """A defector whose state the article never gives, beside others who all left one state
    ("Her escape comes a month after X walked into the Y embassy"): the same state, guessed."""
    for draft in drafts:
        if draft.from_iso is not None or draft.to_iso in {None, "-"}:
            continue
        others = {d.from_iso for d in drafts if d is not draft and d.from_iso is not None}
        if len(others) == 1 and draft.to_iso not in others:
            _guess_origin(draft, others.pop())


def _guess_origin(draft: Draft, iso: str | None) -> None:
    """Set a state left that the text implies but never ties to the defector (lower confidence);
    the post, read against the state, follows."""
    draft.from_iso = iso
    draft.confidence -= 0.2
    if draft.post is None and not draft.refuge:
        draft.post = _post(draft, draft.own_posts)


def _relative_dates(ctx: Context, people: People, drafts: list[Draft]) -> None:
    """Resolve dates told against another defection of the article (in the order told)."""
    for i, draft in enumerate(drafts):
        earlier = [d for d in drafts[:i] if d.date is not None and d.companion_of is None]
        if draft.same_time is not None and earlier:
            draft.date = earlier[-1].date[: draft.same_time]  # type: ignore[index]
            if draft.also and draft.to_iso is None:
                draft.to_iso = earlier[-1].to_iso  # "at the same time ... may also remain"
        if draft.date_relation is not None:
            phrase, owner = draft.date_relation
            whose = people.of(owner) or people.antecedent(owner)
            ref = next((d for d in drafts if d.person is whose and d.date), None) if whose else None
            ref = ref or (earlier[-1] if earlier else None)
            value = normalize_date(phrase, ctx.anchor, relative_to=ref.date) if ref is not None else None
            if value is not None:
                draft.date = value


def _marked(clause: Token, marks: set[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def _conj_verbs(heads: list[Token]) -> list[Token]:
    """Verbs coordinated with the cue's ("slipped away from X and sought asylum in Y")."""
    out: list[Token] = []
    for head in heads:
        if head.pos_ not in {"VERB", "AUX"}:
            continue
        for verb in [head, *head.conjuncts]:
            if verb not in out:
                out.append(verb)
    return out


def _read_prep(ctx: Context, draft: Draft, prep: str, obj: Token) -> None:
    ref = ctx.country_of(obj) or ctx.compass_country(obj)
    if ref is None and prep in {"to", "into"} and obj.pos_ in {"NOUN", "PROPN"}:
        # "flew into Madrid's Barajas airport": the place's owner
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        ref = ctx.country_of(owner) if owner is not None else None
    if ref is None and prep in {"to", "into"} and obj.pos_ == "NOUN":
        # "sailed into a fishing port in southern Greece": the place's country
        for place_prep in obj.children:
            if place_prep.dep_ == "prep" and place_prep.lower_ in {"in", "near", "outside"}:
                ref = next(
                    (
                        r
                        for t in place_prep.subtree
                        if (r := ctx.country_of(t)) is not None and r.kind != "capital"
                    ),
                    None,
                )
    if obj.lower_ == "general" and any(c.lower_ in MISSION_NOUNS for c in obj.children):
        obj = next(c for c in obj.children if c.lower_ in MISSION_NOUNS)  # "consulate-general"
    if ref is None and prep in {"from", "of", "out"}:
        # "slipped away from a Bulgarian trade delegation", "walked out of the Cuban embassy"
        inner = [r for t in obj.subtree if (r := ctx.country_of(t)) is not None and t.i < obj.i]
        if inner:
            draft.explicit_from.append(inner[0])
            if obj.lower_ in MISSION_NOUNS:
                draft.left_mission = inner[0].iso, _mission_host(ctx, obj)
            return
        if obj.lower_ in MISSION_NOUNS and any(
            t.lower_ in {"his", "her", "their", "its"} for t in obj.head.subtree
        ):
            # "left her country's legation in Oslo for good": her own state's mission
            draft.left_mission = "", _mission_host(ctx, obj)
            return
    if ref is not None:
        if prep == "by" and (
            obj.head.head.lemma_ in {"grant", "give", "offer", "accept"}
            or obj.head.head.lower_ in ASYLUM_NOUNS
        ):
            if draft.to_iso is None:
                draft.to_iso = ref.iso  # "was granted asylum by Poland"
        elif draft.to_iso is None and (prep in {"to", "into"} or (prep == "in" and ref.kind != "capital")):
            draft.to_iso = ref.iso
        elif prep in {"from", "out", "on"}:
            draft.explicit_from.append(ref)
        return
    if prep == "into" and obj.lower_ in MISSION_NOUNS:
        # "walked into the Danish embassy and asked for asylum": refuge with the mission's state
        inner = [r for t in obj.subtree if (r := ctx.country_of(t)) is not None and t.i < obj.i]
        if inner and draft.to_iso is None:
            draft.to_iso = inner[0].iso
            draft.refuge = True
        return
    if obj.ent_type_ in DATE_LABELS:
        _read_date(ctx, draft, obj, governed=True)
    elif (
        prep in {"to", "into"}
        and obj.pos_ == "PROPN"
        and obj.ent_type_ in {"ORG", "NORP"}
        and draft.to_iso is None
    ):
        draft.to_iso = "-"  # a party or a club: not a state


def _read_date(ctx: Context, draft: Draft, tok: Token, *, governed: bool) -> None:
    for ent, value in ctx.dates_in(tok.sent):
        if ent.start <= tok.i < ent.end:
            if draft.date and draft.date.startswith(value) and len(value) < len(draft.date):
                return  # "on June 23" ... "the second to break ranks this year": keep the finer date
            if governed or draft.date is None:
                draft.date = value
                draft.date_from_governed = governed
            return


def _mission_host(ctx: Context, mission: Token) -> tuple[str, str | None] | None:
    hosts = places_after(ctx, mission, frozenset({"in", "at"}))
    if not hosts and mission.head.lower_ == "general":
        hosts = places_after(ctx, mission.head, frozenset({"in", "at"}))
    if not hosts:  # "walked out of X's consulate in Vancouver": the place may hang on the verb
        verb = next((a for a in mission.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        hosts = places_after(ctx, verb, frozenset({"in", "at"})) if verb is not None else []
    return (hosts[0][0].iso, hosts[0][1]) if hosts else None


def _leaves_a_state(ctx: Context, draft: Draft) -> bool:
    """Drop moves to a party or a club: a defection leaves a state."""
    return draft.to_iso != "-"


def _read_role(ctx: Context, draft: Draft, trig: Span) -> None:
    """ "Peru's deputy ambassador in Oslo has defected": the state and post in the subject."""
    tok = trig.root
    verb = verb_of(tok)
    subject = _subject(verb) if verb is not None else None
    if subject is not None and subject.lower_ in {"who", "that"} and subject.head.dep_ == "relcl":
        subject = subject.head.head  # "a Chadian air force pilot who changed sides"
    role = _role_noun(subject) if subject is not None else None
    if role is None:
        return
    for t in role.subtree:
        ref = ctx.country_of(t)
        if ref is not None and t.i < role.i and draft.role_from is None:
            draft.role_from = ref.iso
    for prep in (c for c in role.children if c.dep_ == "prep" and c.lower_ in {"at", "of", "with"}):
        # "a presenter at Belarusian state television", "an officer of Russia's security service"
        for t in prep.subtree:
            ref = ctx.country_of(t)
            if ref is not None and ref.kind != "capital" and draft.role_from is None:
                draft.role_from = ref.iso
    at_mission = any(
        c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lower_ in MISSION_NOUNS for o in c.children)
        for c in role.children
    )
    if role.lower_ in DIPLOMAT_WORDS or at_mission:  # "a cook at the Laotian embassy in Hanoi" too
        hosts = places_after(ctx, role, frozenset({"in", "at", "to"}))
        for clause in role.children:  # "a diplomat posted to Copenhagen"
            if (
                not hosts
                and clause.dep_ in {"acl", "relcl"}
                and clause.lemma_ in POSTING_VERBS | {"serve", "work"}
            ):
                # "a diplomat posted to Copenhagen", "a diplomat who served at the embassy in Cairo"
                hosts = places_after(ctx, clause, frozenset({"in", "at", "to"}))
                for prep in (c for c in clause.children if c.dep_ == "prep" and not hosts):
                    for mission in (o for o in prep.children if o.lower_ in MISSION_NOUNS):
                        hosts = places_after(ctx, mission, frozenset({"in"}))
            if not hosts and clause.dep_ == "prep" and clause.lower_ in {"at", "in", "with", "of"}:
                # "a cultural counsellor at the legation in Lima": the mission's place
                for mission in clause.children:
                    if mission.dep_ == "pobj" and mission.lower_ in MISSION_NOUNS:
                        hosts = places_after(ctx, mission, frozenset({"in"}))
        if hosts:
            draft.role_post = (hosts[0][0].iso, hosts[0][1])


def _complete(ctx: Context, people: People, postings: list[Posting], draft: Draft) -> None:
    person = draft.person
    own_posts = [p.embassy for p in postings if p.person is person]
    post_hosts = {e.host for e in own_posts}
    explicit = [r.iso for r in draft.explicit_from if r.iso not in post_hosts]
    left_sender = draft.left_mission[0] if draft.left_mission else None
    candidates = [
        draft.fled_state,
        person.nationality_iso(),
        draft.role_from,
        *explicit,
        left_sender,
        *(e.sending for e in own_posts),
    ]
    sentences = _sentences_of(ctx, people, person)
    draft.from_iso = next((c for c in candidates if c), None) or _called_home(ctx, people, person, sentences)
    draft.own_posts = own_posts
    draft.post = None if draft.refuge and not own_posts else _post(draft, own_posts)
    if draft.date is None:
        draft.date = _date_from_other_sentences(ctx, sentences)
    if draft.date is None and draft.recent and ctx.anchor is not None:
        draft.date = ctx.anchor.strftime("%Y-%m")  # "has defected": this month, unless told more precisely
    if draft.date is not None and len(draft.date) < 10:
        draft.date = _refined_date(ctx, sentences, draft.date)
    if draft.to_iso == draft.from_iso:
        draft.to_iso = None
    if draft.to_iso is None:
        draft.to_iso = _destination_from_other_sentences(ctx, sentences, draft.from_iso)
    if draft.to_iso is None and draft.left_mission and draft.left_mission[1]:
        draft.to_iso = draft.left_mission[1][0]  # walked out of a mission: into its host state
    if draft.to_iso is None:
        draft.to_iso = _other_half(ctx, draft)


def _the_country(tok: Token) -> bool:
    """ "the country", "his country": a state the text leaves unnamed."""
    return tok.lemma_ == "country" and tok.tag_ == "NN" and any(
        c.lower_ in {"the", "his", "her", "their"} for c in tok.children
    )


_DENIAL = word_table("denial_words.json")
REPORT_NOUNS = frozenset(_DENIAL["report_nouns"])
DENY_LEMMAS = frozenset(_DENIAL["deny_lemmas"])
FALSE_WORDS = frozenset(_DENIAL["false_words"])
# how a told event hangs on the report or the denial that carries it
_CLAUSE_LINKS = frozenset(
    {"ccomp", "acl", "relcl", "conj", "xcomp", "advcl", "prep", "pobj", "dobj", "appos"}
)


def denied(trig: Span) -> bool:
    """Whether a defection cue tells an event only to deny it: "the ministry dismissed reports that
    its consul had fled", "denied that he had sought asylum", "a report that she had defected was
    denied", "claims that he asked for asylum are nonsense", "described as baseless a report that
    ...". The cue's clause must hang on the report or the denial (not "denied the defector was a
    spy": the defection stands there)."""
    verb = verb_of(trig.root)
    node = verb if verb is not None else trig.root
    told: set[int] = set()  # the reported clause: a false-word inside it says nothing of the report
    for _ in range(8):
        head = node.head
        if head.i == node.i or node.dep_ not in _CLAUSE_LINKS:
            return False
        if told and head.lower_ in FALSE_WORDS:
            return True  # the report is what is called "groundless"
        if head.pos_ == "VERB" and head.lemma_ in DENY_LEMMAS and (told or node.dep_ in {"ccomp", "dobj"}):
            return True  # "denied that he had defected", "dismissed as invention a report that ..."
        if head.lower_ in REPORT_NOUNS and not told:
            told = {t.i for t in node.subtree}
            if head.dep_ in {"nsubj", "nsubjpass"} and (
                head.head.lower_ in FALSE_WORDS or any(c.lower_ in FALSE_WORDS for c in head.head.children)
            ):
                return True  # "claims that ... are nonsense", "a report that ... was denied"
        elif told and head.pos_ == "VERB":
            # "described as baseless a report that ...": the report judged false by its verb
            return any(t.lower_ in FALSE_WORDS and t.i not in told for t in head.subtree)
        node = head
    return False


def negated(trig: Span) -> bool:
    """Whether a defection cue is said not to have happened: "he has not sought asylum", "she did
    not flee". Not the cues whose negation is the flight itself ("never returned", "did not come
    back": the trigger holds the "not")."""
    verb = verb_of(trig.root)
    if verb is None:
        return False
    return any(c.dep_ == "neg" and not trig.start <= c.i < trig.end for c in verb.children)


def unasserted(trig: Span) -> bool:
    """A defection cue told as denied or as not having happened: it makes no defection."""
    return denied(trig) or negated(trig)


CALL_LEMMAS = frozenset({"recall", "call", "summon", "order"})


def _called_home(ctx: Context, people: People, person: PersonCluster, sentences: list[Span]) -> str | None:
    """ "Recalled to Sofia in May, he stayed in Rome": a person called back to a capital is of its
    state. Only in the defector's own ``sentences``, only a call that is about them (they are its
    object, or the clause it opens has them as subject) and only a capital."""
    for sent in sentences:
        for verb in sent:
            if verb.lemma_ not in CALL_LEMMAS or verb.pos_ != "VERB":
                continue
            about = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
            if verb.dep_ == "advcl":  # "Recalled to Sofia, X refused to go": the clause's subject
                about += [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if not any(
                people.of(t) is person or (t.pos_ == "PRON" and people.antecedent(t) is person) for t in about
            ):
                continue
            for prep in verb.children:
                if prep.dep_ != "prep" or prep.lower_ != "to":
                    continue
                for obj in prep.children:
                    ref = ctx.country_of(obj)
                    if ref is not None and ref.kind == "capital":
                        return ref.iso
    return None


OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east"}


def _other_half(ctx: Context, draft: Draft) -> str | None:
    """ "escaped from the North", in an article about both halves of a divided state: to the South."""
    for ref in draft.explicit_from:
        point = ref.span.text.lower()
        if len(ref.span) == 1 and point in OPPOSITE and ctx.compass.get(point) == draft.from_iso:
            other = ctx.compass.get(OPPOSITE[point])
            if other is not None:
                draft.confidence -= 0.1
                return other
    return None


def _post(draft: Draft, own_posts: list[Embassy]) -> Embassy | None:
    """The defector's own mission of the state left: a posting read elsewhere, the mission they
    walked out of, or the one their role phrase names."""
    own = draft.left_mission is not None and draft.left_mission[0] in {"", draft.from_iso}
    place = draft.left_mission[1] if draft.left_mission and own else None
    place = place or draft.role_post
    if place is not None and draft.from_iso is not None and place[0] != draft.from_iso:
        # the post named in the cue's own sentence is the one left
        return Embassy(draft.from_iso, place[0], place[1], evidence=tuple(draft.evidence[:1]))
    if own_posts:
        matching = [e for e in own_posts if e.sending == draft.from_iso] or own_posts
        left_from = [e for e in matching if e.host in {r.iso for r in draft.explicit_from}]
        return (left_from or matching)[-1]
    return None


#: the pronouns by which a later sentence can refer back to a person
_REFERRING_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})


def _sentences_of(ctx: Context, people: People, person: PersonCluster) -> list[Span]:
    """Sentences that name the person or refer to them by a pronoun."""
    sents = {s.sent.start: s.sent for s in person.mentions}
    for i in ctx.words.positions(_REFERRING_PRONOUNS):
        pronoun = ctx.doc[i]
        sent = pronoun.sent
        if sent.start not in sents and people.antecedent(pronoun) is person:
            sents[sent.start] = sent
    return [sents[k] for k in sorted(sents)]


def _refined_date(ctx: Context, sentences: list[Span], date: str) -> str:
    """ "went missing last month" + "boarded a night bus on April 7": the same escape told more
    precisely elsewhere gives the day."""
    for sent in sentences:
        for tok in sent:
            if tok.lemma_ not in ESCAPE_VERBS:
                continue
            for ent, value in ctx.dates_in(sent):
                nearest = next((a for a in ent.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
                if nearest == tok and len(value) > len(date) and value.startswith(date):
                    return value
    return date


def _date_from_other_sentences(ctx: Context, sentences: list[Span]) -> str | None:
    """ "X made the move to Y in November": a movement verb in a sentence about the defector."""
    for sent in sentences:
        for tok in sent:
            if tok.lemma_ in MOVE_VERBS or tok.lower_ in {"move", "arrival", "escape"}:
                for ent, value in ctx.dates_in(sent):
                    if ent.root.head.head in (tok, tok.head) or ent.root.head in (tok, tok.head):
                        return value
    return None


def _destination_from_other_sentences(ctx: Context, sentences: list[Span], home: str | None) -> str | None:
    for sent in sentences:
        for tok in sent:
            if tok.lemma_ in MOVE_VERBS or tok.lower_ == "move":
                for prep in tok.rights:
                    if prep.lower_ in {"to", "in"}:
                        for obj in prep.children:
                            ref = ctx.country_of(obj)
                            if ref is not None and ref.iso != home and not ref.is_place:
                                return ref.iso
    return None
