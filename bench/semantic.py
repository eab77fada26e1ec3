"""The semantic detector of immediate risk on development sets held out of its fit: meaning alone against meaning
and wording (bot/urgency_semantic.py).

    python bench/semantic.py [--from 500]

Every bench/urgency_holdoutN.yaml with N at or above --from is held out: its messages are taken out of the
exemplars (content/urgency.yaml), both models are fitted on the rest and the items' questions, and each prints the
share of held-out emergencies and of look-alikes at or above each probability. The detector alone, with no rules.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import numpy as np
import yaml

from bot.urgency import SURE, THRESHOLD
from bot.urgency_rules import normalise
from bot.urgency_semantic import fit, training_set, wording
from content.embeddings import embed
from content.loader import SHIPPED_CONTENT, load_content

ROOT = Path(__file__).resolve().parent.parent

LEVELS = (THRESHOLD, 0.7, 0.9, SURE)


def held_out(first: int) -> list[tuple[str, int]]:
    """(message, 1 emergency or 0 look-alike) of every development set numbered `first` or above."""
    cases = []
    for path in sorted(ROOT.glob("bench/urgency_holdout*.yaml")):
        number = re.search(r"(\d+)\.yaml$", path.name)
        if number and int(number.group(1)) >= first:
            cases += [(c["q"].strip(), int(c["urgent"])) for c in yaml.safe_load(path.read_text())["cases"]]
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="first", type=int, default=500, help="the first development set held out")
    first = parser.parse_args().first
    test = held_out(first)
    held = {text for text, _ in test}
    examples = [e for e in training_set(load_content(SHIPPED_CONTENT)) if e[0] not in held]
    labels = np.asarray([label for _, label in test])
    plain = [normalise(text) for text, _ in test]
    print(f"sets {first} and above held out: {labels.sum()} emergencies, {len(labels) - labels.sum()} look-alikes; "
          f"fitted on {len(examples)} examples")  # fmt: skip

    from sklearn.linear_model import LogisticRegression

    train_labels = np.asarray([label for _, label, _ in examples])
    meaning = LogisticRegression(C=4.0, class_weight="balanced", max_iter=5000)
    meaning.fit(embed([normalise(text) for text, _, _ in examples]), train_labels)
    vectors = embed(plain)
    both = fit(examples)
    for name, likely in (
        ("meaning alone (embeddings)", meaning.predict_proba(vectors)[:, 1]),
        ("meaning and wording (shipped)", both.probability(vectors, wording(plain))),
    ):
        urgent, calm = likely[labels == 1], likely[labels == 0]
        found = [f"{level:.2f}: {np.mean(urgent >= level):.2%} / {np.mean(calm >= level):.2%}" for level in LEVELS]
        print(f"{name:32} emergencies / look-alikes at or above  " + "   ".join(found))


if __name__ == "__main__":
    main()
