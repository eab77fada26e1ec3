"""Urgency recall and false-alarm rate, per class, on labelled sets of chat messages.

    python bench/urgency.py [SET.yaml ...]      (default: every bench/urgency_*.yaml)

A set is `cases: [{q, urgent: true|false, class}]`, or an answer set (`cases: [{q, kind}]`, as
bench/qa_*.yaml), read as class "question", urgent when its kind is `urgent`. A message counts as
recognised when the bot's reply (the whole answer path, as `safeguard-bot ask` gives it) is
`urgent`. Prints, per set and class, emergencies recognised / emergencies and look-alikes alarmed /
look-alikes, then the totals.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

import yaml

from bot.answering import Answerer
from content.loader import SHIPPED_CONTENT, load_content

HERE = Path(__file__).resolve().parent


def score(answerer: Answerer, cases: list[dict]) -> dict[str, list[int]]:
    """Per class: [recognised, emergencies, alarmed, look-alikes]."""
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for case in cases:
        urgent = answerer.answer(case["q"]).kind == "urgent"
        row = table[case.get("class", "question")]
        if _is_urgent(case):
            row[0] += urgent
            row[1] += 1
        else:
            row[2] += urgent
            row[3] += 1
    return table


def _is_urgent(case: dict) -> bool:
    return case["urgent"] if "urgent" in case else case["kind"] == "urgent"


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, default=sorted(HERE.glob("urgency_*.yaml")))
    parser.add_argument("--misses", action="store_true", help="print each miss and false alarm")
    args = parser.parse_args()
    answerer = Answerer(load_content(SHIPPED_CONTENT))
    for path in args.sets:
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
        table = score(answerer, cases)
        print(f"\n{path.name}: {len(cases)} messages")
        print(f"  {'class':<22} {'recall':>16} {'false alarms':>16}")
        for name in sorted(table):
            hit, urgent, alarmed, calm = table[name]
            print(f"  {name:<22} {hit:>3}/{urgent:<3} {_pct(hit, urgent)} {alarmed:>4}/{calm:<3} {_pct(alarmed, calm)}")
        hit, urgent, alarmed, calm = (sum(row[i] for row in table.values()) for i in range(4))
        print(f"  {'all':<22} {hit:>3}/{urgent:<3} {_pct(hit, urgent)} {alarmed:>4}/{calm:<3} {_pct(alarmed, calm)}")
        if args.misses:
            for case in cases:
                if (answerer.answer(case["q"]).kind == "urgent") != _is_urgent(case):
                    missed = "MISS" if _is_urgent(case) else "ALARM"
                    print(f"    {missed} [{case.get('class', 'question')}] {case['q']}")


if __name__ == "__main__":
    main()
