"""The answer's confidence is a fitted probability; the threshold decides answer or no_answer (issue 12)."""

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from bot import answer_confidence
from bot.answer_confidence import FEATURES, AnswerModel
from bot.answering import Answerer
from content.loader import InvalidContent, load_content

SHIPPED_MODEL = Path(answer_confidence.__file__).with_name(answer_confidence.MODEL_FILE)
QUESTION = "what does safeguard guide 11 say about hidden men?"


def test_confidence_is_the_fitted_probability_of_the_best_candidate(answerer):
    found = answerer.candidate(QUESTION)
    model = answer_confidence.load(SHIPPED_MODEL)
    reply = answerer.answer(QUESTION)
    assert reply.kind == "answer"
    assert reply.confidence == pytest.approx(model.probability(found.features))
    assert 0.0 < reply.confidence < 1.0


def test_confidence_threshold_decides_between_answer_and_no_answer(shipped_store):
    model = answer_confidence.load(SHIPPED_MODEL)
    likely = Answerer(shipped_store, confidence=model).answer(QUESTION).confidence
    strict = Answerer(shipped_store, confidence=replace(model, threshold=likely + 0.01)).answer(QUESTION)
    lenient = Answerer(shipped_store, confidence=replace(model, threshold=likely - 0.01)).answer(QUESTION)
    assert strict.kind == "no_answer" and strict.confidence == pytest.approx(likely)
    assert lenient.kind == "answer"


def test_confidence_model_file_is_for_these_features_and_a_wrong_one_is_refused(tmp_path):
    model = answer_confidence.load(SHIPPED_MODEL)
    assert 0.05 <= model.threshold <= 0.95
    data = json.loads(SHIPPED_MODEL.read_text())
    data["features"] = data["features"][:-1]
    (tmp_path / "m.json").write_text(json.dumps(data))
    with pytest.raises(ValueError, match="other features"):
        answer_confidence.load(tmp_path / "m.json")


def test_confidence_rises_with_the_signals_that_mean_a_right_answer():
    model = answer_confidence.load(SHIPPED_MODEL)
    weak = dict.fromkeys(FEATURES, 0.0) | {"coverage": 0.2, "meaning": 0.3, "meaning_top": 0.6, "meaning_gap": 0.3}
    strong = weak | {"coverage": 1.0, "specific_share": 1.0, "meaning": 0.9, "meaning_top": 0.9, "meaning_gap": 0.0,
                     "bm25_first": 1.0, "meaning_first": 1.0}  # fmt: skip
    assert model.probability(strong) > model.threshold > model.probability(weak)


@pytest.mark.parametrize(
    "question",
    [
        # safeguarding questions the five sources do not answer, though they share words with them
        "how do Channel panels work?",
        "what is Clare's Law?",
        "what are the MARAC thresholds?",
    ],
)
def test_confidence_safeguarding_questions_the_sources_do_not_answer_get_no_answer(answerer, question):
    assert answerer.answer(question).kind == "no_answer"


def test_confidence_always_answer_model_answers_what_the_threshold_refuses(shipped_store):
    # a question refused by the threshold alone: no name or term of the field the library lacks is in it ("MARAC",
    # a field term, is refused whatever the model says)
    question = "what are the thresholds for early help?"
    assert Answerer(shipped_store).answer(question).kind == "no_answer"
    always = AnswerModel(*(np.zeros(len(FEATURES)), np.ones(len(FEATURES)), np.zeros(len(FEATURES))), 0.0, 0.0)
    assert Answerer(shipped_store, confidence=always).answer(question).kind == "answer"


def test_composition_no_answer_talks_about_the_sources_instead_of_quoting_them(answerer, shipped_store):
    for item in shipped_store.items:
        if item.kind == "glossary":
            reply = answerer.answer(f"what does {item.term} stand for?")
            assert "spelt out" not in reply.text and "sources do not" not in reply.text.lower(), item.id


def test_composition_content_check_refuses_text_about_the_sources(tmp_path):
    from tests.conftest import ITEMS, write_content

    meta = "    text: DNA is used in the briefing without the letters being spelt out.\n"
    original = "    text: Think of a child who misses an appointment as Was Not Brought, not Did Not Attend.\n"
    items = ITEMS.replace(original, meta)
    with pytest.raises(InvalidContent) as caught:
        load_content(write_content(tmp_path / "content", items))
    line = items[: items.index(meta)].count("\n") + 1
    assert [(e.line, "talks about the sources" in e.message) for e in caught.value.errors] == [(line, True)]
