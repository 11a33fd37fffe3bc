"""People in one article: mentions grouped into one cluster per person, with nationality and roles.

Within an article, "Lena Varga Holm", "Holm" and "Ms Holm" are one person: a shorter mention joins the
full name whose first or last word it is (the most recent such name before it, else the first
after it). Spelling variants that differ only in hyphens, spaces or case ("Lee Min Ho" /
"Lee Min-ho") are one name. Nationality comes from a demonym or a country's possessive before
the name ("North Korean diplomat X", "Russia's President X") or from an appositive after it
("X, a former Cuban diplomat,").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from diplograph import gazetteer
from diplograph.extract.context import Context
from diplograph.nlp.components import JOINED_PARTICLES, KIN_NOUNS, PERSONS_KEY, is_person_name, person_name
from diplograph.nlp.index import sentences

# Nouns that name a diplomatic role: the positions we report and the cue for a posting.
DIPLOMAT_WORDS = frozenset(
    {
        "ambassador",
        "envoy",
        "diplomat",
        "diplomats",
        "counselor",
        "counsellor",
        "consul",
        "attache",
        "attaché",
        "chargé",
        "charge",
        "secretary",
        "minister",
        "emissary",
        "representative",
        "official",
        "officer",
        "clerk",
        "staffer",
        "aide",
    }
)
LEADER_WORDS = frozenset(
    {
        "president",
        "premier",
        "prime",
        "chancellor",
        "king",
        "queen",
        "emperor",
        "leader",
        "dictator",
        "monarch",
        "sultan",
        "emir",
        "ayatollah",
    }
)
ROLE_STOP = frozenset({"a", "an", "the", "his", "her", "their", "its", "who", "which", "that"})


@lru_cache(maxsize=65536)  # asked for every name against every other: cache the folding
def name_key(name: str) -> str:
    """Fold case, hyphens and spaces so romanisation variants compare equal."""
    return re.sub(r"[^0-9a-z]", "", name.lower())


@dataclass
class PersonCluster:
    """One person of the article while it is being read (mutable; turned into model.Person later)."""

    name: str
    forms: list[str] = field(default_factory=list)
    tokens: set[int] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)
    nationality: Counter[str] = field(default_factory=Counter)
    positions: list[str] = field(default_factory=list)

    @property
    def words(self) -> list[str]:
        return self.name.split()

    def add(self, span: Span, form: str) -> None:
        self.mentions.append(span)
        self.tokens.update(range(span.start, span.end))
        if form not in self.forms:
            self.forms.append(form)
        if len(form.split()) > len(self.words) or (
            len(form.split()) == len(self.words) and "-" in form and "-" not in self.name
        ):
            self.name = form

    @property
    def first_index(self) -> int:
        return min(s.start for s in self.mentions)

    @property
    def is_leader(self) -> bool:
        """Named with a head-of-state or government title ("President X"), or as the owner of a
        government ("X's regime", "the government of X"): rarely a defector."""
        words = {w.lower() for p in self.positions for w in p.split()}
        return bool(words & LEADER_WORDS) or any(_rules(m) for m in self.mentions)

    def nationality_iso(self) -> str | None:
        if not self.nationality:
            return None
        (iso, n), *rest = self.nationality.most_common()
        return None if rest and rest[0][1] == n else iso


PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}


RULED_NOUNS = frozenset({"government", "regime", "rule", "administration", "dictatorship", "junta"})


def _rules(span: Span) -> bool:
    """ "President X's government", "the government of X": the mention names a ruler."""
    root = span.root
    if root.dep_ == "poss" and root.head.lemma_ in RULED_NOUNS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ in RULED_NOUNS


class People:
    """The article's person clusters, with a token index for the relation rules."""

    def __init__(self, clusters: list[PersonCluster]) -> None:
        self.clusters = clusters
        self.at: dict[int, PersonCluster] = {i: c for c in clusters for i in c.tokens}
        self._named: list[int] = sorted(self.at)  # every token inside a person's name, in text order
        self._antecedents: dict[tuple[int, bool], PersonCluster | None] = {}
        self.gender: dict[int, str] = self._genders()

    def _genders(self) -> dict[int, str]:
        """ "X, 31, ... in which she refused": in a sentence naming one person only, the first
        he/she after the name tells that person's gender (by id of the cluster)."""
        out: dict[int, str] = {}
        if not self.clusters:
            return out
        doc = self.clusters[0].mentions[0].doc
        for sent in doc.sents:
            named = self.in_span(sent)
            if len(named) != 1 or id(named[0]) in out:
                continue
            ends = [m.end for m in named[0].mentions if sent.start <= m.start < sent.end]
            if not ends:
                continue  # a mention that runs across a sentence boundary
            first = min(ends)
            pronoun = next((t.lower_ for t in doc[first : sent.end] if t.lower_ in PRONOUN_GENDER), None)
            if pronoun is not None:
                out[id(named[0])] = PRONOUN_GENDER[pronoun]
        return out

    def agrees(self, person: PersonCluster, pronoun: Token) -> bool:
        gender = PRONOUN_GENDER.get(pronoun.lower_)
        known = self.gender.get(id(person))
        return gender is None or known is None or gender == known

    def of(self, token: Token) -> PersonCluster | None:
        return self.at.get(token.i)

    def before(self, index: int) -> PersonCluster | None:
        """The person most recently mentioned before token ``index``."""
        best, best_i = None, -1
        for c in self.clusters:
            for s in c.mentions:
                if best_i < s.start < index:
                    best, best_i = c, s.start
        return best

    def named_from(self, start: int) -> list[int]:
        """The tokens inside a person's name from token ``start`` on, in text order."""
        return self._named[bisect_left(self._named, start) :]

    def antecedent(self, pronoun: Token, *, skip_leaders: bool = False) -> PersonCluster | None:
        """The person a he/she/him/her/his refers to.

        Subjects are the salient referents: walking back from the pronoun (this sentence and
        the two before), the first clause subject that is a named person — or a he/she subject,
        whose own antecedent is taken — wins; failing that, the last person named. An object
        pronoun never refers to the subject of its own clause ("Ford granted him asylum").
        """
        key = (pronoun.i, skip_leaders)
        if key not in self._antecedents:
            self._antecedents[key] = None  # guards the recursion through pronoun chains
            self._antecedents[key] = self._find_antecedent(pronoun, skip_leaders)
        return self._antecedents[key]

    def _find_antecedent(self, pronoun: Token, skip_leaders: bool) -> PersonCluster | None:
        doc = pronoun.doc
        excluded: set[int] = set()
        if pronoun.dep_ in {"dobj", "dative", "pobj", "iobj"}:
            verb = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
            for child in verb.children:
                if child.dep_ in {"nsubj", "nsubjpass"}:
                    excluded.update(range(child.left_edge.i, child.right_edge.i + 1))
        index = sentences(doc)
        k = index.number(pronoun.i)  # this sentence and the two before
        floor = index.starts[k - 2] if k >= 2 else 0
        own = pronoun.sent.start
        # main-clause subjects first ("X slipped away ..., after a referendum on which Y had staked
        # his presidency. He crossed the border": X), then any subject
        for main_only in (True, False):
            for i in range(pronoun.i - 1, floor - 1, -1):
                tok = doc[i]
                if i in excluded or tok.dep_ not in {"nsubj", "nsubjpass"}:
                    continue
                if main_only and i < own and tok.head.dep_ in {"relcl", "acl", "advcl", "pcomp"}:
                    continue
                person = self.of(tok)
                if person is None and tok.lower_ in {"he", "she"}:
                    person = self.antecedent(tok, skip_leaders=skip_leaders)
                if (
                    person is not None
                    and not (skip_leaders and person.is_leader)
                    and self.agrees(person, pronoun)
                ):
                    return person
        best, best_i = None, -1
        for c in self.clusters:
            if (skip_leaders and c.is_leader) or not self.agrees(c, pronoun):
                continue
            for s in c.mentions:
                if best_i < s.start < pronoun.i and s.start not in excluded:
                    best, best_i = c, s.start
        return best

    def in_span(self, span: Span) -> list[PersonCluster]:
        seen: list[PersonCluster] = []
        for i in range(span.start, span.end):
            c = self.at.get(i)
            if c is not None and all(c is not s for s in seen):
                seen.append(c)
        return seen


def find_people(ctx: Context) -> People:
    """Cluster the article's person mentions and read each person's nationality and roles."""
    mentions = sorted(ctx.doc.spans.get(PERSONS_KEY, []), key=lambda s: s.start)
    clusters: list[PersonCluster] = []
    by_key: dict[str, PersonCluster] = {}
    short: list[tuple[Span, str]] = []
    for span in mentions:
        form = person_name(span)
        if len(form.split()) == 1:
            short.append((span, form))
            continue
        cluster = by_key.get(name_key(form)) or _containing(clusters, form)
        if cluster is None:
            cluster = PersonCluster(form)
            clusters.append(cluster)
        cluster.add(span, form)
        by_key[name_key(form)] = cluster
    for span, form in short:
        cluster = _partial_match(clusters, form, span.start)
        if cluster is None:
            cluster = by_key.get(name_key(form))
            if cluster is None:
                cluster = PersonCluster(form)
                clusters.append(cluster)
                by_key[name_key(form)] = cluster
        cluster.add(span, form)
    _add_bare_surnames(ctx, clusters)
    clusters = _merge_declared_aliases(ctx, clusters)
    clusters = [
        c for c in clusters if len(c.words) > 1 or _titled(ctx, c) or _acts_as_person(c) or _kin_named(c)
    ]
    people = People(clusters)
    for cluster in clusters:
        for span in cluster.mentions:
            _read_nationality_and_role(ctx, people, cluster, span)
    return people


ALIAS_CUES = frozenset(
    {
        "spelled",
        "spelt",
        "written",
        "romanised",
        "romanized",
        "transliterated",
        "alias",
        "aka",
        "pseudonym",
        "known",
        "name",
        "called",
    }
)


def _merge_declared_aliases(ctx: Context, clusters: list[PersonCluster]) -> list[PersonCluster]:
    """ "Orlov, whose name is also written Pavel Orlow", "running under the name X": a name
    the text declares to be another form of a person already named joins that person."""
    merged: set[int] = set()
    for c2 in clusters:
        if len(c2.words) < 2:
            continue
        for span in c2.mentions:
            left = ctx.doc[max(span.sent.start, span.start - 5) : span.start]
            right = ctx.doc[span.end : min(span.sent.end, span.end + 12)]
            declared_before = any(t.lower_ in ALIAS_CUES for t in left)
            # "Choe Min-ho, as the consul's name is also written, is 51."
            declared_after = any(t.lower_ == "name" for t in right) and any(
                t.lower_
                in {"spelled", "spelt", "written", "transliterated", "romanised", "romanized", "rendered"}
                for t in right
            )
            if declared_after and c2.first_index < span.start:
                continue  # "X, as her name is also written": already joined to the name told before
            if declared_after:
                c1 = _variant_owner(clusters, c2)
            elif declared_before:
                c1 = _alias_owner(ctx, clusters, c2, span)
            else:
                continue
            if c1 is not None and c1 is not c2 and id(c1) not in merged:
                for m in c2.mentions:
                    c1.mentions.append(m)
                    c1.tokens.update(range(m.start, m.end))
                c1.forms.extend(f for f in c2.forms if f not in c1.forms)
                merged.add(id(c2))
                break
    return [c for c in clusters if id(c) not in merged]


def _variant_owner(clusters: list[PersonCluster], c2: PersonCluster) -> PersonCluster | None:
    """The person a spelling variant belongs to: the other name sharing a word with it, or whose
    surname differs by a letter or two ("Choi Dong-hun" / "Choe Dong-hun")."""
    words2 = {name_key(w) for w in c2.words}
    best = None
    for c in clusters:
        if c is c2 or len(c.words) < 2:
            continue
        words1 = {name_key(w) for w in c.words}
        if words1 & words2 or _close(name_key(c.words[0]), name_key(c2.words[0])):
            if best is None or c.first_index < best.first_index:
                best = c
    return best


def _close(a: str, b: str) -> bool:
    """Within two edits: romanisations of one surname ("choi"/"choe", "tsoi"/"tsoy")."""
    if abs(len(a) - len(b)) > 2:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= 2


def _alias_owner(
    ctx: Context, clusters: list[PersonCluster], c2: PersonCluster, span: Span
) -> PersonCluster | None:
    """The person a declared alias belongs to: the one named last before it, in this sentence or
    the one before."""
    sents = sentences(ctx.doc)
    k = sents.number(span.sent.start)
    window_start = sents.starts[k - 1] if k > 0 else span.sent.start
    best, best_i = None, -1
    for c in clusters:
        if c is c2:
            continue
        for m in c.mentions:
            if window_start <= m.start < span.start and m.start > best_i:
                best, best_i = c, m.start
    if best is None and any(t.lower_ in {"he", "she"} for t in ctx.doc[span.sent.start : span.start]):
        # "he wrote under the pen name X", nobody named nearby: the person the article is about
        before = [
            (sum(m.start < span.start for m in c.mentions), -c.first_index, i) for i, c in enumerate(clusters)
        ]
        count, _, index = max(before, default=(0, 0, -1))
        if count > 0 and clusters[index] is not c2:
            best = clusters[index]
    return best


def _acts_as_person(cluster: PersonCluster) -> bool:
    """A one-word name the model read as a person and that acts like one: the subject of a verb
    ("Putin said") or a possessor ("Trump's decision") — not a model or a place in a list."""
    for span in cluster.mentions:
        root = span.root
        nxt = span.doc[span.end] if span.end < len(span.doc) else None
        if (
            root.dep_ in {"nsubj", "nsubjpass"}
            and root.head.pos_ in {"VERB", "AUX"}
            and root.ent_type_ == "PERSON"
        ):
            return True
        if nxt is not None and nxt.lower_ in {"'s", "’s"} and root.ent_type_ == "PERSON":
            return True
    return False


def _kin_named(cluster: PersonCluster) -> bool:
    """ "His wife, Ana, ...": a given name told as a relative's is a person's."""
    for span in cluster.mentions:
        doc = span.doc
        if span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].lower_ in KIN_NOUNS:
            return True
    return False


def _titled(ctx: Context, cluster: PersonCluster) -> bool:
    """A one-word name counts only after a title ("Mr Haddad", "President Okafor")."""
    titles = gazetteer.titles()
    for span in cluster.mentions:
        before = ctx.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_.rstrip(".") in titles:
            return True
        if span[0].lower_.rstrip(".") in titles:
            return True
    return False


def _containing(clusters: list[PersonCluster], form: str) -> PersonCluster | None:
    """A cluster whose name contains ``form`` word for word at its start or end ("Varga Holm")."""
    words = form.split()
    for c in clusters:
        cw = c.words
        if len(words) < len(cw) and (cw[: len(words)] == words or cw[-len(words) :] == words):
            return c
        if len(cw) < len(words) and (words[: len(cw)] == cw or words[-len(cw) :] == cw):
            return c
    return None


def bare_surname(word: str) -> str:
    """A surname without the article joined to it: "al-Mahdawi" -> "Mahdawi", "el-Sisi" -> "Sisi"."""
    head, sep, rest = word.partition("-")
    return rest if sep and rest[:1].isupper() and head.lower() in JOINED_PARTICLES else word


def _partial_match(clusters: list[PersonCluster], word: str, index: int) -> PersonCluster | None:
    """The full name a one-word mention stands for: first or last word (with or without a joined
    article: "al-Mahdawi" and "Mahdawi"), nearest before, else after."""
    keys = {name_key(word), name_key(bare_surname(word))}
    candidates = [
        c
        for c in clusters
        if len(c.words) > 1
        and keys & {name_key(c.words[0]), name_key(c.words[-1]), name_key(bare_surname(c.words[-1]))}
    ]
    if not candidates:
        # "Christian Ndongo Mvondo ... Ndongo said": a first surname of a two-surname name
        candidates = [c for c in clusters if len(c.words) > 2 and keys & {name_key(w) for w in c.words[1:-1]}]
    if not candidates:
        return None
    earlier = [c for c in candidates if c.first_index < index]
    if earlier:
        return max(earlier, key=lambda c: max(s.start for s in c.mentions if s.start < index))
    return min(candidates, key=lambda c: c.first_index)


def _add_bare_surnames(ctx: Context, clusters: list[PersonCluster]) -> None:
    """Pick up surname-only mentions the model missed or mislabelled ("Ri said" tagged as a place)."""
    words: dict[str, list[PersonCluster]] = {}
    for c in clusters:
        if len(c.words) > 1:
            for w in dict.fromkeys((c.words[0], c.words[-1], bare_surname(c.words[-1]))):
                words.setdefault(w, []).append(c)
    taken = {i for c in clusters for i in c.tokens}
    for i in ctx.words.positions(words.keys(), by="orth"):
        tok = ctx.doc[i]
        if tok.i in taken or tok.i in ctx.country_at:
            continue
        if tok.pos_ not in {"PROPN", "NOUN"} or tok.ent_type_ in {"FAC", "DATE"}:
            continue
        if tok.ent_type_ == "ORG" and not (
            tok.ent_iob_ == "B" and (tok.i + 1 == len(ctx.doc) or ctx.doc[tok.i + 1].ent_iob_ != "I")
        ):
            continue  # a surname the model took for a one-word organisation is still the surname
        nxt = ctx.doc[tok.i + 1] if tok.i + 1 < len(ctx.doc) else None
        if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" and nxt.ent_type_ != "":
            continue  # part of a longer name we do not know
        cluster = _partial_match(clusters, tok.text, tok.i)
        if cluster is not None:
            cluster.add(ctx.doc[tok.i : tok.i + 1], tok.text)


def _read_nationality_and_role(ctx: Context, people: People, cluster: PersonCluster, span: Span) -> None:
    left = _left_modifiers(ctx, span)
    role_words = [t for t in left if t.i not in ctx.country_at and t.pos_ in {"NOUN", "ADJ", "PROPN"}]
    for t in left:
        ref = ctx.country_of(t)
        if (ref is not None and ref.kind != "capital") or (ref is not None and _possessive(ref.span)):
            cluster.nationality[ref.iso] += 2
    if role_words and any(t.lower_ in DIPLOMAT_WORDS or t.lower_ in gazetteer.titles() for t in role_words):
        role = " ".join(t.text for t in role_words if t.lower_ not in {"mr", "mrs", "ms", "dr"})
        if role and role.lower() not in {"mr", "mrs", "ms"} and role not in cluster.positions:
            cluster.positions.append(role)
    appos = _appositive(span)
    if appos is not None:
        _read_appositive(ctx, cluster, appos)
    role_noun = _role_before_comma(span)
    if role_noun is not None:
        for t in role_noun.subtree:
            ref = ctx.country_of(t)
            if ref is not None and t.i < role_noun.i:
                cluster.nationality[ref.iso] += 2
                break


def _role_before_comma(span: Span) -> Token | None:
    """ "Peru's ambassador to Chile, Ana Ruiz,": the role noun a name stands beside."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return None
    tok = doc[span.start - 2]
    for _ in range(4):
        if tok.lower_ in DIPLOMAT_WORDS or tok.lower_ in gazetteer.titles():
            return tok
        if tok.dep_ in {"pobj", "prep"} or tok.dep_ == "compound":
            tok = tok.head
        else:
            return None
    return None


def _possessive(span: Span) -> bool:
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.lower_ in {"'s", "’s", "‘s", "'"}


def _left_modifiers(ctx: Context, span: Span) -> list[Token]:
    """Tokens just before a name that describe it ("former North Korean deputy ambassador")."""
    out: list[Token] = []
    i, sent_start = span.start - 1, span.sent.start  # Span.sent walks the Doc each time
    while i >= sent_start and len(out) < 8:
        tok = ctx.doc[i]
        if tok.lower_ in {"'s", "’s", "‘s"} or tok.text in {"-", "–"}:
            out.append(tok)
            i -= 1
            continue
        if tok.is_punct or tok.pos_ in {"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM"}:
            break
        if tok.ent_type_ == "PERSON":  # the name before this one
            break
        out.append(tok)
        i -= 1
    return [t for t in reversed(out) if t.lower_ not in {"'s", "’s", "‘s"}]


def _appositive(span: Span) -> Span | None:
    """ ", a former Eritrean envoy who ..." right after a name, up to the next comma."""
    doc = span.doc
    sent_end = span.sent.end  # Span.sent walks the Doc each time it is asked
    if span.end >= sent_end - 1 or doc[span.end].text != ",":
        return None
    start = span.end + 1
    if start + 1 < sent_end and doc[start].like_num and doc[start + 1].text == ",":
        start += 2  # "Todor Kirov, 44, the commercial counsellor ...": past the age
    if start >= len(doc) or (
        doc[start].lower_ not in {"a", "an", "the", "then", "former", "now"}
        and doc[start].pos_ not in {"ADJ", "NOUN"}
    ):
        return None
    end = start
    while (
        end < sent_end
        and doc[end].text not in {",", ";", "—", "–", "(", ")"}
        and doc[end].lower_ not in {"who", "which", "that", "whose"}
        and not (doc[end].pos_ == "VERB" and doc[end].tag_ in {"VBD", "VBZ", "VBP"})
    ):
        end += 1
    return doc[start:end] if end - start <= 14 else None


def _read_appositive(ctx: Context, cluster: PersonCluster, appos: Span) -> None:
    after_place_prep = False
    role: list[Token] = []
    for tok in appos:
        if tok.lower_ in {"in", "at", "to"}:
            after_place_prep = True
        ref = ctx.state_of(tok)
        if ref is not None:
            mission = ref.span.root.head.lower_ in {
                "mission",
                "embassy",
                "consulate",
                "delegation",
                "government",
            }
            if (not after_place_prep or mission) and ref.span.start == tok.i:
                cluster.nationality[ref.iso] += 1
            continue
        if (
            not after_place_prep
            and tok.lower_ not in ROLE_STOP
            and not (tok.lower_ == "for" and role and role[-1].lower_ == "for")
        ):
            role.append(tok)
    while role and role[-1].lower_ in {"for", "of", "in", "at", "to", "'s", "’s"}:
        role.pop()
    text = " ".join(t.text for t in role).replace(" 's", "'s").replace(" ’s", "’s")
    if (
        text
        and any(t.pos_ == "NOUN" for t in role)
        and is_person_name(text) is False
        and text not in cluster.positions
    ):
        cluster.positions.append(text)
