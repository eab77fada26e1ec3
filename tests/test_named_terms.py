"""A question about a named thing the library never mentions is not covered; one it does mention is answered;
a request to write something is declined without a guess and without a gap."""

import pytest

from bot.answering import WRITES_NOTHING, Answerer
from bot.named_terms import absent_names, absent_terms, library_text, names


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("How is risk scored in the Signs of Safety framework?", ["Signs of Safety"]),
        ("Does Working Together 2018 say who chairs it?", ["Working Together 2018"]),
        ("Can a dad ask about a new partner under Sarah's Law?", ["Sarah's Law"]),
        ("what level on the GCP2 means we refer?", ["GCP2"]),
        ("Early Help Assessment - who starts one?", ["Early Help Assessment"]),
        (
            "In the Child N review what changed?",
            [],
        ),  # "In the Child" opens a sentence; "Child N" is one word and a letter
        ("Health Visitor here: what did the review say about home visits?", []),  # the writer's role
        ("After Nadiya's death, what changed?", []),  # a preposition opening the sentence is no part of a name
        ("Sorry Julia, since Working Together 2018 who chairs it?", ["Working Together 2018"]),
        ("What did the review say?", []),
    ],
)
def test_names_are_found_without_the_words_that_open_a_sentence(question, found):
    assert names(question) == found


def test_a_name_counts_as_present_whatever_its_case_spacing_or_apostrophe():
    text = library_text(["Staff followed  Signs of Safety and Clare\u2019s Law disclosures."])
    assert absent_names("Is signs of Safety used? And Clare's Law?", text) == []
    assert absent_names("What about the Brook Traffic Light Tool?", text) == ["Brook Traffic Light Tool"]


@pytest.mark.parametrize(
    "question",
    [
        # answered before from its neighbours' words ("assessment", "parenting"), though the library never names it
        "What does the Framework for the Assessment of Children in Need say about parenting capacity?",
        "Explain the Brook Traffic Light Tool for sexual behaviour in under 5s",
        "How would Sarah's Law help a mum checking a new boyfriend?",
    ],
)
def test_a_question_about_a_name_the_library_never_mentions_is_not_covered(answerer, question):
    assert answerer.answer(question).kind == "no_answer"


def test_a_name_ending_in_a_number_is_that_version_and_the_start_of_a_longer_name_is_enough():
    text = library_text(["Practitioners use the Graded Care Profile assessment tool and Signs of Safety."])
    assert absent_names("How do I score the Graded Care Profile 2?", text) == ["Graded Care Profile 2"]
    assert absent_names("What does the Signs of Safety Practice Framework expect?", text) == []


def test_a_place_or_body_owning_a_name_is_not_part_of_it():
    """QA set 28: "Calderdale's Independent Scrutineer" was taken for a name the library never mentions."""
    text = library_text(["The Independent Scrutineer chairs the regional meetings."])
    assert absent_names("Who is Calderdale's Independent Scrutineer?", text) == []
    assert absent_names("Does Sarah's Law apply here?", text) == ["Sarah's Law"]  # one word left is no name


@pytest.mark.parametrize(
    "question",
    [
        "What did West Yorkshire Police change after the Child K review?",
        "What does the Signs of Safety Practice Framework expect of managers?",
    ],
)
def test_a_name_the_library_mentions_is_still_answered(answerer, question):
    assert answerer.answer(question).kind == "answer"


@pytest.mark.parametrize(
    "request_",
    [
        "Can you help me write a case summary for panel?",  # answered before, from a paragraph about panels
        "could you draft a thank-you email to the foster carers?",
        "Can you help me write my supervision notes",
        "hi, please write a poem for the team newsletter",
    ],
)
def test_a_request_to_write_something_is_declined_and_logged_as_no_gap(shipped_store, tracking, request_):
    reply = Answerer(shipped_store, tracking).answer(request_)
    assert (reply.kind, reply.text) == ("no_answer", WRITES_NOTHING) and tracking.gaps() == []


def test_numbered_references_are_read_in_every_usual_form():
    from bot.named_terms import references

    assert references("a Section 47 enquiry or a s17 child in need, s.11 audits, Art. 8, Sch 2") == {
        "section 47", "section 17", "section 11", "article 8", "schedule 2"}  # fmt: skip
    assert references("it's 47 days, in 2 schools, aged 17") == set()


def test_a_question_about_one_section_is_not_answered_by_text_about_another(answerer):
    # found by QA held-out set 26: a question on section 47 and 17 answered with the Section 11 audit
    refused = answerer.answer("how does a section 17 assessment differ from a section 47 one?")
    assert refused.kind == "no_answer" and "Section 11" not in refused.text
    assert answerer.answer("what did the section 11 audit find?").kind == "answer"


def test_a_field_term_the_library_never_contains_is_absent_in_any_case_or_hyphenation():
    """Issue 12: "private fostering" was answered from a list of agencies that includes fostering services."""
    text = library_text(["Agencies: Fostering, Adoption, Youth Offending.", "Honour based abuse is a crime."])
    terms = ("private fostering", "honour based abuse", "care order")
    assert absent_terms("PRIVATE-FOSTERING: who do I tell?", terms, text) == ["private fostering"]
    assert absent_terms("Is honour-based abuse covered?", terms, text) == []  # the library contains it
    assert absent_terms("Which fostering agency?", terms, text) == []  # the term's words apart are not the term
    assert absent_terms("a care orderly asked", terms, text) == []  # whole words only


@pytest.mark.parametrize(
    "question",
    [
        # each answered before from a paragraph sharing an ordinary word with it ("fostering", "police", "check")
        "a child's been staying with a family friend for months - does that count as private fostering and who do I "
        "tell?",
        "When can police use police protection powers to remove a child?",
        "Do we need a DBS check for a new youth club volunteer?",
        "Does a 17 year old in custody need an appropriate adult?",
        "What is staying put for care leavers?",
    ],
)
def test_a_question_using_a_field_term_the_library_never_contains_is_not_covered(answerer, question):
    assert answerer.answer(question).kind == "no_answer"


def test_a_name_then_whose_or_where_it_is_is_the_name():
    """QA sets 68 and 69: "Independent Scrutineer for Calderdale" and "Rec 4 of Child K" were taken for names the
    library never mentions, so questions it answers were refused; a name that starts with its joining word's head
    absent stays absent."""
    text = library_text(["The Independent Scrutineer chairs meetings. Rec 4 asks agencies to challenge parents."])
    assert absent_names("Who is the Independent Scrutineer for Calderdale?", text) == []
    assert absent_names("Rec 4 of Child K is about what?", text) == []
    assert absent_names("What does the Brook Tool for Sexual Behaviour say?", text) == [
        "Brook Tool for Sexual Behaviour"
    ]
