"""Records quiz answers as fast as it can, printing "ACK attempt question" once each is stored.

Run by test_durability.py, which kills it with SIGKILL at random moments.
"""

import sys
from datetime import UTC, datetime

from bot.storage import TinyStore
from quizzes.tracking import Answer

QUESTIONS = [f"q{n}" for n in range(1, 6)]


def main(data_dir: str, run: str) -> None:
    store = TinyStore(data_dir)
    for n in range(100_000):
        learner = f"test:{run}-{n}"
        attempt = store.start_attempt("durability", learner, datetime.now(UTC))
        for question in QUESTIONS:
            store.record_answer(attempt.id, Answer(question, n % 3, n % 3 == 0, datetime.now(UTC).isoformat()))
            print(f"ACK {attempt.id} {question}", flush=True)
        store.finish_attempt(attempt.id, datetime.now(UTC).isoformat(), 1, False)
        print(f"FINISHED {attempt.id}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
