import logging

import pytest

from bot.answering import Answerer
from content.loader import load_content
from tests.conftest import ITEMS, write_content


def test_answering_gives_cited_content_store_text(answerer, shipped_store):
    reply = answerer.answer("what is safeguard guide 11 about")
    assert reply.kind == "answer"
    assert "hidden" in reply.text.lower()
    assert reply.sources and all(
        s.document in {d.title for d in shipped_store.documents.values()} for s in reply.sources
    )
    item_texts = {item.text for item in shipped_store.items}
    for part in reply.text.split("\n\n"):
        body, marker = part.rsplit(" [", 1)
        assert body in item_texts and marker.rstrip("]").isdigit()
    assert len(reply.sources) == reply.text.count(" [")


def test_answering_expands_acronyms_from_the_glossary(answerer):
    reply = answerer.answer("whats CDOP")
    assert reply.kind == "answer"
    assert "child death overview panel" in reply.text.lower()


def test_answering_reads_chat_shorthand(answerer):
    """QA sets 49 and 80: a question about missed "appts" was refused though the library covers missed appointments."""
    reply = answerer.answer("what do the national reviews say about missed appts?")
    assert reply.kind == "answer"
    assert "missed health (and other) appointments" in reply.text


def test_answering_a_question_scoped_to_a_document_by_its_everyday_name(answerer):
    """QA sets 79, 81-84: "In the cross-border learning briefing, how many ...?" matched the items whose text says
    "learning briefing", not the item answering the rest of the question; documents.yaml's also_called names are
    part of every item of the document."""
    reply = answerer.answer("in the CSCP 12 month report, how many young advisors are there?")
    assert "Young Advisors" in reply.text


def test_answering_children_as_interpreters(answerer):
    """QA sets 84, 85 and 89: "is it ok to use an older sibling to interpret for mum?" was refused; the audit finding
    answering it lacked the question in practitioners' words."""
    reply = answerer.answer("can an older brother interpret for his parents at a home visit?")
    assert reply.kind == "answer"
    assert "interpreters (which is inappropriate)" in reply.text


def test_answering_uses_domain_synonyms(answerer):
    reply = answerer.answer("is it still ok to record a DNA for a young child?")
    assert reply.kind == "answer"
    assert "not brought" in reply.text.lower()


@pytest.mark.parametrize(
    "question",
    ["How do I reset my email password?", "What's a good recipe for lasagne?", "Who won the cricket yesterday?"],
)
def test_answering_off_topic_questions_get_no_answer(answerer, question):
    reply = answerer.answer(question)
    assert reply.kind == "no_answer"
    assert not reply.sources
    assert "does not cover" in reply.text and "ask" in reply.text


def test_answering_no_answer_offers_nearest_topics_when_close(answerer):
    reply = answerer.answer("What is the partnership's policy on fostering allowances for kinship carers abroad?")
    assert reply.kind == "no_answer"
    assert "nearest topics" in reply.text or "ask" in reply.text


def test_answering_urgent_gives_emergency_route_first(answerer):
    reply = answerer.answer("she says he hits her, she's scared to go home tonight")
    assert reply.kind == "urgent"
    assert reply.text.splitlines()[0].startswith("If a child is in immediate danger, call the police on 999")
    assert "hits her" not in reply.text


def test_answering_urgent_beats_personal_data_and_neither_is_stored(gap_answerer, caplog):
    answerer, gaps = gap_answerer
    message = "Amelia Jones, HX1 2AB, told me her dad hit her and she is too scared to go home tonight"
    with caplog.at_level(logging.DEBUG):
        reply = answerer.answer(message)
    assert reply.kind == "urgent"
    assert "identifying details" in reply.text
    assert gaps.gaps() == []
    assert "Amelia" not in caplog.text and "HX1" not in caplog.text


def test_answering_personal_data_is_warned_about_and_never_stored_or_logged(gap_answerer, caplog):
    answerer, gaps = gap_answerer
    with caplog.at_level(logging.DEBUG):
        reply = answerer.answer("Is Jack Brown, dob 01/02/2019, known to anyone? Asking about his gran's cooking")
    assert reply.kind == "pii_warning"
    assert "Jack" not in reply.text and "2019" not in reply.text
    assert "delete" in reply.text
    assert gaps.gaps() == []
    assert "Jack" not in caplog.text


def test_answering_unanswered_questions_are_recorded_for_authors(gap_answerer):
    answerer, gaps = gap_answerer
    answerer.answer("What is the best lasagne recipe?")
    answerer.answer("what is the best lasagne recipe")
    answerer.answer("How do I fix the printer?")
    rows = gaps.gaps()
    # Only content words are kept; a rare word and its neighbour could be a name typed in lower case.
    assert [(r["question"], r["count"]) for r in rows] == [("best", 2), ("fix", 1)]


def test_answering_answered_questions_are_not_recorded(gap_answerer):
    answerer, gaps = gap_answerer
    answerer.answer("what is safeguard guide 10")
    assert gaps.gaps() == []


def test_answering_falls_back_to_source_passages(mini_content):
    (mini_content / "items" / "briefing.yaml").write_text(
        (mini_content / "items" / "briefing.yaml").read_text().split("  - id: brief-fathers")[0]
    )
    answerer = Answerer(load_content(mini_content))
    reply = answerer.answer("Should we ask about every adult in the household?")
    assert reply.kind == "answer"
    assert "every adult in the household" in reply.text
    assert reply.sources[0].section == "2. Working with fathers"


def test_answering_empty_question_is_a_polite_no_answer(answerer):
    assert answerer.answer("   ").kind == "no_answer"


def test_answering_json_contract(answerer):
    data = answerer.answer("what is a strategy discussion").to_json()
    assert set(data) == {"kind", "text", "sources", "confidence"}
    assert 0.0 <= data["confidence"] <= 1.0
    for source in data["sources"]:
        assert set(source) == {"title", "document", "section", "url"}


def test_answering_a_library_of_source_passages_only_still_answers(shipped_store):
    import dataclasses

    from bot.answering import Answerer

    passages_only = dataclasses.replace(shipped_store, items=[])
    reply = Answerer(passages_only).answer("what did the Child K review find about learning disability?")
    assert reply.kind in ("answer", "no_answer")


def test_answering_the_candidate_closest_in_meaning_answers_not_the_one_sharing_more_words(tmp_path):
    # Both items share a word of the question; the one repeating "mum" and "boyfriend" leads in words, the one
    # whose authored question restates it leads in meaning, and it answers.
    wordy = """  - id: brief-partner-records
    title: Household records of partners
    kind: learning
    topics: [fathers]
    text: Write down in the household record when mum met her boyfriend and what mum says about the boyfriend.
    questions: ["where do I record a partner", "household record of adults", "updating records"]
    source:
      document: briefing.txt
      section: 2. Working with fathers
      quote: Practitioners should ask about every adult in the household
"""
    answerer = Answerer(load_content(write_content(tmp_path / "c", items=ITEMS + wordy)))
    question = "mum has a boyfriend nobody has met, what should I do?"
    found = answerer.candidate(question)
    assert answerer.store.items[found.items[0]].id == "brief-fathers"
    hits = answerer._items.search(answerer._expander.query(question), k=2)
    assert answerer.store.items[hits[0].index].id == "brief-partner-records"  # the word lead this test is about


def test_answering_a_question_naming_one_review_is_not_answered_from_another(answerer):
    """A Child K item, close in meaning, answered what Child N's main learning was (sixth session)."""
    reply = answerer.answer("what were the main learning areas from child N")
    assert reply.kind == "answer" and "Child N" in reply.text and "Child K" not in reply.text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # a case's particulars (an age, counts, everyday words the library never uses) around the term of art
        ("A 4 year old on my caseload has missed three health appointments in a row and mum says she just forgot. "
         "What should I do?", "missed"),
        # a pleasantry after the question
        ("what does was not brought mean? cheers, new to the team", "was not brought"),
        # a description in everyday words instead of the term of art
        ("parents say all the right things at every meeting but nothing actually changes - what is that called and "
         "what do I do?", "disguised compliance"),
        ("the family I work with is moving house to another area next week, what should I do?", "move"),
    ],
)  # fmt: skip
def test_answering_reworded_questions_find_the_guidance(answerer, question, said):
    """Issue 12's kinds of refusal on reworded questions: each was refused (`no_answer`) with the right topic named
    as the nearest."""
    reply = answerer.answer(question)
    assert reply.kind == "answer" and said in reply.text.lower()


@pytest.mark.parametrize(
    "question",
    [
        "what does CSC stand for?",  # the sources use the letters but never spell them out
        # a word the library never uses carries the question: it is not read without it
        "What are the Ofsted criteria for an early years setting to be graded outstanding for safeguarding?",
        "whats the weather going to be like in Halifax tomorrow",
        "how many ticks on the DASH risk checklist before a domestic abuse case goes to MARAC?",
    ],
)
def test_answering_shorter_readings_never_answer_what_the_library_does_not_cover(answerer, question):
    assert answerer.answer(question).kind == "no_answer"
