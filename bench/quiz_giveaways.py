"""How often a quiz's right option is the longest (issue 14's target: at most 30% of the library's
questions), per quiz and over the library, and any other giveaway the lint finds.

    python bench/quiz_giveaways.py [QUIZ_FOLDER]      (default: the shipped library)
"""

from __future__ import annotations

import sys
from pathlib import Path

from quizzes.lint import giveaways, longest_share
from quizzes.loader import SHIPPED_QUIZZES

TARGET = 0.30


def main(folder: Path) -> int:
    for path in sorted(folder.glob("*.yaml")):
        longest, total = longest_share(folder, path.name)
        print(f"{path.name:45} right option longest in {longest}/{total} ({longest / max(total, 1):.0%})")
    longest, total = longest_share(folder)
    share = longest / max(total, 1)
    print(f"{'library':45} right option longest in {longest}/{total} ({share:.0%}); target <= {TARGET:.0%}: "
          f"{'met' if share <= TARGET else 'not met'}")  # fmt: skip
    found = giveaways(folder)
    for problem in found:
        print(problem)
    print(f"giveaways the lint finds: {len(found)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else SHIPPED_QUIZZES))
