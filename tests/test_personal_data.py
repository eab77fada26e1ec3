import pytest

from bot import personal_data
from bot.personal_data import personal_details, redact


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("Her NHS number is 943 476 5919, can I share it?", "NHS number"),
        ("nhs 9434765919 for the baby", "NHS number"),
        ("dob 03/04/2017 - is this child open to social care?", "date of birth"),
        ("the boy was born on 5th June 2016 and is missing school", "date of birth"),
        ("family moved to HX1 2AB last week", "postcode"),
        ("they live in ls6 3qf now", "postcode"),
        ("mum's email is jo.bloggs@example.com", "email address"),
        ("call grandad on 07700 900123 about the kids", "phone number"),
        ("landline 01422 123456 for the family", "phone number"),
        ("they live at 14 Park Road with the grandparents", "address"),
        ("Is Amelia Jones aged 7 known to you?", "full name"),
        ("Tom Price 12/05/2015 referral", "full name"),
    ],
)
def test_personal_data_identifying_details_are_found(message, kind):
    assert kind in personal_details(message)


def test_personal_data_nhs_number_needs_a_valid_check_digit():
    assert "NHS number" not in personal_details("reference 943 476 5918 please")
    assert "NHS number" in personal_details("reference 943 476 5919 please")


def test_personal_data_full_name_is_named_beside_another_detail():
    found = personal_details("Is Amelia Jones of HX1 2AB known?")
    assert "postcode" in found
    assert "full name" in found


@pytest.mark.parametrize(
    "message",
    [
        "What happened to Child N?",
        "Why was Nadiya taken to hospital?",
        "What were the findings in the Robyn review?",
        "How many e-learning courses were completed in 2019?",
        "What is in chapter 1.4.39 of the West Yorkshire procedures?",
        "What did the board decide on 19th July 2018?",
        "What does Safeguard Guide 10 say about was not brought?",
        "3 referrals within 6 months triggers what?",
    ],
)
def test_personal_data_review_pseudonyms_and_ordinary_questions_are_not_personal(message):
    common = frozenset({"safeguard", "guide", "west", "yorkshire"})
    assert personal_details(message, ("Child N", "Nadiya", "Robyn"), common) == []


def test_personal_data_redact_blanks_names_and_numbers():
    text = redact("Is Amelia Jones on 0123 456 789 known to Child N services?", ("Child N",))
    assert "Amelia" not in text and "456" not in text
    assert "Child N" in text


# Details written in everyday ways (issue 10, item 2): each kind, not only one spelling of it.


@pytest.mark.parametrize(
    "message",
    [
        "date of birth march 14th 2015, is she open to CSC?",
        "born on the 14th of March 2015 and missing school",
        "born 2015-03-14, moved from Bradford",
        "she was born on 14 March and is not in school",
        "14th of march 2015 is her birthday",
        "her birthday is the fourteenth of march",
        "dob: fourteenth march twenty fifteen",
        "DOB March 2015, family new to the area",
        "date of birth 14 03 2015",
    ],
)
def test_personal_data_dates_of_birth_in_words_and_numbers_are_found(message):
    assert "date of birth" in personal_details(message)


@pytest.mark.parametrize(
    "message",
    [
        "JAYDEN SMITH 14/03/2015 referral",
        "jayden smith dob 14.3.15",
        "Jayden SMITH born 14th March 2015",
        "amelia jones born on the 14th of March 2015",
        "Amelia Jones 14 March 2015 referral",
    ],
)
def test_personal_data_names_in_any_case_beside_a_date_are_found(message):
    assert "full name" in personal_details(message)


@pytest.mark.parametrize("message", ["family moved to HX1  2AB", "family moved to HX1-2AB", "they live in ls6 - 3qf"])
def test_personal_data_postcodes_in_any_spacing_are_found(message):
    assert "postcode" in personal_details(message)


@pytest.mark.parametrize(
    "message",
    [
        "mum is name at example dot org",
        "jo.bloggs [at] council [dot] gov [dot] uk",
        "write to jo (at) example.org",
        "jo dot bloggs at gmail dot com",
        "jo@example dot org",
    ],
)
def test_personal_data_obfuscated_emails_are_found(message):
    assert "email address" in personal_details(message)


@pytest.mark.parametrize(
    "message",
    [
        "ring oh seven seven double oh nine double oh one two three",
        "zero seven seven zero zero nine zero zero one two three is dad's mobile",
        "call O77OO 9OO123 about the kids",
        "oh one four two two, one two three four five six",
    ],
)
def test_personal_data_phone_numbers_in_words_or_letters_are_found(message):
    assert "phone number" in personal_details(message)


@pytest.mark.parametrize(
    "question",
    [
        "what did the 2019 report say",
        "how many came to FAXFEST in March 2019",
        "Child N was born in 2012?",
        "what does MASH stand for",
        "what is a Section 11 audit",
        "what does Working Together 2018 say about assessments",
        "CSC MASH CAMHS",
        "what did the 24 reviews find",
        "is HX covered by the partnership",
        "what changed between 2015 and 2016",
        "figures for 2017 2018 2019 2020",
        "children at risk of exploitation",
        "how do we join the dots between agencies",
        "where is the guidance at gov.uk",
        "what did the review published on 14 March 2019 say",
        "what if a parent will not give a date of birth",
        "babies born at 24 weeks",
        "support for y10 6th form students",
        "what about ks2 3rd year",
    ],
)
def test_personal_data_ordinary_practice_questions_get_no_warning(answerer, question):
    assert answerer.answer(question).kind != "pii_warning"


@pytest.mark.parametrize(
    ("message", "hidden"),
    [
        ("is jo.bloggs [at] council [dot] gov [dot] uk the right contact", ["bloggs", "council"]),
        ("they moved to HX1  2AB", ["HX1", "2AB"]),
        ("ring oh seven seven double oh nine double oh one two three", ["seven", "double"]),
        ("JAYDEN SMITH 14/03/2015 referral", ["JAYDEN", "SMITH", "2015"]),
        ("she was born on 14 March", ["14 March"]),
    ],
)
def test_personal_data_redact_blanks_details_written_in_everyday_ways(message, hidden):
    text = redact(message)
    assert not any(part in text for part in hidden)


# The gap log keeps only a question's content words, so what a detector misses is not kept whole.


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("What is the best football team?", "best football team"),
        ("can jayden smith get a bus pass from the fourteenth of march", "bus pass"),
        ("What is the policy on FGM for girls in Year 9?", "policy fgm girls"),
        ("What happened to Child N in 2019?", "child n"),
        ("does Amelia go to the breakfast club at 8.30", "breakfast club"),
        ("is jo at example dot org the right contact for hx12ab", "right contact"),
    ],
)
def test_personal_data_gap_key_keeps_only_content_words(question, key):
    common = frozenset({"best", "policy", "child", "pass", "team"})
    assert personal_data.gap_key(question, ("Child N",), common) == key


def test_personal_data_gap_key_keeps_at_most_eight_words():
    question = "school nurse health visitor police housing court doctor parent carer"
    assert personal_data.gap_key(question, common_words=frozenset(question.split())).split() == question.split()[:8]


@pytest.mark.parametrize(
    ("question", "kept_out"),
    [
        ("can jayden smith get a bus pass from the fourteenth of march", ["jayden", "smith", "fourteenth", "march"]),
        ("what help is there for amelia jones born on the 14th of March 2015", ["amelia", "jones", "14th", "march"]),
    ],
)
def test_personal_data_unanswered_question_is_logged_without_name_or_date(gap_answerer, question, kept_out):
    answerer, gaps = gap_answerer
    reply = answerer.answer(question)
    assert reply.kind in ("no_answer", "pii_warning")
    stored = " ".join(row["question"] for row in gaps.gaps())
    assert not any(word in stored for word in kept_out)
