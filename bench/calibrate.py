"""Fit the answer-confidence model (bot/answer_confidence.py) on the development question sets.

    python bench/calibrate.py [--save]

Every `answer` and `no_answer` case of bench/qa_*.yaml is run through the answerer up to its best
candidate; the candidate is right when the answer it gives carries every phrase group of the case
(the shared scorer's rule), and any answer to a `no_answer` case is wrong. Each set's probabilities
come from a model fitted on the other sets (leave one set out), so the threshold and the expected
calibration error (ECE, 10 bins) are measured on questions the fit did not see. Prints, per set and
overall, the pass rate at the chosen threshold and the ECE; with --save, refits on every set and
writes bot/answer_model.json with the threshold chosen out of fold.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import yaml
from sklearn.linear_model import LogisticRegression

from bot import answer_confidence
from bot.answer_confidence import FEATURES, AnswerModel
from bot.answering import Answerer
from bot.replies import ANSWER
from content.loader import SHIPPED_CONTENT, load_content

HERE = Path(__file__).resolve().parent
ALWAYS = AnswerModel(np.zeros(len(FEATURES)), np.ones(len(FEATURES)), np.zeros(len(FEATURES)), 0.0, 0.0)


def right(case: dict, text: str) -> bool:
    text = text.lower()
    return case["kind"] == ANSWER and all(any(p.lower() in text for p in group) for group in case.get("all", []))


def collect(answerer: Answerer, cases: list[dict]) -> list[tuple[dict, np.ndarray | None, bool]]:
    """(case, features or None when nothing was found, whether the candidate's answer is right)."""
    rows = []
    for case in cases:
        if case["kind"] not in (ANSWER, "no_answer") or answerer.answer(case["q"]).kind not in (ANSWER, "no_answer"):
            continue
        found = answerer.candidate(case["q"])
        if not found.features:
            rows.append((case, None, False))
            continue
        text = answerer.reply_for(found, 1.0).text
        rows.append((case, np.array([found.features[n] for n in FEATURES]), right(case, text)))
    return rows


def fit(x: np.ndarray, y: np.ndarray, threshold: float) -> AnswerModel:
    means, scales = x.mean(axis=0), x.std(axis=0)
    scales[scales == 0] = 1.0
    model = LogisticRegression(C=1.0, max_iter=5000).fit((x - means) / scales, y)
    return AnswerModel(means, scales, model.coef_[0], float(model.intercept_[0]), threshold)


def passes(rows, probabilities, threshold: float) -> int:
    """Cases the reply would pass: a right answer given, or a `no_answer` case refused."""
    return sum(
        (p >= threshold and ok) if case["kind"] == ANSWER else (p < threshold)
        for (case, _, ok), p in zip(rows, probabilities, strict=True)
    )


def ece(probabilities: np.ndarray, labels: np.ndarray, bins: int = 10) -> float:
    """Expected calibration error: the gap between confidence and accuracy, weighted by bin size."""
    edges = np.minimum((probabilities * bins).astype(int), bins - 1)
    return float(sum(abs(probabilities[edges == b].mean() - labels[edges == b].mean()) * (edges == b).sum()
                     for b in range(bins) if (edges == b).any()) / len(probabilities))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", action="store_true", help="refit on every set and write bot/answer_model.json")
    args = parser.parse_args()
    answerer = Answerer(load_content(SHIPPED_CONTENT), confidence=ALWAYS)
    sets = {path.name: collect(answerer, yaml.safe_load(path.read_text())["cases"])
            for path in sorted(HERE.glob("qa_*.yaml"))}  # fmt: skip
    out_of_fold: dict[str, np.ndarray] = {}
    for name, rows in sets.items():
        train = [r for other, rs in sets.items() if other != name for r in rs if r[1] is not None]
        model = fit(np.array([r[1] for r in train]), np.array([r[2] for r in train]), 0.5)
        named = [dict(zip(FEATURES, r[1], strict=True)) if r[1] is not None else None for r in rows]
        out_of_fold[name] = np.array([model.probability(f) if f else 0.0 for f in named])
    rows = [r for rs in sets.values() for r in rs]
    probabilities = np.concatenate(list(out_of_fold.values()))
    grid = np.arange(0.05, 0.95, 0.01)
    threshold = float(max(grid, key=lambda t: (passes(rows, probabilities, t), -abs(t - 0.5))))
    labels = np.array([r[2] for r in rows], dtype=float)
    found = np.array([r[1] is not None for r in rows])
    print(f"{'set':<22} {'cases':>5} {'passed':>8} {'ECE':>6}   (leave one set out, threshold {threshold:.2f})")
    for name, rs in sets.items():
        p, ok = out_of_fold[name], np.array([r[2] for r in rs], dtype=float)
        has = np.array([r[1] is not None for r in rs])
        print(f"{name:<22} {len(rs):>5} {passes(rs, p, threshold):>4}/{len(rs):<3} {ece(p[has], ok[has]):6.3f}")
    print(f"{'all':<22} {len(rows):>5} {passes(rows, probabilities, threshold):>4}/{len(rows):<3} "
          f"{ece(probabilities[found], labels[found]):6.3f}")  # fmt: skip
    print(f"always answering (threshold 0): {passes(rows, probabilities, 0.0)}/{len(rows)}")
    if args.save:
        train = [r for r in rows if r[1] is not None]
        model = fit(np.array([r[1] for r in train]), np.array([r[2] for r in train]), threshold)
        provenance = {"sets": list(sets), "cases": len(rows), "threshold_chosen": "leave one set out",
                      "ece_out_of_fold": round(ece(probabilities[found], labels[found]), 4)}  # fmt: skip
        path = Path(answer_confidence.__file__).with_name(answer_confidence.MODEL_FILE)
        answer_confidence.save(model, path, provenance)
        print("saved bot/answer_model.json")


if __name__ == "__main__":
    main()
