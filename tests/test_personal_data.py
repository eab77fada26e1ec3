import pytest

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
