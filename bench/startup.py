"""Start-up time on the shipped content: load and validate, then index and embed (the Answerer).

    python bench/startup.py [--runs N]

Each run is a fresh Python process (nothing cached in memory); prints each run and the medians, in
seconds. Imports are timed apart: they are paid once per process whatever the content.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

ONE_RUN = """
import json, time
started = time.perf_counter()
from bot.answering import Answerer
from content.loader import SHIPPED_CONTENT, load_content
imported = time.perf_counter()
store = load_content(SHIPPED_CONTENT)
loaded = time.perf_counter()
Answerer(store)
ready = time.perf_counter()
print(json.dumps({"imports": imported - started, "load": loaded - imported, "index": ready - loaded}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    runs = []
    for _ in range(args.runs):
        out = subprocess.run([sys.executable, "-c", ONE_RUN], capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print("  ".join(f"{k} {v:.2f}" for k, v in runs[-1].items()))
    medians = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    print(f"median of {args.runs}: imports {medians['imports']:.2f} s, load and validate {medians['load']:.2f} s, "
          f"index and embed {medians['index']:.2f} s; start-up (load, validate, index, embed) "
          f"{medians['load'] + medians['index']:.2f} s")  # fmt: skip


if __name__ == "__main__":
    main()
