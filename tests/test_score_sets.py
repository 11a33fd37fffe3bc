"""scripts/score_sets.py adds up the evaluation harness's outputs; the harness itself sits beside
the checkout and is not run here."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]

# The shape of a scorer's output (numbers invented).
_OUTPUT_A = """persons            P 0.900  R 0.900  F1 0.900   (tp 9, fp 1, fn 1)
defections         P 0.500  R 0.500  F1 0.500   (tp 2, fp 2, fn 2)
defection.date             0.250  (1/4)
agreement.status           0.500  (2/4)
attribute values asserted on matched facts: 10, wrong 2 (attribute precision 0.800)
mean F1 0.700  strict defection F1 0.100  agreement F1 0.500  mean attribute accuracy 0.400
"""
_OUTPUT_B = """persons            P 1.000  R 0.500  F1 0.667   (tp 1, fp 0, fn 1)
defections         P 1.000  R 1.000  F1 1.000   (tp 2, fp 0, fn 0)
defection.date             1.000  (2/2)
attribute values asserted on matched facts: 6, wrong 0 (attribute precision 1.000)
"""


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_sets", ROOT / "scripts" / "score_sets.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_score_sets_adds_up_the_counts_of_every_set() -> None:
    script = _script()
    sums = script.totals(_OUTPUT_A) + script.totals(_OUTPUT_B)
    assert (sums["persons.tp"], sums["persons.fp"], sums["persons.fn"]) == (10, 1, 2)
    assert (sums["defection.date.right"], sums["defection.date.n"]) == (3, 6)
    assert (sums["attributes.asserted"], sums["attributes.wrong"]) == (16, 2)
    lines = script.report(sums).splitlines()
    assert "defections           tp 4 fp 2 fn 2  P 0.667 R 0.667 F1 0.667" in lines
    assert "defection.date       3/6 0.500" in lines
    assert lines[-1] == (
        "attribute values asserted 16, right 14, wrong 2 (precision 0.875; right - 3 x wrong 8)"
    )


def test_score_sets_spells_out_the_groups_of_sets_json() -> None:
    script = _script()
    realnews = script.expand(["realnews"])
    assert realnews[0] == "realnews" and all("/" not in name for name in realnews)
    assert script.expand(["dec62", "dec62"]) == ["dec62"]
