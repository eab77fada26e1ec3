import pytest

from bot.urgency import is_urgent


@pytest.mark.parametrize(
    "message",
    [
        "she says he hits her, she's scared to go home tonight",
        "Boy in my class has a cut lip and says his dad punched him this morning, he is with me now",
        "There's a toddler here right now with burns on her feet and mum won't say how it happened",
        "The girl I'm working with says she is going to kill herself when she gets home",
        "Just had a call - a 15 year old is threatening to take his own life",
        "I think this baby is in immediate danger, what do I do",
        "A child told me her stepfather touched her and she doesn't want to go home",
        "He's refusing to go home because his brother beats him",
        "young carer on the phone saying mum's partner has a knife",
        "lad outside the classroom with bruising on his face says his mum's boyfriend did it",
    ],
)
def test_urgency_live_situations_are_urgent(message):
    assert is_urgent(message)


@pytest.mark.parametrize(
    "message",
    [
        "What should I do about bruising on a non-mobile baby?",
        "Why was the baby Nadiya taken to hospital with injuries?",
        "How did agencies respond to the injuries Child N suffered?",
        "What does the guidance say about a child who discloses abuse?",
        "Recommend a film for tonight",
        "What training is on today?",
        "Is there learning from reviews about children who are scared to go home?",
        "What did the review find about domestic abuse and hitting?",
        "When a parent gives an explanation for a burn, what should professionals do?",
        "What is a strategy meeting?",
    ],
)
def test_urgency_questions_about_practice_are_not_urgent(message):
    assert not is_urgent(message)


@pytest.mark.parametrize(
    "message",
    [
        "I'm worried a baby at home is being shaken right now",
        "A girl has run away from home and says she'll kill herself",
        "what should I do? a pupil has disclosed sexual abuse by her stepfather this morning",
        "three kids left home alone tonight, the youngest is 2",
        "we're at the house now and the stepdad is holding a knife",
        "a 13 year old says older men are collecting her from the park tonight",
        "boy is with me after his dad attacked his mum, he's terrified",
        "the toddler has stopped breathing and dad won't ring for help",
        "dad is unconscious on the floor and the kids are on their own with him",
        "I can hear a man shouting and a little girl screaming upstairs",
        "there's a baby left in a hot car in the car park and no adult around",
        "a boy of 13 at the drop-in says two men are parked outside waiting to take him to a flat",
    ],
)
def test_urgency_more_live_situations(message):
    assert is_urgent(message)


@pytest.mark.parametrize(
    "message",
    [
        "A child told me last year that her dad hit her - what should I have done?",
        "Is a child with bruising who says they fell at risk?",
        "How should I respond when a child tells me they are being abused?",
        "Robyn had bruising the month before her fractures were found - what went wrong?",
        "What does the guidance say when a parent has collapsed at home?",
    ],
)
def test_urgency_more_questions_about_practice(message):
    assert not is_urgent(message, ("Robyn",))
