"""Diplomatic missions: "the Cuban embassy in Madrid", "Minsk's embassies in Rome and Lima",
"ambassador to Egypt", "a diplomat posted to Quito", "an earlier posting took him to Oslo".

A mission needs a sending state and a host state. The sender comes from a demonym or possessive
before the mission noun, an "of X" after it, the clause's subject state ("X closed its embassy in
Y"), the nationality of the person who serves there, or — for a bare "the embassy" — the sender
of the mission the article spoke of last. The host comes from "in/to/at Y" (a city resolves to
its state; "in A, B and C" gives three), else from a city the sentence names as a place.

Coordinated states give one mission each ("the ambassadors of A, B and C", "A and B recalled their
envoys from C"). A head of mission with no place of their own serves in the capital their clause
is set in ("In Lima, the Danish ambassador said"), else where the article placed that sender's
mission before, else — in a story filed from a capital — there ("KABUL -- Chile's ambassador said").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from diplograph import gazetteer
from diplograph.extract.context import Context, CountryRef
from diplograph.extract.persons import DIPLOMAT_WORDS, People, PersonCluster
from diplograph.extract.syntax import governing_verb, subject_of
from diplograph.model import Embassy
from diplograph.nlp.components import word_table

_WORDS = word_table("mission_words.json")
MISSION_NOUNS = frozenset(_WORDS["mission_nouns"])
POSTING_VERBS = frozenset(_WORDS["posting_verbs"])
POSTING_NOUNS = frozenset(_WORDS["posting_nouns"])
HEAD_OF_MISSION = frozenset(_WORDS["head_of_mission"])
#: "A, B and C recalled their ambassadors", "the ambassadors of A and B": one mission each
HEADS_OF_MISSIONS = frozenset(_WORDS["heads_of_missions"])
#: second words of a role the parser hangs its place on: "consul general", "chargé d'affaires"
ROLE_TAILS = frozenset(_WORDS["role_tails"])
#: verbs that bring a head of mission home from the host: "recalled its ambassador from Chile"
RECALL_VERBS = frozenset(_WORDS["recall_verbs"])
PLACE_PREPS = frozenset(_WORDS["place_preps"])
WORK_VERBS = frozenset(_WORDS["work_verbs"])
#: verbs whose subject state owns the mission they take: "Lima, which has run an embassy in Rabat"
OWNER_VERBS = frozenset(_WORDS["owner_verbs"])
#: "A and B will exchange ambassadors": missions each way
RECIPROCAL_VERBS = frozenset(_WORDS["reciprocal_verbs"])
#: verbs whose subject state is where the head of mission they take serves: "Peru expelled the
#: Cuban ambassador"
HOST_VERBS = frozenset(_WORDS["host_verbs"])
#: words that make a clause about two states reciprocal: "in one another's capitals"
RECIPROCAL_CUES = tuple(_WORDS["reciprocal_cues"])
#: "A and B decided to reopen embassies" (no "their", no place): missions each way
OPENING_VERBS = frozenset(_WORDS["opening_verbs"])
#: verbs whose object is a place someone gets to: "reached Lima", "entered Kabul"
REACH_VERBS = frozenset(_WORDS["reach_verbs"])
#: nouns a city hides behind: "the Georgian city of Batumi", "the port of Durban"
PLACE_NOUNS = frozenset(_WORDS["place_nouns"])
#: the last word of a place inside a city: "in the Miramar district", "on Fifth Avenue"
DISTRICT_NOUNS = frozenset(_WORDS["district_nouns"])
#: "the kingdom's embassy": a noun standing for the state whose mission it is
STATE_NOUNS = frozenset(_WORDS["state_nouns"])
#: "both governments", "the two sides": a subject standing for the two states an article is about
#: (a noun standing for a state, or one of the words that only pair states)
PAIR_NOUNS = STATE_NOUNS | frozenset(_WORDS["pair_nouns"])
#: Lowercase forms that can start a mission, a role or a posting (read() looks only at these).
_CUE_WORDS = (
    MISSION_NOUNS
    | {"commission", "commissions"}
    | HEAD_OF_MISSION
    | HEADS_OF_MISSIONS
    | DIPLOMAT_WORDS
    | POSTING_NOUNS
)


@dataclass
class Posting:
    """A person serving at a mission, as read from one sentence."""

    person: PersonCluster
    embassy: Embassy
    sent_start: int


class _Reader:
    """Reads missions token by token, remembering the last sender for a bare "the embassy"."""

    def __init__(self, ctx: Context, people: People) -> None:
        self.ctx = ctx
        self.people = people
        self.embassies: list[Embassy] = []
        self.postings: list[Posting] = []
        self.last_sender: str | None = None
        #: the sender of each mission noun read, by token index: "an embassy in A and consulates in
        #: B and C" are all the sender's
        self.sender_of: dict[int, str] = {}

    def read(self) -> None:
        words = self.ctx.words
        cues = words.positions(_CUE_WORDS) + words.positions(POSTING_VERBS, by="lemma")
        for i in sorted(set(cues)):
            tok = self.ctx.doc[i]
            low = tok.lower_
            if (low in MISSION_NOUNS and tok.pos_ in {"NOUN", "PROPN"}) or (
                low in {"commission", "commissions"} and _after_high(tok)
            ):
                self._mission(tok)  # a Commonwealth "high commission" is an embassy
            elif low in HEAD_OF_MISSION or low in HEADS_OF_MISSIONS or low in DIPLOMAT_WORDS:
                self._role(tok)
            elif (tok.pos_ == "VERB" and tok.lemma_ in POSTING_VERBS) or (
                low in POSTING_NOUNS and tok.pos_ == "NOUN"
            ):
                self._posted(tok)

    def _add(
        self,
        sending: str | None,
        hosts: list[tuple[CountryRef, str | None]],
        tok: Token,
        person: PersonCluster | None,
    ) -> None:
        if person is not None and person.nationality_iso() not in {None, sending}:
            person = (
                None  # a foreigner at the mission (a visitor, someone seeking refuge) is not posted there
            )
        if sending is None:
            return
        for ref, city in hosts:
            if ref.iso == sending:
                continue
            embassy = Embassy(sending, ref.iso, city, evidence=(self.ctx.evidence(tok.sent),))
            self.embassies.append(embassy)
            self.last_sender = sending
            if person is not None:
                self.postings.append(Posting(person, embassy, tok.sent.start))

    def _mission(self, tok: Token) -> None:
        ctx = self.ctx
        if self._reciprocal(tok):
            return
        if any(c.lower_ == "same" for c in tok.children) and self.embassies:
            # "an archivist in the same mission": the mission named last
            role = tok.head.head if tok.dep_ == "pobj" else None
            person = person_for_role(ctx, self.people, role) if role is not None else None
            if person is not None:
                self.postings.append(Posting(person, self.embassies[-1], tok.sent.start))
            return
        anchor = tok
        if tok.i + 1 < len(ctx.doc) and ctx.doc[tok.i + 1].lower_ == "general":
            anchor = ctx.doc[tok.i + 1]  # "consulate general in Lagos"
        elif ctx.doc[tok.i + 1 : tok.i + 3].text.lower() == "-general":
            anchor = ctx.doc[tok.i + 2]  # "consulate-general in Lagos", split by the tokenizer
        sender = _sender_before(ctx, tok)
        also: list[str] = []  # "the embassies of A and B", "A and B closed their embassies"
        for prep in anchor.rights:
            if prep.lower_ == "of" and sender is None:
                for obj in prep.children:
                    sender = ctx.state_of(obj) or sender
                    if sender is not None and obj.dep_ == "pobj":
                        also = _conjunct_states(ctx, obj)[1:]
        if sender is not None and tok.tag_ in {"NNS", "NNPS"} and not also:
            also = [iso for iso in _modifier_states(ctx, tok) if iso != sender.iso]
        hosts = places_after(ctx, anchor, PLACE_PREPS) or places_after(ctx, tok, PLACE_PREPS)
        # "in the visa section of the Vietnamese consulate-general in Houston": the parser may hang
        # the place, and the role, on the section the mission is "of"
        part = tok
        while part.dep_ == "pobj" and part.head.lower_ == "of" and part.head.head.pos_ == "NOUN":
            part = part.head.head
            hosts = hosts or places_after(ctx, part, PLACE_PREPS)
        person = _clause_person(self.people, tok)
        role = (
            part.head.head
            if part.dep_ == "pobj" and part.head.lower_ in {"at", "in", "of", "with", "from"}
            else None
        )
        if role is not None and (role.lower_ in DIPLOMAT_WORDS or role.lower_ in HEAD_OF_MISSION):
            # a role phrase beside a name ("X, Peru's naval attaché in Oslo") says where its holder serves
            person = person_for_role(ctx, self.people, role) or person
        elif role is not None and role.lower_ in {"post", "posting", "job", "position", "desk"}:
            # "Nobody has filled his post at the Pakistani embassy in Oslo"
            owner = next((c for c in role.children if c.dep_ == "poss"), None)
            holder = None
            if owner is not None:
                holder = self.people.of(owner) or (
                    self.people.antecedent(owner) if owner.lower_ in {"his", "her"} else None
                )
            if holder is not None:
                self._add(sender.iso if sender else None, hosts, tok, holder)
                return
        verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if (
            person is not None
            and person.nationality_iso() is None
            and (verb is None or verb.lemma_ not in WORK_VERBS)
        ):
            person = None  # "walked into the embassy": not necessarily one of its staff
        sending = sender.iso if sender else None
        owned = False  # the sender is the clause's subject: "X closed its embassy"
        if sending is None:  # "a Cuban clerk who left his country's consulate": the clerk's state
            sending = _whose_country(ctx, self.people, (*tok.children, *anchor.children))
        if sending is None and any(
            c.lower_ in {"its", "their"} or (c.dep_ == "poss" and c.lemma_ in STATE_NOUNS)
            for c in (*tok.children, *anchor.children)
        ):  # "its embassy", "the kingdom's embassy in Ottawa"
            subjects = _clause_subject_states(ctx, tok)
            owned = bool(subjects)
            sending = subjects[0] if subjects else self.last_sender
            if any(c.lower_ == "their" for c in tok.children):
                also = subjects[1:]
            if sending is None and any(c.dep_ == "poss" and c.lemma_ in STATE_NOUNS for c in tok.children):
                sending = ctx.dominant_state()  # "the kingdom's embassy": the state the article is about
        if sending is None and tok.dep_ == "conj":
            sending = self.sender_of.get(tok.head.i)
        if sending is None and role is not None and _staff(role):
            # "a Chilean diplomat from the embassy in Lima": the mission of the staff's state
            staff_state = _sender_before(ctx, role)
            sending = staff_state.iso if staff_state is not None else None
        if sending is None and person is not None:
            sending = person.nationality_iso()
        if sending is None and tok.head.lemma_ in OWNER_VERBS and tok.dep_ in {"dobj", "nsubjpass"}:
            keeper = _subject_state(ctx, tok.head)  # "Lima, which has run an embassy in Rabat since 1990"
            sending = keeper.iso if keeper is not None else None
            if keeper is not None and tok.tag_ in {"NNS", "NNPS"} and not also:
                also = [iso for iso in _conjunct_states(ctx, keeper.span.root) if iso != sending]
        if sending is None and any(c.lower_ == "the" for c in tok.children):
            sending = self.last_sender
        if sending is not None:
            self.sender_of[tok.i] = sending
        after = tok.doc[anchor.i + 1] if anchor.i + 1 < len(tok.doc) else None
        if not hosts and after is not None and after.lower_ == "there" and sending is not None:
            hosts = _place_before(ctx, tok, sending) or _scene(ctx, tok, sending)  # "the embassy there"
        if not hosts:
            hosts = _sentence_place(ctx, tok, sending)
        bare = (
            sender is not None
            and tok.tag_ in {"NN", "NNP"}
            and (not _place_phrase(tok, anchor) or _district_phrase(tok, anchor))
        )  # "the Irish embassy", "the Irish embassy on Elm Street": in a city told elsewhere
        if not hosts and bare and sending is not None:
            hosts = self._earlier_host(tok, sending)  # "the Irish mission", after "the Irish embassy in Lima"
        # "closed their embassies in the capital": a place the parser may hang on the verb
        placed = any(t.lower_ in {"in", "at"} and t.dep_ == "prep" for t in tok.sent)
        if (
            not hosts
            and ctx.dateline
            and ((after is not None and after.lower_ == "here") or bare or (owned and not placed))
        ):
            # "NAIROBI -- A clerk from the Somali embassy here"; "OSLO -- ... a guard at the Chadian
            # embassy": a story filed from a capital tells of the missions there
            hosts = [_city_at(tok, *ctx.dateline)]
        if not hosts and bare and sending is not None:
            hosts = _scene(ctx, tok, sending)  # "She reached Lima in May. At the Irish embassy ..."
        self._add(sending, hosts, tok, person)
        for other in also:
            self._add(other, hosts, tok, None)

    def _role(self, tok: Token) -> None:
        """ "ambassador to Egypt", "deputy ambassador in London", "a counselor for X in Quito";
        "A and B recalled their ambassadors from C", "the ambassadors of A and B" in a datelined story."""
        ctx = self.ctx
        if tok.lower_ in HEADS_OF_MISSIONS and self._reciprocal(tok):
            return
        head = tok.lower_ in HEAD_OF_MISSION or tok.lower_ in HEADS_OF_MISSIONS
        preps = PLACE_PREPS if head else frozenset({"in", "at"})
        hosts = places_after(ctx, tok, preps)
        following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if not hosts and following is not None and following.lower_ in ROLE_TAILS:
            # "consul general in Lagos", "consul-general in Lagos", "chargé d'affaires in Oslo": the
            # places hang on the second word
            general = following
            if following.lower_ == "-":
                general = tok.doc[min(tok.i + 2, len(tok.doc) - 1)]
            hosts = places_after(ctx, general, preps)
        if not hosts and head and tok.dep_ == "dobj":
            hosts = places_after(ctx, tok.head, frozenset({"to"}))  # "recalled its ambassador to Bolivia"
            if not hosts and tok.head.lemma_ in RECALL_VERBS:  # "recalled its envoy from Chile"
                hosts = places_after(ctx, tok, frozenset({"from"})) or places_after(
                    ctx, tok.head, frozenset({"from"})
                )
        if not hosts and head and tok.dep_ == "nsubjpass" and tok.head.lemma_ in RECALL_VERBS:
            hosts = places_after(ctx, tok.head, frozenset({"from"}))  # "was recalled from Vienna"
        if not hosts and head and tok.dep_ == "dobj" and tok.head.lemma_ in HOST_VERBS:
            receiver = _subject_state(ctx, tok.head)  # "Malaysia expelled the Korean ambassador"
            if receiver is not None:
                hosts = [(receiver, receiver.span.text if receiver.kind == "capital" else None)]
        senders: list[str] = []
        for prep in tok.rights:
            if prep.lower_ in {"for", "of"}:
                for obj in prep.children:
                    if not hosts:
                        hosts = places_after(ctx, obj, frozenset({"in", "at"}))
                    if prep.lower_ == "of" and obj.dep_ == "pobj" and head:
                        senders = _conjunct_states(ctx, obj)  # "the ambassadors of A, B and C"
        if not head:
            hosts = [h for h in hosts if h[1]]  # "a diplomat in Quito": only a city places a diplomat
        person = person_for_role(ctx, self.people, tok) if not senders[1:] else None
        sender = _sender_before(ctx, tok)
        # "its consul general": the parser may hang the possessive on the role's second word
        second = tok.head if tok.dep_ == "compound" and tok.head.lower_ in ROLE_TAILS else None
        owners = [*tok.children, *(second.children if second is not None else ())]
        if sender is None and not senders and any(c.lower_ in {"its", "their"} for c in owners):
            subjects = _clause_subject_states(ctx, tok)  # "Peru recalled its ambassador to Bolivia"
            senders = subjects if tok.lower_ in HEADS_OF_MISSIONS else subjects[:1]
        sending = (
            sender.iso if sender else senders[0] if senders else person.nationality_iso() if person else None
        )
        if not hosts and head and sending is not None:
            hosts = _clause_city(ctx, tok) or self._earlier_host(tok, sending) or _dateline_host(ctx, tok)
        if not hosts:
            return
        if sending is None and person is not None:
            sending = self.last_sender  # the state whose missions the article is about
        self._add(sending, hosts, tok, person)
        for other in senders[1:]:
            self._add(other, hosts, tok, None)

    def _reciprocal(self, tok: Token) -> bool:
        """ "A and B will set up embassies in one another's capitals", "both governments are to
        exchange ambassadors": one mission each way between the two states the clause is about."""
        ctx = self.ctx
        if tok.tag_ not in {"NNS", "NNPS"} or _sender_before(ctx, tok) is not None:
            return False
        if places_after(ctx, tok, PLACE_PREPS) or any(c.lower_ == "of" for c in tok.rights):
            return False  # "embassies in Kabul", "the embassies of A and B"
        verb = governing_verb(tok)
        sentence = tok.sent.text.lower()
        bare = not any(c.dep_ in {"poss", "det"} for c in tok.children)  # "reopen embassies", not "their"
        if not (
            (verb is not None and verb.lemma_ in RECIPROCAL_VERBS)
            or (verb is not None and bare and verb.lemma_ in OPENING_VERBS)
            or any(cue in sentence for cue in RECIPROCAL_CUES)
        ):
            return False
        states = _clause_subject_states(ctx, tok)
        if len(states) != 2 and _two_states_as_subject(tok):
            states = ctx.leading_pair()  # "both governments", "the two sides"
        if len(states) != 2:
            return False
        a, b = states
        for sending, host in ((a, b), (b, a)):
            ref = CountryRef(tok.doc[tok.i : tok.i + 1], host, "city")
            self._add(sending, [(ref, None)], tok, None)
        return True

    def _earlier_host(self, tok: Token, sending: str) -> list[tuple[CountryRef, str | None]]:
        """ "the Finnish chargé", after "Finland's chargé in Warsaw": the host of the mission of
        that sender the article named last."""
        earlier = next((e for e in reversed(self.embassies) if e.sending == sending), None)
        return [_city_at(tok, earlier.host, earlier.city)] if earlier is not None else []

    def _posted(self, tok: Token) -> None:
        """ "posted to Quito", "a previous posting had sent her to Chile"."""
        ctx = self.ctx
        hosts = places_after(ctx, tok, PLACE_PREPS)
        if not hosts and tok.pos_ == "NOUN" and tok.dep_ in {"nsubj", "nsubjpass"}:
            hosts = places_after(ctx, tok.head, frozenset({"to"}))
        if not hosts:
            return
        person = person_for_role(ctx, self.people, tok)
        if person is None and tok.pos_ == "NOUN":
            for child in tok.head.children:
                if child.dep_ in {"dobj", "dative"} and child.lower_ in {"him", "her"}:
                    person = self.people.antecedent(child)
        if person is None or not _diplomatic(person, tok):
            return
        sending = person.nationality_iso()
        for prep in tok.children:  # "posted to Quito as a Cuban diplomat"
            if prep.lower_ == "as" and sending is None:
                sending = next((r.iso for t in prep.subtree if (r := ctx.country_of(t)) is not None), None)
        self._add(sending or self.last_sender, hosts, tok, person)


def find_embassies(ctx: Context, people: People) -> tuple[list[Embassy], list[Posting]]:
    """Every mission the article mentions, and who served at which."""
    reader = _Reader(ctx, people)
    reader.read()
    embassies, canonical = _unique(reader.embassies)
    postings = [Posting(p.person, canonical(p.embassy), p.sent_start) for p in reader.postings]
    return embassies, postings


def _unique(embassies: list[Embassy]) -> tuple[list[Embassy], Callable[[Embassy], Embassy]]:
    """One mission per sender, host and city, and the function that maps a mention to its mission.

    A state's embassy in a capital and its consulates in other cities are missions of their own.
    A mention with no city is the mission in the capital when the article names the capital for
    that pair, else the mission of the one city it names ("the consulate in Perth ... the
    consulate"); with several cities and none the capital, it stays the capital's (the embassy
    beside the consulates).
    """
    groups: dict[tuple[str, str], dict[str | None, Embassy]] = {}
    for e in embassies:
        by_city = groups.setdefault((e.sending, e.host), {})
        key = _city_key(e.city)
        old = by_city.get(key)
        by_city[key] = e if old is None else Embassy(
            e.sending, e.host, old.city or e.city, evidence=old.evidence + e.evidence
        )
    alias: dict[tuple[str, str, str | None], str | None] = {}
    for (sending, host), by_city in groups.items():
        named = [k for k in by_city if k is not None]
        if None not in by_city or not named:
            continue
        capital = _city_key(_capital(host))
        target = capital if capital in named else named[0] if len(named) == 1 else None
        if target is None:
            continue
        bare = by_city.pop(None)
        kept = by_city[target]
        by_city[target] = Embassy(sending, host, kept.city, evidence=kept.evidence + bare.evidence)
        alias[(sending, host, None)] = target
    missions = {(s, h, k): e for (s, h), by_city in groups.items() for k, e in by_city.items()}

    def canonical(e: Embassy) -> Embassy:
        key = _city_key(e.city)
        key = alias.get((e.sending, e.host, key), key)
        return missions.get((e.sending, e.host, key), e)

    return list(missions.values()), canonical


def _city_key(city: str | None) -> str | None:
    """A mission's city folded to ASCII letters and digits ("São Paulo" and "Sao Paulo" are one);
    ``None`` for none."""
    if not city:
        return None
    folded = unicodedata.normalize("NFKD", city).encode("ascii", "ignore").decode().casefold()
    return re.sub(r"[^a-z0-9]+", "", folded) or city.casefold()


def _capital(iso: str) -> str | None:
    """The capital a mission named without its city is in (as its IRI places it)."""
    try:
        capitals = gazetteer.country(iso).capitals
    except KeyError:
        return None
    return capitals[0] if capitals else None


def places_after(ctx: Context, tok: Token, preps: frozenset[str]) -> list[tuple[CountryRef, str | None]]:
    """Hosts named by "in/to/at X" governed by ``tok``, following coordination ("in A, B and C")."""
    out: list[tuple[CountryRef, str | None]] = []
    for prep in [p for p in tok.rights if p.lower_ in preps for p in (p, *p.conjuncts)]:
        if prep.lower_ not in preps:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for node in [obj, *obj.conjuncts]:
                node = _named_place(node)
                ref = ctx.state_of(node)
                if ref is None and node.pos_ == "NOUN":
                    # "in Havana's old quarter", "on the Beirut waterfront": the place the part is of
                    parts = (c for c in node.children if c.dep_ in {"poss", "compound"})
                    owner = next((r for c in parts if (r := ctx.state_of(c))), None)
                    if owner is not None and owner.kind != "demonym":
                        out.append((owner, owner.span.text if owner.kind == "capital" else None))
                        continue
                if ref is None and node.lower_ in PLACE_NOUNS:
                    # "in the Russian city of ...", a city the gazetteer does not know
                    demonyms = (ctx.state_of(c) for c in node.children if c.dep_ == "amod")
                    ref = next((r for r in demonyms if r is not None), None)
                    if ref is not None:
                        out.append((ref, None))
                        continue
                if ref is not None:
                    city = ref.span.text if ref.kind == "capital" else None
                    out.append((ref, city))
                    continue
                name = _compound(node)
                iso = gazetteer.iso_for_city(name, ctx.year_at(node))
                if iso:
                    out.append((CountryRef(ctx.doc[node.i : node.i + 1], iso, "city"), name))
    return out


def _named_place(tok: Token) -> Token:
    """ "the city of Batumi" → "Batumi"; any other token as it is."""
    if tok.lower_ in PLACE_NOUNS:
        for prep in tok.rights:
            if prep.lower_ == "of":
                obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
                if obj is not None:
                    return obj
    return tok


def _compound(tok: Token) -> str:
    """ "Hong Kong" from its head token "Kong"."""
    words = [c for c in tok.lefts if c.dep_ == "compound"]
    return " ".join([*(w.text for w in words), tok.text])


def _sentence_place(ctx: Context, tok: Token, sending: str | None) -> list[tuple[CountryRef, str | None]]:
    """A mission with no "in X": the city named as a place in the same clause (or one coordinated
    with it: "lost his minders in Vienna and entered the embassy"), if just one."""
    if tok.tag_ in {"NNS", "NNPS"}:
        return []
    verb = governing_verb(tok)
    clause = {verb, *verb.conjuncts} if verb is not None else set()
    if verb is not None and verb.dep_ in {"acomp", "xcomp"}:
        clause.add(verb.head)  # "went missing from the consulate in Istanbul": the place hangs on "went"
    places: list[tuple[CountryRef, str | None]] = [
        (r, r.span.text)
        for r in ctx.countries_in(tok.sent.start, tok.sent.end)
        if r.kind == "capital" and r.is_place and r.iso != sending and governing_verb(r.span.root) in clause
    ]
    if len(places) > 1:
        # "After postings in A and B he was sent to C as first secretary of the embassy": the place
        # the verb itself governs
        direct = [p for p in places if p[0].span.root.dep_ == "pobj" and p[0].span.root.head.head == verb]
        places = direct or places
    where = verb is not None and verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children)
    if not places and verb is not None and where:
        # "a posting to Cairo, where he worked at the Romanian embassy": the place "where" stands for
        ref = ctx.state_of(verb.head)
        if ref is not None and ref.kind in {"capital", "city"} and ref.iso != sending:
            places = [(ref, ref.span.text)]
    if not places and verb is not None:
        # "killed inside the Saudi consulate in Istanbul": a city (not a capital) beside it
        places = [
            (CountryRef(ctx.doc[c.i : c.i + 1], iso, "city"), _compound(c))
            for head in clause
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in {"in", "at"}
            for c in prep.children
            if c.dep_ == "pobj"
            and c.pos_ == "PROPN"
            and (iso := gazetteer.iso_for_city(_compound(c), ctx.year))
            and iso != sending
        ]
    return places[:1] if len(places) == 1 else []


def _place_phrase(*toks: Token) -> bool:
    """Whether a mission noun has an "in/at ..." of its own ("in the river port"), resolved or not."""
    return any(
        prep.lower_ in {"in", "at"} and any(c.dep_ == "pobj" for c in prep.children)
        for tok in toks
        for prep in tok.rights
    )


def _after_high(tok: Token) -> bool:
    """Whether ``tok`` follows "high": a Commonwealth "high commission"."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "high"


def _staff(role: Token) -> bool:
    """Whether a noun names people who serve at a mission: "diplomat", "two officials"."""
    word = role.lemma_.lower() if role.tag_ in {"NNS", "NNPS"} else role.lower_
    return word in DIPLOMAT_WORDS or word in HEAD_OF_MISSION


def _district_phrase(*toks: Token) -> bool:
    """Whether a mission noun's place is a part of a city ("in the harbour district", "on Elm
    Street"), which says nothing of the city itself."""
    return any(
        prep.lower_ in {"in", "at", "on"}
        and any(c.dep_ == "pobj" and c.lower_ in DISTRICT_NOUNS for c in prep.children)
        for tok in toks
        for prep in tok.rights
    )


def _sender_before(ctx: Context, tok: Token) -> CountryRef | None:
    """The state named just before a mission noun or role: "the Cuban embassy", "Iran's envoy"."""
    for child in tok.lefts:
        for t in child.subtree:
            ref = ctx.state_of(t)
            if ref is not None:
                return ref
    i, floor = tok.i - 1, max(tok.sent.start, tok.i - 4)
    while i >= floor:
        ref = ctx.country_of(ctx.doc[i])
        if ref is not None:
            return ref
        if ctx.doc[i].pos_ in {"VERB", "ADP", "PUNCT", "CCONJ"} and ctx.doc[i].text not in {"’s", "'s", "-"}:
            break
        i -= 1
    return None


def _whose_country(ctx: Context, people: People, children: tuple[Token, ...]) -> str | None:
    """ "his country's consulate", "her country's embassy": the state of the one the pronoun stands
    for — a named person of known nationality, or the subject of the clause ("a Turkmen diplomat who
    left his country's consulate", through the relative clause to the noun it describes) when a
    demonym or a state names theirs."""
    country = next((c for c in children if c.dep_ == "poss" and c.lemma_ in STATE_NOUNS), None)
    owner = (
        next((c for c in country.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
        if country is not None
        else None
    )
    if owner is None:
        return None
    person = people.antecedent(owner)
    if person is not None and person.nationality_iso() is not None:
        return person.nationality_iso()
    # the first verb above with a subject: "went missing from his country's ...", not "missing"
    verbs = (a for a in owner.ancestors if a.pos_ in {"VERB", "AUX"})
    verb = next((v for v in verbs if subject_of(v) is not None), None)
    subject = subject_of(verb)
    if verb is None or subject is None:
        return None
    if subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
        subject = verb.head  # "a diplomat who left his country's consulate"
    named = people.of(subject)
    if named is not None:
        return named.nationality_iso()
    states = [ref.iso for c in subject.lefts if (ref := ctx.state_of(c)) is not None]
    return states[0] if len(set(states)) == 1 else None


def _modifier_states(ctx: Context, tok: Token) -> list[str]:
    """The states named by the modifiers of a plural noun and the words coordinated with them:
    "the Greek and Danish consulates", "the Thai, Malaysian and Dutch missions"."""
    found = [
        ref.iso
        for child in tok.lefts
        if child.dep_ in {"amod", "nmod", "compound"}
        for node in (child, *child.conjuncts)
        if (ref := ctx.state_of(node)) is not None
    ]
    return list(dict.fromkeys(found))


def _conjunct_states(ctx: Context, tok: Token) -> list[str]:
    """The states a noun and the nouns coordinated with it name: "Canada, Chile and Peru"."""
    found = [ref.iso for node in (tok, *tok.conjuncts) if (ref := ctx.state_of(node)) is not None]
    return list(dict.fromkeys(found))


def _clause_subject_states(ctx: Context, tok: Token) -> list[str]:
    """:func:`_clause_subject_state` with the states coordinated with it: "A, B and C recalled
    their ambassadors"."""
    first = _clause_subject_state(ctx, tok)
    if first is None:
        return []
    root = first.span.root
    return list(dict.fromkeys([first.iso, *_conjunct_states(ctx, root)]))


def _clause_city(ctx: Context, tok: Token) -> list[tuple[CountryRef, str | None]]:
    """ "In Lima, the Danish ambassador told reporters": the one capital the role's clause is said to
    take place in (a state, "in Peru", may be where the news is, not the mission)."""
    verb = governing_verb(tok)
    if verb is None:
        return []
    places: list[tuple[CountryRef, str | None]] = []
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for obj in prep.children:
                ref = ctx.state_of(obj) if obj.dep_ == "pobj" else None
                if ref is not None and ref.kind == "capital":
                    places.append((ref, ref.span.text))
    return places if len(places) == 1 else []


def _scene(ctx: Context, tok: Token, sending: str) -> list[tuple[CountryRef, str | None]]:
    """The city a story has just been set in, for a mission named with its sender only: the one
    city the sentence before (in the same paragraph) names as a place someone is in, goes to,
    arrives at or reaches, when it is not in the sender's own state."""
    sent = tok.sent
    if sent.start == 0:
        return []
    before = ctx.doc[sent.start - 1].sent
    first = next((t for t in sent if not t.is_space), sent[0])
    if any("\n" in t.text_with_ws for t in ctx.doc[before.start : first.i]):
        return []  # a new paragraph
    places: dict[str, tuple[CountryRef, str | None]] = {}
    for t in before:
        reached = t.dep_ == "dobj" and t.head.lemma_ in REACH_VERBS  # "reached Lima"
        found = _city_named(ctx, t) if reached or _placed(t) else None
        # a capital after "in/to/at" only as a place ("arrived in Lima", not "protested to Lima")
        if found is not None and (reached or found[0].kind == "city" or found[0].is_place):
            places.setdefault(found[0].iso, found)
    if len(places) != 1 or sending in places:
        return []
    (ref, city), = places.values()
    return [_city_at(tok, ref.iso, city)]


def _dateline_host(ctx: Context, tok: Token) -> list[tuple[CountryRef, str | None]]:
    """ "LIMA -- The Danish ambassador said": a head of mission with no place of their own in a story
    filed from a capital serves there. A role with any place phrase ("ambassador to the UN") or in
    a story with no dateline gets nothing."""
    if (
        ctx.dateline is None
        or tok.lower_ not in HEAD_OF_MISSION | HEADS_OF_MISSIONS
        or not any(c.lower_ == "the" or c.dep_ == "poss" for c in tok.children)
        or any(
            prep.lower_ in {"in", "to", "at", "from"} and any(c.dep_ == "pobj" for c in prep.children)
            for prep in tok.rights
        )
    ):
        return []
    return [_city_at(tok, *ctx.dateline)]


def _city_at(tok: Token, iso: str, city: str | None) -> tuple[CountryRef, str | None]:
    """A host the text does not name beside ``tok`` (the dateline's, an earlier mission's), as a
    place reference anchored on ``tok``."""
    return CountryRef(tok.doc[tok.i : tok.i + 1], iso, "city"), city


def _clause_subject_state(ctx: Context, tok: Token) -> CountryRef | None:
    """ "X shut its embassy in Y", "X said its embassy in Y would close": the state that is the
    subject of the nearest clause not about the mission itself (a place inside the mission's own
    phrase is its host, not its owner)."""
    for anc in tok.ancestors:
        if anc.pos_ not in {"VERB", "AUX"}:
            continue
        for child in anc.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and not (
                child.left_edge.i <= tok.i <= child.right_edge.i
            ):
                for t in child.subtree:
                    ref = ctx.state_of(t)
                    if ref is not None:
                        return ref
    return None


def _two_states_as_subject(tok: Token) -> bool:
    """Whether the clause of ``tok`` has "both governments" or "the two sides" as its subject."""
    for anc in tok.ancestors:
        for child in anc.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and any(
                c.lower_ in {"two", "both"} for c in child.children
            ):
                return child.lemma_ in PAIR_NOUNS
    return False


def _subject_state(ctx: Context, verb: Token) -> CountryRef | None:
    """The state that is the subject of ``verb``; for a relative clause ("Lima, which has run ..."),
    the state the clause hangs on."""
    for child in verb.children:
        if child.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if child.lower_ in {"which", "that", "who"} and verb.dep_ == "relcl":
            return ctx.state_of(verb.head)
        return ctx.state_of(child)
    return None


def _place_before(ctx: Context, tok: Token, sending: str) -> list[tuple[CountryRef, str | None]]:
    """ "Many exiles settled in Dakar; the embassy there ...": the last city the sentence names as a
    place before ``tok``, outside the sender's own state."""
    for t in reversed(ctx.doc[tok.sent.start : tok.i]):
        city = _city_named(ctx, t) if _placed(t) else None
        if city is not None and city[0].iso != sending:
            return [city]
    return []


def _placed(tok: Token) -> bool:
    """Whether ``tok`` is the object of "in", "to" or "at"."""
    return tok.dep_ == "pobj" and tok.head.lower_ in {"in", "to", "at"}


def _city_named(ctx: Context, tok: Token) -> tuple[CountryRef, str] | None:
    """A proper name that is a city: a capital the country mentions resolved, or a city the
    gazetteer knows (for the year its sentence speaks of); with the city's name."""
    if tok.pos_ != "PROPN":
        return None
    ref = ctx.state_of(tok)
    if ref is not None:
        return (ref, ref.span.text) if ref.kind == "capital" else None
    iso = gazetteer.iso_for_city(_compound(tok), ctx.year_at(tok))
    return (CountryRef(ctx.doc[tok.i : tok.i + 1], iso, "city"), _compound(tok)) if iso else None


def _clause_person(people: People, tok: Token) -> PersonCluster | None:
    """The person who works at / left the mission in this clause ("Ri, who worked at the embassy")."""
    for anc in tok.ancestors:
        if anc.pos_ in {"VERB", "AUX"}:
            return _subject_person(people, anc)
    return None


def _subject_person(people: People, verb: Token) -> PersonCluster | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            person = people.of(child)
            if person is None and child.lower_ in {"who", "that"} and verb.dep_ == "relcl":
                head = verb.head
                person = people.of(head) or (people.of(head.head) if head.dep_ == "appos" else None)
            if person is None and child.lower_ in {"he", "she"}:
                person = people.antecedent(child)
            if person is None:
                person = next((p for t in child.children if t.dep_ == "appos" and (p := people.of(t))), None)
            if person is None:  # "The man, identified by colleagues as X, was a third secretary"
                person = next(
                    (
                        p
                        for c in child.children
                        if c.dep_ == "acl" and c.lemma_ in {"identify", "name", "call"}
                        for t in c.subtree
                        if (p := people.of(t))
                    ),
                    None,
                )
            if person is not None:  # "the Romanian diplomat Ion Popa was sent": a later subject
                return person
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.pos_ in {"VERB", "AUX"}:
        return _subject_person(people, verb.head)
    return None


def person_for_role(ctx: Context, people: People, tok: Token) -> PersonCluster | None:
    """Who holds a role: the name it is in apposition to or precedes, else the clause subject."""
    after = tok.right_edge.i + 1
    if after + 1 < len(tok.doc) and tok.doc[after].text == "," and people.of(tok.doc[after + 1]) is not None:
        return people.of(tok.doc[after + 1])  # "Peru's ambassador to Chile, Ana Ruiz,"
    node = tok
    for _ in range(6):
        person = people.of(node)
        if person is not None:
            return person
        for child in node.children:
            if child.dep_ in {"appos", "compound"} and people.of(child) is not None:
                return people.of(child)
        if node.pos_ in {"VERB", "AUX"}:
            person = _subject_person(people, node)
            if person is not None:
                return person
            break
        if node.dep_ == "ROOT":
            break
        node = node.head
    after = tok.right_edge.i + 1
    doc = tok.doc
    if after < len(doc) and doc[after].text == "," and after + 1 < len(doc):
        return people.of(doc[after + 1])  # "Peru's ambassador to Chile, Ana Ruiz,"
    if tok.i + 1 < len(doc):
        return people.of(doc[tok.i + 1])  # "ambassador Jose Perez"
    return None


def _diplomatic(person: PersonCluster, tok: Token) -> bool:
    words = {w.lower() for p in person.positions for w in p.split()}
    near = {t.lower_ for t in tok.sent}
    return bool((words | near) & (DIPLOMAT_WORDS | HEAD_OF_MISSION | {"posting", "diplomatic"}))
