"""The storage contract: every engine of the port (bot/storage/port.py) must pass these, written rules and
unwritten ones (the pattern of botbuilder's storage_base_tests.py), parametrised over the engines: TinyDB on a
temp folder, PostgreSQL on a new database of the session's throwaway cluster."""

import inspect
import json
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.nudges import DeliveryOutcome, Schedule
from bot.storage import Store, TinyStore
from bot.storage.postgres_store import PostgresStore
from bot.tickets import ANSWERED, CLAIMED, OPEN, new_ticket
from quizzes.tracking import Answer, Cohort, Learner

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ENGINES = ["tinydb", "postgres"]


@pytest.fixture(params=ENGINES)
def engine(request, tmp_path):
    """`engine()` opens a new handle on one store, as a second process would."""
    if request.param == "tinydb":
        yield lambda: TinyStore(tmp_path / "data")
        return
    url = request.getfixturevalue("postgres_url")
    handles = []

    def open_handle():
        handles.append(PostgresStore(url, pool_size=2))
        return handles[-1]

    yield open_handle
    for handle in handles:
        handle.close()


@pytest.fixture
def store(engine) -> Store:
    return engine()


def test_contract_the_engine_implements_every_method_of_the_port(store):
    for name, member in inspect.getmembers(Store, inspect.isfunction):
        if name.startswith("_"):
            continue
        implemented = getattr(type(store), name, None)
        assert implemented is not None, name
        assert list(inspect.signature(member).parameters) == list(inspect.signature(implemented).parameters), name


def test_contract_learners_roles_cohorts_and_settings_round_trip(engine, store):
    store.save_learner(Learner("slack:U1", "Ann", "Early help", "Council"))
    store.save_learner(Learner("slack:U1", "Ann B", "Early help", "Council"))  # an update, not a second learner
    store.grant_role("slack:U1", "champion")
    store.grant_role("slack:U1", "champion")
    store.save_cohort(Cohort("early-help", "was-not-brought", ("slack:U1",), date(2026, 4, 1)))
    store.save_setting("k", "v")
    again = engine()
    assert again.learners() == [Learner("slack:U1", "Ann B", "Early help", "Council")]
    assert again.roles() == {"slack:U1": ["champion"]}
    assert again.cohorts() == [Cohort("early-help", "was-not-brought", ("slack:U1",), date(2026, 4, 1))]
    assert again.setting("k") == "v" and again.setting("missing", "d") == "d"
    assert again.revoke_role("slack:U1", "champion") and not again.revoke_role("slack:U1", "champion")


def test_contract_a_role_is_granted_with_a_scope_that_a_second_grant_changes(engine, store):
    store.grant_role("slack:U1", "training_officer", "agency:Police")
    store.grant_role("slack:U2", "training_officer")
    assert engine().role_scope("slack:U1", "training_officer") == "agency:Police"
    store.grant_role("slack:U1", "training_officer", "team:North")  # changed, not a second grant
    again = engine()
    assert again.roles() == {"slack:U1": ["training_officer"], "slack:U2": ["training_officer"]}
    assert again.role_scope("slack:U1", "training_officer") == "team:North"
    assert again.role_scope("slack:U2", "training_officer") == "" and again.role_scope("slack:U3", "champion") is None
    for bad in ("agency:", "site:North", "agency"):
        with pytest.raises(ValueError):
            store.grant_role("slack:U1", "training_officer", bad)


def test_contract_a_learners_time_zone_and_a_recurring_assignment_round_trip(engine, store):
    store.save_learner(Learner("slack:U1", "Ann", "North", "Police", "America/New_York"))
    recurring = Cohort("yearly", "was-not-brought", ("slack:U1",), date(2026, 4, 1), "North", 12, date(2026, 3, 1))
    store.save_cohort(recurring)
    again = engine()
    assert again.learner("slack:U1").tz == "America/New_York" and again.cohorts() == [recurring]


def test_contract_attempt_ids_are_never_reused_across_handles(engine):
    first, second = engine(), engine()
    ids = [first.start_attempt("q", f"slack:U{n}", T0).id for n in range(5)]
    ids += [second.start_attempt("q", f"slack:V{n}", T0).id for n in range(5)]
    assert len(set(ids)) == 10
    assert {a.id for a in first.attempts("q")} == set(ids)


def test_contract_starting_twice_returns_the_attempt_in_progress(store):
    started = store.start_attempt("q", "slack:U1", T0)
    assert store.start_attempt("q", "slack:U1", T0 + timedelta(minutes=1)).id == started.id
    assert store.open_attempt("slack:U1", "q").id == started.id


def test_contract_open_attempts_come_most_recently_started_first(store):
    store.start_attempt("older", "slack:U1", T0)
    store.start_attempt("newer", "slack:U1", T0 + timedelta(hours=1))
    assert [a.quiz for a in store.open_attempts("slack:U1")] == ["newer", "older"]


def test_contract_a_re_click_is_idempotent_the_first_answer_stands(engine, store):
    attempt = store.start_attempt("q", "slack:U1", T0)
    store.record_answer(attempt.id, Answer("q1", 0, True, T0.isoformat()))
    again = engine().record_answer(attempt.id, Answer("q1", 2, False, T0.isoformat()))
    assert [(a.question, a.option) for a in again.answers] == [("q1", 0)]


def test_contract_a_finished_attempt_is_no_longer_open(store):
    attempt = store.start_attempt("q", "slack:U1", T0)
    store.finish_attempt(attempt.id, T0.isoformat(), 4, True)
    assert store.open_attempt("slack:U1", "q") is None
    (done,) = list(store.attempts("q"))
    assert (done.score, done.passed) == (4, True)


def test_contract_a_delivery_claim_taken_twice_returns_false_the_second_time(engine):
    schedule = Schedule("s1", "slack", "C1", 0, "09:00", "Europe/London")
    assert engine().claim_deliveries([(schedule, "2026-W10")], "sending") == [True]
    assert engine().claim_deliveries([(schedule, "2026-W10")], "sending") == [False]
    assert engine().claim_deliveries([(schedule, "2026-W11")], "sending") == [True]


def test_contract_a_batch_of_claims_is_taken_once_each_across_weeks_and_repeats(engine, store):
    ones = [Schedule(f"s{n}", "slack", f"C{n}", 0, "09:00", "Europe/London") for n in range(3)]
    store.claim_deliveries([(ones[1], "2026-W10")], "sending")
    batch = [(ones[0], "2026-W10"), (ones[1], "2026-W10"), (ones[2], "2026-W11"), (ones[0], "2026-W10")]
    assert engine().claim_deliveries(batch, "sending") == [True, False, True, False]
    assert engine().claim_deliveries([], "sending") == []
    assert [d["schedule"] for d in store.deliveries("2026-W10")] == ["s1", "s0"]  # in the order claimed
    assert [d["schedule"] for d in store.deliveries()] == ["s1", "s0", "s2"] and store.deliveries("2026-W12") == []


def test_contract_outcomes_are_recorded_together_and_count_each_item_sent(engine, store):
    ones = [Schedule(f"s{n}", "slack", "C1" if n < 2 else "C2", 0, "09:00", "Europe/London") for n in range(3)]
    store.claim_deliveries([(ones[0], "2026-W10"), (ones[1], "2026-W10"), (ones[2], "2026-W11")], "sending")
    store.finish_deliveries([
        DeliveryOutcome("s0", "2026-W10", "sent", "guide-1"), DeliveryOutcome("s1", "2026-W10", "sent", "guide-1"),
        DeliveryOutcome("s2", "2026-W11", "failed", "guide-2", "channel_not_found"),
        DeliveryOutcome("never-claimed", "2026-W10", "sent", "guide-9"),
    ])  # fmt: skip
    again = engine()
    assert [(d["schedule"], d["status"], d["item"], d["note"]) for d in again.deliveries()] == [
        ("s0", "sent", "guide-1", ""), ("s1", "sent", "guide-1", ""),
        ("s2", "failed", "guide-2", "channel_not_found")]  # fmt: skip
    assert again.delivered_counts([("slack", "C1"), ("slack", "C2")]) == {("slack", "C1"): {"guide-1": 2},
                                                                            ("slack", "C2"): {}}  # fmt: skip
    again.finish_deliveries([])


def test_contract_rotation_counts_read_what_another_instance_wrote_and_give_a_copy(engine, store):
    schedule = Schedule("s1", "slack", "C1", 0, "09:00", "Europe/London")
    assert store.delivered_counts([("slack", "C1")]) == {("slack", "C1"): {}}
    other = engine()  # another process on the same data (the CLI's `nudges run-due` beside the server)
    other.claim_deliveries([(schedule, "2026-W10")], "sending")
    other.finish_deliveries([DeliveryOutcome("s1", "2026-W10", "sent", "guide-1")])
    counts = store.delivered_counts([("slack", "C1")])
    assert counts == {("slack", "C1"): {"guide-1": 1}}
    counts["slack", "C1"]["guide-1"] = 99
    assert store.delivered_counts([("slack", "C1")]) == {("slack", "C1"): {"guide-1": 1}}


def test_contract_rotation_counts_of_many_channels_are_read_together(store):
    """A nudge run reads a batch's channels at once: each asked for comes back, keyed by (platform, channel)."""
    ones = [Schedule(f"s{n}", platform, channel, 0, "09:00", "Europe/London")
            for n, (platform, channel) in enumerate([("slack", "C1"), ("msteams", "C1"), ("slack", "C2")])]  # fmt: skip
    store.claim_deliveries([(one, "2026-W10") for one in ones], "sending")
    store.finish_deliveries([DeliveryOutcome("s0", "2026-W10", "sent", "guide-1"),
                             DeliveryOutcome("s1", "2026-W10", "sent", "guide-2")])  # fmt: skip
    asked = [("slack", "C1"), ("msteams", "C1"), ("slack", "C2"), ("slack", "C9")]
    assert store.delivered_counts(asked) == {("slack", "C1"): {"guide-1": 1}, ("msteams", "C1"): {"guide-2": 1},
                                             ("slack", "C2"): {}, ("slack", "C9"): {}}  # fmt: skip
    assert store.delivered_counts([]) == {}


def test_contract_a_released_claim_can_be_taken_again(store):
    schedule = Schedule("s1", "slack", "C1", 0, "09:00", "Europe/London")
    store.claim_deliveries([(schedule, "2026-W10")], "sending")
    store.release_delivery("s1", "2026-W10")
    assert store.claim_deliveries([(schedule, "2026-W10")], "sending") == [True]


def test_contract_engagement_is_recorded_once_per_person_for_a_delivered_nudge(store):
    assert not store.has_nudge_event("s1", "2026-W10", "read_more", "slack:U1")
    store.claim_deliveries([(Schedule("s1", "slack", "C1", 0, "09:00", "Europe/London"), "2026-W10")], "sending")
    assert store.record_nudge_event("s1", "2026-W10", "read_more", "slack:U1") is True
    assert store.record_nudge_event("s1", "2026-W10", "read_more", "slack:U1") is False
    assert store.has_nudge_event("s1", "2026-W10", "read_more", "slack:U1")
    assert not store.has_nudge_event("s1", "2026-W10", "read_more", "slack:U2")


def test_contract_request_ids_are_answered_once_across_handles(engine):
    assert engine().first_sighting("Ev1", now=T0) is True
    assert engine().first_sighting("Ev1", now=T0 + timedelta(minutes=30)) is False


def test_contract_votes_are_counts_per_cited_item(store):
    store.record_vote(["a", "b"], True)
    store.record_vote(["a"], False)
    assert store.votes() == [
        {"source": "a", "helpful": 1, "not_helpful": 1},
        {"source": "b", "helpful": 1, "not_helpful": 0},
    ]


def test_contract_conversation_references_and_review_cards_round_trip(engine, store):
    store.save_conversation("19:abc", {"conversation": {"id": "19:abc"}})
    store.save_review_learner("slack:U1", True)
    store.save_review_card("slack:U1", "q:q1", {"due": "2026-03-03"})
    again = engine()
    assert again.has_conversation("19:abc") and not again.has_conversation("19:zzz")
    assert again.review_learners() == ["slack:U1"]
    assert again.review_cards("slack:U1") == {"q:q1": {"due": "2026-03-03"}}
    assert again.delete_conversation("19:abc") and not again.has_conversation("19:abc")


def test_contract_attempts_come_in_the_order_started_per_quiz(store):
    started = [store.start_attempt("q", f"slack:U{n}", T0 + timedelta(minutes=n)).id for n in range(5)]
    store.start_attempt("other", "slack:U1", T0)
    assert [a.id for a in store.attempts("q")] == started
    assert [a.quiz for a in store.attempts()] == ["other"] + ["q"] * 5


def test_contract_an_unknown_attempt_is_a_key_error_and_nothing_is_stored(store):
    with pytest.raises(KeyError):
        store.record_answer("q~2026-03-001~0123456789ab", Answer("q1", 0, True, T0.isoformat()))
    with pytest.raises(KeyError):
        store.finish_attempt("q~2026-03-001~0123456789ab", T0.isoformat(), 1, True)
    assert store.attempt("q~2026-03-001~0123456789ab") is None and list(store.attempts()) == []


def test_contract_finishing_and_rating_twice_keep_the_first(engine, store):
    attempt = store.start_attempt("q", "slack:U1", T0)
    store.record_rating(attempt.id, "usefulness", 4)
    engine().record_rating(attempt.id, "usefulness", 1)
    store.finish_attempt(attempt.id, T0.isoformat(), 4, True)
    again = engine().finish_attempt(attempt.id, (T0 + timedelta(hours=1)).isoformat(), 0, False)
    assert (again.score, again.passed, again.finished_at, again.ratings) == (4, True, T0.isoformat(), {"usefulness": 4})
    assert store.record_answer(attempt.id, Answer("q9", 0, True, T0.isoformat())).answers == []  # finished: closed
    with pytest.raises(ValueError):
        store.record_rating(attempt.id, "made-up", 1)


def test_contract_gaps_and_urgency_feedback_are_counts_most_frequent_first(store):
    store.record_gap("What is Clare's Law?", when=T0)
    store.record_gap("what is clare's law", when=T0 + timedelta(days=1))
    store.record_gap("private fostering?", when=T0)
    store.record_gap("  ?  ")
    assert [(g["question"], g["count"]) for g in store.gaps()] == [("what is clare's law", 2), ("private fostering", 1)]
    assert store.gaps()[0]["last_asked"] == (T0 + timedelta(days=1)).isoformat()
    store.record_urgency_feedback("missed", "alone")
    store.record_urgency_feedback("missed", "alone")
    store.record_urgency_feedback("not_urgent", "weapons")
    assert store.urgency_feedback() == [
        {"verdict": "missed", "cls": "alone", "count": 2},
        {"verdict": "not_urgent", "cls": "weapons", "count": 1},
    ]


def test_contract_schedules_deliveries_and_rotation_round_trip(engine, store):
    schedule = Schedule("s1", "slack", "C1", 0, "09:00", "Europe/London", ("neglect",), "slack:U1")
    store.save_schedule(schedule)
    store.claim_deliveries([(schedule, "2026-W10")], "sending")
    store.finish_deliveries([DeliveryOutcome("s1", "2026-W10", "sent", "guide-1")])
    store.claim_deliveries([(schedule, "2026-W11")], "sending")
    store.finish_deliveries([DeliveryOutcome("s1", "2026-W11", "sent", "guide-1")])
    again = engine()
    assert again.schedules() == [schedule] and again.schedule("s1") == schedule and again.schedule("s2") is None
    assert [(d["period"], d["status"], d["item"]) for d in again.deliveries()] == [
        ("2026-W10", "sent", "guide-1"), ("2026-W11", "sent", "guide-1")]  # fmt: skip
    assert again.delivered_counts([("slack", "C1"), ("slack", "C2")]) == {("slack", "C1"): {"guide-1": 2},
                                                                            ("slack", "C2"): {}}  # fmt: skip
    assert again.delivery("s1", "2026-W12") is None


def test_contract_a_request_id_seen_over_an_hour_ago_is_new_again(store):
    assert store.first_sighting("Ev2", now=T0)
    assert not store.first_sighting("Ev2", now=T0 + timedelta(minutes=59))
    assert store.first_sighting("Ev2", now=T0 + timedelta(hours=3))


def test_contract_racing_handles_claim_a_delivery_once_and_start_one_attempt(engine):
    from concurrent.futures import ThreadPoolExecutor

    schedule = Schedule("s1", "slack", "C1", 0, "09:00", "Europe/London")
    handles = [engine() for _ in range(4)]
    with ThreadPoolExecutor(8) as pool:
        claims = list(
            pool.map(lambda n: handles[n % 4].claim_deliveries([(schedule, "2026-W10")], "sending"), range(16))
        )
        started = set(pool.map(lambda n: handles[n % 4].start_attempt("q", "slack:U1", T0).id, range(16)))
        sightings = list(pool.map(lambda n: handles[n % 4].first_sighting("Ev3", now=T0), range(16)))
    assert claims.count([True]) == 1 and len(started) == 1 and sightings.count(True) == 1


def _fill(store) -> None:
    """One record of every kind, some of them several times over."""
    store.save_learner(Learner("slack:U1", "Ann", "Early help", "Council", "Europe/London"))
    store.grant_role("slack:U1", "training_officer", "agency:Council")
    store.save_cohort(Cohort("c1", "q", ("slack:U1",), date(2026, 4, 1), "Early help", 12, date(2026, 3, 1)))
    store.save_setting("session_secret", "s3cret")
    store.record_gap("what is clare's law", when=T0)
    store.record_vote(["guide-a"], True)
    store.record_urgency_feedback("missed", "alone")
    store.save_conversation("19:abc", {"conversation": {"id": "19:abc"}})
    schedule = Schedule("s1", "slack", "C1", 0, "09:00", "Europe/London", ("neglect",))
    store.save_schedule(schedule)
    store.claim_deliveries([(schedule, "2026-W10")], "sending")
    store.finish_deliveries([DeliveryOutcome("s1", "2026-W10", "sent", "guide-1")])
    store.record_nudge_event("s1", "2026-W10", "read_more", "slack:U1")
    store.save_review_learner("slack:U1", True)
    store.save_review_card("slack:U1", "q:q1", {"due": "2026-03-03"})
    done = store.start_attempt("q", "slack:U1", T0, {"item-a": 2})
    store.record_answer(done.id, Answer("q1", 2, True, T0.isoformat()))
    store.record_rating(done.id, "usefulness", 5)
    store.finish_attempt(done.id, T0.isoformat(), 1, True)
    store.start_attempt("q", "slack:U2", T0 + timedelta(minutes=5))
    store.add_ticket(new_ticket("slack:U1", "how do I escalate a disagreement with a GP?", T0))
    store.record_audit("cli:admin", "role.grant", "slack:U1", "champion")
    store.record_item_texts([_text_row("item-a", 2, "Ask about every adult.", T0)])


def _canonical(store) -> list[str]:
    return sorted(json.dumps(record, sort_keys=True) for record in store.export_records())


@pytest.mark.parametrize("target_engine", ENGINES)
def test_contract_every_record_copies_to_either_engine_and_a_second_copy_adds_nothing(
    engine, target_engine, tmp_path, request
):
    from bot.storage.records import KINDS, copy_store

    source = engine()
    _fill(source)
    if target_engine == "tinydb":
        target = TinyStore(tmp_path / "copy")
    else:
        target = PostgresStore(request.getfixturevalue("postgres_cluster").database(), pool_size=2)
    counts = copy_store(source, target)
    assert set(counts) == set(KINDS) and all(read == held for read, held in counts.values())
    assert sum(read for read, _ in counts.values()) == 19
    assert copy_store(source, target) == counts  # kept, not doubled
    assert _canonical(target) == _canonical(source)
    resumed = target.open_attempt("slack:U2", "q")
    assert resumed is not None and resumed.id == source.open_attempt("slack:U2", "q").id
    assert target.record_answer(resumed.id, Answer("q1", 0, True, T0.isoformat())).answers[0].option == 0


def test_contract_first_attempts_per_learner_are_the_first_started_and_first_completed_within_the_window(store):
    day = timedelta(days=1)
    a1 = store.start_attempt("q", "slack:U1", T0)  # U1: first started, never finished
    store.record_answer(a1.id, Answer("q1", 0, False, T0.isoformat()))
    store.finish_attempt(store.start_attempt("q", "slack:U2", T0 + day).id, T0.isoformat(), 3, True)
    a2 = store.start_attempt("q", "slack:U1", T0 + 2 * day)  # a second attempt: U1's open one is still a1
    assert a2.id == a1.id
    store.finish_attempt(a1.id, (T0 + 2 * day).isoformat(), 2, False)
    retake = store.start_attempt("q", "slack:U1", T0 + 3 * day)
    store.record_answer(retake.id, Answer("q1", 1, True, T0.isoformat()))
    store.finish_attempt(retake.id, (T0 + 3 * day).isoformat(), 4, True)
    store.start_attempt("other", "slack:U3", T0)
    firsts = store.first_attempts("q")
    assert [(s.learner, s.id, d.id if d else None) for s, d in firsts] == [
        ("slack:U1", a1.id, a1.id), ("slack:U2", firsts[1][0].id, firsts[1][0].id)]  # fmt: skip
    assert firsts[1][1].score == 3 and firsts[0][0].status == "completed"
    later = store.first_attempts("q", since=(T0 + 3 * day).date())
    assert [(s.id, d.id) for s, d in later] == [(retake.id, retake.id)]
    assert store.first_attempts("q", until=(T0 - day).date()) == [] and store.first_attempts("none") == []


def test_contract_last_completions_are_each_learners_latest_completed_attempt(store):
    day = timedelta(days=1)
    for learner, days in (("slack:U1", (0, 5, 2)), ("slack:U2", (1,))):
        for n in days:
            attempt = store.start_attempt("q", learner, T0 + n * day)
            store.finish_attempt(attempt.id, (T0 + n * day).isoformat(), n, True)
    store.start_attempt("q", "slack:U1", T0 + 9 * day)  # started later, not finished: not a completion
    store.start_attempt("q", "slack:U3", T0)
    latest = store.last_completions("q", ["slack:U1", "slack:U3", "slack:U9"])
    assert {learner: attempt.score for learner, attempt in latest.items()} == {"slack:U1": 5}
    assert store.last_completions("q", []) == {} and store.last_completions("other", ["slack:U1"]) == {}


def test_contract_answer_tallies_count_answers_per_question_with_the_top_and_bottom_groups(store):
    ids = []
    for n, options in enumerate([(0, 1), (2, 1), (2, 0)]):
        attempt = store.start_attempt("q", f"slack:U{n}", T0)
        for question, option in zip(("q1", "q2"), options, strict=True):
            store.record_answer(attempt.id, Answer(question, option, option == 0, T0.isoformat()))
        ids.append(attempt.id)
    tallies = store.answer_tallies([*ids, "q~2026-03-000~unknown", "not an id"], top=ids[:1], bottom=ids[1:])
    q1, q2 = tallies["q1"], tallies["q2"]
    assert (q1.answered, q1.right, q1.right_top, q1.right_bottom, q1.wrong_options) == (3, 1, 1, 0, {2: 2})
    assert (q2.answered, q2.right, q2.right_top, q2.right_bottom, q2.wrong_options) == (3, 1, 0, 1, {1: 2})
    assert store.answer_tallies([]) == {} and set(store.answer_tallies(ids[:1])) == {"q1", "q2"}


def test_postgres_migrations_are_applied_once_in_order_and_recorded(postgres_url):
    import psycopg

    from bot.storage.postgres_store import migrate, migrations

    first = PostgresStore(postgres_url, pool_size=1)
    first.close()
    assert migrate(postgres_url) == []  # a second instance starting finds nothing to do
    with psycopg.connect(postgres_url) as conn:
        versions = [row[0] for row in conn.execute("SELECT version FROM schema_version ORDER BY version")]
        indexes = {row[0] for row in conn.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'attempts'")}
    assert versions == [version for version, _ in migrations()] == list(range(1, len(migrations()) + 1))
    assert "attempts_firsts" in indexes


def test_postgres_migration_3_fills_first_attempts_from_the_attempts_already_stored(postgres_url):
    import psycopg

    from bot.storage.postgres_store import migrations

    with psycopg.connect(postgres_url) as conn:  # a database at version 2, holding attempts
        conn.execute("CREATE TABLE schema_version (version integer PRIMARY KEY, applied_at text)")
        for version, sql in migrations()[:2]:
            conn.execute(sql)
            conn.execute("INSERT INTO schema_version VALUES (%s, 'then')", (version,))
        rows = [
            ("q~a", "U1", "2026-03-02T09:00:00", "completed"),
            ("q~b", "U1", "2026-03-01T09:00:00", "in_progress"),
            ("q~c", "U1", "2026-03-03T09:00:00", "completed"),
            ("q~d", "U2", "2026-03-01T09:00:00", "completed"),
        ]
        for attempt_id, learner, started_at, status in rows:
            conn.execute("INSERT INTO attempts (id, quiz, learner, started_at, status) VALUES (%s, 'q', %s, %s, %s)",
                         (attempt_id, learner, started_at, status))  # fmt: skip
    store = PostgresStore(postgres_url, pool_size=1)
    try:
        assert [(s.id, d.id) for s, d in store.first_attempts("q")] == [("q~b", "q~a"), ("q~d", "q~d")]
    finally:
        store.close()


def test_contract_a_ticket_is_found_by_id_page_token_and_post_and_listed_newest_first(engine, store):
    first = new_ticket("slack:U1", "first question", T0)
    second = new_ticket("msteams:abc", "second | question", T0 + timedelta(minutes=1))
    store.add_ticket(first)
    store.add_ticket(second)
    with pytest.raises(ValueError):
        store.add_ticket(first)  # ids are never reused
    other = engine()
    assert [t.id for t in other.tickets()] == [second.id, first.id]
    assert other.ticket(first.id) == first and other.ticket_for_token(second.token) == second
    assert other.ticket("T-ZZZZZZ") is None and other.ticket_for_token("") is None and other.ticket_for_post("") is None
    posted = other.change_ticket(first.id, (OPEN,), posts=1, posted_at=T0.isoformat(), post_ref="C1:17.01")
    assert store.ticket_for_post("C1:17.01") == posted and posted.posts == 1 and posted.status == OPEN


def test_contract_a_ticket_step_is_taken_once_from_the_states_that_allow_it(engine, store):
    ticket = new_ticket("slack:U1", "q", T0)
    store.add_ticket(ticket)
    claimed = store.change_ticket(ticket.id, (OPEN,), status=CLAIMED, claimed_by="slack:A1", claimed_at="t1")
    assert (claimed.status, claimed.claimed_by) == (CLAIMED, "slack:A1")
    assert engine().change_ticket(ticket.id, (OPEN,), status=CLAIMED, claimed_by="slack:A2") is None
    assert store.change_ticket("T-ZZZZZZ", (OPEN,), status=CLAIMED) is None
    answered = store.change_ticket(ticket.id, (OPEN, CLAIMED), status=ANSWERED, answer="Do X.", answered_by="slack:A1")
    assert engine().ticket(ticket.id) == answered and answered.claimed_by == "slack:A1"


def test_contract_racing_advisers_claim_a_ticket_once(engine):
    from concurrent.futures import ThreadPoolExecutor

    handles = [engine() for _ in range(4)]
    ticket = new_ticket("slack:U1", "q", T0)
    handles[0].add_ticket(ticket)
    with ThreadPoolExecutor(8) as pool:
        won = list(pool.map(lambda n: handles[n % 4].change_ticket(ticket.id, (OPEN,), status=CLAIMED,
                                                                   claimed_by=f"slack:A{n}"), range(16)))  # fmt: skip
    winners = [t for t in won if t is not None]
    assert len(winners) == 1 and handles[1].ticket(ticket.id).claimed_by == winners[0].claimed_by


# Data protection: the audit log, the retention purge, subject access and erasure (docs/data-protection.md)


def test_contract_the_audit_log_is_appended_in_order_and_never_changed_through_the_port(engine, store):
    store.record_audit("cli:admin", "role.grant", "slack:U1", "champion")
    engine().record_audit("slack:U9", "dashboard.sign_in", "")
    store.record_audit("cli:admin", "role.grant", "slack:U1", "champion")  # the same again is a second entry
    log = engine().audit_log()
    assert [(e["actor"], e["action"], e["subject"], e["detail"]) for e in log] == [
        ("cli:admin", "role.grant", "slack:U1", "champion"),
        ("slack:U9", "dashboard.sign_in", "", ""),
        ("cli:admin", "role.grant", "slack:U1", "champion"),
    ]
    assert [e["seq"] for e in log] == sorted({e["seq"] for e in log})  # numbered in the order recorded
    assert all(datetime.fromisoformat(e["at"]).tzinfo is not None for e in log)
    assert store.audit_log(since=datetime.now(UTC) + timedelta(minutes=1)) == []
    assert store.audit_log(since=datetime.now(UTC) - timedelta(minutes=1)) == log
    # the port offers no way to change or remove an entry: only the purge and an erasure touch them
    assert {name for name in dir(Store) if "audit" in name} == {"record_audit", "audit_log"}


OLD, NEW = datetime(2020, 1, 6, 9, 0, tzinfo=UTC), datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
CUT = datetime(2024, 1, 1, tzinfo=UTC)


def _old_and_new(store) -> None:
    """One record of every purgeable kind before CUT and one after it."""
    for when, who in ((OLD, "slack:U1"), (NEW, "slack:U2")):
        attempt = store.start_attempt("q", who, when)
        store.record_answer(attempt.id, Answer("q1", 0, True, when.isoformat()))
        store.finish_attempt(attempt.id, when.isoformat(), 1, True)
        code = f"CODE-{when.year}-AAAA"
        certificate = {"code": code, "learner": who, "name": who, "quiz": "q", "title": "Q",
                       "passed_on": when.date().isoformat(), "score": 1, "questions": 1, "partnership": "P",
                       "attempt": attempt.id}  # fmt: skip
        store.save_setting(f"certificate:{code}", json.dumps(certificate))
        store.save_setting(f"certificate-for:{attempt.id}", code)
        store.record_gap(f"question asked in {when.year}", when=when)
        week = f"{when.isocalendar()[0]}-W{when.isocalendar()[1]:02d}"
        nudge = Schedule(f"n{when.year}", "slack", "C1", 0, "09:00", "Europe/London")
        reminder = Schedule(f"reminder-c-{who}-{when.date()}", "slack", who.partition(":")[2], 0, "09:00", "UTC")
        store.claim_deliveries([(nudge, week), (reminder, week)], "sent")
        store.record_nudge_event(nudge.id, week, "read_more", who)
        store.save_review_card(who, "q|q1", {"due": when.isoformat(), "last_review": None})
        store.add_ticket(new_ticket(who, f"asked in {when.year}", when))
        store.import_records("audit", [{"seq": when.year, "at": when.isoformat(timespec="seconds"), "actor": "cli:a",
                                        "action": "role.grant", "subject": who, "detail": ""}])  # fmt: skip
    # the newer first: TinyDB forgets request ids over an hour older than the latest on its own
    assert store.first_sighting("Ev2026", now=NEW) and store.first_sighting("Ev2020", now=OLD)
    stamp = {OLD: OLD.isoformat(), NEW: NEW.isoformat()}
    store.import_records("vote", [{"source": f"guide-{d.year}", "helpful": 1, "not_helpful": 0, "last_at": s}
                                  for d, s in stamp.items()])  # fmt: skip
    store.import_records("urgency_feedback", [{"verdict": "missed", "cls": f"c{d.year}", "count": 1, "last_at": s}
                                              for d, s in stamp.items()])  # fmt: skip


def test_contract_the_purge_removes_each_kind_before_its_cutoff_counts_it_and_a_dry_run_removes_nothing(engine, store):
    from bot.retention import PURGE_KINDS

    _old_and_new(store)
    everything = {row.kind: CUT for row in PURGE_KINDS}
    before = _canonical(store)
    expected = {row.kind: 1 for row in PURGE_KINDS} | {"nudges": 2}  # a channel nudge's delivery and its event
    assert store.purge(everything, dry_run=True) == expected
    assert _canonical(engine()) == before  # a dry run counts exactly what a purge removes, and removes nothing
    assert list(engine().purge(everything)) == [row.kind for row in PURGE_KINDS]  # in the order given
    again = engine()
    assert [(a.learner, a.answers[0].question) for a in again.attempts()] == [("slack:U2", "q1")]
    assert [first.learner for first, _ in again.first_attempts("q")] == ["slack:U2"]
    assert again.open_attempt("slack:U1", "q") is None
    assert again.setting("certificate:CODE-2020-AAAA") is None and again.setting("certificate:CODE-2026-AAAA")
    assert [key for key in ("certificate-for:" + a.id for a in again.attempts()) if again.setting(key)]
    assert [g["question"] for g in again.gaps()] == ["question asked in 2026"]
    assert [v["source"] for v in again.votes()] == ["guide-2026"]
    assert [u["cls"] for u in again.urgency_feedback()] == ["c2026"]
    assert sorted(d["schedule"] for d in again.deliveries()) == ["n2026", "reminder-c-slack:U2-2026-03-02"]
    assert [e["user"] for e in again.nudge_events()] == ["slack:U2"]
    assert again.review_cards("slack:U1") == {} and again.review_cards("slack:U2")
    assert again.first_sighting("Ev2020", now=NEW)  # forgotten: new again
    assert [e["seq"] for e in again.audit_log()] == [2026]
    assert engine().purge(everything) == dict.fromkeys(expected, 0)  # nothing left to remove
    with pytest.raises(ValueError, match="tickles"):
        store.purge({"tickles": CUT})


def test_contract_a_records_time_zone_does_not_keep_it_past_its_day(engine, store):
    store.start_attempt("q", "slack:U1", datetime(2023, 12, 31, 23, 30, tzinfo=UTC))
    store.start_attempt("q", "slack:U2", datetime(2024, 1, 1, 0, 30, tzinfo=UTC))
    assert store.purge({"attempts": CUT}) == {"attempts": 1}
    assert [a.learner for a in engine().attempts()] == ["slack:U2"]


def test_contract_the_days_purge_is_claimed_once_whichever_handle_asks_first(engine):
    first, second = engine(), engine()
    assert first.claim_purge("2026-03-02") and not second.claim_purge("2026-03-02")
    assert not first.claim_purge("2026-03-01")  # an earlier day than one already purged
    assert second.claim_purge("2026-03-03") and not first.claim_purge("2026-03-03")


ANN = "msteams:aad-annabel"
ANN_NAME = "Annabel Quixotic"


def _annabel_and_others(store) -> None:
    """Annabel in every kind of record that can be about a person, beside colleagues who must stay as they are."""
    store.save_learner(Learner(ANN, ANN_NAME, "North", "Police", "Europe/London"))
    store.save_learner(Learner("slack:U2", "Bob Other", "North", "Police"))
    store.save_learner(Learner("slack:U3", "Cy Third", "South", "Health"))
    store.grant_role(ANN, "champion")
    store.grant_role("slack:U2", "training_officer")
    store.save_cohort(Cohort("north", "was-not-brought", (ANN, "slack:U2"), date(2026, 4, 1), "North"))
    for n, who in enumerate((ANN, "slack:U2", "slack:U3")):
        attempt = store.start_attempt("was-not-brought", who, T0 + timedelta(minutes=n))
        store.record_answer(attempt.id, Answer("three-missed-appointments", n % 2, n % 2 == 0, T0.isoformat()))
        store.record_rating(attempt.id, "usefulness", 4)
        store.finish_attempt(attempt.id, T0.isoformat(), 1 - n % 2, n % 2 == 0)
    mine = store.first_attempts("was-not-brought")[0][1]
    certificate = {"code": "ABCD-EFGH-2345", "learner": ANN, "name": ANN_NAME, "quiz": "was-not-brought",
                   "title": "Was not brought", "passed_on": "2026-03-02", "score": 1, "questions": 1,
                   "partnership": "P", "attempt": mine.id}  # fmt: skip
    store.save_setting("certificate:ABCD-EFGH-2345", json.dumps(certificate))
    store.save_setting(f"certificate-for:{mine.id}", "ABCD-EFGH-2345")
    personal = {"conversation": {"id": "a:1on1", "conversationType": "personal"},
                "user": {"id": "29:ann", "aadObjectId": "aad-annabel", "name": ANN_NAME}}  # fmt: skip
    channel = {"conversation": {"id": "19:team", "conversationType": "channel"},
               "user": {"id": "29:ann", "aadObjectId": "aad-annabel", "name": ANN_NAME}}  # fmt: skip
    store.save_conversation("a:1on1", personal)
    store.save_conversation("19:team", channel)
    store.save_conversation("19:other", {"conversation": {"id": "19:other"}, "user": {"id": "29:bob"}})
    nudge = Schedule("n1", "msteams", "19:team", 0, "09:00", "Europe/London", (), ANN)
    store.save_schedule(nudge)
    reminder = Schedule(f"reminder-north-{ANN}-2026-04-01", "msteams", "aad-annabel", 0, "09:00", "UTC")
    store.claim_deliveries([(nudge, "2026-W10"), (reminder, "2026-W13")], "sending")
    store.finish_deliveries([DeliveryOutcome("n1", "2026-W10", "sent", "guide-1"),
                             DeliveryOutcome(reminder.id, "2026-W13", "sent", "reminder")])  # fmt: skip
    for who in (ANN, "slack:U2"):
        store.record_nudge_event("n1", "2026-W10", "read_more", who)
    store.save_review_learner(ANN, True)
    store.save_review_card(ANN, "was-not-brought|three-missed-appointments", {"due": "2026-03-09"})
    store.record_audit("cli:admin", "role.grant", ANN, "champion")
    store.record_audit(ANN, "nudge.schedule", "n1", "")
    store.record_audit("cli:admin", "role.grant", "slack:U2", "training_officer")
    asked = new_ticket(ANN, "how do I escalate a disagreement?", T0)
    store.add_ticket(asked)
    store.change_ticket(asked.id, (OPEN,), status=ANSWERED, answer="Use the escalation policy.",
                        claimed_by="slack:U2", answered_by="slack:U2")  # fmt: skip
    answered = new_ticket("slack:U3", "another question", T0)
    store.add_ticket(answered)
    store.change_ticket(answered.id, (OPEN,), status=CLAIMED, claimed_by=ANN)


def test_contract_a_learners_export_holds_everything_about_them_and_nothing_about_others(store):
    _annabel_and_others(store)
    held = store.subject_records(ANN)
    assert list(held) == ["learner", "role", "cohort", "certificate", "conversation", "schedule", "delivery",
                          "rotation", "nudge_event", "review_learner", "review_card", "attempt", "ticket",
                          "audit"]  # fmt: skip
    # the question they asked (never its page's key); of the one they claimed as an adviser, only their part
    asked, claimed = sorted(held["ticket"], key=lambda t: "asker" not in t)
    assert (asked["asker"], asked["question"], "token" in asked) == (ANN, "how do I escalate a disagreement?", False)
    assert claimed["claimed_by"] == ANN and not {"asker", "question", "token"} & set(claimed)
    assert held["learner"] == [{"id": ANN, "name": ANN_NAME, "team": "North", "agency": "Police",
                                "tz": "Europe/London"}]  # fmt: skip
    assert [r["role"] for r in held["role"]] == ["champion"]
    assert [c["id"] for c in held["cohort"]] == ["north"] and "learners" not in held["cohort"][0]  # not the others
    assert [(a["learner"], a["answers"][0]["question"], a["ratings"]) for a in held["attempt"]] == [
        (ANN, "three-missed-appointments", {"usefulness": 4})
    ]
    assert [c["code"] for c in held["certificate"]] == ["ABCD-EFGH-2345"]
    assert sorted(c["id"] for c in held["conversation"]) == ["19:team", "a:1on1"]
    assert [s["id"] for s in held["schedule"]] == ["n1"]
    assert [d["schedule"] for d in held["delivery"]] == [f"reminder-north-{ANN}-2026-04-01"]
    assert held["rotation"] == [{"channel": ANN, "item": "reminder", "count": 1}]
    assert [e["user"] for e in held["nudge_event"]] == [ANN]
    assert held["review_learner"] == [{"learner": ANN, "active": True}] and len(held["review_card"]) == 1
    assert [(e["actor"], e["action"]) for e in held["audit"]] == [("cli:admin", "role.grant"), (ANN, "nudge.schedule")]
    assert all(rows == [] for rows in store.subject_records("slack:U9").values())


def _aggregates(store, quizzes) -> tuple[str, dict]:
    """What reports show with no person in it: the training report's text for everyone and per team, and the
    annual reach per agency."""
    from quizzes.reach import reach_report, year_filters
    from quizzes.reports import Filters, build_report, report_text

    today = date(2026, 3, 10)
    text = "\n".join(report_text(build_report(quizzes, store, Filters(team=team), today))
                     for team in (None, "North", "South"))  # fmt: skip
    return text, reach_report(quizzes, store, year_filters(2026))


def test_contract_erasing_a_learner_leaves_no_record_naming_them_and_reports_unchanged(engine, store, shipped_quizzes):
    _annabel_and_others(store)
    colleague = store.subject_records("slack:U2")
    reports = _aggregates(store, shipped_quizzes)
    counts = store.erase_subject(ANN, "erased:0123456789abcdef")
    assert counts == {"learner": 1, "role": 1, "cohort": 1, "certificate": 1, "conversation": 2, "schedule": 1,
                      "delivery": 1, "rotation": 1, "nudge_event": 1, "review_learner": 1, "review_card": 1,
                      "attempt": 1, "ticket": 2, "audit": 2}  # fmt: skip
    again = engine()
    stored = json.dumps(list(again.export_records()))
    assert "annabel" not in stored.lower() and ANN_NAME not in stored and "Quixotic" not in stored
    assert all(rows == [] for rows in again.subject_records(ANN).values())
    assert _aggregates(again, shipped_quizzes) == reports  # the same counts, per team and agency
    assert again.learner("erased:0123456789abcdef") == Learner("erased:0123456789abcdef", "", "North", "Police")
    assert again.subject_records("slack:U2") == colleague  # nobody else's records changed
    assert again.has_conversation("19:team") and not again.has_conversation("a:1on1")  # the channel still nudged
    assert again.cohorts()[0].learners == ("erased:0123456789abcdef", "slack:U2")
    assert again.open_attempts("erased:0123456789abcdef") == [] and again.roles() == {"slack:U2": ["training_officer"]}


def test_contract_an_erased_learner_without_team_or_agency_keeps_no_learner_record(engine, store):
    store.save_learner(Learner("slack:U1", "Solo"))
    store.start_attempt("q", "slack:U1", T0)
    store.erase_subject("slack:U1", "erased:00")
    again = engine()
    assert again.learners() == [] and [a.learner for a in again.attempts()] == ["erased:00"]
    assert again.open_attempt("erased:00", "q") is not None  # still the one attempt in progress, now theirs


def _text_row(item: str, version: int, text: str, seen: datetime) -> dict:
    return {"item": item, "version": version, "hash": f"h-{text}", "text": text, "first_seen": seen.isoformat()}


def test_contract_an_attempt_keeps_the_item_versions_it_started_with(engine, store):
    started = store.start_attempt("q", "slack:U1", T0, {"item-a": 2, "item-b": 1})
    again = store.start_attempt("q", "slack:U1", T0 + timedelta(minutes=1), {"item-a": 3})  # resumed: unchanged
    assert started.item_versions == again.item_versions == {"item-a": 2, "item-b": 1}
    store.record_answer(started.id, Answer("q1", 0, True, T0.isoformat()))
    store.finish_attempt(started.id, T0.isoformat(), 1, True)
    unversioned = store.start_attempt("q", "slack:U2", T0)  # as a caller from before versions would
    reopened = engine()
    assert reopened.attempt(started.id).item_versions == {"item-a": 2, "item-b": 1}
    assert reopened.attempt(unversioned.id).item_versions == {}
    firsts = {first.learner: (first, done) for first, done in reopened.first_attempts("q")}
    assert firsts["slack:U1"][1].item_versions == {"item-a": 2, "item-b": 1}
    assert firsts["slack:U2"][0].item_versions == {}
    assert reopened.last_completions("q", ["slack:U1"])["slack:U1"].item_versions == {"item-a": 2, "item-b": 1}
    assert [a.item_versions for a in reopened.attempts("q")] == [{"item-a": 2, "item-b": 1}, {}]


def test_contract_item_texts_are_kept_once_each_in_the_order_first_seen(engine, store):
    first = [_text_row("a", 1, "One.", T0), _text_row("b", 1, "Two.", T0), _text_row("a", 1, "One.", T0)]
    assert store.record_item_texts(first) == 2  # a repeat within the rows is kept once
    later = T0 + timedelta(days=30)
    assert store.record_item_texts([_text_row("a", 1, "One.", later), _text_row("a", 2, "One, changed.", later)]) == 1
    assert store.record_item_texts([]) == 0
    kept = engine().item_texts()
    assert [(r["item"], r["version"], r["text"], r["first_seen"]) for r in kept] == [
        ("a", 1, "One.", T0.isoformat()), ("b", 1, "Two.", T0.isoformat()), ("a", 2, "One, changed.", later.isoformat())
    ]  # fmt: skip


def test_contract_an_attempt_from_a_backup_made_before_versions_restores_without_them(engine, store, tmp_path):
    from bot.storage.records import restore_backup

    old = {"id": "q~2026-03-001~abc", "quiz": "q", "learner": "slack:U1", "started_at": T0.isoformat(),
           "status": "completed", "answers": [{"question": "q1", "option": 0, "correct": True, "at": T0.isoformat()}],
           "ratings": {}, "finished_at": T0.isoformat(), "score": 1, "passed": True}  # fmt: skip
    backup = tmp_path / "old.jsonl"
    backup.write_text(
        json.dumps({"safeguard-bot-backup": 1}) + "\n" + json.dumps({"kind": "attempt", "row": old}) + "\n"
    )
    assert restore_backup(store, backup)["attempt"] == 1
    restored = engine().attempt(old["id"])
    assert restored.item_versions == {} and restored.score == 1 and restored.answers[0].question == "q1"
    exported = [row for kind, row in store.export_records() if kind == "attempt"]
    assert exported == [old | {"item_versions": {}}]


def test_contract_restoring_audit_entries_keeps_each_and_appends_those_whose_number_is_taken(engine, store):
    store.record_audit("cli:a", "role.grant", "slack:U1", "champion")
    ours = store.audit_log()[0]
    theirs = ours | {"actor": "cli:b", "subject": "slack:U2"}  # another store's entry with the same number
    store.import_records("audit", [ours, theirs])
    again = engine().audit_log()
    assert [(e["actor"], e["subject"]) for e in again] == [("cli:a", "slack:U1"), ("cli:b", "slack:U2")]
    assert again[1]["seq"] > ours["seq"]
