"""`kronika eval` must give the same numbers as the shared scorer."""

from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

import pytest

from kronika.evaluate import load_rows, score
from tests.conftest import GOLD, gold_documents


@pytest.fixture(scope="module")
def shared_scorer(shared_dir: Path):
    spec = importlib.util.spec_from_file_location("shared_score", shared_dir / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _perturbed_predictions(golds: list[dict], seed: int) -> list[dict]:
    """Predictions made from gold rows with the kinds of errors an extractor makes."""
    rng = random.Random(seed)
    preds = []
    for g in golds:
        if rng.random() < 0.2:
            continue
        p = {
            "document_id": g["doc"],
            "kind": g["kind"],
            "date_start": g["date_start"],
            "date_end": g["date_end"],
            "date_precision": g["date_precision"],
            "latitude": g.get("lat"),
            "longitude": g.get("lon"),
            "killed": g.get("killed"),
            "injured": g.get("injured"),
            "attribution": g.get("attribution"),
            "claim_disputed": g.get("claim_disputed", False),
            "event_type": g.get("acled_event_type"),
            "sub_event_type": g.get("acled_sub_event_type"),
            "actors": ([{"name": "Islamic State", "canonical": "Islamic State"}] if g.get("is_actor") else [])
            + [{"name": name, "canonical": None} for name in g.get("actors") or []],
            "evidence": [{"start": 0, "end": 1}] if rng.random() < 0.9 else [],
        }
        roll = rng.random()
        if roll < 0.15:
            p["kind"] = "other"
        elif roll < 0.3:
            p["date_precision"] = "month"
        elif roll < 0.4 and p["latitude"] is not None:
            p["latitude"] += 3.0
        elif roll < 0.5:
            p["killed"] = (p["killed"] or 0) + 1
        elif roll < 0.6:
            p["event_type"], p["sub_event_type"] = "Strategic developments", "Other"
        elif roll < 0.7:
            p["actors"] = [{"name": "The Unknown Front", "canonical": None}]
        preds.append(p)
        if rng.random() < 0.15:
            preds.append(dict(p, kind="attack", date_start="1999-01-01"))
    return preds


@pytest.mark.parametrize(
    "gold_name",
    [
        "is-caucasus-province.events.jsonl",
        "world-dev.events.jsonl",
        "dev2.events.jsonl",
        "ru-dev.events.jsonl",
    ],
)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_same_numbers_as_shared_scorer_on_perturbed_predictions(
    shared_scorer, gold_name: str, seed: int
) -> None:
    golds = load_rows(GOLD / gold_name)
    preds = _perturbed_predictions(golds, seed)
    ours = score(preds, golds).to_dict()
    ours.pop("calibration")
    theirs = shared_scorer.score(preds, golds)
    assert ours == theirs


@pytest.mark.parametrize("gold_name", ["is-caucasus-province.events.jsonl", "world-dev.events.jsonl"])
def test_kronika_eval_matches_shared_scorer_on_extracted_records(
    shared_scorer, run_cli, tmp_path: Path, gold_name: str
) -> None:
    gold = GOLD / gold_name
    docs = [str(p) for p in gold_documents(gold)]
    extracted = run_cli("extract", *docs, "--quiet", "-o", str(tmp_path / "pred.jsonl"))
    assert extracted.code == 0, extracted.err
    evaluated = run_cli("eval", *docs, "--gold", str(gold), "--json", "--quiet")
    assert evaluated.code == 0, evaluated.err
    theirs = shared_scorer.score(
        shared_scorer.load(str(tmp_path / "pred.jsonl")), shared_scorer.load(str(gold))
    )
    ours = json.loads(evaluated.out)
    calibration = ours.pop("calibration")
    assert ours == json.loads(json.dumps(theirs))
    assert sum(band["predicted"] for band in calibration.values()) == theirs["predicted"]
    assert (
        sum(band["matched"] for band in calibration.values())
        == theirs["predicted"] - theirs["unmatched_predictions"]
    )
