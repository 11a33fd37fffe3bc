"""The slot scorer: each defection and agreement is read as a document-level frame, and every slot
gets the candidate a learned model believes most, or nothing.

    rules ──propose──▶ Defection / Agreement ──candidates + features──▶ P(right) ──choose──▶ facts

The rule modules find a fact and fill its slots (state left, state reached, post, date; parties,
date, status). This module adds, for each slot, other candidates from the whole article — every
state and date named in the sentences about the defector (by name or pronoun) near the cue, and,
as candidate defections ("frames"), every person named near a defection cue the rules did not tie
to them — and gives each candidate a feature vector: how it hangs on the cue (through which
preposition, under which class of verb), how far from it, whether it is the defector's nationality,
the post's host or the other slot's value, a mission it modifies, transit words before it, whether a
date came from a sentence or only from the dateline, a comparison clause around it, the rule that
tied the defector. A logistic model per slot turns that into a probability. A slot gets the most
probable candidate that clears its threshold (one for the rules' own value, one for the others, both
chosen on leave-one-set-out predictions), else nothing; a fact below its threshold is dropped. The
fact's ``confidence`` is its probability.

The weights are data (:data:`MODEL_PATH`), trained by ``python -m diplograph.train`` from the
annotated sets in ``eval/`` (deterministic; see that module); the word lists the features read are
data too (:data:`WORDS_PATH`). ``DIPLOGRAPH_SLOT_MODEL`` names another weights file
(leave-one-set-out evaluation builds with it); ``DIPLOGRAPH_SLOT_MODEL=off`` keeps the rules' values.
"""

from __future__ import annotations

import json
import math
import os
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, cached_property
from itertools import accumulate, pairwise
from pathlib import Path

from spacy.tokens import Span, Token

from diplograph.extract.agreements import MODALS, STATUS_RANK, combining_forms
from diplograph.extract.context import Context
from diplograph.extract.defections import unasserted
from diplograph.extract.embassies import Posting
from diplograph.extract.persons import DIPLOMAT_WORDS, PRONOUN_GENDER, People, PersonCluster
from diplograph.extract.syntax import subject_of, verb_of
from diplograph.model import Agreement, Defection, Embassy, Evidence
from diplograph.nlp.components import PERSONS_KEY, word_table
from diplograph.nlp.index import sentences

__all__ = [
    "MODEL_PATH",
    "SLOTS",
    "ScoredSlot",
    "SlotModel",
    "StatusCue",
    "agreement_features",
    "candidate_defections",
    "choose",
    "clear_favourite",
    "defection_features",
    "gate_agreement",
    "gate_defection",
    "load_model",
    "status_cues",
]

MODEL_PATH = Path(__file__).with_name("slot_model.json")
WORDS_PATH = Path(__file__).parent.parent / "nlp" / "data" / "slot_words.json"

#: Every slot the scorer judges; "defection" and "agreement" are the facts themselves.
SLOTS = (
    "defection",
    "defection.from",
    "defection.to",
    "defection.post",
    "defection.date",
    "agreement",
    "agreement.parties",
    "agreement.date",
    "agreement.status",
)

# Words around a state's mention that make it a place passed through or a protector, not a goal.
_W = word_table(WORDS_PATH.name)
TRANSIT_WORDS = frozenset(_W["transit_words"])  # a state passed through: "via", "before flying on"
MISSION_WORDS = frozenset(_W["mission_words"])  # "the Austrian embassy": a protector, not a goal
FUTURE_WORDS = frozenset(_W["future_words"])  # "will withdraw", "once ratified": not the status now
NEGATION_WORDS = frozenset(_W["negation_words"])
SPEECH_LEMMAS = frozenset(_W["speech_lemmas"])  # a person quoted, not the one the story is about
GROUP_WORDS = frozenset(_W["group_words"])  # members of a group named one by one
HELPER_WORDS = frozenset(_W["helper_words"])  # who helped or commented, not who fled
CUE_PREPS = frozenset(_W["cue_preps"])
REFERRING_PRONOUNS = frozenset(_W["referring_pronouns"])
COUNT_WORDS = frozenset(_W["count_words"])  # "four signatories", "the two sides"
NUMBER_WORDS = {w: n for n, w in enumerate(_W["number_words"], start=2)}  # "two" -> 2, ...
AGREEMENT_NOUNS = frozenset(_W["agreement_nouns"])
RELATIVE_DATE_WORDS = frozenset(_W["relative_date_words"])
COMPARISON_MARKS = frozenset(_W["comparison_marks"])  # "since 2009, when ...": another event's date
# Verbs that change an agreement's status beyond the trigger ruler's cues ("ceased to exist",
# "renewed the accord"): each a candidate the scorer weighs, not a rule.
STATUS_LEMMAS = {lemma: status for status, lemmas in _W["status_lemmas"].items() for lemma in lemmas}
HYPOTHETICAL_LEMMAS = frozenset(_W["hypothetical_lemmas"])  # "threatened to suspend": not yet
SIGNING_LEMMAS = frozenset(_W["signing_lemmas"])  # the verbs a signing date hangs on
# The kind of event a verb tells, for the word a candidate hangs on.
VERB_CLASSES = {lemma: cls for cls, lemmas in _W["verb_classes"].items() for lemma in lemmas}
del _W

# The rules that tie a defector to a cue (defections.py) or name an agreement (agreements.py), and
# "frame" for a defection the rules did not tie: each is a feature of its own.
RULES = frozenset(
    {
        "frame",
        "subject",
        "possessive",
        "of-phrase",
        "object",
        "pronoun",
        "role-noun",
        "role-anaphor",
        "role-cataphor",
        "relative-clause",
        "appositive",
        "nearest-name",
        "same-sentence",
        "group-member",
        "companion",
        "named",
        "described",
        "unnamed",
    }
)


@dataclass(frozen=True)
class ScoredSlot:
    """One proposed value, its features and (once scored) its probability."""

    slot: str
    value: str
    features: dict[str, float]
    proposed: bool = True  # the value the rules chose (others are candidates the scorer may prefer)
    probability: float | None = None
    threshold: float | None = None
    chosen: bool | None = None  # set by the gate: the value asserted for its slot
    post: Embassy | None = field(default=None, compare=False)  # a post candidate's mission

    @property
    def kept(self) -> bool:
        if self.chosen is not None:
            return self.chosen
        return self.probability is None or self.threshold is None or self.probability >= self.threshold


@dataclass(frozen=True)
class SlotModel:
    """A model per slot and the thresholds for asserting. A slot's model is either logistic
    (``intercept`` and named ``weights``) or boosted trees (``init``, ``rate``, the ``features``
    its splits name and ``trees``: each a list of nodes, ``[feature, threshold, left, right,
    value]`` inside and ``[value]`` at a leaf; a feature at or below the threshold goes left, a
    feature the candidate lacks is 0). Either way the score is the logistic of a sum."""

    slots: dict[str, dict]

    def probability(self, slot: str, features: dict[str, float]) -> float | None:
        """The model of ``slot`` on ``features`` (None: no model for that slot)."""
        spec = self.slots.get(slot)
        if spec is None:
            return None
        return 1.0 / (1.0 + math.exp(-self._margin(spec, features)))

    def contributions(self, slot: str, features: dict[str, float]) -> dict[str, float]:
        """How much each feature moved the score's log-odds: weight × value for a logistic model;
        for trees, the change in node value at every split the candidate passed, credited to the
        split's feature (so the contributions and the base add up to the margin)."""
        spec = self.slots.get(slot)
        if spec is None:
            return {}
        if "trees" not in spec:
            return {f: w * v for f, v in features.items() if (w := spec["weights"].get(f, 0.0)) and v}
        names, rate = spec["features"], spec["rate"]
        out: dict[str, float] = {}
        for tree in spec["trees"]:
            path = _path(tree, names, features)
            for node, child in pairwise(path):
                name = names[node[0]]
                out[name] = out.get(name, 0.0) + rate * (child[-1] - node[-1])
        return {f: c for f, c in out.items() if abs(c) > 1e-9}

    @staticmethod
    def _margin(spec: dict, features: dict[str, float]) -> float:
        if "trees" not in spec:
            return spec["intercept"] + sum(w * features.get(f, 0.0) for f, w in spec["weights"].items())
        names = spec["features"]
        return spec["init"] + spec["rate"] * sum(_path(t, names, features)[-1][0] for t in spec["trees"])

    def margin_rule(self, slot: str) -> tuple[float, float]:
        """(floor, lead) for choosing a slot's favourite that clears no threshold; (1.01, 1.01),
        never, for a model trained without it."""
        spec = self.slots.get(slot, {})
        return spec.get("margin_floor", 1.01), spec.get("margin", 1.01)

    def score(self, slot: ScoredSlot) -> ScoredSlot:
        p = self.probability(slot.slot, slot.features)
        if p is None:
            return slot
        spec = self.slots[slot.slot]
        # the rules' own value is kept above one threshold; another candidate must clear its own
        threshold = spec["threshold"] if slot.proposed else spec.get("threshold_alt", spec["threshold"])
        return replace(slot, probability=round(p, 4), threshold=threshold)


def _path(tree: list[list], names: list[str], features: dict[str, float]) -> list[list]:
    """The nodes a candidate passes from a tree's root to its leaf (a feature it lacks is 0)."""
    node = tree[0]
    path = [node]
    while len(node) > 1:
        node = tree[node[2] if features.get(names[node[0]], 0.0) <= node[1] else node[3]]
        path.append(node)
    return path


@cache
def _read_model(path: str) -> SlotModel | None:
    if path == "off":
        return None
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return SlotModel(slots=data["slots"])


def load_model() -> SlotModel | None:
    """The weights in use: ``$DIPLOGRAPH_SLOT_MODEL`` (a path, or ``off``), else the shipped file,
    else none (every rule value kept)."""
    chosen = os.environ.get("DIPLOGRAPH_SLOT_MODEL")
    if chosen:
        return _read_model(chosen)
    return _read_model(str(MODEL_PATH)) if MODEL_PATH.exists() else None


# ---------------------------------------------------------------------------------------------
# features


def _sentence_index(ctx: Context) -> list[int]:
    """The character offset each sentence starts at."""
    return sentences(ctx.doc).start_chars


def _sent_no(starts: list[int], char: int) -> int:
    """The index of the sentence holding character ``char``."""
    return max(bisect_right(starts, char) - 1, 0)


def _in_evidence(span: Span, evidence: tuple[Evidence, ...]) -> bool:
    """Whether one of the evidence sentences holds the whole span."""
    starts, reach = _evidence_index(evidence)
    k = bisect_right(starts, span.start_char)
    return k > 0 and reach[k - 1] >= span.end_char


_EVIDENCE_INDEXES: dict[int, tuple[tuple[Evidence, ...], list[int], list[int]]] = {}


def _evidence_index(evidence: tuple[Evidence, ...]) -> tuple[list[int], list[int]]:
    """The evidence sentences' starts in order and the furthest end among the first k: a span lies
    in one of them if one starting at or before it reaches past its end. Kept per evidence tuple
    (a fact's, asked about every candidate), so a fact told in hundreds of sentences costs a
    bisection per question."""
    entry = _EVIDENCE_INDEXES.get(id(evidence))
    if entry is None or entry[0] is not evidence:
        if len(_EVIDENCE_INDEXES) > 4096:
            _EVIDENCE_INDEXES.clear()
        spans = sorted((e.start, e.end) for e in evidence)
        entry = (evidence, [a for a, _ in spans], list(accumulate((b for _, b in spans), max)))
        _EVIDENCE_INDEXES[id(evidence)] = entry
    return entry[1], entry[2]


def _cue_char(evidence: tuple[Evidence, ...]) -> int:
    return evidence[0].start if evidence else 0


def _rule_features(rule: str | None, confidence: float, evidence: tuple[Evidence, ...]) -> dict[str, float]:
    f = {f"rule={rule}": 1.0} if rule in RULES else {"rule=other": 1.0}
    f["rule_confidence"] = confidence
    f["evidence_sentences"] = min(len(evidence), 4) / 4
    return f


class Cues(list[Token]):
    """The root words of a fact's defection cues, with what :func:`_cue_relation` asks of them
    (their sentences, their verbs, their positions) worked out once, not per candidate."""

    @cached_property
    def sentence_starts(self) -> set[int]:
        return {c.sent.start for c in self}

    @cached_property
    def verbs(self) -> set[Token]:
        return {v for c in self if (v := verb_of(c)) is not None}

    @cached_property
    def positions(self) -> set[int]:
        return {c.i for c in self}


def _cue_roots(ctx: Context, evidence: tuple[Evidence, ...]) -> Cues:
    """The root words of the defection cues in a fact's evidence sentences."""
    spans = sorted((e.start, e.end) for e in evidence)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # the furthest end among the first k

    def inside(char: int) -> bool:
        # of the evidence sentences starting at or before ``char``, does one reach past it?
        k = bisect_right(starts, char)
        return k > 0 and reach[k - 1] > char

    return Cues(t.root for t in ctx.triggers if t.label_ == "DEFECT" and inside(t.start_char))


def _cue_relation(tok: Token, cues: Cues) -> dict[str, float]:
    """How a candidate's word stands to the fact's cue: hangs on it (and through which
    preposition), in the same clause, and the class of the verb it hangs on."""
    f: dict[str, float] = {}
    verb = verb_of(tok)
    if verb is not None:
        cls = VERB_CLASSES.get(verb.lemma_.lower(), "other")
        f[f"verb_class={cls}"] = 1.0
        if tok.dep_ == "pobj" and tok.head.dep_ in {"prep", "agent"}:
            p = tok.head.lower_ if tok.head.lower_ in CUE_PREPS else "other"
            f[f"prep={p}&{cls}"] = 1.0
    if not cues:
        return f
    if tok.sent.start in cues.sentence_starts:
        f["cue_sentence"] = 1.0
    cue_verbs = cues.verbs
    if verb is not None and verb in cue_verbs:
        f["cue_clause"] = 1.0
    prep = None
    for hop, anc in enumerate(tok.ancestors):
        if hop > 4:
            break
        if anc.dep_ == "prep" and prep is None:
            prep = anc.lower_
        if anc.i in cues.positions or anc in cue_verbs:
            f["hangs_on_cue"] = 1.0
            if prep is not None:
                p = prep if prep in CUE_PREPS else "other"
                f[f"cue_prep={p}"] = 1.0
                f[f"cue_prep={p}&{VERB_CLASSES.get(anc.lemma_.lower(), 'other')}"] = 1.0
            break
    return f


def _mention_features(
    ctx: Context, iso: str, evidence: tuple[Evidence, ...], starts: list[int], cues: Cues | None = None
) -> dict[str, float]:
    """Where and how the article names the state ``iso``, seen from the fact's cue sentence."""
    refs = [r for r in ctx.countries if r.iso == iso]
    f: dict[str, float] = {"mentions": min(len(refs), 8) / 8}
    if not refs:
        f["not_mentioned"] = 1.0
        return f
    cue_sent = _sent_no(starts, _cue_char(evidence))
    here = [r for r in refs if _in_evidence(r.span, evidence)]
    f["in_evidence"] = 1.0 if here else 0.0
    distance = min(abs(_sent_no(starts, r.span.start_char) - cue_sent) for r in refs)
    f["sentence_distance"] = min(distance, 6) / 6
    f["first_mention_position"] = refs[0].span.start_char / max(len(ctx.text), 1)
    f["is_dominant"] = 1.0 if ctx.dominant_state() == iso else 0.0
    kinds = {r.kind for r in (here or refs)}
    for kind in ("name", "demonym", "capital"):
        if kind in kinds:
            f[f"kind={kind}"] = 1.0
    relations = [(_cue_relation(r.span.root, cues or Cues()), r) for r in (here or refs[:1])]
    relation, ref = max(relations, key=lambda rr: (len(rr[0]), -rr[1].span.start))
    f.update(relation)
    f.update(_attachment(ref.span.root))
    return f


def _attachment(head: Token) -> dict[str, float]:
    """How a mention hangs in its sentence: the preposition it is the object of, a mission noun it
    modifies ("the Austrian embassy"), transit words before it."""
    f: dict[str, float] = {}
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        prep = head.head.lower_
        f[
            f"prep={prep}"
            if prep in {"to", "in", "from", "for", "into", "at", "with", "of", "by"}
            else "prep=other"
        ] = 1.0
        verb = head.head.head
        if verb.pos_ in {"VERB", "AUX"}:
            f["under_verb"] = 1.0
    if head.dep_ in {"amod", "compound", "poss"} and head.head.lower_ in MISSION_WORDS:
        f["modifies_mission"] = 1.0
    window = head.doc[max(head.sent.start, head.i - 6) : head.i]
    if any(t.lower_ in TRANSIT_WORDS for t in window):
        f["transit_before"] = 1.0
    if any(t.lower_ in MISSION_WORDS for t in head.sent):
        f["mission_in_sentence"] = 1.0
    if head.dep_.startswith("nsubj"):
        f["is_subject"] = 1.0
    return f


def _date_features(
    ctx: Context,
    value: str,
    evidence: tuple[Evidence, ...],
    starts: list[int],
    cues: Cues | None = None,
    people: People | None = None,
    person: PersonCluster | None = None,
) -> dict[str, float]:
    digits = len(re.sub(r"[^0-9]", "", value))
    f: dict[str, float] = {f"precision={ {4: 'year', 6: 'month', 8: 'day'}.get(digits, 'other') }": 1.0}
    published = ctx.article.published_text
    if published:
        common = min(len(value), len(published))  # a source may be dated to the month only
        if value[:common] > published[:common]:
            f["after_publication"] = 1.0
        if published.startswith(value):
            f["same_as_publication"] = 1.0
        years = int(published[:4]) - int(value[:4])
        f["years_before_publication"] = min(max(years, 0), 40) / 40
    sources = [
        ent
        for ent, resolved in ctx.all_dates()
        if resolved[: len(value)] == value or value[: len(resolved)] == resolved
    ]
    here = [e for e in sources if _in_evidence(e, evidence)]
    f["in_evidence"] = 1.0 if here else 0.0
    f["elsewhere_only"] = 1.0 if sources and not here else 0.0
    f["nowhere"] = 1.0 if not sources else 0.0
    if not sources and f.get("same_as_publication"):
        f["publication_date_only"] = 1.0  # read off the dateline, no date in the text says so
    found = here or sources
    if found:
        ent = max(found, key=lambda e: (len(_cue_relation(e.root, cues or Cues())), -e.start))
        f.update(_cue_relation(ent.root, cues or Cues()))
        words = {t.lower_ for t in ent}
        if words & RELATIVE_DATE_WORDS:
            f["relative_words"] = 1.0
        clause = ent.root
        for anc in [clause, *clause.ancestors]:
            if any(c.dep_ == "mark" and c.lower_ in COMPARISON_MARKS for c in anc.children) or (
                anc.dep_ == "advmod" and anc.lower_ in {"since", "when"}
            ):
                f["in_subordinate_clause"] = 1.0
                break
        if ent.root.head.lower_ == "since":
            f["after_since"] = 1.0
    f["date_mentions"] = min(len(sources), 4) / 4
    if found and people is not None and person is not None:
        ent = min(found, key=lambda e: (not _in_evidence(e, evidence), e.start))
        f.update(_act_holder(people, person, ent.root, "date"))
    return f


def _act_holder(people: People, person: PersonCluster, word: Token, kind: str) -> dict[str, float]:
    """Whose act a date or a place (``word``; ``kind`` names the features) belongs to: the subject
    of the clause it hangs on is the defector (named, or a pronoun whose antecedent they are),
    another named person, or no person; and whether the defector is named in its sentence at all."""
    f: dict[str, float] = {}
    sent = word.sent
    if any(sent.start <= m.start < sent.end for m in person.mentions):
        f[f"{kind}_sentence_names_defector"] = 1.0
    verb = verb_of(word)
    subject = subject_of(verb)
    if subject is None:
        f[f"{kind}_subject=none"] = 1.0
        return f
    holder = people.of(subject)
    if holder is None and subject.pos_ == "PRON" and subject.lower_ in PRONOUN_GENDER:
        holder = people.antecedent(subject)
    if holder is person:
        f[f"{kind}_subject=defector"] = 1.0
    elif holder is not None:
        f[f"{kind}_subject=other_person"] = 1.0
    elif subject.tag_ in {"NNS", "NNPS"} or subject.lower_ in {"they", "we", "all", "both"}:
        f[f"{kind}_subject=plural"] = 1.0
    else:
        f[f"{kind}_subject=other"] = 1.0
    return f


def _place_features(
    ctx: Context,
    people: People,
    person: PersonCluster | None,
    iso: str,
    order: list[str],
    spans: list[tuple[int, int]],
    evidence: tuple[Evidence, ...],
) -> dict[str, float]:
    """Where a candidate state stands in the defector's story: whose clause names it (the defector
    reached or turned to it, or someone else did), and whether it is the first or the last state the
    story's sentences name (a transit comes before the destination; ``order``: the frame's states in
    the order they are first named)."""
    f: dict[str, float] = {}
    if iso in order:
        i, last = order.index(iso), len(order) - 1
        where = "only" if last == 0 else "first" if i == 0 else "last" if i == last else "middle"
        f[f"place_order={where}"] = 1.0
    if person is None:
        return f
    refs = [r for r in ctx.countries if r.iso == iso and any(a <= r.span.start_char < b for a, b in spans)]
    if refs:
        ref = min(refs, key=lambda r: (not _in_evidence(r.span, evidence), r.span.start))
        f.update(_act_holder(people, person, ref.span.root, "place"))
    return f


def defection_features(
    ctx: Context,
    people: People,
    d: Defection,
    embassies: tuple[Embassy, ...] = (),
    postings: Sequence[Posting] = (),
) -> list[ScoredSlot]:
    """Feature vectors for a defection and for every candidate of its slots: the value the rules
    proposed (``proposed``) and, for the state left, the state reached and the date, every other
    state or date named in the sentences about the defector near the cue; for the post, the
    defector's own postings (of the article's ``postings``), the article's missions of the state
    left (``embassies``) and the cities and states named as places near the cue."""
    starts = _sentence_index(ctx)
    person = next((c for c in people.clusters if c.name == d.defector), None)
    posts = tuple(p.embassy for p in postings if p.person is person)
    nationality = person.nationality_iso() if person is not None else None
    base = _rule_features(d.rule, d.confidence, d.evidence)
    fact = {
        **base,
        **_person_features(ctx, person, d.evidence, starts),
        **_defector_features(ctx, person, d.evidence, starts),
    }
    fact["rules_tied"] = 0.0 if d.rule in FRAME_RULES else 1.0
    for slot, present in (
        ("from", d.from_country),
        ("to", d.to_country),
        ("post", d.from_post),
        ("date", d.date),
    ):
        if present:
            fact[f"has_{slot}"] = 1.0
    out = [ScoredSlot("defection", d.defector, fact, proposed=d.rule not in FRAME_RULES)]
    spans = _frame_sentences(ctx, people, person, d.evidence, starts)
    cues = _cue_roots(ctx, d.evidence)
    states = list(
        dict.fromkeys(r.iso for r in ctx.countries if any(a <= r.span.start_char < b for a, b in spans))
    )
    post_host = d.from_post.host if d.from_post is not None else None
    for slot, proposed in (("from", d.from_country), ("to", d.to_country)):
        for iso in dict.fromkeys(
            [*([proposed] if proposed else []), *states, *([nationality] if nationality else [])]
        ):
            f = {**base, **_mention_features(ctx, iso, d.evidence, starts, cues)}
            f["proposed"] = 1.0 if iso == proposed else 0.0
            f["rule_gave_none"] = 0.0 if proposed else 1.0
            f["is_nationality"] = 1.0 if iso == nationality else 0.0
            f["is_post_host"] = 1.0 if iso == post_host else 0.0
            f["is_post_sender"] = 1.0 if d.from_post is not None and iso == d.from_post.sending else 0.0
            other = d.to_country if slot == "from" else d.from_country
            f["is_other_slot"] = 1.0 if iso == other else 0.0
            # a destination is told after the state left: order the places reached, not the home state
            home = (nationality, d.from_country)
            order = states if slot == "from" else [s for s in states if s not in home]
            f.update(_place_features(ctx, people, person, iso, order, spans, d.evidence))
            out.append(ScoredSlot(f"defection.{slot}", iso, f, proposed=iso == proposed))
    diplomat = person is not None and any(
        w in DIPLOMAT_WORDS for p in person.positions for w in p.lower().split()
    )
    out += _post_candidates(ctx, d, nationality, spans, starts, cues, base, embassies, posts, diplomat)
    dates = [v for ent, v in ctx.all_dates() if any(a <= ent.start_char < b for a, b in spans)]
    values = list(dict.fromkeys([*([d.date] if d.date else []), *dates]))
    for value in values:
        f = {**base, **_date_features(ctx, value, d.evidence, starts, cues, people, person)}
        f["proposed"] = 1.0 if value == d.date else 0.0
        f["rule_gave_none"] = 0.0 if d.date else 1.0
        f.update(_among_dates(value, values))
        out.append(ScoredSlot("defection.date", value, f, proposed=value == d.date))
    return out


def _among_dates(value: str, values: list[str]) -> dict[str, float]:
    """How one candidate date stands among the fact's others: the earliest or latest (an event is
    told before what followed it), a coarser reading of another ("2019" beside "2019-03") or a
    finer one."""
    others = [v for v in values if v != value]
    f: dict[str, float] = {"date_candidates": min(len(values), 6) / 6}
    if not others:
        f["only_date"] = 1.0
        return f
    # compared at the precision both have: "1983" is neither before nor after "1983-05"
    pairs = [(value[: min(len(value), len(v))], v[: min(len(value), len(v))]) for v in others]
    if all(a <= b for a, b in pairs) and any(a < b for a, b in pairs):
        f["earliest"] = 1.0
    if all(a >= b for a, b in pairs) and any(a > b for a, b in pairs):
        f["latest"] = 1.0
    if any(v.startswith(value) for v in others):
        f["coarser_than_another"] = 1.0
    if any(value.startswith(v) for v in others):
        f["finer_than_another"] = 1.0
    days = [v for v in others if len(v) == 10 and len(value) == 10 and v[:7] == value[:7]]
    if any(abs(int(v[8:]) - int(value[8:])) <= 2 for v in days):
        f["days_apart_1_2"] = 1.0  # the event and the day it was reported or acted on
    return f


def _post_candidates(
    ctx: Context,
    d: Defection,
    nationality: str | None,
    spans: list[tuple[int, int]],
    starts: list[int],
    cues: Cues,
    base: dict[str, float],
    embassies: tuple[Embassy, ...],
    posts: tuple[Embassy, ...],
    diplomat: bool = False,
) -> list[ScoredSlot]:
    """The mission the defector left, by its host: the rules' post, the defector's postings, the
    article's missions of the state left, and each city or state the frame names as a place
    ("an attaché in Bern"). A host that is the state left is no post abroad, so no candidate."""
    home = {c for c in (d.from_country, nationality) if c}
    sender = d.from_country or nationality or ""  # "": the state left decides (gate_defection)
    found: dict[str, tuple[Embassy | None, set[str]]] = {}

    near_role: set[str] = set()  # hosts named within a few words of a diplomat or mission word
    in_frame: set[str] = set()  # hosts of missions told in the sentences about the defector

    def add(host: str, embassy: Embassy | None, source: str) -> None:
        if host in home and source != "rules":
            return
        old, sources = found.get(host, (None, set()))
        found[host] = (old or embassy, sources | {source})

    if d.from_post is not None:
        add(d.from_post.host, d.from_post, "rules")
    for e in posts:
        add(e.host, e, "posting")
    for e in embassies:
        if e.sending in home:
            add(e.host, e, "article_mission")
            if any(a <= ev.start < b for ev in e.evidence for a, b in spans):
                in_frame.add(e.host)
    for r in ctx.countries:
        if any(a <= r.span.start_char < b for a, b in spans) and r.iso not in home:
            head = r.span.root
            window = ctx.doc[max(head.sent.start, r.span.start - 6) : min(head.sent.end, r.span.end + 3)]
            if any(t.lower_ in DIPLOMAT_WORDS or t.lower_ in MISSION_WORDS for t in window):
                near_role.add(r.iso)
            placed = head.dep_ == "pobj" and head.head.lower_ in {"in", "at", "to"}
            if r.kind == "capital" and r.is_place:
                add(r.iso, Embassy(sender, r.iso, r.span.text), "city")
            elif placed or (head.dep_ in {"amod", "compound"} and head.head.lower_ in MISSION_WORDS):
                add(r.iso, Embassy(sender, r.iso), "place")
    words = {t.lower_ for a, b in spans for t in _tokens_between(ctx, a, b)}
    diplomatic = 1.0 if words & (DIPLOMAT_WORDS | MISSION_WORDS) else 0.0
    out = []
    for host, (embassy, sources) in found.items():
        if embassy is None:
            continue
        f = {**base, **_mention_features(ctx, host, d.evidence, starts, cues)}
        f.update({f"post_from={s}": 1.0 for s in sources})
        f["diplomatic_words"] = diplomatic
        f["defector_is_diplomat"] = 1.0 if diplomat else 0.0
        f["near_role_word"] = 1.0 if host in near_role else 0.0
        f["mission_in_frame"] = 1.0 if host in in_frame else 0.0
        f["post_candidates"] = min(len(found), 4) / 4
        f["sender_is_from"] = 1.0 if embassy.sending == d.from_country else 0.0
        f["host_is_to"] = 1.0 if host == d.to_country else 0.0
        f["host_is_from"] = 1.0 if host in home else 0.0
        f["has_city"] = 1.0 if embassy.city else 0.0
        if embassy.city:
            f["city_in_evidence"] = 1.0 if any(embassy.city in e.text for e in d.evidence) else 0.0
        proposed = "rules" in sources
        out.append(ScoredSlot("defection.post", host, f, proposed=proposed, post=embassy))
    return out


def _tokens_between(ctx: Context, start: int, end: int) -> Span:
    """The tokens of the characters ``start`` to ``end`` (whole tokens, widened if need be)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None else ctx.doc[0:0]


#: how many sentences either side of the cue a frame's candidates are drawn from
FRAME_WINDOW = 3
#: the rule names of defections the rules did not tie (candidates only)
FRAME_RULES = frozenset({"frame", "frame-tied"})
#: a defection cue's frame may name its defector this many sentences before or after it
DEFECTOR_WINDOW = (-1, 2)


def candidate_defections(ctx: Context, people: People, found: list[Defection]) -> list[Defection]:
    """Defections the rules did not tie to anyone: for each defection cue, each person named near it
    (the sentence before it to two after) who is not already a defector becomes a frame for the
    scorer to judge (a defector introduced a sentence before the flight is told; members of a group
    named one by one after it). Frames of a cue the rules already tied to someone else are marked
    ``frame-tied``."""
    starts = _sentence_index(ctx)
    have = {d.defector for d in found}
    tied = {_sent_no(starts, e.start) for d in found for e in d.evidence}
    by_sentence: dict[int, list[tuple[PersonCluster, Span]]] = {}
    for cluster in people.clusters:
        if cluster.name in have:
            continue
        for m in cluster.mentions:
            by_sentence.setdefault(_sent_no(starts, m.start_char), []).append((cluster, m))
    out: list[Defection] = []
    for trig in ctx.triggers:
        if trig.label_ != "DEFECT" or unasserted(trig):
            continue
        cue = _sent_no(starts, trig.start_char)
        for offset in range(DEFECTOR_WINDOW[0], DEFECTOR_WINDOW[1] + 1):
            for cluster, mention in by_sentence.get(cue + offset, []):
                if cluster.name in have or _tells_of(mention, trig if offset == 0 else None):
                    continue
                have.add(cluster.name)
                evidence = [ctx.evidence(trig.sent)]
                rule = "frame-tied" if cue in tied else "frame"  # the rules tied this cue to someone else
                if offset:
                    evidence.append(ctx.evidence(mention.sent))
                out.append(
                    Defection(
                        defector=cluster.name,
                        from_country=cluster.nationality_iso(),
                        position=cluster.positions[0] if cluster.positions else None,
                        confidence=0.3,
                        evidence=tuple(evidence),
                        rule=rule,
                    )
                )
    return out


def _tells_of(mention: Span, trig: Span | None) -> bool:
    """Whether the one named is who tells of the flight: "the Prime Minister, Mr. X, told the House
    that a clerk of the embassy had been granted asylum" — the subject of a verb of saying whose
    clause holds the cue, or the name right before such a verb that closes a report ("..., X
    said"). With no ``trig`` (a name in a sentence near the cue's), any speaker."""
    doc = mention.doc
    after = next((t for t in doc[mention.end : mention.sent.end] if not t.is_punct), None)
    if after is not None and after.lemma_ in SPEECH_LEMMAS and (trig is None or trig.end <= mention.start):
        return True  # "[the flight], the minister, X, told the House": a report's closing attribution
    tok = mention.root
    while tok.dep_ in {"appos", "compound"} and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_ not in SPEECH_LEMMAS:
        return False
    return trig is None or (verb.i != trig.root.i and any(t.i == trig.root.i for t in verb.subtree))


def _neighbour_states(ctx: Context, evidence: tuple[Evidence, ...], starts: list[int]) -> list[str]:
    """The states named in the sentence just before and just after each evidence sentence."""
    found: list[str] = []
    for e in evidence:
        k = _sent_no(starts, e.start)
        lo = starts[k - 1] if k > 0 else e.start
        hi = starts[k + 2] if k + 2 < len(starts) else len(ctx.doc.text)
        found += [
            r.iso
            for r in ctx.countries
            if lo <= r.span.start_char < hi and not _in_evidence(r.span, evidence)
        ]
    return list(dict.fromkeys(found))


def _combining_forms_in(ctx: Context, evidence: tuple[Evidence, ...]) -> set[str]:
    """The states an agreement's sentences name by a combining form ("Sino", "Franco", "Anglo")."""
    forms = combining_forms()
    doc = ctx.doc
    return {
        forms[doc[i].text]
        for i in ctx.words.positions(forms.keys(), by="orth")
        if _in_evidence(doc[i : i + 1], evidence)
    }


def _party_mention(ctx: Context, iso: str, evidence: tuple[Evidence, ...]) -> dict[str, float]:
    """How a state is named in an agreement's evidence: naming the agreement ("the Franco-German
    treaty", "the treaty with Chile"), in a list of states, or as a venue."""
    f: dict[str, float] = {}
    for r in ctx.countries:
        if r.iso != iso or not _in_evidence(r.span, evidence):
            continue
        head = r.span.root
        if head.head.lemma_.lower() in AGREEMENT_NOUNS or head.head.head.lemma_.lower() in AGREEMENT_NOUNS:
            f["names_the_agreement"] = 1.0
        if head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children):
            f["in_a_list"] = 1.0
        if r.kind == "capital" and r.is_place:
            f["venue"] = 1.0
        if head.dep_.startswith("nsubj"):
            f["subject"] = 1.0
        if head.dep_ == "pobj" and head.head.lower_ in {"with", "between", "among", "and"}:
            f["with_or_between"] = 1.0
    return f


def _names_in(ctx: Context, sent: Span) -> set[str]:
    """The names of the people the person finder marked in a sentence."""
    return {
        span._.dg_name for span in ctx.doc.spans.get(PERSONS_KEY, []) if sent.start <= span.start < sent.end
    }


def _defector_features(
    ctx: Context, person: PersonCluster | None, evidence: tuple[Evidence, ...], starts: list[int]
) -> dict[str, float]:
    """How the defector stands to the cue: same sentence or how far, subject of a verb, the
    subject of a speech verb (a source quoted), beside group or helper words."""
    if person is None or not person.mentions or not evidence:
        return {}
    cue = _sent_no(starts, evidence[0].start)
    nearest = min(person.mentions, key=lambda m: abs(_sent_no(starts, m.start_char) - cue))
    distance = _sent_no(starts, nearest.start_char) - cue
    f = {
        "defector_distance": min(abs(distance), 3) / 3,
        "defector_before_cue": 1.0 if distance < 0 else 0.0,
        "defector_in_cue_sentence": 1.0 if distance == 0 else 0.0,
    }
    cue_roots = _cue_roots(ctx, evidence[:1])
    if cue_roots:
        cue_sent = cue_roots[0].sent
        verb = verb_of(cue_roots[0])
        subject = subject_of(verb)
        if subject is None:
            f["cue_subject=none"] = 1.0
        elif subject.tag_ in {"NNS", "NNPS"}:
            f["cue_subject=plural"] = 1.0
        elif subject.pos_ == "PRON":
            f["cue_subject=pronoun"] = 1.0
        elif subject.pos_ == "NOUN":
            f["cue_subject=noun"] = 1.0
        else:
            f["cue_subject=name"] = 1.0
        if person.nationality_iso() and any(
            r.iso == person.nationality_iso() for r in ctx.countries_in(cue_sent.start, cue_sent.end)
        ):
            f["nationality_in_cue_sentence"] = 1.0
    sent = nearest.sent
    others = _names_in(ctx, sent) - {person.name}
    if others:
        f["others_named_in_sentence"] = min(len(others), 3) / 3
    main = sent.root
    subject = subject_of(main)
    if subject is not None and (
        subject.tag_ in {"NNS", "NNPS"} or subject.lower_ in {"they", "both", "three"}
    ):
        f["sentence_subject_plural"] = 1.0
    if main.lemma_ in {"be", "name", "identify", "include", "list"}:
        f[f"sentence_verb={main.lemma_}"] = 1.0
    root = nearest.root
    if root.dep_ == "appos" or any(c.dep_ == "appos" for c in root.children) or root.head.dep_ == "appos":
        f["defector_in_apposition"] = 1.0
    if root.dep_ in {"nsubj", "nsubjpass"}:
        f["defector_is_subject"] = 1.0
        if root.head.lemma_ in SPEECH_LEMMAS:
            f["defector_speaks"] = 1.0
    if root.dep_ in {"pobj", "dobj"}:
        f["defector_is_object"] = 1.0
    words = {t.lower_ for t in nearest.sent}
    if words & GROUP_WORDS:
        f["group_words"] = 1.0
    if words & HELPER_WORDS:
        f["helper_words"] = 1.0
    if person.is_leader:
        f["defector_is_leader"] = 1.0
    return f


def _frame_sentences(
    ctx: Context,
    people: People,
    person: PersonCluster | None,
    evidence: tuple[Evidence, ...],
    starts: list[int],
) -> list[tuple[int, int]]:
    """Character ranges of the sentences a defection's candidates come from: its evidence, and the
    sentences naming the defector, or a pronoun for them, within :data:`FRAME_WINDOW` sentences of
    the cue."""
    ranges = [(e.start, e.end) for e in evidence]
    if person is not None and evidence:
        cue = _sent_no(starts, evidence[0].start)
        for m in person.mentions:
            if abs(_sent_no(starts, m.start_char) - cue) <= FRAME_WINDOW:
                ranges.append((m.sent.start_char, m.sent.end_char))
        lo = starts[max(cue - FRAME_WINDOW, 0)]
        hi = starts[cue + FRAME_WINDOW + 1] if cue + FRAME_WINDOW + 1 < len(starts) else len(ctx.text)
        for i in ctx.words.positions(REFERRING_PRONOUNS):
            pronoun = ctx.doc[i]
            if lo <= pronoun.idx < hi and people.antecedent(pronoun) is person:
                ranges.append((pronoun.sent.start_char, pronoun.sent.end_char))
    return sorted(set(ranges))


def _person_features(
    ctx: Context, person: PersonCluster | None, evidence: tuple[Evidence, ...], starts: list[int]
) -> dict[str, float]:
    if person is None:
        return {"person_unknown": 1.0}
    f = {
        "person_mentions": min(len(person.mentions), 8) / 8,
        "person_words": min(len(person.words), 4) / 4,
        "person_has_nationality": 1.0 if person.nationality_iso() else 0.0,
        "person_has_position": 1.0 if person.positions else 0.0,
        "person_is_leader": 1.0 if person.is_leader else 0.0,
        "person_in_evidence": 1.0 if any(_in_evidence(m, evidence) for m in person.mentions) else 0.0,
        "person_first_position": person.mentions[0].start_char / max(len(ctx.text), 1)
        if person.mentions
        else 1.0,
    }
    return f


def agreement_features(
    ctx: Context,
    a: Agreement,
    others: tuple[Agreement, ...] = (),
    cues: list[StatusCue] | None = None,
) -> list[ScoredSlot]:
    """Feature vectors for an agreement and each candidate of its slots (``others``: the article's
    other agreements, whose sentences a status cue is not read from; ``cues``: the article's
    :func:`status_cues`, read once for all its agreements)."""
    starts = _sentence_index(ctx)
    base = _rule_features(a.rule, a.confidence, a.evidence)
    text = " ".join(e.text for e in a.evidence).lower()
    words = set(re.findall(r"[a-z']+", text))
    fact = {
        **base,
        "named": 1.0 if a.name[:1].isupper() else 0.0,
        "aliases": min(len(a.aliases), 3) / 3,
        "acronym": 1.0 if re.fullmatch(r"[A-Z0-9-]{2,}", a.name) else 0.0,
    }
    for slot, present in (("parties", a.parties), ("date", a.date), ("status", a.status)):
        if present:
            fact[f"has_{slot}"] = 1.0
    out = [ScoredSlot("agreement", a.name, fact)]
    # the parties are one set: candidates are the rules' set, that set with one more state named
    # in the evidence, and every state the evidence names
    named = list(dict.fromkeys(r.iso for r in ctx.countries if _in_evidence(r.span, a.evidence)))
    # states named inside a compound adjective ("the Franco-German treaty", "Sino-Soviet"): the
    # country mentions hold the demonym half only
    compounded = _combining_forms_in(ctx, a.evidence)
    only_compounded = compounded - set(named)  # a state also named in full keeps its own mentions
    named += [iso for iso in compounded if iso not in named]
    sets: list[tuple[tuple[str, ...], str | None]] = []  # (parties, the state added to the rules' set)
    if a.parties:
        sets.append((tuple(a.parties), None))
        sets += [((*a.parties, iso), iso) for iso in named if iso not in a.parties]
    if 2 <= len(named) <= 8 and set(named) != set(a.parties):
        sets.append((tuple(named), None))
    if len(a.parties) == 1 and len(named) <= 1:
        # one party read and no other state in the agreement's sentences: the other side is often
        # named just before or after them ("The French and British delegations met ... The treaty
        # ..."); each state of those neighbouring sentences is a candidate second party
        nearby = _neighbour_states(ctx, a.evidence, starts)
        sets += [((*a.parties, iso), iso) for iso in nearby if iso not in a.parties]
    # the two states the whole article is about: the parties of many a treaty its own sentences
    # name by a leader, an acronym or not at all ("Mr. A and Mr. B signed the Moscow Treaty")
    pair = tuple(ctx.leading_pair())
    if len(pair) == 2 and len(a.parties) <= 2:
        sets.append((pair, None))
    # one candidate per set of states, whatever the order its states were found in
    unique: dict[frozenset[str], tuple[tuple[str, ...], str | None]] = {}
    for parties, added in sets:
        unique.setdefault(frozenset(parties), (parties, added))
    sets = list(unique.values())
    numbers = {NUMBER_WORDS[w] for w in words if w in NUMBER_WORDS}
    in_compound = {"mentions": 0.125, "in_evidence": 1.0, "sentence_distance": 0.0}
    for parties, added in sets:
        mentioned = [
            in_compound if iso in only_compounded else _mention_features(ctx, iso, a.evidence, starts)
            for iso in parties
        ]
        f = {
            **base,
            "proposed": 1.0 if parties == tuple(a.parties) else 0.0,
            "rule_gave_none": 0.0 if a.parties else 1.0,
            "parties": min(len(parties), 6) / 6,
            "all_in_evidence": 1.0 if all(m.get("in_evidence") for m in mentioned) else 0.0,
            "share_in_evidence": sum(m.get("in_evidence", 0.0) for m in mentioned) / len(mentioned),
            "any_not_mentioned": 1.0 if any(m.get("not_mentioned") for m in mentioned) else 0.0,
            "max_distance": max(m.get("sentence_distance", 1.0) for m in mentioned),
            "single_party": 1.0 if len(parties) == 1 else 0.0,
            "count_word": 1.0 if words & COUNT_WORDS else 0.0,
            "count_matches_size": 1.0 if len(parties) in numbers else 0.0,
            "every_state_named": 1.0 if set(parties) == set(named) else 0.0,
        }
        if compounded & set(parties):
            f["in_a_compound"] = 1.0
        if set(parties) == set(pair):
            f["the_articles_two_states"] = 1.0
        if added is not None:
            f["adds_a_state"] = 1.0
            f.update({f"added_{k}": v for k, v in _party_mention(ctx, added, a.evidence).items()})
            if added not in named:
                f["added_from_neighbour_sentence"] = 1.0
        out.append(
            ScoredSlot("agreement.parties", " ".join(parties), f, proposed=parties == tuple(a.parties))
        )
    # the signing date: the rules' value and every date the agreement's sentences give
    dated = [(ent, v) for ent, v in ctx.all_dates() if _in_evidence(ent, a.evidence)]
    signed_on = {
        v
        for ent, v in dated
        if (verb := verb_of(ent.root)) is not None and verb.lemma_.lower() in SIGNING_LEMMAS
    }
    values = list(dict.fromkeys([*([a.date] if a.date else []), *(v for _, v in dated)]))
    preliminary = words & {"initialled", "initialed", "draft", "agreed", "negotiated", "talks", "proposed"}
    for value in values:
        f = {**base, **_date_features(ctx, value, a.evidence, starts), **_among_dates(value, values)}
        f["preliminary_words"] = 1.0 if preliminary else 0.0
        f["proposed"] = 1.0 if value == a.date else 0.0
        f["rule_gave_none"] = 0.0 if a.date else 1.0
        f["year_in_name"] = 1.0 if any(value[:4] in n for n in (a.name, *a.aliases)) else 0.0
        f["on_signing_verb"] = 1.0 if value in signed_on else 0.0
        out.append(ScoredSlot("agreement.date", value, f, proposed=value == a.date))
    if cues is None:
        cues = status_cues(ctx)
    out += _status_candidates(a, others, cues, starts, base, words)
    return out


@dataclass(frozen=True)
class StatusCue:
    """One word that may change an agreement's status, and how it is said."""

    token: Token
    status: str
    sentence: int
    from_ruler: bool  # a cue of the trigger ruler, not only of the scorer's own word list
    when: str | None = None  # its sentence's nearest date against the article's: _cue_time


def status_cues(ctx: Context) -> list[StatusCue]:
    """Every status cue of the article, in text order: the trigger ruler's, and the verbs of
    ``status_lemmas`` (data) it has no pattern for."""
    starts = _sentence_index(ctx)
    out = {
        t.root.i: StatusCue(t.root, t.id_, _sent_no(starts, t.start_char), True, _cue_time(ctx, t.root))
        for t in ctx.triggers
        if t.label_ == "STATUS"
    }
    forms = {f for lemma in STATUS_LEMMAS for f in (lemma, lemma.capitalize(), lemma.upper())}
    for i in ctx.words.positions(forms, by="lemma"):
        tok = ctx.doc[i]
        status = STATUS_LEMMAS.get(tok.lemma_.lower())
        if status is not None and tok.pos_ == "VERB" and i not in out:
            out[i] = StatusCue(tok, status, _sent_no(starts, tok.idx), False, _cue_time(ctx, tok))
    return [out[i] for i in sorted(out)]


def _days_of(iso: str) -> tuple[date, date] | None:
    """The first and (about) the last day an ISO partial date covers: a year, a month or a day."""
    try:
        parts = [int(part) for part in iso.split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], 28)
        day = date(parts[0], parts[1], parts[2])
    except (ValueError, IndexError):
        return None
    return day, day


# A cue dated this many days or fewer before the article tells its news, not its background.
_NEWS_DAYS = 90
_YEAR = re.compile(r"\b(1[89]\d\d|2[01]\d\d)\b")


def _cue_time(ctx: Context, tok: Token) -> str | None:
    """When a status cue's sentence says it happened, against the article's own date: ``news``
    (its nearest date is within the few months before the article: "came into force on
    Wednesday"), ``background`` (earlier: "signed in Beijing in 2000"), ``ahead`` (after the
    article: "expires in 2031"), or None (no date in the sentence, or no article date)."""
    if ctx.anchor is None:
        return None
    sent = tok.sent
    dates = ctx.date_ents_in(sent)
    if not dates:
        return None
    nearest = min(dates, key=lambda e: min(abs(e.start - tok.i), abs(e.end - 1 - tok.i)))
    iso = {e.start: value for e, value in ctx.dates_in(sent)}.get(nearest.start)
    if iso is None:  # the resolver keeps no year after the article's: "lapses in 2040"
        years = [int(y) for y in _YEAR.findall(nearest.text)]
        return "ahead" if years and max(years) > ctx.anchor.year else None
    days = _days_of(iso)
    if days is None:
        return None
    first, last = days
    if first > ctx.anchor:
        return "ahead"
    if (ctx.anchor - last).days <= _NEWS_DAYS:
        return "news"
    return "background"


def _cue_reading(tok: Token, names: frozenset[str] = frozenset()) -> dict[str, float]:
    """How a status cue is said: negated, future, conditional or only intended, and whether its
    subject or object is an agreement noun, a word of this agreement's names (``names``) or a
    pronoun that can stand for one."""
    verb = verb_of(tok) or tok
    f: dict[str, float] = {}
    kids = list(verb.children)
    if any(c.dep_ == "neg" or c.lower_ in {"never", "no"} for c in kids):
        f["negated"] = 1.0
    if any(c.dep_ == "aux" and c.lower_ in MODAL_WORDS for c in kids):
        f["modal"] = 1.0
    if any(
        c.dep_ == "mark" and c.lower_ in {"if", "unless", "until", "once", "before", "when"} for c in kids
    ):
        f["conditional"] = 1.0
    if any(a.lemma_.lower() in HYPOTHETICAL_LEMMAS for a in list(verb.ancestors)[:2]):
        f["intended"] = 1.0  # "threatened to withdraw", "plans to renew"
    if verb.tag_ in {"VBD", "VBN"}:
        f["past"] = 1.0
    elif verb.tag_ in {"VBZ", "VBP"}:
        f["present"] = 1.0
    elif verb.tag_ == "VBG":
        f["progressive"] = 1.0
    # "pulled out of the accord": the preposition may hang on the particle or another preposition
    reach = kids + [g for c in kids if c.dep_ in {"prt", "advmod", "prep"} for g in c.children]
    for c in reach:
        target = c
        if c.dep_ == "prep" and c.lower_ in {"from", "of", "on", "to"}:
            target = next((g for g in c.children if g.dep_ == "pobj"), c)
        elif c.dep_ not in {"dobj", "nsubj", "nsubjpass"}:
            continue
        if target.lemma_.lower() in AGREEMENT_NOUNS:
            f["on_agreement_noun"] = 1.0
        if target.text[:1].isupper() and target.text in names:
            f["on_its_name"] = 1.0  # "Washington left the INF Treaty", "suspended New START"
        elif target.lower_ in {"it", "which", "that"}:
            f["on_pronoun"] = 1.0
    if tok.pos_ == "NOUN" and any(
        c.dep_ == "prep" and any(g.lemma_.lower() in AGREEMENT_NOUNS for g in c.subtree) for c in tok.children
    ):
        f["on_agreement_noun"] = 1.0  # "the suspension of the accord"
    return f


def _status_candidates(
    a: Agreement,
    others: tuple[Agreement, ...],
    article_cues: list[StatusCue],
    starts: list[int],
    base: dict[str, float],
    words: set[str],
) -> list[ScoredSlot]:
    """The agreement's status read over the whole article: the rules' value, and every status a
    cue gives in its sentences or in the few after them that tell of no other agreement. Per
    value, the features of its cues: how near, how said, whether it is the latest said, whether
    it ranks above the rules' value (a later suspension outranks the signing)."""
    own = sorted({_sent_no(starts, e.start) for e in a.evidence})
    if not own:
        return []
    others_sents = {_sent_no(starts, e.start) for o in others for e in o.evidence}
    by_value: dict[str, list[tuple[StatusCue, int]]] = {}
    for cue in article_cues:
        distance = min(abs(cue.sentence - s) for s in own)
        after = cue.sentence > own[0]
        if distance == 0 or (after and distance <= _STATUS_REACH and cue.sentence not in others_sents):
            by_value.setdefault(cue.status, []).append((cue, distance))
    values = list(by_value)
    if a.status and a.status not in values:
        values.insert(0, a.status)
    names = frozenset(w for n in (a.name, *a.aliases) for w in n.split())
    readings = {id(c): _cue_reading(c.token, names) for cs in by_value.values() for c, _ in cs}
    # the last status said as a fact (not negated, future, conditional or intended, nor dated
    # after the article)
    said = [
        (c.token.i, v)
        for v, cs in by_value.items()
        for c, _ in cs
        if not readings[id(c)].keys() & _UNREAL and c.when != "ahead"
    ]
    latest = max(said)[1] if said else None
    rules_rank = STATUS_RANK.get(a.status or "", 0)
    out = []
    for value in values:
        cues = by_value.get(value, [])
        f = {
            **base,
            f"status={value}": 1.0,
            "rule_gave_none": 0.0 if a.status else 1.0,
            "future_words": 1.0 if words & FUTURE_WORDS else 0.0,
            "negation_words": 1.0 if words & NEGATION_WORDS else 0.0,
            "evidence_words": min(len(words), 60) / 60,
            "one_agreement": 0.0 if others else 1.0,
        }
        if value == a.status:
            f["proposed"] = 1.0
        elif a.status:
            f["above_rules" if STATUS_RANK[value] > rules_rank else "below_rules"] = 1.0
        if not cues:
            f["no_cue_found"] = 1.0
        else:
            f["cues"] = min(len(cues), 3) / 3
            f["min_distance"] = min(d for _, d in cues) / _STATUS_REACH
            f["in_evidence"] = 1.0 if any(d == 0 for _, d in cues) else 0.0
            f["latest"] = 1.0 if value == latest else 0.0
            f["ruler_cue"] = 1.0 if any(c.from_ruler for c, _ in cues) else 0.0
            read = [readings[id(c)] for c, _ in cues]
            for key in ("negated", "modal", "conditional", "intended", "past", "present", "progressive"):
                if all(key in r for r in read):
                    f[f"all_{key}"] = 1.0
                elif any(key in r for r in read):
                    f[f"some_{key}"] = 1.0
            for key in ("on_agreement_noun", "on_its_name", "on_pronoun"):
                if any(key in r for r in read):
                    f[key] = 1.0
            times = {c.when for c, _ in cues}
            for when in ("news", "background", "ahead"):
                if times == {when}:
                    f[f"all_{when}"] = 1.0
                elif when in times:
                    f[f"some_{when}"] = 1.0
            if any(c.sentence == 0 for c, _ in cues):
                f["cue_in_lead"] = 1.0  # the first sentence tells the news
        out.append(ScoredSlot("agreement.status", value, f, proposed=value == a.status))
    return out


# How many sentences after an agreement's own a status cue is still read as about it.
_STATUS_REACH = 3
# A cue said this way does not tell the status now.
_UNREAL = frozenset({"negated", "modal", "conditional", "intended"})
MODAL_WORDS = MODALS | {"will", "shall", "'ll"}


# ---------------------------------------------------------------------------------------------
# gating


def clear_favourite(top: float, second: float, floor: float, lead: float) -> bool:
    """Whether a slot's most probable candidate (``top``), though below its threshold, is asserted:
    it clears ``floor`` and leads the runner-up (``second``, 0 if none) by ``lead``."""
    return top >= floor and top - second >= lead


def choose(
    model: SlotModel, slots: list[ScoredSlot]
) -> tuple[dict[str, ScoredSlot | None], list[ScoredSlot]]:
    """Score every candidate; per slot, the most probable of those that clear their threshold (the
    rules' value has its own, lower or higher than the other candidates'). When none clears it,
    the most probable candidate is still chosen if it clears the slot's ``margin_floor`` and leads
    the next by ``margin`` (a clear favourite among its rivals is right more often than its
    probability alone says). A slot the model has no weights for keeps the rules' value."""
    scored = [model.score(s) for s in slots]
    best: dict[str, ScoredSlot] = {}
    ranked: dict[str, list[ScoredSlot]] = {}
    for s in scored:
        if s.probability is None:
            if s.proposed:
                best[s.slot] = s
            continue
        ranked.setdefault(s.slot, []).append(s)
        if s.kept and (s.slot not in best or (best[s.slot].probability or 0.0) < s.probability):
            best[s.slot] = s
    for slot, candidates in ranked.items():
        floor, lead = model.margin_rule(slot)
        if slot in best or floor > 1.0:  # a pick already, or a model trained without the rule
            continue
        top, *rest = sorted(candidates, key=lambda c: -(c.probability or 0.0))
        second = (rest[0].probability or 0.0) if rest else 0.0
        if clear_favourite(top.probability or 0.0, second, floor, lead):
            best[slot] = top
    picked: dict[str, ScoredSlot | None] = {s.slot: best.get(s.slot) for s in scored}
    marked = [replace(s, chosen=picked.get(s.slot) is s) for s in scored]
    return picked, marked


def gate_defection(
    model: SlotModel, d: Defection, slots: list[ScoredSlot]
) -> tuple[Defection | None, list[ScoredSlot]]:
    """The defection with each slot filled by the scorer's choice among its candidates, or left
    empty when no candidate is believed enough (None: the fact itself is not believed)."""
    picked, scored = choose(model, slots)
    fact = picked.get("defection")
    if fact is None:
        return None, scored

    def value(slot: str) -> str | None:
        s = picked.get(f"defection.{slot}")
        return s.value if s is not None else None

    to = value("to")
    frm = value("from")
    post = picked.get("defection.post")
    mission = post.post if post is not None else None
    if mission is not None and frm is not None:
        # the defector's own mission is one of the state left; one in that state is no post abroad
        mission = None if mission.host == frm else replace(mission, sending=frm)
    elif mission is not None and not mission.sending:
        mission = None  # a place with no state left to send a mission there
    return (
        replace(
            d,
            from_country=frm,
            to_country=to if to != frm else None,
            from_post=mission,
            date=value("date"),
            confidence=fact.probability if fact.probability is not None else d.confidence,
        ),
        scored,
    )


def gate_agreement(
    model: SlotModel, a: Agreement, slots: list[ScoredSlot]
) -> tuple[Agreement | None, list[ScoredSlot]]:
    """The agreement with each slot filled by the scorer's choice (the parties: one of the candidate
    sets), or left empty when nothing is believed enough (None: the fact itself is not believed)."""
    picked, scored = choose(model, slots)
    fact = picked.get("agreement")
    if fact is None:
        return None, scored
    parties, date, status = (picked.get(f"agreement.{slot}") for slot in ("parties", "date", "status"))
    return (
        replace(
            a,
            parties=tuple(parties.value.split()) if parties is not None else (),
            date=date.value if date is not None else None,
            status=status.value if status is not None else None,
            confidence=fact.probability if fact.probability is not None else a.confidence,
        ),
        scored,
    )
