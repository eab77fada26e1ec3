import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from bot.storage import TinyStore

WRITER = Path(__file__).with_name("durability_writer.py")
KILLS = 25


def test_durability_sigkill_never_loses_an_acknowledged_answer(tmp_path):
    data = tmp_path / "data"
    rng = random.Random(2026)
    acknowledged: set[tuple[str, str]] = set()
    finished: set[str] = set()
    env = {**os.environ, "PYTHONPATH": str(WRITER.parent.parent)}
    for run in range(KILLS):
        writer = subprocess.Popen(
            [sys.executable, str(WRITER), str(data), str(run)], stdout=subprocess.PIPE, text=True, env=env
        )
        wanted = rng.randint(1, 40)
        for line in writer.stdout:
            word, attempt, *question = line.split()
            if word == "ACK":
                acknowledged.add((attempt, question[0]))
            else:
                finished.add(attempt)
            wanted -= 1
            if wanted <= 0:
                break
        time.sleep(rng.random() * 0.01)  # land the kill somewhere inside the next write
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()

    for path in data.rglob("*.json"):
        json.loads(path.read_text())  # every file is whole
    store = TinyStore(data)
    stored = {(a.id, ans.question) for a in store.attempts("durability") for ans in a.answers}
    assert acknowledged <= stored, f"lost {len(acknowledged - stored)} acknowledged answers"
    assert len(acknowledged) >= KILLS
    completed = {a.id for a in store.attempts("durability") if a.status == "completed"}
    assert finished <= completed
    assert all(store.attempt(a) is not None for a, _ in acknowledged)
