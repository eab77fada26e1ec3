"""Question-shaped content: every item that answers something carries the ways people ask for it,
checked as file:line, and the answerer finds items by those questions and by meaning."""

from __future__ import annotations

import pytest

from content.loader import InvalidContent, load_content


def _errors(root) -> list[str]:
    with pytest.raises(InvalidContent) as raised:
        load_content(root)
    return [str(e) for e in raised.value.errors]


def test_questions_are_required_on_every_item_but_glossary(mini_content):
    items = mini_content / "items" / "briefing.yaml"
    text = items.read_text()
    items.write_text(text.replace('    questions: ["who should I ask about", "what about new partners", '
                                  '"the boyfriend nobody has met"]\n', ""))  # fmt: skip
    (error,) = _errors(mini_content)
    assert error.startswith(f"{items}:") and "brief-fathers: needs questions" in error


def test_questions_given_to_two_items_are_reported_with_file_and_line(mini_content):
    items = mini_content / "items" / "briefing.yaml"
    items.write_text(items.read_text().replace('"what about new partners"', '"What does was not brought mean?"'))
    (error,) = _errors(mini_content)
    assert error.startswith(f"{items}:18:") and "also given to brief-was-not-brought" in error


def test_questions_fewer_than_three_are_refused(mini_content):
    items = mini_content / "items" / "briefing.yaml"
    items.write_text(items.read_text().replace(', "the boyfriend nobody has met"', ""))
    (error,) = _errors(mini_content)
    assert "give at least 3 questions" in error


def test_questions_every_shipped_answering_item_has_three_or_more(shipped_store):
    answering = [i for i in shipped_store.items if i.kind != "glossary"]
    assert answering and all(len(i.questions) >= 3 for i in answering)


@pytest.mark.parametrize("question", ["what does MASH mean", "What does CSE stand for?", "whats an IMR"])
def test_questions_a_definition_asked_for_gets_the_glossary_entry(answerer, question):
    reply = answerer.answer(question)
    assert reply.kind == "answer" and len(reply.sources) == 1 and " stands for " in reply.text


def test_questions_no_answer_repeats_a_paragraph(answerer):
    for question in ("what did Child N teach us about fathers", "what are the lessons from the 24 reviews",
                     "what changed at the hospital after Child N"):  # fmt: skip
        paragraphs = [p.rsplit(" [", 1)[0] for p in answerer.answer(question).text.split("\n\n")]
        assert len(paragraphs) == len(set(paragraphs))
