"""Generate a deterministic, news-like JSONL corpus for the benchmark.

    python bench/make_corpus.py --articles 2000 --seed 0 -o bench/out/corpus-2000-s0.jsonl

Each line is one article that :func:`diplograph.read.read_articles` accepts: ``id``, ``title``,
``published`` (ISO date), ``source`` and ``text`` (250–600 words in 4–8 paragraphs separated by a
blank line). Stories are defections (phrased many ways), agreements (named or described, with a
status and a date), embassy news and general diplomatic news, padded with quotes, background,
economy, weather and sport paragraphs, so no two articles share a text.

Article ``i`` depends only on ``(seed, i)``: a corpus of 1,000 articles is the first 1,000 lines of
a corpus of 100,000 with the same seed. Word lists and their pedigree: ``corpus_lists.py``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus_lists as L

__all__ = ["MAX_WORDS", "MIN_WORDS", "generate_article", "generate_articles", "write_corpus"]

MIN_WORDS, MAX_WORDS = 250, 600
MIN_PARAGRAPHS, MAX_PARAGRAPHS = 4, 8
_EPOCH = date(2001, 1, 1)
_DAYS = (date(2024, 12, 31) - _EPOCH).days


@dataclass(frozen=True)
class Country:
    """One state as the templates use it."""

    iso: str
    name: str  # with "the" where English uses it ("the Netherlands")
    demonym: str
    capital: str
    culture: str

    @property
    def possessive(self) -> str:
        return f"{self.name}'s" if not self.name.endswith("s") else f"{self.name}'"


COUNTRIES = tuple(Country(*row) for row in L.COUNTRIES)


@dataclass(frozen=True)
class Person:
    """An invented person: full name, the short form used on second mention, and a pronoun."""

    full: str
    short: str
    he: str
    his: str


class _Story:
    """The random state and cast of one article; every template draws from it."""

    def __init__(self, rng: random.Random, published: date) -> None:
        self.rng = rng
        self.published = published
        self.a, self.b, self.c = rng.sample(COUNTRIES, 3)  # sending / host / third state
        self.used: set[tuple[str, int]] = set()

    def pick(self, options: tuple[str, ...] | list[str]) -> str:
        return options[int(self.rng.random() * len(options))]

    def fresh(self, key: str, options: tuple[str, ...]) -> str:
        """Pick a template of family ``key`` this article has not used yet (any, once all are used)."""
        unused = [i for i in range(len(options)) if (key, i) not in self.used] or range(len(options))
        i = unused[int(self.rng.random() * len(unused))]
        self.used.add((key, i))
        return options[i]

    def country(self) -> Country:
        return COUNTRIES[int(self.rng.random() * len(COUNTRIES))]

    def person(self, country: Country) -> Person:
        male, female, families, family_first = L.NAMES[country.culture]
        is_male = self.rng.random() < 0.75  # diplomatic services skew male in the period covered
        given = self.pick(male if is_male else female)
        family = self.pick(families)
        full = f"{family} {given}" if family_first else f"{given} {family}"
        short = family if not family[0].islower() else family.split()[-1].capitalize()
        return Person(full, short, "he" if is_male else "she", "his" if is_male else "her")

    def when(self, max_days: int = 2000) -> str:
        """A date phrase before the publication date, at a random precision and style."""
        d = self.published - timedelta(days=1 + int(self.rng.random() * max_days))
        month = L.MONTHS[d.month - 1]
        style = int(self.rng.random() * 9)
        if style == 0:
            return f"on {d.day} {month} {d.year}"
        if style == 1:
            return f"on {month} {d.day}, {d.year}"
        if style in (2, 3):
            return f"in {month} {d.year}"
        if style == 4:
            return f"in {d.year}"
        if style == 5:
            return "last week"
        if style == 6:
            return f"on {L.WEEKDAYS[d.weekday()]}"
        if style == 7:
            return "earlier this month"
        return f"{self.pick(L.NUMBER_WORDS)} years ago"

    def embassy(self, sending: Country, host: Country) -> str:
        return self.pick((
            f"the {sending.demonym} embassy in {host.capital}",
            f"{sending.possessive} embassy in {host.name}",
            f"the embassy of {sending.name} in {host.capital}",
            f"the {sending.demonym} mission in {host.capital}",
        ))

    def agreement_name(self, x: Country, y: Country) -> str:
        r = int(self.rng.random() * 5)
        word = self.pick(L.AGREEMENT_WORDS)
        if r == 0:
            return f"the {x.capital} {word}"
        if r == 1:
            return f"the {self.pick(L.AGREEMENT_PLACES)} {word}"
        if r == 2:
            return f"the {x.demonym}-{y.demonym} {word} on {self.pick(L.AGREEMENT_THEMES)}"
        if r == 3:
            return f"the Treaty of {self.pick((x.capital, y.capital))}"
        return f"the {self.pick(L.AGREEMENT_THEMES)} {word}"


Paragraph = tuple[Callable[[_Story], str], list[str]]  # (how to lengthen it, its sentences)


def _defection(s: _Story) -> tuple[str, list[Paragraph]]:
    p, pos, when = s.person(s.a), s.pick(L.POSITIONS), s.when()
    mission = s.embassy(s.a, s.b)
    lead = s.pick((
        f"{p.full}, a {pos} at {mission}, defected to {s.c.name} {when}, officials said.",
        f"A {s.a.demonym} diplomat, {p.full}, has sought asylum in {s.c.name} after leaving {p.his} post "
        f"at {mission} {when}.",
        f"{s.c.demonym} authorities granted asylum to {p.full}, a former {pos} who fled {mission} {when}.",
        f"{p.full}, who served as {pos} in {s.b.capital}, slipped away from the embassy compound {when} "
        f"and later resurfaced in {s.c.name}.",
        f"The {s.a.demonym} {pos} {p.full} abandoned {p.his} post in {s.b.capital} and fled to {s.c.name} "
        f"with {p.his} family {when}.",
        f"{s.a.demonym} officials confirmed that {p.full}, {pos} at {mission}, had deserted {when} and "
        f"asked {s.c.name} for political asylum.",
    ))
    follow = s.pick((
        f"{p.short} is the most senior {s.a.demonym} diplomat to switch sides in years.",
        f"{s.c.possessive} intelligence service said {p.short} had arrived {s.when(30)} and was being "
        f"questioned in a safe house.",
        f"Neither {s.a.name} nor {s.b.name} has commented on the case, which was first reported by a "
        f"local newspaper.",
        f"According to people familiar with the case, {p.short} had been recalled to {s.a.capital} "
        f"shortly before {p.he} disappeared.",
    ))
    title = s.pick((f"{s.a.demonym} diplomat defects to {s.c.name}",
                    f"{s.a.demonym} envoy in {s.b.capital} seeks asylum",
                    f"Senior {s.a.demonym} official flees post in {s.b.name}"))
    return title, [(_context, [lead, follow]), (_reaction, [_reaction(s), _context(s)])]


def _agreement(s: _Story) -> tuple[str, list[Paragraph]]:
    named = s.rng.random() < 0.6
    what = s.agreement_name(s.a, s.b) if named else s.pick(L.AGREEMENT_DESCRIPTIONS)
    when = s.when()
    lead = s.pick((
        f"{s.a.name} and {s.b.name} signed {what} in {s.a.capital} {when}.",
        f"{what}, signed by {s.a.name} and {s.b.name} {when}, entered into force {s.when(200)}.",
        f"{s.a.name} suspended its participation in {what} with {s.b.name} {when}, citing security concerns.",
        f"The governments of {s.a.name} and {s.b.name} terminated {what} {when}.",
        f"{s.b.name} announced {when} that it would withdraw from {what} it had concluded with {s.a.name}.",
        f"Negotiators from {s.a.name}, {s.b.name} and {s.c.name} initialled {what} {when} after "
        f"{s.pick(L.NUMBER_WORDS)} rounds of talks.",
    ))
    follow = s.pick((
        f"The text commits the parties to cooperation on {s.pick(L.GOODS)} and energy for ten years.",
        f"{s.c.possessive} foreign minister welcomed the move and said {s.c.name} could join later.",
        f"Critics in {s.b.capital} say the deal gives {s.a.name} too much leverage over {s.b.name}.",
        f"Parliament in {s.a.capital} is expected to ratify it "
        f"{s.pick(('this autumn', 'next year', 'soon'))}.",
    ))
    title = s.pick((f"{s.a.name} and {s.b.name} agree on {s.pick(L.GOODS)} and security",
                    f"New chapter for {s.a.demonym}-{s.b.demonym} ties",
                    f"{s.b.name} rethinks its treaties with {s.a.name}"))
    return title, [(_context, [lead, follow]), (_reaction, [_reaction(s), _context(s)])]


def _embassy(s: _Story) -> tuple[str, list[Paragraph]]:
    envoy, when = s.person(s.a), s.when(400)
    lead = s.pick((
        f"{s.a.name} reopened its embassy in {s.b.capital} {when}, ending a long diplomatic freeze.",
        f"{s.b.name} expelled {s.pick(L.NUMBER_WORDS)} diplomats from {s.embassy(s.a, s.b)} {when}.",
        f"{envoy.full} presented {envoy.his} credentials as {s.a.possessive} ambassador to "
        f"{s.b.name} {when}.",
        f"{s.a.name} closed {s.embassy(s.a, s.b)} {when} and moved its staff to {s.c.capital}.",
    ))
    follow = (f"{envoy.short}, a career diplomat, previously served as {s.pick(L.POSITIONS)} in "
              f"{s.c.capital}.")
    title = s.pick((f"{s.a.demonym} embassy news from {s.b.capital}",
                    f"{s.a.name} and {s.b.name} reset ties"))
    return title, [(_context, [lead, follow]), (_reaction, [_reaction(s)])]


def _general(s: _Story) -> tuple[str, list[Paragraph]]:
    title = s.pick((f"{s.a.demonym} leader visits {s.b.capital}",
                    f"Talks between {s.a.name} and {s.b.name} stall",
                    f"{s.b.capital} hosts regional summit"))
    lead = (f"{s.a.possessive} foreign minister arrived in {s.b.capital} {s.when(20)} for talks on trade, "
            f"migration and {s.pick(L.GOODS)} exports.")
    return title, [(_context, [lead, _context(s)]), (_reaction, [_reaction(s)])]


def _context(s: _Story) -> str:
    a, b, c = s.a, s.b, s.c
    return s.fresh("context", (
        f"Relations between {a.name} and {b.name} have been strained since "
        f"{s.published.year - 1 - int(s.rng.random() * 15)}.",
        f"{b.name} hosts one of {a.possessive} largest missions abroad, with more than "
        f"{10 + int(s.rng.random() * 90)} accredited staff.",
        f"Observers in {c.capital} said the episode could complicate talks planned for later this year.",
        f"Trade between the two countries reached {1 + int(s.rng.random() * 40)} billion dollars last year, "
        f"much of it in {s.pick(L.GOODS)}.",
        f"The case follows a series of diplomatic incidents involving {s.country().name} and "
        f"{s.country().name}.",
        f"{a.possessive} foreign ministry summoned {b.possessive} ambassador {s.when(60)} to protest.",
        "Both governments have traded accusations of espionage for much of the past decade.",
        f"{c.name} has offered to mediate, but neither side has accepted.",
        f"A joint commission set up to resolve the dispute has not met since {s.when(3000)}.",
        f"The last high-level visit between the two capitals took place {s.when(4000)}.",
        f"Opposition politicians in {b.capital} demanded a parliamentary inquiry into the affair.",
        f"Diplomats in {a.capital} privately describe the relationship as the worst in a generation.",
        f"{a.name} and {b.name} established diplomatic relations in {1950 + int(s.rng.random() * 50)}.",
    ))


def _reaction(s: _Story) -> str:
    speaker = s.person(s.pick((s.a, s.b, s.c)))
    return s.fresh("reaction", (
        f"\"{s.fresh('quote', L.QUOTES)},\" {s.pick(L.SPOKESPEOPLE)} said.",
        f"\"{s.fresh('quote', L.QUOTES)},\" said {speaker.full}, {s.pick(L.ANALYST_ROLES)}.",
        f"{speaker.full}, {s.pick(L.ANALYST_ROLES)}, said: \"{s.fresh('quote', L.QUOTES)}.\"",
        f"Asked about the case at a briefing {s.when(10)}, {s.pick(L.SPOKESPEOPLE)} declined to comment.",
        f"{speaker.full}, {s.pick(L.ANALYST_ROLES)}, said the affair showed how fragile the "
        f"relationship was.",
        f"In a statement, {s.a.possessive} foreign ministry called the reports \"groundless speculation\".",
    ))


def _economy(s: _Story) -> str:
    c = s.country()
    return s.fresh("economy", (
        f"The {c.demonym} central bank held its benchmark rate at {1 + int(s.rng.random() * 9)}."
        f"{int(s.rng.random() * 10)} percent, citing slowing growth and volatile {s.pick(L.GOODS)} prices.",
        f"Exports of {s.pick(L.GOODS)} from {c.name} rose {2 + int(s.rng.random() * 20)} percent in the last "
        f"quarter.",
        f"Shares in {c.capital} closed lower on {s.pick(L.WEEKDAYS)} as investors weighed new "
        f"tariff threats.",
        f"Inflation in {c.name} eased to {1 + int(s.rng.random() * 12)} percent, the statistics office said.",
        f"The {c.demonym} currency fell to a three-month low against the dollar.",
        f"Unions in {c.capital} called a one-day strike over pay and pensions.",
    ))


def _weather(s: _Story) -> str:
    c = s.country()
    return s.fresh("weather", (
        f"Meanwhile, {s.pick(L.WEATHER)} disrupted flights and rail services in {c.capital}.",
        f"Forecasters in {c.name} warned that {s.pick(L.WEATHER)} would persist until the weekend.",
        f"Schools in parts of {c.name} stayed closed on {s.pick(L.WEEKDAYS)} because of {s.pick(L.WEATHER)}.",
        f"Farmers in the south of {c.name} said the harvest would be the smallest in a decade.",
    ))


def _sport(s: _Story) -> str:
    x, y = s.country(), s.country()
    won = 1 + int(s.rng.random() * 4)
    score = f"{won}-{int(s.rng.random() * won)}"
    return s.fresh("sport", (
        f"In {s.pick(L.SPORTS)}, {x.possessive} national team beat {y.name} {score} in a friendly "
        f"in {x.capital}.",
        f"{y.demonym} fans travelled to {x.capital} in large numbers for the {s.pick(L.SPORTS)} qualifier.",
        f"The {x.demonym} {s.pick(L.SPORTS)} federation named a new coach on {s.pick(L.WEEKDAYS)}.",
        f"{s.person(x).full} scored twice as {x.name} came from behind to draw with {y.name}.",
    ))


def _politics(s: _Story) -> str:
    c = s.country()
    leader = s.person(c)
    return s.fresh("politics", (
        f"In {c.capital}, lawmakers approved the budget after a night of heated debate.",
        f"{leader.full}, the {c.demonym} interior minister, resigned {s.when(30)} after a row "
        f"over police funding.",
        f"Polls suggest the governing coalition in {c.name} would lose its majority if an "
        f"election were held now.",
        f"Thousands marched through central {c.capital} on {s.pick(L.WEEKDAYS)} to protest fuel prices.",
    ))


_FILLERS = (_economy, _weather, _sport, _politics, _reaction, _context)
_KINDS = (_defection, _defection, _defection, _agreement, _agreement, _agreement, _embassy, _embassy,
          _general, _general)


def generate_article(seed: int, index: int) -> dict[str, str]:
    """Article ``index`` of the corpus for ``seed``, as a JSON-ready record."""
    rng = random.Random(seed * 1_000_003 + index)
    published = _EPOCH + timedelta(days=int(rng.random() * _DAYS))
    story = _Story(rng, published)
    title, paragraphs = _KINDS[int(rng.random() * len(_KINDS))](story)
    core = list(paragraphs)  # the story's own paragraphs (their sentence lists are shared)
    n_paragraphs = rng.randint(MIN_PARAGRAPHS, MAX_PARAGRAPHS)
    while len(paragraphs) < n_paragraphs:
        grow = _FILLERS[int(rng.random() * len(_FILLERS))]
        paragraphs.insert(1 + int(rng.random() * len(paragraphs)), (grow, [grow(story), grow(story)]))
    target = rng.randint(MIN_WORDS + 10, MAX_WORDS - 50)
    words = sum(len(sentence.split()) for _, sentences in paragraphs for sentence in sentences)
    while words < target:
        # Story paragraphs (context, reactions) grow more often than filler ones.
        pool = paragraphs if rng.random() < 0.5 else core
        grow, sentences = pool[int(rng.random() * len(pool))]
        sentence = grow(story)
        sentences.append(sentence)
        words += len(sentence.split())
    text = "\n\n".join(" ".join(_capitalised(s) for s in sentences) for _, sentences in paragraphs)
    return {
        "id": f"bench-{seed}-{index:06d}",
        "title": _capitalised(title),
        "published": published.isoformat(),
        "source": story.pick(L.OUTLETS),
        "text": text,
    }


def _capitalised(sentence: str) -> str:
    return sentence[0].upper() + sentence[1:] if sentence[:1].islower() else sentence


def generate_articles(n: int, seed: int = 0) -> Iterator[dict[str, str]]:
    """The first ``n`` articles of the corpus for ``seed``."""
    for index in range(n):
        yield generate_article(seed, index)


def write_corpus(path: Path, n: int, seed: int = 0) -> Path:
    """Write ``n`` articles as JSONL to ``path`` (via a temporary file, so never half-written)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for record in generate_articles(n, seed):
            out.write(json.dumps(record, ensure_ascii=False))
            out.write("\n")
    tmp.replace(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="example: python bench/make_corpus.py --articles 2000 -o corpus.jsonl")
    parser.add_argument("--articles", type=int, default=2000, metavar="N",
                        help="how many articles (default 2000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.jsonl")
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    write_corpus(args.output, args.articles, args.seed)
    print(f"wrote {args.articles} articles to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
