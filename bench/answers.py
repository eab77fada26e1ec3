"""Answer quality per question set, in process: what `safeguard-bot ask --json -` would reply.

    python bench/answers.py [SET.yaml ...]   (default: every bench/qa_*.yaml)

Per set: pass rate (the shared scorer's rule: the reply's kind, and every phrase group in the
text), answer accuracy (of the answers given to `answer` cases, the share that pass), `no_answer`
precision (of refusals, the share that were `no_answer` cases) and recall (of `no_answer` cases, the
share refused), expected calibration error of `confidence` on the answers given (10 bins), and the
answer path's latency p50 / p99 in milliseconds.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import yaml
from calibrate import ece, right  # bench/ is on the path when this script runs

from bot.answering import Answerer
from bot.replies import ANSWER, NO_ANSWER
from content.loader import SHIPPED_CONTENT, load_content

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, default=sorted(HERE.glob("qa_*.yaml")))
    parser.add_argument("--failures", action="store_true", help="print each failed case")
    args = parser.parse_args()
    answerer = Answerer(load_content(SHIPPED_CONTENT))
    print(f"{'set':<20} {'passed':>13} {'accuracy':>9} {'no_ans P':>9} {'no_ans R':>9} {'ECE':>6} "
          f"{'p50 ms':>7} {'p99 ms':>7}")  # fmt: skip
    for path in args.sets:
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
        passed, timings, given, refused = 0, [], [], []
        for case in cases:
            started = time.perf_counter()
            reply = answerer.answer(case["q"])
            timings.append(1000 * (time.perf_counter() - started))
            ok = reply.kind == case["kind"] and (reply.kind != ANSWER or right(case, reply.text))
            passed += ok
            if reply.kind == ANSWER:
                given.append((reply.confidence, right(case, reply.text)))
            if reply.kind == NO_ANSWER:
                refused.append(case["kind"] == NO_ANSWER)
            if args.failures and not ok:
                print(f"  FAIL [{case['kind']} -> {reply.kind} {reply.confidence:.2f}] {case['q'][:100]}")
        correct = sum(ok for _, ok in given)
        no_answer_cases = sum(c["kind"] == NO_ANSWER for c in cases)
        confidence = np.array([c for c, _ in given]), np.array([ok for _, ok in given], dtype=float)
        print(f"{path.name:<20} {passed:>4}/{len(cases):<3} {100 * passed / len(cases):5.1f}% "
              f"{correct / (len(given) or 1):9.2f} {sum(refused) / (len(refused) or 1):9.2f} "
              f"{sum(refused) / (no_answer_cases or 1):9.2f} {ece(*confidence) if given else 0:6.3f} "
              f"{np.percentile(timings, 50):7.1f} {np.percentile(timings, 99):7.1f}")  # fmt: skip


if __name__ == "__main__":
    main()
