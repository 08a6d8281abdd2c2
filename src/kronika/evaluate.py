"""Scoring extracted events against hand-made gold events.

The rules are those of the project's shared scorer (``shared/eval/score.py``): a
prediction may match a gold event of the same document when its ``date_start`` falls in
the gold interval widened by a tolerance; among compatible pairs, those that also agree
on place and kind win; each side is used once; optional gold events count neither way.
A test checks that both give the same numbers on the development set.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from kronika.errors import KronikaError

IS_ACTOR = re.compile(
    r"islamic state|\bisis\b|\bisil\b|\bis\b|\bis-cp\b|\biscp\b|daesh|"
    r"vilayat kavkaz|wilayat? (?:al-)?qawqaz|caucasus province",
    re.IGNORECASE,
)
FIELDS = (
    "date",
    "place",
    "kind",
    "event_type",
    "sub_event_type",
    "killed",
    "injured",
    "actor",
    "actors",
    "attribution",
    "disputed",
)
Row = dict[str, Any]
#: confidence bands reported by `kronika eval`: name, lower bound (inclusive), upper bound
CONFIDENCE_BANDS = (("<0.5", 0.0, 0.5), ("0.5-0.8", 0.5, 0.8), (">=0.8", 0.8, float("inf")))


@dataclass
class Score:
    required: int
    predicted: int
    matched: int
    unmatched_predictions: int
    precision: float
    recall: float
    f1: float
    fields: dict[str, float | None]
    field_counts: dict[str, str]
    evidence_coverage: float
    detail: list[Row] = field(default_factory=list)
    extras: list[Row] = field(default_factory=list)
    #: per confidence band: how many predictions, how many matched a gold event (optional ones too)
    calibration: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_dict(self) -> Row:
        return dict(self.__dict__)

    def calibration_line(self) -> str:
        parts = []
        for band, c in self.calibration.items():
            share = f"{c['matched'] / c['predicted']:.2f}" if c["predicted"] else "-"
            parts.append(f"{band}: {c['matched']}/{c['predicted']} matched ({share})")
        return "confidence " + " | ".join(parts)

    def summary(self) -> str:
        parts = " ".join(f"{k} {'-' if v is None else f'{v:.2f}'}" for k, v in self.fields.items())
        return (
            f"events F1 {self.f1:.3f} (P {self.precision:.3f} R {self.recall:.3f}, "
            f"{self.matched}/{self.required} gold, {self.unmatched_predictions} extra) | {parts}"
        )

    def show_lines(self) -> list[str]:
        lines = []
        for d in self.detail:
            if not d["matched"]:
                lines.append(f"MISS  {d['doc']} {d['gid']}: {d['note']}")
            elif d["wrong"]:
                pred = json.dumps(d["pred"], ensure_ascii=False)
                lines.append(f"WRONG {d['doc']} {d['gid']} {','.join(d['wrong'])}: {pred}")
        lines.extend(f"EXTRA {json.dumps(e, ensure_ascii=False)}" for e in self.extras)
        return lines


def _day(value: object) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def doc_key(row: Row, gold: bool) -> str:
    raw = row.get("doc") if gold else (row.get("_doc") or row.get("document_id"))
    if not raw:
        return ""
    return str(raw).rsplit("/", 1)[-1].split(".", 1)[0]


def place_ok(pred: Row, gold: Row) -> bool | None:
    if gold.get("lat") is None or gold.get("radius_km") is None:
        return None
    if pred.get("latitude") is None or pred.get("longitude") is None:
        return False
    try:
        d = _km(float(pred["latitude"]), float(pred["longitude"]), gold["lat"], gold["lon"])
    except (TypeError, ValueError):
        return False
    return d <= gold["radius_km"]


def date_ok(pred: Row, gold: Row) -> bool:
    ps, pe = _day(pred.get("date_start")), _day(pred.get("date_end") or pred.get("date_start"))
    gs, ge = _day(gold["date_start"]), _day(gold["date_end"])
    if ps is None or pe is None or gs is None or ge is None:
        return False
    gp, pp = gold["date_precision"], pred.get("date_precision")
    if gp == "day":
        return pp == "day" and ps == gs
    if gp == "days":
        return pp in ("day", "days") and gs <= ps <= pe <= ge
    return pp == gp and gs <= ps <= pe <= ge


def actor_ok(pred: Row, gold: Row) -> bool | None:
    if not gold.get("is_actor"):
        return None
    names: list[str] = []
    for actor in pred.get("actors") or []:
        if isinstance(actor, dict):
            names += [str(actor.get("name") or ""), str(actor.get("canonical") or "")]
        else:
            names.append(str(actor))
    return any(IS_ACTOR.search(n) for n in names if n)


def _norm(name: object) -> str:
    text = re.sub(r"[^\w\s]", " ", str(name).lower())
    text = re.sub(r"\s+", " ", text).strip()
    return text[4:] if text.startswith("the ") else text


def actors_ok(pred: Row, gold: Row) -> bool | None:
    """One of the gold's named actors is named by a predicted actor (whole-word containment)."""
    wanted = [_norm(a) for a in gold.get("actors") or [] if _norm(a)]
    if not wanted:
        return None
    raw: list[object] = []
    for actor in pred.get("actors") or []:
        if isinstance(actor, dict):
            raw += [actor.get("name"), actor.get("canonical")]
        else:
            raw.append(actor)
    names = [_norm(n) for n in raw if n and _norm(n)]
    return any(f" {w} " in f" {n} " or f" {n} " in f" {w} " for w in wanted for n in names)


def category_ok(pred: Row, gold: Row, field: str) -> bool | None:
    """The ACLED category equals the gold's (`acled_<field>`, else `<field>`), case-insensitively."""
    want = gold.get("acled_" + field) or gold.get(field)
    if not want:
        return None
    return str(pred.get(field) or "").strip().lower() == str(want).strip().lower()


def field_checks(pred: Row, gold: Row) -> dict[str, bool | None]:
    return {
        "date": date_ok(pred, gold),
        "place": place_ok(pred, gold),
        "kind": pred.get("kind") == gold["kind"],
        "event_type": category_ok(pred, gold, "event_type"),
        "sub_event_type": category_ok(pred, gold, "sub_event_type"),
        "killed": None if gold.get("killed") is None else pred.get("killed") == gold["killed"],
        "injured": None if gold.get("injured") is None else pred.get("injured") == gold["injured"],
        "actor": actor_ok(pred, gold),
        "actors": actors_ok(pred, gold),
        "attribution": None
        if not gold.get("attribution")
        else pred.get("attribution") == gold["attribution"],
        "disputed": None if not gold.get("claim_disputed") else bool(pred.get("claim_disputed")),
    }


def _pair_score(pred: Row, gold: Row, tolerance: int) -> float | None:
    ps, gs, ge = _day(pred.get("date_start")), _day(gold["date_start"]), _day(gold["date_end"])
    if ps is None or gs is None or ge is None:
        return None
    if not gs - timedelta(days=tolerance) <= ps <= ge + timedelta(days=tolerance):
        return None
    score = 2.0
    if place_ok(pred, gold):
        score += 1.0
    if pred.get("kind") == gold["kind"]:
        score += 1.0
    if date_ok(pred, gold):
        score += 0.5
    if pred.get("killed") is not None and pred.get("killed") == gold.get("killed"):
        score += 0.25
    return score


def score(preds: list[Row], golds: list[Row], tolerance: int = 7) -> Score:
    by_doc_p: dict[str, list[int]] = defaultdict(list)
    by_doc_g: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(preds):
        by_doc_p[doc_key(p, False)].append(i)
    for j, g in enumerate(golds):
        by_doc_g[doc_key(g, True)].append(j)
    pairs: list[tuple[float, int, int]] = []
    for doc, gidx in by_doc_g.items():
        for j in gidx:
            for i in by_doc_p.get(doc, []):
                s = _pair_score(preds[i], golds[j], tolerance)
                if s is not None:
                    pairs.append((s, i, j))
    pairs.sort(key=lambda t: (-t[0], t[2], t[1]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    matches: dict[int, int] = {}
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        matches[j] = i
    required = [j for j, g in enumerate(golds) if not g.get("optional")]
    tp = sum(1 for j in required if j in matches)
    fp = sum(1 for i in range(len(preds)) if i not in used_p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / len(required) if required else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    counts = {f: [0, 0] for f in FIELDS}
    detail: list[Row] = []
    for j in required:
        g = golds[j]
        if j not in matches:
            detail.append(
                {"gid": g.get("gid"), "doc": doc_key(g, True), "matched": False, "note": g.get("note")}
            )
            continue
        pred = preds[matches[j]]
        checks = field_checks(pred, g)
        for f, ok in checks.items():
            if ok is None:
                continue
            counts[f][1] += 1
            counts[f][0] += int(bool(ok))
        detail.append(
            {
                "gid": g.get("gid"),
                "doc": doc_key(g, True),
                "matched": True,
                "wrong": [f for f, ok in checks.items() if ok is False],
                "pred": {
                    k: pred.get(k)
                    for k in (
                        "kind",
                        "event_type",
                        "sub_event_type",
                        "date_start",
                        "date_end",
                        "date_precision",
                        "place",
                        "latitude",
                        "longitude",
                        "killed",
                        "injured",
                        "attribution",
                    )
                },
            }
        )
    extras = [
        {k: preds[i].get(k) for k in ("kind", "date_start", "place", "_doc")}
        for i in range(len(preds))
        if i not in used_p
    ]
    with_evidence = sum(1 for p in preds if p.get("evidence"))
    calibration = {band: {"predicted": 0, "matched": 0} for band, _, _ in CONFIDENCE_BANDS}
    for i, p in enumerate(preds):
        conf = float(p.get("confidence") or 0.0)
        band = next(name for name, lo, hi in CONFIDENCE_BANDS if lo <= conf < hi)
        calibration[band]["predicted"] += 1
        calibration[band]["matched"] += int(i in used_p)
    return Score(
        required=len(required),
        predicted=len(preds),
        matched=tp,
        unmatched_predictions=fp,
        precision=round(precision, 3),
        recall=round(recall, 3),
        f1=round(f1, 3),
        fields={f: (round(c / n, 3) if n else None) for f, (c, n) in counts.items()},
        field_counts={f: f"{c}/{n}" for f, (c, n) in counts.items()},
        evidence_coverage=round(with_evidence / len(preds), 3) if preds else 0.0,
        detail=detail,
        extras=extras,
        calibration=calibration,
    )


def load_rows(path: str | Path) -> list[Row]:
    rows: list[Row] = []
    try:
        fh = open(path, encoding="utf-8")  # noqa: SIM115 - closed below, errors mapped to one line
    except OSError as exc:
        raise KronikaError(f"{path}: {exc.strerror or exc}") from None
    with fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise KronikaError(f"{path}:{n}: not JSON: {exc}") from None
            if not isinstance(row, dict):
                raise KronikaError(f"{path}:{n}: each line must be a JSON object")
            rows.append(row)
    return rows


#: what a gold row must carry; a missing date_end is the date_start (one day)
_GOLD_REQUIRED = ("doc", "kind", "date_start")


def load_gold(path: str | Path) -> list[Row]:
    """Gold rows, checked: a row lacking a required field, or with a date that is not
    YYYY-MM-DD, is one line naming the file, the line and the field."""
    rows = load_rows(path)
    for n, row in enumerate(rows, 1):
        missing = [k for k in _GOLD_REQUIRED if row.get(k) in (None, "")]
        if missing:
            raise KronikaError(f"{path}: gold row {n} has no {', '.join(missing)}")
        if row.get("date_end") in (None, ""):
            row["date_end"] = row["date_start"]
        row.setdefault("date_precision", "day" if row["date_end"] == row["date_start"] else "days")
        for key in ("date_start", "date_end"):
            if _day(row[key]) is None:
                raise KronikaError(f"{path}: gold row {n}: {key} {row[key]!r} is not YYYY-MM-DD")
    return rows


def score_records(preds: Iterable[Row], gold_path: str | Path, tolerance: int = 7) -> Score:
    return score(list(preds), load_gold(gold_path), tolerance)
