"""Agreements between states: named ("the Treaty of Warsaw", "Framework Treaty") or described
("a 2009 border-demarcation deal", "a mutual defence pact", "an agreement on Trieste"), with their
parties, the date they were signed and the status the article reports.

Mentions are read in order. A cue noun (treaty, agreement, accord, pact, deal, declaration,
guidelines, armistice, ...) grows into a name: the run of capitalised words around it when it is
a proper name, else the noun with its modifiers. A definite bare mention ("the treaty", "that
pact") or "it" refers back to the last agreement; an indefinite one ("a treaty", "signed a pact")
opens a new, still unnamed agreement, which the next proper name within a few sentences names.

Parties come from the name ("Sino-Soviet treaty"), "between X and Y", "with Y", a possessive,
and the states (or the states of the leaders) that sign, suspend or leave it. The date is a year
in the name or the date a signing verb carries. The status comes only from a cue that acts on the
mention (its verb, "remains in force", "the suspension of"); the strongest wins, so a later
suspension outranks the signing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

from diplograph import gazetteer
from diplograph.extract.context import Context, governs
from diplograph.extract.persons import People
from diplograph.model import Agreement, Evidence
from diplograph.nlp.components import word_list
from diplograph.nlp.index import sentences

STATUS_RANK = {"signed": 1, "in_force": 2, "suspended": 3, "withdrawn": 4, "terminated": 5}
SIGN_LEMMAS = frozenset(
    {
        "sign",
        "ink",
        "conclude",
        "seal",
        "adopt",
        "agree",
        "reach",
        "unveil",
        "negotiate",
        "broker",
        "strike",
        "forge",
        "issue",  # "issued a joint statement"
        "release",
    }
)
ACTION_LEMMAS = (
    SIGN_LEMMAS
    | frozenset({"announce"})
    | frozenset(
        {
            "suspend",
            "freeze",
            "withdraw",
            "quit",
            "exit",
            "leave",
            "abandon",
            "pull",
            "terminate",
            "scrap",
            "abrogate",
            "annul",
            "renounce",
            "ratify",
            "violate",
            "honour",
            "honor",
            "uphold",
            "revive",
            "restore",
            "implement",
            "hold",  # "X has held the treaty with Y in abeyance"
            "put",  # "X put the accord in abeyance"
        }
    )
)
# Cues whose subject is the agreement itself ("the pact lapsed"); for the rest it is the object.
INTRANSITIVE_STATUS = frozenset(
    {"lapse", "expire", "collapse", "end", "remain", "take", "enter", "come", "stay"}
)
GENERIC = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "new",
        "old",
        "such",
        "any",
        "previous",
        "latest",
        "former",
        "existing",
        "same",
        "final",
        "original",
        "earlier",
        "both",
        "two",
        "each",
        "other",
        "first",
        "landmark",
        "historic",
        "sweeping",
        "formal",
        "only",
        "major",
        "key",
        "separate",
        "own",
        "current",
        "much",
        "larger",
    }
)
ENDINGS = frozenset({"terminated", "suspended", "withdrawn"})
ONLOOKER_LEMMAS = frozenset(
    {"witness", "observe", "attend", "broker", "mediate", "host", "oversee", "welcome"}
)
REPLACE_LEMMAS = frozenset({"replace", "supersede", "succeed", "update"})
PAIR_NOUNS = frozenset({"country", "state", "government", "nation", "side", "neighbour", "neighbor"})
MODALS = frozenset({"can", "could", "may", "might", "must", "should", "would"})
CONNECTORS = frozenset({"of", "on", "for", "and", "de", "la", "del", "du", "des", "&"})
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_NEAR_SENTENCES = 3


@cache
def combining_forms() -> dict[str, str]:
    """ "Sino" -> CHN, "Anglo" -> GBR: states named inside compound adjectives."""
    rows = (DATA_DIR / "combining_forms.tsv").read_text(encoding="utf-8").splitlines()
    return dict(r.split("\t") for r in rows if r and not r.startswith("#"))


@dataclass
class Draft:
    """An agreement being read: named once a proper name is seen, else by its description."""

    name: str | None
    noun: str
    first: Span
    named: bool = False
    aliases: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    date: str | None = None
    statuses: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    last_index: int = 0
    mentions: list[Span] = field(default_factory=list)
    guessed: bool = False  # parties taken from the article's other agreements, not from its own mentions


def find_agreements(ctx: Context, people: People) -> list[Agreement]:
    reader = _Reader(ctx, people)
    for trig in ctx.triggers:
        if (
            trig.label_ == "AGREEMENT"
            and trig.root.pos_ in {"NOUN", "PROPN"}
            and trig.root.i not in reader.seen
            and not _acronym_modifier(trig)
        ):
            reader.mention(trig.root)
    reader.pronoun_cues()
    drafts = _merge_descriptions(_merge_same_parties(reader.drafts))
    _one_pair_story(drafts)
    return [_agreement(d) for d in drafts if _keep(d)]


def _acronym_modifier(trig: Span) -> bool:
    """ "the INF treaty", "the (CFE) Treaty", "SALT negotiators": a treaty's acronym that modifies
    another noun is no mention of its own (the treaty noun, if any, is)."""
    if trig.id_ != "treaty-acronym":
        return False
    nxt = trig.doc[trig.end] if trig.end < len(trig.doc) else None
    modifier = (
        trig.root.dep_ in {"compound", "nmod", "amod"} and trig.root.head.pos_ == "NOUN"
    )  # not "SALT II"
    return modifier or (nxt is not None and nxt.text == ")")


def _one_pair_story(drafts: list[Draft]) -> None:
    """ "... the maritime declaration Guyana signed with Suriname ... the ceasefire agreement of
    April 3 remains in force": in an article whose agreements are all between one pair of
    states, a described one told with a date or status but no state is theirs too (guessed)."""
    pairs = {frozenset(d.parties) for d in drafts if len(set(d.parties)) >= 2}
    if len(pairs) != 1:
        return
    pair = next(iter(pairs))
    if len(pair) != 2:
        return
    for d in drafts:
        if not d.parties and d.name and (d.date or d.statuses):
            d.parties = sorted(pair)
            d.guessed = True


class _Reader:
    def __init__(self, ctx: Context, people: People) -> None:
        self.ctx = ctx
        self.people = people
        self.drafts: list[Draft] = []
        self.seen: set[int] = set()
        self.cues = [t for t in ctx.triggers if t.label_ == "STATUS"]
        self._cues_by_sentence: dict[int, list[Span]] = {}  # by the start of their sentence
        for cue in self.cues:
            self._cues_by_sentence.setdefault(cue.sent.start, []).append(cue)
        self.groups: list[tuple[int, list[Draft]]] = []  # (index, drafts) read from one plural mention

    def mention(self, noun: Token) -> None:
        if any(c.dep_ == "det" and c.lower_ in {"no", "any", "every", "another"} for c in noun.children):
            return  # "no peace treaty has replaced the truce": not an agreement, and not the antecedent
        span, kind = _grow(noun)
        if kind != "named" and noun.tag_ == "NNS" and noun.lower_ not in {"accords", "guidelines"}:
            self._distributed(noun, span)  # "a string of defence pacts": several, none of them named
            return
        self.seen.update(range(span.start, span.end))
        draft = self._resolve(span, kind, noun)
        if draft is None:
            return
        self._record(draft, span)
        draft.parties.extend(self._parties(span))
        if not draft.parties and span.root.dep_ == "dobj" and span.root.head.lemma_ in REPLACE_LEMMAS:
            # "It replaces a 2013 memorandum ...": what an agreement replaces bound the same states
            subject = _clause_subject(span.root.head)
            if subject is not None and subject.lower_ in {"it", "this"}:
                replacing = self._last_before(span.start)
                if replacing is not None and replacing is not draft:
                    draft.parties.extend(replacing.parties)
        date = self._date(span)
        if date and (draft.date is None or (len(date) > len(draft.date) and date.startswith(draft.date))):
            draft.date = date  # "the 2015 deal" ... "concluded in July 2015": the finer date wins
        draft.statuses.extend(self._statuses(span))

    def _same_partners(self, draft: Draft, noun: Token) -> bool:
        """ "Japan, whose trade agreement with Santiago": a partner outside the draft's parties
        makes it another agreement."""
        partners = [
            r.iso
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ in {"with", "between"}
            for t in prep.subtree
            if (r := self.ctx.state_of(t)) is not None
        ]
        partners += self._whose_owner(noun)
        return not (draft.parties and partners and set(partners) - set(draft.parties))

    def _record(self, draft: Draft, span: Span) -> None:
        """Note a mention of ``draft``: where it was last named, and its sentence as evidence."""
        draft.last_index = span.start
        draft.mentions.append(span)
        draft.evidence.append(self.ctx.evidence(span.sent))

    def _whose_owner(self, noun: Token) -> list[str]:
        """ "Taiwan, whose trade agreement with Asunción ...": the state the clause hangs on."""
        for child in noun.children:
            if child.dep_ == "poss" and child.lower_ == "whose":
                holder = next((a for a in child.ancestors if a.dep_ in {"relcl", "appos"}), None)
                if holder is not None:
                    return self._states(holder.head)[:1]
        return []

    def _compatible(self, draft: Draft, span: Span) -> bool:
        """Whether a mention may name ``draft``: no state outside its parties, no other year."""
        states = {r.iso for r in self.ctx.countries_in(span.start, span.end) if r.kind != "capital"}
        if len(set(draft.parties)) >= 2 and states - set(draft.parties):
            return False  # "a pact between Ghana and Norway" is not "the Ghana-Togo agreement"
        years = {t.text for t in span if _YEAR.match(t.text)}
        return not (draft.date and years and draft.date[:4] not in years)

    def _distributed(self, noun: Token, span: Span) -> None:
        """ "X signed accords with Y in May 1981 and with Z that October": one agreement per
        partner, each with the date told beside it."""
        verb = noun.head
        if noun.dep_ not in {"dobj", "nsubjpass"} or verb.lemma_ not in SIGN_LEMMAS:
            return
        subject = _clause_subject(verb)
        signer = self._states(subject) if subject is not None else []
        sent = noun.sent
        end = next((t.i for t in sent if t.i > noun.i and t.text in {";", ":"}), sent.end)
        starts = [t.i for t in noun.doc[noun.i : end] if t.lower_ == "with"]
        if not starts:
            return  # no partner named with "with": nothing to distribute
        segments = list(zip(starts, [*starts[1:], end], strict=True))
        readings = []
        for a, b in segments:
            partners = [r.iso for r in self.ctx.countries_in(a, b) if r.kind != "capital"]
            dates = [value for ent, value in self.ctx.dates_in(sent) if a <= ent.start < b]
            if partners and signer and not set(partners) & set(signer):
                readings.append((partners, dates[0] if dates else None))
        if len(readings) < 2:
            return
        group = []
        for partners, date in readings:
            draft = self._new(None, noun.lemma_, span)
            self._record(draft, span)
            draft.parties.extend([*signer, *partners])
            draft.date = date
            draft.statuses.extend(self._statuses(span))
            group.append(draft)
        self.groups.append((span.start, group))

    def _resolve(self, span: Span, kind: str, noun: Token) -> Draft | None:
        text = _clean(span.text)
        if kind == "bare":
            det = next((c.lower_ for c in noun.children if c.dep_ in {"det", "poss"}), None)
            if det in {"the", "this", "that", "its", "their"} and self.drafts:
                if any(c.lower_ in {"new", "latest"} for c in noun.children):
                    # "the new pact": the most recently signed one, not the last one mentioned
                    dated = [d for d in self.drafts if d.date and d.last_index < span.start]
                    if dated:
                        return max(dated, key=lambda d: d.date or "")
                return self._last_before(span.start)
            # "a treaty", or a first "The accord between X and Y": a new, still unnamed agreement
            return self._new(None, noun.lower_, span)
        for d in self.drafts:
            if _same_name(d, text) and self._compatible(d, span) and self._same_partners(d, noun):
                _add_name(d, text, kind == "named")
                return d
        linked = self._apposition(span)
        if linked is not None:
            _add_name(linked, text, kind == "named")
            return linked
        definite = span.start > 0 and span.doc[span.start - 1].lower_ in {"the", "this", "that"}
        if kind == "named" or definite:
            # "a treaty ... The pact, officially the Accord on X": the description names the open one
            open_draft = next(
                (
                    d
                    for d in reversed(self.drafts)
                    if (d.name is None or (kind == "named" and not d.named))
                    and _sentences_apart(self.ctx, d.last_index, span.start) <= _NEAR_SENTENCES
                ),
                None,
            )
            if (
                open_draft is not None
                and (open_draft.name is None or open_draft.noun == _head_noun(span))
                and self._compatible(open_draft, span)
            ):
                _add_name(open_draft, text, kind == "named")
                return open_draft
        if (
            definite
            and kind == "described"
            and not self.ctx.countries_in(span.start, span.end)
            and not any(_YEAR.match(t.text) or t.pos_ == "PROPN" for t in span)
        ):
            # "... their 2011 grain accord lapsed. That ten-year pact, first agreed in March
            # 2011, ...": a definite description with no state of its own is the agreement just told
            last = self._last_before(span.start)
            if last is not None and _sentences_apart(self.ctx, last.last_index, span.start) <= 1:
                _add_name(last, text, False)
                return last
        draft = self._new(text, _head_noun(span), span)
        draft.named = kind == "named"
        return draft

    def _new(self, name: str | None, noun: str, span: Span) -> Draft:
        draft = Draft(name, noun, span)
        self.drafts.append(draft)
        return draft

    def _mentioned_just_before(self, cue: Span) -> Draft | None:
        """The agreement of the last mention before ``cue`` in its sentence."""
        found = [
            (m.start, i)
            for i, d in enumerate(self.drafts)
            for m in d.mentions
            if m.sent.start == cue.sent.start and m.end <= cue.start
        ]
        return self.drafts[max(found)[1]] if found else None

    def _mentioned_at(self, index: int) -> bool:
        return any(m.start <= index < m.end for d in self.drafts for m in d.mentions)

    def _last_before(self, index: int) -> Draft | None:
        before = [d for d in self.drafts if d.last_index < index]
        return max(before, key=lambda d: d.last_index) if before else None

    def _apposition(self, span: Span) -> Draft | None:
        """ "the security pact, officially the Accord on X": two names for one agreement."""
        root = span.root
        others = (
            [root.head]
            if root.dep_ in {"appos", "conj"} and root.head.pos_ in {"NOUN", "PROPN"}
            else [c for c in root.children if c.dep_ == "appos"]
        )
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "as"
            and root.head.head.lemma_ in {"know", "call", "dub", "name"}
        ):
            others.append(root.head.head.head)  # "X, better known as the Caspian fisheries deal"
        for other in others:
            while other.dep_ == "conj" and other.head.pos_ in {"NOUN", "PROPN"}:
                other = other.head  # "the Framework Accord on Rivers, or FAR, better known as ..."
            # the parser may hang the apposition on the nearest noun: "X's pact with Y, a ... agreement"
            for candidate in (other, other.head, other.head.head):
                if span.start <= candidate.i < span.end:
                    continue  # the mention itself, not another name for it
                for d in self.drafts:
                    if any(m.start <= candidate.i < m.end for m in d.mentions):
                        return d
        return None

    # -- attributes of one mention ----------------------------------------------------------------

    def _parties(self, span: Span) -> list[str]:
        ctx, root = self.ctx, span.root
        # A city in a name names a venue ("Warsaw Pact", "Oslo Accords"), not a party.
        found = [r.iso for r in ctx.countries_in(span.start, span.end) if r.kind != "capital"]
        found += [iso for t in span if (iso := combining_forms().get(t.text))]
        for head in [root, *_linked_verbs(root)]:
            for prep in head.children:
                if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"between", "with", "among", "by"}:
                    states = self._states(prep)
                    if not states and any(c.lower_ == "them" for c in prep.children):
                        states = self._speakers(head)  # "X and Y said it remained in force between them"
                    found += states
        for verb in _linked_verbs(root):
            # "remained in force between them": "between" may hang on the cue's noun
            for tok in verb.subtree:
                nearest = next((x for x in tok.ancestors if x.pos_ in {"VERB", "AUX"}), None)
                if tok.lower_ == "between" and tok.dep_ == "prep" and tok.head != verb and nearest == verb:
                    if any(c.lower_ == "them" for c in tok.children):
                        found += self._reporters(verb)
        if root.dep_ == "pobj" and root.head.lower_ in {"from", "of", "to"} and root.head.head.pos_ == "NOUN":
            # "Paraguay's withdrawal from the agreement", "Iran's accession to the treaty"
            for owner in (c for c in root.head.head.children if c.dep_ == "poss"):
                found += self._states(owner)
        for clause in (c for c in root.children if c.dep_ == "relcl"):
            # "a 2008 accord under which it and Laos exchange river data": who acts under it
            if any(
                c.dep_ == "prep"
                and c.lower_ in {"under", "by"}
                and any(o.lower_ == "which" for o in c.children)
                for c in clause.children
            ):
                subject = _clause_subject(clause)
                if subject is not None:
                    for node in (subject, *subject.conjuncts):
                        states = self._states(node) if node.lower_ not in {"it", "they"} else []
                        if not states and node.lower_ == "it":
                            states = self._referent_state(node)
                        found += states
        for clause in (c for c in root.children if c.dep_ == "acl"):
            # "a treaty fixing the boundary between X and Y": the states the clause puts it between
            for tok in clause.subtree:
                if tok.lower_ == "between" and tok.dep_ == "prep":
                    found += self._states(tok)
        if root.dep_ == "pobj" and root.head.lower_ in {"under", "through", "via"}:
            # "X and Y pledged mutual assistance ... under a treaty concluded ...",
            # "X and Y said they would expand patrols under a 2019 agreement"
            found += self._speakers(root.head.head)
        for child in root.lefts:
            if child.dep_ == "poss" and child.lower_ == "whose":
                found += self._whose_owner(root)
                continue
            if child.dep_ == "poss":
                states = self._states(child)
                if not states and (
                    child.lower_ in {"its", "their"} or child.lemma_ in {"country", "nation", "government"}
                ):
                    states = self._referent_state(child)  # "its 1994 treaty with X", "the country's pact"
                found += states
        for child in root.rights:
            if child.dep_ == "appos" and ctx.state_of(child) is not None:
                found += self._states(child)  # parser put the list of signatories beside the name
        for verb in _linked_verbs(root):
            if verb.lemma_ in ACTION_LEMMAS:
                for child in verb.children:
                    if child.dep_ in {"nsubj", "agent"} and not governs(child, root):
                        states = self._states(child)
                        if not states and child.lower_ in {"it", "they"}:
                            states = self._referent_state(child)  # "the 1955 treaty it signed with X"
                        found += states
                if verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
                    shared = _clause_subject(verb)  # "A and B met in X and signed the declaration"
                    if shared is not None and not governs(shared, root):
                        found += self._states(shared)
            if verb.lemma_ in SIGN_LEMMAS and any(c.dep_ == "agent" for c in verb.children):
                # "signed by A for the UN Command and by B for the X and Y forces": every signatory,
                # however the parser attached the later "by" and "for" phrases
                for tok in verb.subtree:
                    if (
                        tok.lower_ in {"by", "for"}
                        and tok.dep_ in {"agent", "prep", "conj"}
                        and tok.head != root
                        and tok.head.lemma_ not in ONLOOKER_LEMMAS  # "witnessed by X": no party
                    ):
                        found += self._states(tok)
            if verb.lemma_ in SIGN_LEMMAS:
                for tok in verb.subtree:  # "signed ... on behalf of Norway and Iceland"
                    if tok.lower_ == "behalf" and not governs(tok, root):
                        found += self._states(tok)
            acts = root.dep_ == "nsubj" and root.head == verb and verb.lemma_ not in ACTION_LEMMAS
            if acts:  # "the accord obliges Ghana and Togo to share patrol data"
                for child in verb.children:
                    if child.dep_ in {"dobj", "dative"}:
                        for node in (child, *child.conjuncts):  # the objects themselves, not their clauses
                            ref = ctx.state_of(node)
                            if ref is not None:
                                found.append(ref.iso)
            if verb.head == root and verb.dep_ == "relcl" and verb.lemma_ not in SIGN_LEMMAS:
                # "the treaty, which commits X to defend Y": what the treaty binds
                for child in verb.children:
                    if child.dep_ in {"dobj", "ccomp", "xcomp"}:
                        found += self._states(child)
        return found

    def _states(self, node: Token) -> list[str]:
        """States named in a subtree, counting a leader as their state ("Putin and Kim"), and "the
        two countries" as the pair the article's last bilateral agreement was between."""
        out = self._named_states(node)
        if not out and any(
            t.lemma_ in PAIR_NOUNS and any(c.lower_ in {"two", "both"} for c in t.children)
            for t in node.subtree
        ):
            pairs = [d for d in self.drafts if len(set(d.parties)) == 2]
            if pairs:
                out = sorted(set(pairs[-1].parties))
            else:  # "British troops left Malta ... the defence agreement between the two countries"
                out = self.ctx.leading_pair()
        return out

    def _reporters(self, verb: Token) -> list[str]:
        """ "X and Y said the convention remained in force between them": who reports the clause."""
        node = verb
        while node.dep_ in {"ccomp", "xcomp", "conj", "advcl"} and node.head.pos_ in {"VERB", "AUX"}:
            node = node.head
        subject = _clause_subject(node) if node is not verb else None
        return self._states(subject) if subject is not None else []

    def _speakers(self, verb: Token) -> list[str]:
        """The states a clause is said by: its subject's, or — for "they"/"it" — those of the
        clause it is reported in."""
        node: Token | None = verb
        for _ in range(4):
            subject = _clause_subject(node) if node is not None else None
            if subject is None:
                return []
            states = self._states(subject)
            if states or subject.lower_ not in {"they", "we", "it"}:
                return states
            node = next((a for a in subject.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        return []

    def _named_states(self, node: Token) -> list[str]:
        out = []
        for tok in node.subtree:
            ref = self.ctx.state_of(tok)
            if ref is not None:
                if (
                    ref.span.start == tok.i
                    and not (ref.kind == "capital" and ref.is_place)
                    and _acts_as_state(ref)
                ):
                    out.append(ref.iso)
                continue
            person = self.people.of(tok)
            if person is not None and tok.i == max(
                s.end - 1 for s in person.mentions if s.start <= tok.i < s.end
            ):
                iso = person.nationality_iso()
                if iso is not None:
                    out.append(iso)
        return out

    def _future(self, cue: Span) -> bool:
        verb = cue.root
        if any(c.lower_ in {"will", "shall", "'ll"} and c.dep_ == "aux" for c in verb.children):
            return True
        if any(c.lower_ in {"until", "unless", "before", "if"} and c.dep_ == "mark" for c in verb.children):
            return True
        year = self.ctx.year
        for ent, value in self.ctx.dates_in(cue.sent):
            nearest = next((a for a in ent.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            if nearest == verb and year is not None and int(value[:4]) > year:
                return True
        return False

    def _referent_state(self, tok: Token) -> list[str]:
        """The state "its" or "the country" stands for: the clause subject's, else the last state
        named before it (outside the phrase it modifies)."""
        verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is not None:
            for child in verb.children:
                if child.dep_ in {"nsubj", "nsubjpass"} and not governs(child, tok):
                    states = self._states(child)
                    if states:
                        return states[:1]
        before = [
            r for r in self.ctx.countries if r.span.end <= tok.i and (r.kind != "capital" or not r.is_place)
        ]
        return [before[-1].iso] if before else []

    def _date(self, span: Span) -> str | None:
        """The date a signing verb on the mention gives ("concluded in February of that year"), or
        else the year in its name ("the 1966 agreement"); a verb's date that contradicts that year is
        another event's."""
        named = next((tok.text for tok in span if _YEAR.match(tok.text)), None)
        signed = self._signing_date(span)
        if signed is not None and (named is None or signed.startswith(named)):
            return signed
        return named

    def _signing_date(self, span: Span) -> str | None:
        clauses = [t for t in span.root.subtree if t.dep_ in {"acl", "relcl"} and t.pos_ == "VERB"]
        for verb in dict.fromkeys([*_linked_verbs(span.root), *clauses]):
            if verb.lemma_ not in SIGN_LEMMAS:
                continue
            dated = [
                (next((a for a in ent.root.ancestors if a.pos_ in {"VERB", "AUX"}), None), value)
                for ent, value in self.ctx.dates_in(span.sent)
            ]
            own = [value for nearest, value in dated if nearest == verb]
            # "On March 31 A and B met in X and signed the declaration": one event, if the signing
            # verb has no date of its own and shares its subject with the dated one
            shared = [
                value
                for nearest, value in dated
                if nearest is not None
                and verb.dep_ == "conj"
                and verb.head == nearest
                and not any(c.dep_.startswith("nsubj") for c in verb.children)
            ]
            if own or shared:
                return (own or shared)[0]
        return None

    def _statuses(self, span: Span) -> list[str]:
        root = span.root
        out = []
        for cue in self._cues_by_sentence.get(span.sent.start, ()):
            if self._future(cue):
                continue  # "until the treaty expires in 2026", "will lapse": not yet
            # "a 1994 sharing accord, still in force, that ...": said right beside it
            beside = (
                span.end < cue.start <= span.end + 2
                and span.doc[span.end].text == ","
                and cue.id_ == "in_force"
            )
            if _acts_on(cue, root) or beside:
                status = _negated(cue)
                if status:
                    out.append(status)
        return out

    def pronoun_cues(self) -> None:
        """ "Moscow suspended it", "which remains in force": a cue acting on a pronoun."""
        for cue in self.cues:
            verb = cue.root if cue.root.pos_ in {"VERB", "AUX"} else cue.root.head
            if self._future(cue) or any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
                continue  # "it must be ratified before it can enter into force": not yet
            for child in verb.children:
                if child.lower_ in {"both", "they", "all"} and child.dep_ in {"nsubj", "nsubjpass"}:
                    # "... with Y and with Z; both entered into force": each of the last plural mention's
                    group = next((g for i, g in reversed(self.groups) if i < cue.start), [])
                    for member in group:
                        member.statuses.append(cue.id_)
                        member.evidence.append(self.ctx.evidence(cue.sent))
                    continue
                if child.lower_ not in {"it", "which"} or child.dep_ not in {"dobj", "nsubjpass", "nsubj"}:
                    continue
                if child.dep_ == "nsubj" and verb.lemma_ not in INTRANSITIVE_STATUS and cue.root == verb:
                    continue
                target = self._last_before(cue.start)
                if child.lower_ == "which" and verb.dep_ == "relcl":
                    if self._mentioned_at(verb.head.i):
                        continue  # a relative clause on a mention is read with that mention
                    if cue.id_ in ENDINGS and any(c.dep_ == "dobj" for c in verb.children):
                        continue  # "..., which ended five days of fighting": it ended something else
                    # "the accord between X and Y, which remains in force": the parser hung the
                    # clause on a nearer noun; it still describes the mention just before it
                    target = self._mentioned_just_before(cue)
                if target is not None and cue.id_ not in target.statuses:
                    target.statuses.append(cue.id_)
                    target.evidence.append(self.ctx.evidence(cue.sent))


def _grow(noun: Token) -> tuple[Span, str]:
    """The agreement's name around its cue noun, and its kind: named, described or bare."""
    doc, sent = noun.doc, noun.sent
    if noun.is_title or noun.text.isupper():
        start, end = noun.i, noun.i + 1
        while start > sent.start:
            if (
                doc[start - 1].text == ")"
                and start - 3 >= sent.start
                and doc[start - 2].text.isupper()
                and doc[start - 3].text == "("
            ):
                start -= 3  # "the Conventional Armed Forces (CFE) Treaty": the acronym inside the name
            elif _name_word(doc[start - 1]) or (
                doc[start - 1].lower_ in {"and", "of", "on", "for"}
                and start - 2 >= sent.start
                and _name_word(doc[start - 2])
            ):
                start -= 1
            else:
                break
        while end < sent.end:
            nxt = doc[end]
            name_word = _name_word(nxt) and nxt.lower_ != "the"
            connector = nxt.lower_ in CONNECTORS and _title_run_follows(doc, end + 1, sent.end)
            listed = (
                nxt.text == ","
                and _title_run_follows(doc, end + 1, sent.end)
                and _list_continues(doc, end + 1, sent.end)
            )
            # "Treaty on the Delimitation of ...": an article right after a connector, inside the name
            article = (
                nxt.lower_ == "the"
                and doc[end - 1].lower_ in CONNECTORS
                and end + 1 < sent.end
                and doc[end + 1].is_title
            )
            if name_word or connector or listed or article:
                end += 1
            else:
                break
        while end > noun.i + 1 and (
            doc[end - 1].lower_ in CONNECTORS or doc[end - 1].text in {",", "-", "–"}
        ):
            end -= 1
        if end - start > 1 or noun.text.isupper():
            return doc[start:end], "named"
    mods = [
        c
        for c in noun.lefts
        if c.dep_ in {"compound", "amod", "nummod", "npadvmod", "nmod"} and c.lower_ not in GENERIC
    ]
    pp_end = noun.i + 1
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ in {"on", "of", "for"}:
            objs = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if objs:
                pp_end = objs[0].right_edge.i + 1
            break
    if not mods and pp_end == noun.i + 1:
        return doc[noun.i : noun.i + 1], "bare"
    start = min([t.left_edge.i for t in mods], default=noun.i)
    dashes = [t.i for t in doc[start : noun.i] if t.text in {"-", "--", "—", "–"} and t.whitespace_]
    if dashes:
        start = dashes[-1] + 1  # "COLOMBO - An extradition treaty": not across a dateline's dash
    while start < noun.i and (
        doc[start].lower_ in GENERIC
        or doc[start].pos_ in {"DET", "PRON", "PUNCT"}
        or doc[start].dep_ == "poss"
        or doc[start].lower_ in {"'s", "’s"}
    ):
        start += 1
    span = doc[start:pp_end]
    if any(t.i < noun.i and len(t.text) > 2 and t.text.isupper() and t.is_alpha for t in span):
        return span, "named"  # "the INF treaty", "a CFE protocol": an acronym names it
    return span, "described"


def _name_word(tok: Token) -> bool:
    if tok.ent_type_ == "DATE" and not tok.like_num:
        return False  # "the Camp David Accords in September 1978": the month is not part of the name
    return (
        (tok.is_title or tok.text in {"-", "–"} or tok.like_num or tok.text.isupper())
        and not tok.is_sent_start
        and tok.lower_ not in {"the", "a", "an"}
        and tok.pos_ != "VERB"
    )


def _title_run_follows(doc, i: int, end: int) -> bool:
    if i < end and doc[i].lower_ == "the":
        i += 1
    return i < end and doc[i].is_title


def _list_continues(doc, i: int, end: int) -> bool:
    """ "Friendship, Cooperation and Mutual Assistance": a capitalised list closed by "and"."""
    while i < end and (doc[i].is_title or doc[i].text == ","):
        i += 1
    return i < end and doc[i].lower_ == "and" and i + 1 < end and doc[i + 1].is_title


#: nouns a demonym modifies when it stands for its state acting (nlp/data/state_actor_nouns.txt)
STATE_ACTOR_NOUNS = word_list("state_actor_nouns.txt")


def _acts_as_state(ref) -> bool:
    """A demonym stands for its state only as a state actor ("the Thai government", "the Soviets"),
    not as any noun's origin ("a Thai parts maker")."""
    if ref.kind != "demonym":
        return True
    head = ref.span.root
    while head.dep_ == "conj":  # "the Greek and Turkish forces"
        head = head.head
    noun = head.head if head.dep_ in {"amod", "compound", "nmod"} else head
    return noun == head or noun.lower_ in STATE_ACTOR_NOUNS


def _head_noun(span: Span) -> str:
    return (
        span.root.lower_.rstrip("s")
        if span.root.lower_ not in {"accords", "guidelines"}
        else span.root.lower_
    )


def _clean(text: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE).strip(" ,")


def _key(text: str) -> frozenset[str]:
    return frozenset(
        w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in {"the", "of", "a", "on", "and"}
    )


def _same_name(d: Draft, text: str) -> bool:
    names = [n for n in (d.name, *d.aliases) if n]
    return any(
        _key(n) == _key(text) or (len(_key(text)) > 1 and _key(text) < _key(n)) or _abbreviates(n, text)
        for n in names
    )


def _abbreviates(a: str, b: str) -> bool:
    """Whether one name is the other's acronym: "ANZUS" of "the ANZUS Treaty" (a word of it),
    "NAFTA" of "North American Free Trade Agreement" (its capitalised words' initials), or, words
    the two share set aside ("New START" / "New Strategic Arms Reduction Treaty"), letters taken in
    order from the starts and insides of the long name's words (:func:`_spells`)."""
    for short, full in ((a, b), (b, a)):
        if re.fullmatch(r"[A-Z]{3,}", short) and short != full:
            words = re.findall(r"[\w']+", full)
            if short in words:
                return True
            initials = "".join(w[0] for part in full.split() for w in part.split("-") if w[:1].isupper())
            if initials.startswith(short) and len(short) >= len(initials) - 1:
                return True
    # words both names have, and the kind of instrument ("the ACTS treaty"), are not abbreviated
    shared = ({w.lower() for w in a.split()} & {w.lower() for w in b.split()}) | _INSTRUMENT_WORDS
    rest_a = [w for w in a.split() if w.lower() not in shared]
    rest_b = [w for w in b.split() if w.lower() not in shared]
    for short_words, long_words in ((rest_a, rest_b), (rest_b, rest_a)):
        if (
            len(short_words) == 1
            and re.fullmatch(r"[A-Z]{3,}", short_words[0])
            and 2 <= len(long_words) <= 2 * len(short_words[0]) + 2
            and _spells(short_words[0], " ".join(long_words))
        ):
            return True
    return False


_INSTRUMENT_WORDS = frozenset(
    {"the", "treaty", "agreement", "accord", "accords", "pact", "convention", "protocol", "deal"}
    | {"declaration"}
)


def _spells(short: str, long: str) -> bool:
    """Schwartz and Hearst's test (2003) that ``short`` abbreviates ``long``: its letters, read from
    the end, are found in order in ``long``, the first of them at the start of a word."""
    s, text = short.lower(), long.lower()
    j = len(text) - 1
    for i in range(len(s) - 1, -1, -1):
        while j >= 0 and (text[j] != s[i] or (i == 0 and j > 0 and text[j - 1].isalnum())):
            j -= 1
        if j < 0:
            return False
        j -= 1
    return True


def _add_name(draft: Draft, text: str, named: bool) -> None:
    if named and not draft.named:
        if draft.name:
            draft.aliases.append(draft.name)
        draft.name, draft.named = text, True
    elif draft.name is None:
        draft.name = text
    elif text != draft.name:
        draft.aliases.append(text)


def _sentences_apart(ctx: Context, a: int, b: int) -> int:
    return sentences(ctx.doc).apart(a, b) if a <= b else 0  # as before: none when a is after b


def _clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, borrowed up through infinitives, adverbial clauses and coordination."""
    node = verb
    for _ in range(4):
        if node.pos_ not in {"VERB", "AUX"}:
            return None
        subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return subjects[-1]
        if node.dep_ not in {"xcomp", "advcl", "conj", "ccomp"}:
            return None
        node = node.head
    return None


def _linked_verbs(root: Token) -> list[Token]:
    """Verbs that act on the mention: its governing verb (object, subject, or "withdrew from"),
    and verbs of clauses attached to it ("the treaty signed in 1961", "which remains in force")."""
    verbs = []
    head = root.head
    if root.dep_ == "appos" and head.dep_ in {"nsubj", "nsubjpass"} and head.i == head.sent.start:
        root, head = head, head.head  # "NAIROBI, July 2 -- A trade agreement ... entered into force"
    if root.dep_ in {"dobj", "nsubj", "nsubjpass", "attr", "appos"} and head.pos_ in {"VERB", "AUX"}:
        verbs.append(head)
    elif root.dep_ == "pobj" and head.dep_ in {"prep", "agent"} and head.head.pos_ in {"VERB", "AUX"}:
        verbs.append(head.head)
    verbs += [c for c in root.children if c.dep_ in {"acl", "relcl"} and c.pos_ in {"VERB", "AUX"}]
    return verbs


def _acts_on(cue: Span, root: Token) -> bool:
    """Whether a status cue is said of this mention, not of something else in the sentence."""
    cue_root = cue.root
    prep = root.head if root.dep_ == "pobj" else None
    if (
        cue.id_ == "withdrawn"
        and prep is not None
        and prep.lower_ in {"of", "from"}
        and (prep.head == cue_root or (prep.head.lower_ == "out" and prep.head.head == cue_root))
    ):
        return True  # "pulled France out of the accord": the object is the party, not what ends
    objects = [c for c in cue_root.children if c.dep_ == "dobj"]
    if objects and not any(governs(o, root) for o in objects) and cue.id_ in ENDINGS:
        return False  # "signed a treaty, ending a decade of talks": the cue ends something else
    for verb in _linked_verbs(root):
        if cue_root == verb or cue_root.head == verb:
            lemma = verb.lemma_
            if (
                root.dep_ == "nsubj"
                and root.head == verb
                and cue_root == verb
                and lemma not in INTRANSITIVE_STATUS
            ):
                return False  # "the new accord will replace ...": the subject is not what ends
            return True
    # "the suspension of the deal", "withdrawal from the accord"
    if root.dep_ == "pobj" and root.head.head == cue_root and cue_root.pos_ == "NOUN":
        return True
    # "replace older texts, among them the 1977 accord": inside the cue verb's object
    for child in cue_root.children:
        if child.dep_ in {"dobj", "nsubjpass"} and governs(child, root) and child != root:
            return cue_root.lemma_ not in SIGN_LEMMAS
    return False


HYPOTHETICAL_HEADS = frozenset(
    {
        "plan",
        "threaten",
        "seek",
        "want",
        "propose",
        "consider",
        "vow",
        "push",
        "talk",
        "urge",
        "call",
        "demand",
        "hope",
        "aim",
        "refuse",
        "decline",
    }
)


def _hypothetical(cue: Span) -> bool:
    """ "talks on replacing the armistice", "plans to scrap the deal": a change not (yet) made."""
    verb = cue.root
    if verb.tag_ == "VBG" and verb.dep_ in {"pcomp", "acl", "xcomp"}:
        return True
    if verb.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        head = verb.head
        return head.pos_ == "NOUN" or head.lemma_ in HYPOTHETICAL_HEADS
    return False


def _negated(cue: Span) -> str | None:
    """The status a cue gives, read through negation: "no treaty has replaced the truce" keeps it in
    force; "did not sign" says nothing."""
    verb = cue.root
    negated = (
        any(c.dep_ == "neg" for c in verb.children)
        or any(
            c.dep_ in {"nsubj", "nsubjpass"} and any(d.lower_ == "no" for d in c.children)
            for c in verb.children
        )
        or any(t.lower_ in {"never", "not"} for t in cue)
    )
    if not negated:
        if _hypothetical(cue):
            # "talks on replacing the armistice": a plan to replace it says it still stands
            return "in_force" if cue.root.lemma_ in {"replace", "supersede"} else None
        return cue.id_
    return "in_force" if cue.id_ in {"terminated", "withdrawn", "suspended"} else None


def _merge_same_parties(drafts: list[Draft]) -> list[Draft]:
    """An unnamed or described mention with exactly the parties of another agreement is that one."""
    out: list[Draft] = []
    for d in drafts:
        parties = frozenset(d.parties)
        twin = next(
            (
                o
                for o in out
                if len(parties) >= 2
                and frozenset(o.parties) == parties
                and not (o.named and d.named)
                and not _another(d)
                and not (o.date and d.date and o.date[:4] != d.date[:4])  # two pacts between one pair
            ),
            None,
        )
        if twin is None:
            out.append(d)
            continue
        _absorb(twin, d)
    return out


def _absorb(into: Draft, other: Draft) -> None:
    """Fold a second reading of one agreement into the first: names, cues, evidence, date."""
    if other.named and not into.named:
        into.aliases.extend(n for n in (into.name,) if n)
        into.name, into.named = other.name, True
    elif other.name:
        into.aliases.append(other.name)
    into.aliases.extend(other.aliases)
    into.statuses.extend(other.statuses)
    into.evidence.extend(other.evidence)
    into.date = into.date or other.date


def _merge_descriptions(drafts: list[Draft]) -> list[Draft]:
    """ "the 2011 water agreement with Tajikistan" ... "the Vakhsh Basin Accord, concluded in 2011": a
    description whose parties the named agreement includes, and which shares its year or a content
    word with one of its names, is that agreement."""
    named = [d for d in drafts if d.named]
    out: list[Draft] = []
    for d in drafts:
        if d.named or not d.name or _another(d):
            out.append(d)
            continue
        words = _key(d.name) - {d.noun, d.noun + "s"} - {w for w in _key(d.name) if w.isdigit()}
        years = {w for w in _key(d.name) if w.isdigit()}
        twin = next(
            (
                n
                for n in named
                if set(d.parties) <= set(n.parties)
                and (
                    (years and n.date and n.date[:4] in years)
                    or any(words & _key(x) for x in (n.name, *n.aliases) if x)
                )
            ),
            None,
        )
        if twin is None:
            out.append(d)
            continue
        _absorb(twin, d)
    return out


CONTRAST_WORDS = frozenset(
    {"previous", "earlier", "former", "old", "separate", "other", "prior", "companion"}
)


def _another(d: Draft) -> bool:
    """ "A previous fisheries agreement ...", "their fisheries agreement with Bissau": a description
    that sets itself apart from the agreement told before, or names a partner of its own."""
    words = {t.lower_ for m in d.mentions for t in m.root.subtree}
    partner = any(
        c.dep_ == "prep" and c.lower_ in {"with", "between"} for m in d.mentions for c in m.root.children
    )
    return bool(words & CONTRAST_WORDS) or (partner and not d.parties)


def _keep(d: Draft) -> bool:
    """Named, or described with a party ("a 2009 border deal by X"), or unnamed between two."""
    parties = len(set(d.parties))
    if d.named:
        return True
    if d.name:  # described: two parties, or one and a date or status ("a 2018 deal by X")
        return parties >= 2 or (parties == 1 and bool(d.date or d.statuses))
    return parties >= 2


def _agreement(d: Draft) -> Agreement:
    parties = tuple(sorted(set(d.parties)))
    name = d.name or f"{d.noun} between " + " and ".join(gazetteer.country(p).name for p in parties)
    return Agreement(
        name=name,
        aliases=tuple(a for a in dict.fromkeys(d.aliases) if a != name),
        parties=parties,
        date=d.date,
        status=max(d.statuses, key=STATUS_RANK.__getitem__) if d.statuses else None,
        confidence=round(
            min(
                0.95,
                (0.75 if d.named else 0.6) + (0.1 if len(parties) >= 2 else -0.1) - (0.2 if d.guessed else 0),
            ),
            2,
        ),
        evidence=tuple(dict.fromkeys(d.evidence)),
        rule="named" if d.named else "described" if d.name else "unnamed",
    )
