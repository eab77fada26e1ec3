import asyncio

import numpy as np
import pytest

from bot.urgency import Urgency, assess, is_urgent
from bot.urgency_rules import (
    about_practice,
    about_the_writer,
    acute,
    asks,
    asks_in_general,
    at_risk,
    carer_says,
    concerns_a_child,
    general_frame,
    just_happened,
    names_someone,
    normalise,
    now_cued,
    parts,
    placed_now,
    resolved,
    ruled_out,
    shut_away,
    turns_live,
    weighs_emergency_route,
    well_now,
    without_harmless,
)


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


# The taxonomy of docs/urgency.md, class by class: two emergencies in chat style and a look-alike each,
# written for these tests (not taken from any evaluation set or from content/urgency.yaml).
TAXONOMY = {
    "missing-now": (
        [
            "cnt find our 3yo at the soft play, looked everywhere for 15 mins",
            "yp not back at the unit, last seen at the bus station at 7, phone off",
        ],
        "what is the missing from care protocol for looked after children?",
    ),
    "travel-fm-fgm": (
        [
            "yr 8 girl says shes flying out on friday and her aunt will cut her when she gets there",
            "16yo says theyve taken her passport and shes being married off abroad next week",
        ],
        "what are the signs that a girl may be at risk of fgm?",
    ),
    "alone": (
        [
            "knocked on for the visit, 2 under 3s in the flat on their own, no adult answering",
            "toddler by himself in a car park, no parent around, been 10 mins",
        ],
        "is there a legal age for leaving a child home alone?",
    ),
    "ingestion": (
        [
            "the 2yo has swallowed one of those button batteries out of the scales",
            "baby drank some methadone from a cup on the side, shes really drowsy",
        ],
        "what should nurseries do to keep cleaning products away from toddlers?",
    ),
    "confined": (
        [
            "boy locked in his bedroom with a bolt on the outside, dad wont let me in",
            "baby left in a hot car outside the shop, windows shut, been ages",
        ],
        "what did the review say about children being locked in their rooms?",
    ),
    "held-trafficked": (
        [
            "14yo texted saying men wont let her leave a flat in another town",
            "car of older men waiting outside the school to take her to a party tonight",
        ],
        "how do I refer a suspected trafficking case to the national referral mechanism?",
    ),
    "self-harm-suicide": (
        [
            "she's on the bridge by the station saying she's going to jump",
            "lad just told me hes taken a load of tablets an hour ago",
        ],
        "what training is there on self harm for school staff?",
    ),
    "violence-now": (
        [
            "neighbour says the bf is punching mum in the kitchen and the kids are watching",
            "can hear him hitting her through the wall, baby screaming",
        ],
        "what did the 24 reviews find about domestic abuse?",
    ),
    "baby-injury": (
        [
            "4 month old with a bruise on his cheek and vomiting, really sleepy",
            "hv here, baby gone floppy and her breathing sounds funny",
        ],
        "what does the guidance say about bruising in non-mobile babies?",
    ),
    "scared-home": (
        [
            "yr 5 boy wont go home, says dad will batter him tonight",
            "girl crying at pick up saying if she goes home mum will hurt her again",
        ],
        "how should teachers respond when a child says they dont want to go home?",
    ),
    "online-meeting": (
        [
            "12yo meeting a man off snapchat at the retail park after school today",
            "my foster child has gone to meet someone from a gaming app, left 20 mins ago",
        ],
        "is there guidance on online grooming for parents?",
    ),
    "weapons": (
        [
            "dads ex outside the front door with a knife, kids inside",
            "16yo says his brother has a gun in his room and is threatening to shoot someone tonight",
        ],
        "what is the law on knife crime for under 18s?",
    ),
    "practitioner-danger": (
        [
            "on a home visit and dad has locked the door and is threatening me",
            "sw here, mums partner grabbed my arm and wont let me leave",
        ],
        "what lone working policy should social workers follow on home visits?",
    ),
    "sexual-abuse-now": (
        [
            "7yo says her uncle touches her and hes babysitting her tonight",
            "teen disclosed her stepdad rapes her and hes picking her up at 4",
        ],
        "what are the signs of child sexual abuse?",
    ),
    "neglect-now": (
        [
            "mum passed out drunk on the sofa with the 1yo crawling round the empty bottles",
            "no heating or food in the flat and the baby is cold to the touch",
        ],
        "what did the audit find about neglect cases?",
    ),
}


@pytest.mark.parametrize(("cls", "message"), [(c, m) for c, (ms, _) in TAXONOMY.items() for m in ms])
def test_urgency_each_class_of_emergency_is_urgent(answerer, cls, message):
    assert answerer.answer(message).kind == "urgent", cls


@pytest.mark.parametrize(("cls", "message"), [(c, m) for c, (_, m) in TAXONOMY.items()])
def test_urgency_each_class_look_alike_is_not_urgent(answerer, cls, message):
    assert answerer.answer(message).kind != "urgent", cls


def test_urgency_taxonomy_classes_are_the_exemplars_classes(shipped_store):
    assert set(TAXONOMY) == set(shipped_store.urgency.classes)
    assert {cls for cls, _ in shipped_store.urgency.emergencies} == set(TAXONOMY)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("hes unconcious", "hes unconscious"), ("rn", "right now"), ("4yo", "4 year old"),
     ("2nite", "tonight"), ("can't", "cant"), ("methodone", "methadone")],
)  # fmt: skip
def test_urgency_rules_read_shorthand_and_misspellings(typed, meant):
    from bot.urgency_rules import normalise

    assert normalise(typed) == meant


def _flood_store(tmp_path, extra_look_alike=""):
    from types import SimpleNamespace

    from content.model import UrgencyExemplars

    emergencies = [
        "the river is coming into the house and the children are upstairs",
        "water pouring through the front door, kids trapped on the landing",
        "flood water up to the windows and the baby is still inside",
        "the flat is flooding fast and the toddler is in the bedroom",
    ]
    look_alikes = [
        "what is the council's flood plan for schools",
        "how do we plan for floods in the nursery policy",
        "is there flood training for staff this term",
        "what does the guidance say about flooded schools",
    ] + ([extra_look_alike] if extra_look_alike else [])
    exemplars = UrgencyExemplars(
        {"flood": "water rising"}, tuple(("flood", t) for t in emergencies), tuple(("flood", t) for t in look_alikes)
    )
    return SimpleNamespace(urgency=exemplars, items=[], topics={}, root=tmp_path)


def test_urgency_semantic_detector_learns_emergencies_from_look_alikes(tmp_path):
    from bot.urgency_rules import normalise
    from bot.urgency_semantic import SemanticUrgency

    detector = SemanticUrgency(_flood_store(tmp_path))
    classes, likely = detector(normalise("river coming into the house, children are upstairs"))
    assert classes == ("flood",) and likely > 0.5
    assert detector(normalise("what is the councils flood plan for schools"))[1] < 0.5


def test_urgency_semantic_model_is_saved_and_refitted_when_the_exemplars_change(tmp_path):
    from bot.urgency_semantic import MODEL_FILE, current_model, save

    store = _flood_store(tmp_path)
    model, refitted = current_model(store)
    assert refitted  # nothing saved yet
    save(model, tmp_path / MODEL_FILE)
    again, refitted = current_model(store)
    assert not refitted and again.trained_on == model.trained_on
    (tmp_path / MODEL_FILE).write_text("{not json")  # a damaged file is refitted, not an error
    assert current_model(store)[1]
    save(model, tmp_path / MODEL_FILE)
    changed, refitted = current_model(_flood_store(tmp_path, "flood risk maps for the annual report"))
    assert refitted and changed.trained_on != model.trained_on


def test_urgency_semantic_detector_reads_the_wording_as_well_as_the_meaning(tmp_path):
    """Hashed word and letter n-grams beside the embeddings: one slang word that decides ("necked") is read sharply
    (the embeddings alone gave 0.78 and 0.31 here)."""
    from types import SimpleNamespace

    from bot.urgency_rules import normalise
    from bot.urgency_semantic import HASHED, SemanticUrgency, wording
    from content.model import UrgencyExemplars

    things = ["the pills", "the vodka", "the bleach", "the tablets", "the calpol"]
    who = ["kid", "lad", "she", "he", "toddler"]
    exemplars = UrgencyExemplars(
        {"ingestion": "swallowed"},
        tuple(("ingestion", f"{w} necked {t}") for w, t in zip(who, things, strict=True)),
        tuple(("ingestion", f"{w} binned {t}") for w, t in zip(who, things, strict=True)),
    )
    detector = SemanticUrgency(SimpleNamespace(urgency=exemplars, items=[], topics={}, root=tmp_path))
    assert detector(normalise("girl necked the methadone"))[1] >= 0.85
    assert detector(normalise("girl binned the methadone"))[1] <= 0.15
    assert wording(["kidz trappd"]).shape == (1, 2 * HASHED)  # a guard


def test_urgency_semantic_detector_learns_that_a_title_typed_alone_is_no_emergency(shipped_store):
    """A topic's label or an item's title typed alone looks it up ("hidden men" read as a child held, at 0.87)."""
    from bot.urgency_semantic import training_set

    examples = training_set(shipped_store)
    assert ("Hidden men and significant others", 0, "") in examples
    assert all((item.title, 0, "") in examples for item in shipped_store.items)


def test_urgency_semantic_model_with_a_weight_out_of_range_is_refitted(tmp_path):
    import json

    from bot.urgency_semantic import MODEL_FILE, current_model, save

    store = _flood_store(tmp_path)
    model, _ = current_model(store)
    save(model, tmp_path / MODEL_FILE)
    data = json.loads((tmp_path / MODEL_FILE).read_text())
    data["index"][-1] = 10**9
    (tmp_path / MODEL_FILE).write_text(json.dumps(data))
    assert current_model(store)[1]
    data["index"][-1] = -1  # numpy would read it as the last bucket
    (tmp_path / MODEL_FILE).write_text(json.dumps(data))
    assert current_model(store)[1]


def test_urgency_shipped_semantic_model_is_fitted_on_the_shipped_content():
    """An author who edits content/urgency.yaml or an item's questions runs `content urgency --fit`;
    otherwise every start refits it (slower, same answers)."""
    from bot.urgency_semantic import current_model
    from content.loader import SHIPPED_CONTENT, load_content

    assert current_model(load_content(SHIPPED_CONTENT))[1] is False


def test_urgency_fit_command_saves_the_model_beside_the_live_content(tmp_path):
    import json
    import shutil
    import subprocess
    import sys

    from content.loader import SHIPPED_CONTENT

    content = tmp_path / "content"
    shutil.copytree(SHIPPED_CONTENT, content, ignore=shutil.ignore_patterns("__pycache__", "*.py", "*.json"))
    # a few exemplars of the shipped classes, so the fit takes seconds, not the shipped set's minute
    (content / "urgency.yaml").write_text(
        'classes:\n  ingestion: "swallowed"\n  missing-now: "missing"\nemergencies:\n'
        '  - [ingestion, "toddler just swallowed a button battery"]\n  - [missing-now, "cant find the 4yo anywhere"]\n'
        'look_alikes:\n  - [ingestion, "button battery awareness week posters"]\n'
    )
    env = {"CONTENT_DIR": str(content), "PATH": "/usr/bin:/bin"}
    run = [sys.executable, "-m", "cli.main", "--data-dir", str(tmp_path / "data"), "content", "urgency", "--fit"]
    first = subprocess.run(run, capture_output=True, text=True, env=env, check=False)
    assert first.returncode == 0, first.stderr
    assert "refitted and saved" in first.stdout
    saved = json.loads((content / "urgency_model.json").read_text())
    # only the weights that are not zero are kept, over the meaning's 256 dimensions and the wording's n-grams
    assert len(saved["index"]) == len(saved["weights"]) > 256
    assert min(saved["index"]) < 256 <= max(saved["index"])
    second = subprocess.run(run, capture_output=True, text=True, env=env, check=False)
    assert "already up to date" in second.stdout


def test_urgency_embeddings_load_offline(monkeypatch):
    import socket

    from content import embeddings

    def refuse(*args, **kwargs):
        raise AssertionError("the network was touched")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    embeddings._model.cache_clear()
    vectors = embeddings.embed(["a baby is not breathing", "what is a strategy meeting"])
    assert vectors.shape == (2, 256)
    assert abs(float((vectors[0] ** 2).sum()) - 1) < 1e-4


def test_urgency_reply_names_unset_numbers_in_words_never_a_placeholder(answerer):
    reply = answerer.answer("toddler not breathing right now")
    assert reply.kind == "urgent" and reply.text.startswith("If a child is in immediate danger, call the police on 999")
    assert "PLACEHOLDER" not in reply.text and "[" not in reply.text
    assert "ask your safeguarding lead for the number" in reply.text
    assert [c.label for c in reply.choices] == ["Not an emergency"]


def test_urgency_feedback_keeps_the_decision_and_class_never_the_message(conversation, tracking):
    from bot.conversation import Event

    (urgent,) = asyncio.run(conversation.handle(Event("slack:U1", "D1", "baby gone floppy zebrafinch right now")))
    (noted,) = asyncio.run(conversation.handle(Event("slack:U1", "D1", action=urgent.choices[0].value)))
    assert noted.private and "never your message" in noted.text
    (missed_reply,) = asyncio.run(conversation.handle(Event("slack:U1", "D1", "how do I bake zebrafinch bread")))
    missed = next(c for c in missed_reply.choices if c.label == "This was an emergency")
    asyncio.run(conversation.handle(Event("slack:U1", "D1", action=missed.value)))
    rows = tracking.urgency_feedback()
    assert {(r["verdict"], r["cls"], r["count"]) for r in rows} == {
        ("not_urgent", "baby-injury", 1),
        ("missed", "none", 1),
    }
    stored = "".join(p.read_text() for p in tracking.root.rglob("*") if p.is_file())
    assert "zebrafinch" not in stored and "floppy" not in stored


@pytest.mark.parametrize(
    "message",
    [
        "should i wait for the duty sw to ring back? the 2yo has swallowed some of nans pills and is really drowsy",
        "is it normal for a baby to sleep this much? hes 6 weeks, floppy and wont feed since this morning",
        "she is being hit by her brother in the hallway, im at the door",
        "we had the dv training last week but this is real - he is kicking the door in and the kids are upstairs",
        "mum says shes fine but the baby is cold to the touch and barely waking",
    ],
)
def test_urgency_a_live_situation_behind_a_question_training_or_reassurance_is_urgent(answerer, message):
    assert answerer.answer(message).kind == "urgent"


@pytest.mark.parametrize(
    "message",
    [
        "what should i do if a toddler swallows a button battery?",
        "last month a baby was left alone, she is with gran now and doing well, do we need a strategy discussion?",
        "case note: the boy locked in his room in march is settled with foster carers, what reports are due?",
        "my phone has gone missing lol, can the bot remind me of the front door number?",
    ],
)
def test_urgency_settled_past_and_hypothetical_look_alikes_are_not_urgent(answerer, message):
    assert answerer.answer(message).kind != "urgent"


@pytest.mark.parametrize(
    "message",
    [
        "my boss is going to kill me if this report is late",
        "locked myself out of the office again, anyone got the code?",
        "scared to go home tonight, the kitchen is a disaster zone",
        "dying for a coffee after that strategy meeting",
    ],
)
def test_urgency_an_adults_everyday_words_are_no_childs_emergency(answerer, message):
    assert answerer.answer(message).kind != "urgent"


@pytest.mark.parametrize(
    "message",
    [
        "the 2yo is tied to the radiator, mum says its to keep him safe",
        "what is the threshold for a referral? context: 15yo says men are taking her to a hotel tonight, she has to go",
    ],
)
def test_urgency_someone_at_risk_makes_it_urgent(answerer, message):
    assert answerer.answer(message).kind == "urgent"


@pytest.mark.parametrize(
    "message",
    [
        "flat has no heating, its minus 3 outside, the baby feels icy and is cold and blue",
        "man filming children in the pool changing area on his phone",
        "little boy stuck inside a wardrobe at the contact centre, door wont open, hes screaming",
        "baby has blood coming from his nose and is very quiet",
        "the 3 yr old is listless and hasnt had a drink all day",
    ],
)
def test_urgency_conditions_described_not_named_are_urgent(answerer, message):
    assert answerer.answer(message).kind == "urgent"


@pytest.mark.parametrize(
    "message",
    [
        "total baby brain this week, sorry for the typos",
        "stuck in back to back meetings, can someone cover my duty calls?",
        "the man is in prison and the girl is doing well, can we close the plan?",
    ],
)
def test_urgency_idioms_and_settled_cases_are_not_urgent(answerer, message):
    assert answerer.answer(message).kind != "urgent"


# Kinds each held-out set found after its first look (sets 6 to 12), in fresh words written for these tests
# (not taken from any set or from content/urgency.yaml): one list per kind, which names the test case.
LIVE_KINDS = {
    "set 25: FM for forced marriage, a worker 'at a visit' with a baby's symptoms after small talk": [
        "FM concern, leaving for the airport tonight",
        "unrelated, but I'm at a visit and the 6 week old has bruising on his cheek and keeps going floppy",
    ],
    "set 24: a carer at the door and dark falling behind a question, a child's words quoted, a name before 'on "
    "the' or 'showed', a roof edge, tablets saved up, someone outside with a weapon": [
        "is it normal for a 10yo to still be out? his dad's on my doorstep and its getting dark",
        "'I'm going to take all my pills tonight'",
        "Max on the railway bridge, won't come down",
        "knife in her school bag, Ruby showed me",
        "she's been saving her tablets, has them with her now",
        "stepdad outside the house with a machete",
    ],
    "set 21: a car window to smash with a toddler inside and a clock running, a bulging soft spot a carer calls "
    "teething": [
        "can I break a car window? baby inside, 30 degrees, been 20 minutes",
        "the baby's soft spot is bulging and she's floppy, dad says it's just teething",
    ],
    "set 23: a name opening a fragment and how long they have been gone, a baby in a car in the sun, Scots words, "
    "a question from a worker cornered or with a man at the car window, a stepdad waiting at the stop, "
    "children getting into a car with men nobody knows": [
        "Poppy gone from the playground, 15 mins now",
        "toddler left in a car in full sun outside the shop, windows up",
        "the wean's greetin, says her maw's boyfriend will batter her if she goes hame the night",
        "is this a 999? a man is banging on my car window and I cant drive off",
        "dad's got me cornered in the kitchen and wont let me leave",
        "boy on the late bus wont get off, says his uncle is waiting at the stop to hurt him",
        "three of the girls just got into a silver van with men none of us know",
    ],
    "set 22: a worker unsafe where they are, asking for police, under attack; children kept out of sight at a "
    "nail bar; a carer out cold on the floor behind a question": [
        "dont feel safe in this flat, can someone call me",
        "at the visit, send police",
        "lad on the doorstep is hitting me",
        "two girls kept in the back at the car wash",
        "should I wait for the HV? baby crying and dad's passed out on the bathroom floor",
    ],
    "set 20: a terse report with a risk cue and no time word, a question then a carer turning help down, a clock "
    "time, a child begging not to be sent back, children home beside a hazard": [
        "boy in a car with two older men at the garage, crying",
        "teen girl at the bus station with adult males, looks scared",
        "is it usual for a 6 week old to have a swollen arm and keep screaming when you touch it? dad wont take him in",
        "what do we do when a child says he daren't go home and its 3.30 and his dad is at the door?",
        "she keeps saying please don't send me back there, pickup is in ten minutes",
        "machete under the sofa, 3 kids home with their mum's boyfriend",
    ],
    "set 19: a live situation told inside a question, FGM euphemisms, goodbyes posted, a mum's 'sweets', a "
    "loaded crossbow, a worker surrounded or shouted at, a child rather anywhere else tonight, abuse still going on": [
        "would it be ok to just wait with her? found a girl about 4 on her own in the stairwell, been 20 mins",
        "is it my job to call 999 if dad's just come in swinging at mum? the twins are in the room",
        "Jade's not at the pick up point and nobody's heard from her, going round the estate now",
        "year 3 says she's going to her aunt's abroad in the holidays to be 'made clean', leaves on saturday",
        "Tom locked in his room, posted goodbyes on insta",
        "also Mia has eaten some of her nan's tablets, she's really drowsy",
        "loaded air rifle propped by the back door, toddler in the kitchen",
        "on detached, four lads have surrounded me, one has a blade in his waistband",
        "pressed the alarm twice and he's still screaming in my face",
        "Leo keeps asking to stay after club, says he'd rather be anywhere but home tonight",
        "should this go to police today? she says her uncle is still doing it and they share a room",
    ],
    "sets 16 to 18: dictated words split, a looked-after child gone from placement, a live case asking for a "
    "procedure, a terse report naming nobody, a worker overdue or on a coded call, a child not out of the "
    "changing rooms, a head count short, today named as the day, a nervous laugh before tonight": [
        "Jodie has been miss sing since break, cant find her anywhere",
        "Kayden absconded from placement, no contact since 3pm",
        "mum says the 'cut' is being done on her girl when they visit family, they fly on friday, what order "
        "do we apply for",
        "is it normal for her to be this floppy? 6 week old, grandad is being very vague about the fall",
        "Held in a flat above the shop, not allowed out",
        "Sobbing at the gate, scared to go in",
        "Machete in the hallway, threats to kill",
        "Student SW 3 hours overdue back from a visit, phone off",
        "can you call me with the code red call now please",
        "cant talk, still at the house, ring me back with a reason to leave",
        "one of our swimmers hasnt come out of the changing rooms, staff searching everywhere",
        "Head count two short on the beach trip",
        "Poppy, 5, told me what her uncle does at bath time. He collects her on Fridays. It's Friday.",
        "gaming bloke from roblox picking up jayden after school",
        "Knife seen in the flat, kids present",
        "haha awkward, Leo's online mate is driving up to meet him tonight and he's 13",
        "has anyone seen Mason? didnt come back from PE",
        "three under-fives home alone, no adult",
        "brawl outside the leisure centre, a 9yo right in the middle of it",
        "one of the U10s says the coach keeps him behind for massages, he's at training this evening",
    ],
    "set 15: a question, then the live reason for asking; plain words of a plan; the writer cornered": [
        "what age can kids be left alone? asking because the boy next door says his dads been gone since friday",
        "can nursery refuse to hand a child over? woman at the door says she's Leo's aunt, mum has never heard of her",
        "Fresh cuts on her arms, says tonight is the night",
        "ring me now and say there's an emergency back at the office, he's between me and the door",
    ],
    "sets 13 and 14: a live situation after an aside, ages in words, team age groups, plain words of despair": [
        "is there a form for this?? ruby is 14, nobody has heard from her since friday night and her phone is off",
        "swallowed some of nans tablets, age 4",
        "how do i do a referral for this? also the men who drive him about are collecting him at 4",
        "dont want to be here anymore, going to end it - she wrote that in her planner just now",
        "one of ours up on the train bridge, what now",
        "was just leaving when mums boyfriend started laying into her, kids watching. what do i do",
        "scared to go back, new bruises",
        "sorry running late on the newsletter - also the year 8 girl says a man from an app bought her a train "
        "ticket to meet him this afternoon",
        "meeting going badly, need rescue call",
        "cheers for the cpd link. meanwhile ollies dad has screwed his bedroom door shut, no tea since lunch",
        "at the football, a coach is punching a parent in front of the u10s",
        "hope the training went well. just to flag, mo is in the office begging us not to phone his dad",
        "babby not breathing right, bruise on head",
    ],
    "named children verbless reports and the writer's own danger": [
        "Maya's gone from the garden, back gate open",  # a child by name only
        "Man with knife by the nursery gates",  # verbless, a place that is children's
        "Toby not back from contact, he got into a van with two men an hour ago and nobody has heard",
        "dad blocking the stairs and says im going nowhere",  # the writer, no child named
        "stuck on a home visit, need police",
        "used our code word twice, nobody has rung back, mum's partner is shouting at me",
        "yr 7 girl says she is being sent to her gran's country at half term to be made pure",
        "a 14yo just walked into reception saying he escaped from a car wash and the men are looking for him",
        "row kicking off in the contact room, dads gone for mum and the baby is on the floor",
        "the 6 year old next door has been by himself since yesterday and just came round asking for food",
    ],
    "both detectors sure outweigh a settled word": [
        # a settled word ("with gran", "session") beside a live emergency both detectors are sure of
        "toddler is with gran and has swallowed one of her blood pressure tablets, he is floppy and grey",
        "at the end of the session the 9yo said she cant go home because dad will batter her again tonight",
    ],
    "the writer's own danger and a live report without a child word": [
        "Bleeding badly. Cut myself. Now.",  # the young person themselves, no child word
        "the man at the door has pulled a knife, I've shut myself in the kitchen",
        "dad kicking off in reception, threatening to stab the receptionist",
        "visit gone wrong, dogs set on me",
        "yr 5 girl crying at home time, says dad said she'll get it when she gets home",
    ],
    "asides names and fragments": [
        # a live situation after an aside or an unrelated question, a child named mid-sentence
        "which mileage form do we use now... actually ignore that, Zara has not come back from the park and "
        "its been half an hour",
        "can I book leave in august? oh and separately, Ayan whispered that the lady is coming this weekend to do "
        "what was done to her big sister",
        "Pupil unaccounted for after PE now",
        "Refusing to go home, scared, pick up imminent",
        "Wont go home, says hell be beaten",
        "Discord adult, meetup after school today",
        "Suspected FGM trip, they fly out on saturday",
        "Being followed back from a visit, really scared",
    ],
    "hazards disclosures after small talk and workplace weapons": [
        "swallowed a button battery",  # a hazard only children meet names the child
        "lol what a week. anyway. little girl at brownies says the man who drives her 'hurts her bottom' and hes "
        "taking her home tonight",
        "being followed home from the visit by the client",
        "Front desk. Man with a machete.",
    ],
    "fragments day old babies and asides after small talk": [
        "Code red. Mum. Machete. Me.",
        "PCSO, surrounded by a gang by the shops, need backup",
        "Non-mobile baby. Fingertip bruises on both arms.",
        "hv here: 9 day old very yellow and floppy, wont wake for feeds",
        "Leo bolted in his room again. Dad out.",
        "huge brawl in the park, lil ones stuck in the middle",
        "sorry wrong chat lol, but while im here - a 12yo says her snapchat friend is collecting her from school today",
        "re the cpd thing, also a yr 9 just told me she has pills in her bag and tonight is the night",
        "is it normal for a 14 yo's boyfriend to be 26? he picks her up every night and hes outside now",
    ],
    "names questions hiding live harm and unnamed weapons": [
        "re the rota - also Kian's done a runner from the unit 15 mins ago, no shoes",
        "Amara not home, last seen at 4",  # a name at the start of a message
        "cant find ollie anywhere at the trampoline park, exits shut",
        "Three under 5s home alone, mum abroad",
        "is it bad if an 18 month old has just chewed one of those dishwasher tablets? she's drooling",
        "Y10 says tonight, has a plan",
        "is it ok that people are just watching a girl get dragged by the hair outside the shop? nobody is stopping it",
        "baby (6 months) has a lump on the back of her head and keeps being sick, dad dropped her off an hour ago",
        "12 year old says shes too scared to go home because of what happens when mum drinks, we close at 5",
        "Y4 terrified of home time today",
        "is it normal that dad has left a loaded air rifle by the sofa with the baby in the room? its still there",
    ],
    # set 27's kinds (fifth session), in new words
    "a symptom repeating now, shorthand for baby": [
        "bby keeps going floppy since he rolled off the bed",
        "my lo feels ice cold and isnt really responding",
    ],
    "a family's euphemism for cutting": ["her nan says they'll make her a real woman over half term, she's 7"],
    "held, tersely; working off a debt": [
        "lad at the car wash being held",
        "girl says she has to work off a debt to them",
    ],
    "the worker's visit gone wrong": ["home visit gone wrong, they've set the dog on me", "visit went south, need out"],
    "asking to stay the night anywhere but home": ["year 6 boy asked if he can stay at school tonight, wont say why"],
    # set 28's kinds (fifth session), in new words
    "children left alone by an arrest": ["boys 3 and 5 home alone, mum arrested"],
    "a protection order needed now, by its acronym": ["FPO needed tonight, flight 9pm"],
    "a lone worker's tracker gone quiet on a visit": ["visit at 2, tracker has gone dead since"],
    # set 30's kind and the development sets' last misses (sixth session), in new words
    "a farewell that means suicide": [
        "year 10 lad posting that today is the last time you'll see him",
        "lad in my form just posted 'sorry for everything x'",
        "she texted 'im done' and now nothing",
    ],
    "the live matter after 'actually, never mind'": [
        "can you send the CIN template - actually never mind, Tia's mum just rang, Tia didn't come home from the "
        "bus stop and no one knows where she is",
    ],
    "a place or a decision now, after a hypothetical frame": [
        "if a girl says her stepdad comes into her room at night and she has to go home at 4, do we let her go?",
        "is it ok to carry on if the dogs have been let loose on me? im in the kitchen now",
        "what would you do if a girl says shes being moved between flats by older lads and she's at one now?",
    ],
    "a question about the child described": ["he's grey and not really responding, is that normal after a feed?"],
    "CAMHS means a child": [
        "anyone know the CAMHS crisis number? Jordan just texted 'sorry for everything' and isnt picking up"
    ],
    "an injury in the mouth; a man from a game; children outside at night; an abuser staying over": [
        "torn frenulum on the 10 week old in clinic",
        "meeting bloke from gaming now",
        "neighbour says its kicking off next door again, little ones outside in their pjs",
        "she said mums fella stops over tonight and he did stuff before",
    ],
    # set 29's kinds (sixth session), in new words
    "a farewell after a turn to something more urgent": [
        "sorry daft q re cover... actually more urgent, Ellis has just put 'goodbye everyone' on his story and isn't "
        "in school"
    ],
    "a baby's sign shown live on a call": [
        "is it normal for a 7 week old to have a bulging soft spot and keep jerking like that? dad's just showing me "
        "on a video call"
    ],
    # sets 31 and 32's kinds (sixth session), in new words
    "a child not seen since last night; a worker's alarm pressed": [
        "miss in child from the unit since last night, police told, no sightings",
        "lone worker alarm pressed, Priya",
    ],
    # set 33's kinds and QA set 34's missed emergency (sixth session), in new words
    "a threat to kill read whole ('will kill' is no 'I'll kill', the writer's own idiom)": [
        "14 year old just told me her dad will kill her if she goes home and he's outside now"
    ],
    "a groomer met; a baby's bleeding eye and sleepiness; a worker kept from the door": [
        "meeting groomer at the station 6pm",
        "is it normal for a 5 wk old to have blood in his eye and be this sleepy after his dad had him?",
        "feels off here, mums fella keeps standing between me n the door asking where i live, should i go?",
    ],
    # sets 34 and 35's kinds (sixth session), in new words
    "a flight this afternoon to a wedding not agreed; petechiae seen on a visit now": [
        "can I stop a 16yo being put on a flight to Pakistan this afternoon if she says she hasn't agreed to the "
        "wedding?",
        "is it normal for a 6 week old to have little red dots round the eyes and be pale? on the visit now",
    ],
    "harm before told as 'last time'; never got there; children alone after an arrest": [
        "girl at the library says she ain't going home cos she'll get it, last time it was the cable, she's 11",
        "has any1 seen Mia?? never got to school this morning, shes 8 n its dark soon",
        "Children alone. Dad arrested.",
    ],
    "a worker in danger; a baby who cannot be woken, lips grey": [
        "urgent help, HV in danger",
        "should I be worried she can't wake him? he's 3 weeks and his lips look a bit grey",
    ],
    "a scene opening 'in the...' is no question; a plan to be gone by the weekend": [
        "in the soft play Leo had a couple of the tablets from a dad's coat pocket, no idea what they are",
        "Ruby (13) in the minibus just said she won't be here after the weekend, she's got it all planned",
    ],
    # sets 36 and 37's kinds (sixth session), in new words
    "not back by midnight; drink that leaves a teen barely standing; still not found": [
        "is it normal for a 15yo not to be back by midnight? dad's just rung me, no contact since 5",
        "year 11 necked most of a bottle of rum, can barely stand",
        "is it normal for a 5 year old to wander off at the fair for half an hour? we still havent found him",
    ],
    "the driver coming back for a child off a lorry; a worker cornered by lads with knives": [
        "is this an NRM case if... actually more urgent, the boy off the lorry says the driver's coming back for him "
        "tonight",
        "outreach worker cornered by lads w knives by the shops",
        # found when sets 36-37 joined the exemplars: "awol" and a clock "been 20 min" carried only by meaning
        "one of our yp went awol on the trip at the services, been 20 min, staff out lookin, whats the escalation",
    ],
    # sets 38 and 39's kinds (sixth session), in new words
    "a live matter after a question, an aside or 'running late'": [
        "Is there a law on leaving kids? asking cos Ava (5) just told me her dad's gone out and left her and her "
        "brother",
        "sorry running late, domestic kicking off at my visit, 3 kids under 6 in the living room",
        "sorry, q about the rota... actually no, more urgent - Josh posted 'goodbye all' on snap 10 mins ago",
    ],
    "fear at the mention of home; gone from respite; an alert triggered; a carer too drunk to stand": [
        "Zoe hiding in the toilets after school, went pale when I mentioned home",
        "jay ran off from respite",
        "lost one of the year 3s at the museum 😰",
        "lone working alert triggered by Priya, no answer",
        "is it ok to leave if dad's too drunk to stand and he's the only one here with a 3 month old?",
    ],
    "a sport's training, not a course": [
        "boy hiding in the kit room after football training, says his dad will leather him for losing"
    ],
    # sets 40 and 41's kinds (seventh session), in new words
    "a euphemism asked about, then a journey booked; a practice question, then the writer at the door now": [
        "pupil asked me if its normal to be 'made clean' over the holidays, her aunt has booked flights to Sudan for "
        "friday",
        "is it the out of hours team or 999 if a 5 year old is on her own? I'm stood on the doorstep now",
    ],
    "a baby's pram or buggy; not back since last night; gone from placement; a beating promised": [
        "buggy left outside the chemist for ages, nobody near it, its bitter out",
        "Amir (5) just came into the office saying his baby sister's asleep at home and there's no grown ups, dad "
        "hasn't been back since last night",
        "Kayden gone from placement, 1am, no trace",
        "can a child refuse to go home? Jess is in the library saying she'll get a hiding when her dad reads the "
        "report",
    ],
    "a colleague cornered; a dog set on a worker": [
        "social worker cornered in the kitchen by the uncle",
        "they're setting the dog on the HV",
    ],
    # sets 42 and 43's kinds (seventh session), in new words
    "a practice question, then a child still sitting there; reporting it now; until the house is asleep; an alarm": [
        "what do we do if a pupil flatly refuses to go home after rehearsal and says it's not safe there? drama "
        "teacher asking, she's still sitting in the hall",
        "our looked after girl Tia didn't return to the unit for her 9pm curfew, phone off, she's 14 and was last "
        "seen getting into a car. Reporting to police now, who else do I need to tell?",
        "Jaden asked if he could stay behind until his stepdad's in bed. Last time he said that he had marks the next "
        "morning. Home time is 3:20.",
        "Personal alarm, Sam, no response",
    ],
    # sets 44 and 45's kinds (seventh session), in new words
    "home by herself; pods bitten; 'won't let me see'; a round mark like a cigarette; can't go back because": [
        "little one home by himself, 4ish",
        "Omar bit into one of those laundry pods, foaming a bit at the mouth and coughing",
        "cutting again, deep, won't let me see it",
        "sorry do we have a template for the core assessment? also the baby I'm with now has a round mark on the sole "
        "of his foot like a cigarette, he won't stop crying, parents vague",
        "hi sorry - does anyone know if the trip budget is signed off? also Ellie is still here after netball at 7pm, "
        "says she cant go back cos of what happened last night and there's a mark on her neck",
        "should I worry if a kid's written letters to his family and given all his stuff away? he's at cadets right "
        "now and he's really calm which isn't like him",
    ],
    # sets 46 and 47's kinds (seventh session), in new words
    "a named child not here; a scene in front of the writer; 'his night'; a fake excuse to leave; a shotgun": [
        "is it normal for an 8 yr old to just wander off from the park? because Kian's not here and his nan swears "
        "she was watching him",
        "driving past the leisure centre car park and there's a baby asleep in the back of a car, windows up, sun "
        "blazing, nobody about - is that ok?",
        "quick q about rotas... also Mia posted 'bye everyone x' in the youth group chat at 10 and isn't answering "
        "anyone",
        "random but when are the fire drills? also Ava's still in my classroom, asked if she can come to mine because "
        "it's 'his night' at home",
        "can someone ring me with the fake emergency excuse? it's getting really heated in here and I don't feel like "
        "I can just walk out",
        "Shotgun in house, threat to kill made",
    ],
    # sets 48 and 49's kinds (seventh session), in new words
    "a bed not slept in and a missing episode asked of now; the writer worried sick; a child bride flying; a code "
    "line": [
        "Leo's bed hasn't been slept in and his dad thinks he went off with older lads last night, he's still not "
        "back. Does that count as a missing episode right now?",
        "Is it normal for a 14yo who's never late to still not be home at midnight and not answering? Foster carer "
        "here, worried sick",
        "Bride at 14, flight tonight",
        "hope the training went well 🙂 could someone ring me in 10 with the 'you're needed back at base' line? things "
        "are getting really heated here and I'm not sure I can get out",
    ],
    # held only by the meaning-based detector until the refit on sets 48-49, now by rules too
    "a named child nowhere to be found; a codeword on a visit; a baby's blood in the eye and sleepiness now": [
        "can't find Zac anywhere 😰 funfair",
        "can someone bring the red folder to my visit urgently, using the codeword",
        "is a baby meant to have blood in the eye like that? Ava's 3 months, dad says she fell, she's very sleepy",
    ],
    # sets 50 and 51's kinds (eighth session), in new words
    "an age in words; rather anywhere than home because of what happens there; the writer not feeling safe": [
        "the three year old next door is wandering the landing by himself",
        "Noah would rather stay in the office than go home because of what his stepdad does when he's had a drink",
        "the uncle keeps coming really close, i don't feel safe",
    ],
    # sets 52 and 53's kinds (eighth session), in new words
    "a disclosure with the person under the same roof; half a bottle necked; no food for days; a quoted message; an "
    "age in brackets": [
        "Disclosure about uncle, lives with them, she goes home at 4",
        "year 10 girl necked half a bottle of gin, can't stand",
        "no food at home for three days",
        "group chat msg: 'im at the top of the car park'",
        "max (2) drank the calpol, whole bottle gone",
    ],
    # sets 54 and 55's kinds (eighth session), in new words
    "home time close; an exit call asked for while someone keeps getting closer": [
        "Scared to go home. Home time in 10.",
        "sorry to butt in lol but can someone phone me and pretend it's the office, the brother is here and keeps "
        "getting closer",
    ],
    "a question in general form, then the live matter the meaning-based detector is sure of": [
        "is it normal for an 11 year old to still not be back from town 3 hours late? phone going straight to "
        "voicemail and she left with an older lad",
        "is it ok for a 13yo to be staying at a man's flat she calls her cousin when dad says they're not related? "
        "she's been there three nights and won't come home",
    ],
    # sets 59 and 60's kinds (ninth session), in new words
    "a question in general form, then the writer says its case has just happened or is in front of them": [
        "what do we do if a parent locks the door behind you mid-visit? cos she just has",
        "is it ok for a 7yo to be looking after a toddler? thats what im watching through the window right now",
        "is it normal for a reception child to be missing at pickup? we've searched the whole building twice for Kai",
        "sorry, quick one - is a lump on a 5 month old's head and being really floppy a worry? she just arrived at "
        "nursery like that",
    ],
    "a lone working alert; followed to the car; a reason that happened last time": [
        "the student's lone working fob has just triggered an alert from her visit",
        "followed to my car after a visit, need help",
        "quick q about parking permits - also Jade's hiding in the toilets and says she can't go home because of what "
        "happened last time",
    ],
    # sets 67 and 68's kinds (ninth session), in new words
    "a child being beaten; a car window to break for a child inside, asked; a goodbye message sent": [
        "lads from year 11 battering a year 8 behind the sports hall right now",
        "can i break a car window?? baby strapped in, not moving much",
        "Pupil sent me a goodbye message on Teams and isn't in today",
    ],
    # sets 65 and 66's kinds (ninth session), in new words
    "nobody knows where the child is; lost somewhere a while; a code phrase and a coloured folder brought": [
        "do we record it as missing or absent if he was last seen at 1 and nobody knows where he is now? he's 13",
        "Kai lost at the fun run, 25 mins",
        "using the code phrase - can someone bring me the green folder, I'm at a visit on the estate",
    ],
    # sets 63 and 64's kinds (ninth session), in new words
    "a car window to break; an arm grabbed on a visit; what a child says they are about to do": [
        "can I break the car window?? toddler inside not moving much, been parked by the gym 30 mins",
        "is it ok to leave mid-visit if dad keeps grabbing my wrist saying I'm not going anywhere? he's by the front "
        "door",
        "Year 10 says killing herself after school",
    ],
    # sets 61 and 62's kinds (ninth session), in new words
    "not where the child was meant to be; an armed client; cornered; into a container; 'not hypothetical'": [
        "has anyone seen Kian?? he was supposed to be on the coach back from the museum and he isnt on it",
        "Need help, service user at the door with a machete, I'm sat in my car",
        "help, cornered in the bathroom",
        "is calpol ok in big doses? zara got the lid off and drank loads, she's 3",
        "Can I search a locker? Not hypothetical, Jayden has a knife in there right now",
    ],
    "sets 85 and 86 (eleventh session), in new words": [
        "Before I forget - is the rota out? also Mia's just said there's an 'after party' tonight, older lads are "
        "picking her up at 4",
    ],
    "sets 83 and 84 (eleventh session), in new words": [
        "is it an FMPO we need?? the flight's at 7am and she's only 14",
        "is it normal for a 6 month old not to use one arm after 'falling off the bed'? happened this morning",
        "quick one - is the new referral form live? oh and Ben said his older cousin 'does the thing' to him at "
        "bedtime, and the cousin's minding him tonight",
        "lad on cider, barely conscious",
        "14yo gone to meet a guy off tinder",
    ],
    "sets 79 and 80 (eleventh session), in new words": [
        "threats to kill made, children upstairs",
        "is it illegal for a man to collect a 13yo he met on roblox? because that's what's happening after school",
        "Leah and two friends off to 'party' tonight",
        "is it serious if a mum says 'I'll finish all of us' and there's a machete by the door? I'm still in the flat",
        "no check-in from Sam, 2 hours",
        "Can you tell me the FGM referral route today? 9yo's aunt says the procedure will be done at her gran's house "
        "on sunday",
    ],
    "sets 73 and 74 (tenth session), in new words": [
        "quick one on the new form, and also Leo has just licked some white powder off the table at the visit",
        "Noah's gone from the ward, on 1:1 obs",
        "is it fine to just watch her?? 2yo might have had some of nan's diazepam, packet on the floor, no "
        "idea how many",
        "carer says Zara took the cord from her dressing gown and has locked herself in the toilet",
        "can a blistered scald on a 5mo's arm wait till monday? he won't settle",
        "axe behind the door, 'for later'",
    ],
    "sets 71 and 72 (tenth session), in new words": [
        "can i stay with a 3yo? mum left him at the door and drove off but the nursery is closed today for training",
    ],
    "sets 69 and 70 (tenth session), in new words": [
        "quick one about expenses - and the nursery just rang, Kai never arrived after forest school, his bag is here",
        "two under-4s alone at the house",
        "y10 girl necked gin at the disco, cant stand",
        "is a 13 year old meeting a man from discord at the station a police job? she's set off already",
        "what counts as a threat to kill? her ex just messaged her ill kill you and the baby, he's driving over",
        "tiny ones on the stairs in nappies, no grown ups about",
        "if she takes the letter home she's dead, her stepdad belted her last time",
        "help, barricaded in the office",
    ],
}
NOT_LIVE_KINDS = {
    "sets 79 and 80's look-alikes (eleventh session), in new words": [
        "my teenager is terrified to come home because I told her she's doing the dishes tonight 😂",
        "can't face going home tonight, the teenagers have wrecked the lounge again 😂",
        "re yday's strat - agreed the 11yo can be left for an hour after school, dad to ring in. minutes to follow",
        "re today's strat - agreed the 11yo can walk home alone, dad to text when in. minutes to follow",
        "my teens are refusing to come home tonight because I said no phones at dinner 😂",
    ],
    "set 25: a lost-child drill, cutting season awareness, an upside-down smile, a handbook's wording, a visit "
    "logged, everyone freezing, case details before a question about practice": [
        "lockdown drill at 11, Sam is playing the missing child",
        "cutting season is coming, what should staff know?",
        "stuck on the tram again 🙃",
        "what to say if a pupil tells you about self-harm? need wording for the handbook",
        "back safe from a tricky visit, it's logged and my manager is aware",
        "boiler's broken at the office, we're all freezing",
        "Zoe Smith dob 01/02/2016 came in with a bruise again, what signs should make us more curious?",
    ],
    "set 24: missing one's own children, a travel letter to parents, a night in alone at last, a flowchart, a TV "
    "drama, a role-play, a question of law": [
        "missing my kids so much, they're at their mum's this week",
        "letter to parents before the holidays - do we mention FGM?",
        "house to myself at last! kids at nanny's",
        "bruising in babies flowchart, latest version?",
        "Call the Midwife last night had a baby with a burn, so sad",
        "role-play for year 8: someone from a game wants to meet you, what do you do?",
        "is it an offence to leave a 10 year old alone?",
    ],
    "set 21: e-learning done, pupil voice themes, the writer chased by a goose, a family who has just moved and a "
    "question about sharing information": [
        "finished the FGM e-learning today, the bit on mandatory reporting was useful",
        "Pupil voice themes: worries about home",
        "chased by a swan on the way to a visit, still shaking lol",
        "family has just moved into the area from Leeds, what do we do about information sharing?",
    ],
    "set 23: a TV clip for trainees, a set text for a year group, a toddler's bedtime, a game, a headline, a drama, "
    "an office joke, a visit that went fine, a note for the file, an update, children fine with the writer": [
        "Casualty last night had a baby with a burn, showing the trainees the clip tomorrow",
        "is Of Mice and Men ok for Y10? the shooting bits are pretty grim",
        "held hostage by my toddler's bath time again",
        "year 9 playing Call of Duty at lunch, screaming 'I'll kill you', it's just the game",
        "headline: teenager stabbed outside a college in Leeds",
        "that drama where the foster carer locks the boy in is so hard to watch",
        "hungry, freezing and half dead by 4, typical Monday in the office",
        "back at base, visit went fine, mum was tearful but calmed down",
        "just logging: dad's firearms licence was revoked last month",
        "update from the core group: dad at rehab, gran has the children, plan working",
        "locked out of the house with the shopping inside, kids are fine, they're with me",
    ],
    "set 22: a simulation, an old flag on a file, a repair ticket, the writer stuck on a motorway, a soap, a scene, "
    "statistics, a meeting link, a family joke, a night out, minutes of a meeting, a bump, a boiler": [
        "Simulation on Friday: the manikin has swallowed a battery and you're the nurse",
        "the alert on her record is from 2021, can it come off",
        "the stair gate latch needs fixing, can estates come",
        "boiling in my car, stuck on the A58",
        "Hollyoaks has a girl groomed online this week, anyone else watching?",
        "that knife scene in the finale was grim",
        "Ofsted: 1 in 4 pupils met someone online",
        "can we meet online at 2 instead? zoom link to follow",
        "my sister will kill me if I miss her party",
        "off to bed after Saturday's drinks, never again",
        "core group minutes: mum and the children are in a refuge now",
        "banged my knee on the changing table, toddler thought it was hilarious",
        "scared to go home, boiler's packed up again",
    ],
    "set 20: an update on an order granted, a charge and a child engaging, a maxim, an induction pack, a book, a "
    "class cancelled, celebrating or eye-rolling emoji, a notice to sign up": [
        "Update on the FGM protection order from last spring - granted, passport held, she's flourishing at college",
        "the online groomer from last year's referral was charged and Mia's engaging with her counsellor",
        "never leave a baby propped with a bottle",
        "induction pack has the case where a toddler was kept in a cot all day - read before visits",
        "finished that memoir about the cult, harrowing read",
        "toddler swim session cancelled thursday",
        "finally a night off, kids at grandparents 🙌",
        "locked out of the shared drive again 🙄",
        "school trip to the zoo friday 🎉",
        "knife crime twilight session, sign up by monday",
        "Lily's foster placement is going so well, she says she loves her new school",
    ],
    "set 19: a child now thriving, the writer's own joke, a fun day, a printer": [
        "the baby who was so underweight last winter is thriving now, SGO granted",
        "scared to go home tonight, wife's doing the cooking lol",
        "kids never want to leave after club on bouncy castle day, it was a hit",
        "i'll kill Gary if he takes my parking space again",
        "this photocopier is going to be the death of me",
    ],
    "sets 16 to 18: the law on leaving children alone, the writer's own quiet house or sick-day, a case stepped "
    "down, a drama re-watched, a survey, idioms, treated and home, notices, statistics, a document's latest "
    "version, a pet left in a car, what advice to give": [
        "what's the legal age to leave a child home alone?",
        "two hours alone in the house without the kids, heaven",
        "locked in all week with poorly kids, send snacks",
        "mum was drunk in charge of them last christmas, stepped down to CIN since",
        "rewatching Three Girls for tomorrow's CSE session",
        "CT head for the 4 month old came back clear, case stepping down",
        "survey says one in four teens have met up with someone from online, one for the slides",
        "this caseload is going to kill me",
        "admitted Friday after swallowing a battery, removed by endoscopy, home now and well",
        "Child-safe locks for the medicine cabinets have arrived, please fit by Monday",
        "ONS statistics on under 18 suicides published today",
        "I'm going to kill my brother, he spoiled the Bake Off final",
        "Missing from care procedure - latest version please",
        "A dog was left in a hot car at the fete, all fine now",
        "mum asked if her 12yo can babysit overnight, what advice do I give?",
        "the code word for help on visits is changing next month, check your emails",
        "How does the Lighthouse model support children who disclose abuse?",
    ],
    "set 15: books and films, templates, the writer's night out, a figure's source, the writer's workload": [
        "reading a memoir about a girl forced to marry at 15 for book club, heavy going",
        "anyone got a template letter about FGM risk before the summer holidays?",
        "the bit where the kid is locked in the shed gets me every time",
        "bit hungover after the work do, kids were at my mum's thankfully",
        "apparently a big chunk of missing episodes start from care homes, anyone know the source for that?",
        "ambushed by my manager with four new cases, send help",
    ],
    "sets 13 and 14: television, a policy question, a closed case, the writer's own wedding trip": [
        "watched a film last night about a girl married off abroad, so moving",
        "my mate is dragging me to her wedding in Ibiza, help",
        "would a bolt on a bedroom door count as restraint? writing our policy",
        "closing the trafficking case, NRM came back with conclusive grounds",
        "a man came to collect one of the reception kids, turned out to be her uncle on the list, all sorted",
        "shaken baby drama on telly",
        "the girl who met a man online is doing really well now, he was convicted",
        "hi all! do we have a policy on kids meeting online friends? a parent asked",
        "the incident where a pupil got locked in the store room is closed now",
    ],
    "everyday words drills and found children": [
        "banged my knee on the stair gate again",
        "my two are fighting over the xbox, send coffee",
        "her 5yo is scared of the dark, any bedtime tips for the newsletter?",
        "can someone help writing up my case note from yesterday?",
        "teething baby, very grumpy, no sleep for anyone",
        "the 12yo who went missing on friday was found by police and is back at the placement",
        "is there a checklist for our missing child drill?",
        "honestly scared to go home tonight, the in-laws have arrived",
        "can a 15 year old go on the pill without telling her parents?",
    ],
    "jokes durations and the writer's own life": [
        "my nephew swung the door into my face, think my nose is broken 😂",
        "twins killing each other over the trampoline again",
        "all four kids stuck inside all day, rainy day ideas?",
        "met my husband online, 12 years married this spring",
        "we all walked to school alone in the 90s",
        "he doesnt want to go home because he wants to finish the film, ok to keep him till 5?",
        "now that the new guidance is out, does it change the strategy discussion threshold?",
        "quick refresher on the bruising protocol for non-mobile babies please",
    ],
    "news reminders and the writer's own plans": [
        "the local paper ran a story on the missing girl from 2018, parents keep asking about it",
        "At what age can a child walk to school alone? a dad asked at parents evening",
        "the thematic report on accidental poisoning is out, main learning was about locked boxes",
        "reminder: update your lone worker app profile by friday",
        "this training is going to kill me, trapped here till 4",
        "meeting someone from an online dating app tonight, wish me luck",
        "Im flying out to my sisters wedding next month, who covers my caseload?",
        "What does the NSPCC guidance actually say about leaving children home alone?",
    ],
    "television idioms and settled finds": [
        "the kids watched Home Alone at after school club, in stitches",
        "the twins held me hostage with board games all weekend, send help",
        "documentary on shaken babies on tonight",
        "the 6 week old with the fractured arm: medical cause found, case closed",
        "online meeting with the parents thurs on teams",
        "knife found behind the sports hall was handed to police, no link to pupils",
        "swallowed my pride and asked my manager for help",
    ],
    "found children webinars and family life": [
        "FOUND HER. she was hiding in the book corner, panic over",
        "home alone for once, kids at their dad's",
        "CPD webinar on self-harm in teenagers, Friday lunchtime",
        "my three are beating each other up over the trampoline again",
        "that drama on the BBC about exploitation - worth showing new starters?",
        "my team leader is going to kill me, I forgot the deadline",
    ],
    "films slides and the writer's evening": [
        "finally got the house to myself tonight, kids at nan's",
        "that film about the boy kept in a shed still haunts me",
        "that episode where the dad passes out and the kids fend for themselves, grim",
        "Slide: signs a child is scared to go home",
        "stuck in traffic, late for my visit",
    ],
    "set 27's look-alikes (fifth session), in new words": [
        "the initial child protection conference is being held on Tuesday",
        "rewatched that missing-child drama series at the weekend",
        "the boy who was scared to go home is settled with his aunt under a special guardianship order",
        "pupil who self-harmed last year hasn't had an incident since September",
    ],
    "a missed school day or appointment is no missing child": [
        "Jack's missing school again today, that's 4 days this week"
    ],
    "set 28's look-alikes (fifth session), in new words": [
        "we closed the file after the FMPO was discharged, she is at college now",
        "how do I apply for an FMPO?",
        "dad was arrested last year and the children live with their aunt",
    ],
    "set 30's look-alike and the placements now that are settled (sixth session), in new words": [
        "dad admitted leaving the toddler in the car on Friday, we've agreed a safety plan with both parents",
        "the girl who ran from her placement is with her nan now and doing ok",
        "the lad who was in the county lines flat is at college now",
        "the last time we visited the flat it was much tidier",
    ],
    "the sixth session's look-alikes (sets 29-37, QA set 9), in new words": [
        "lost my kids again 😂 they've disappeared into the ball pit, see you all in 2 hours",
        "Home Alone's on again tonight 🎄",
        "Outcome of the case from March where the 12yo met a man off TikTok: he's been charged, she's getting support",
        "If a pupil says they're 'chatting to someone older' online, is that enough for a referral?",
        "read Wonder with my Year 7s, some lovely discussions came out of it",
        # sets 31 and 32's look-alikes (sixth session), in new words
        "Remember Kai with the blade last year? He's sitting his exams now and doing great",
        "Nan collecting Zoe today instead of dad - she's on the collection list and we checked her ID",
        "the lad who had the knife in last term is on a support plan now, no incidents since",
        # set 33's look-alikes (sixth session), in new words
        "kids home alone after school, the 12yo minds the 8yo till 6, dad asking if thats ok",
        "Missing kid from Monday found safe.",
        "aggressive marker list",
        # sets 34 and 35's look-alikes (sixth session), in new words
        "Policy q: can we keep a pupil after 6 if she won't go home?",
        "Incident report from Tuesday's visit: dad was aggressive, reviewed with manager, joint visits only now",
        "the chapter about her being locked in the cellar was hard to read",
        # sets 36 and 37's look-alikes (sixth session), in new words
        "Online meeting at 4, link in the invite",
        "Adult disclosed abuse from the 70s, abuser deceased",
        # QA set 40: a statute's name holds a child word and an order's name says "emergency"
        "Under the Children Act what's the legal test for an emergency protection order and how long is it for?",
        # found by QA set 9 once set 29 joined the exemplars: where a record goes is practice
        "PC here, new CP referral just come in for a kid who already has an older occurrence open on niche - do I "
        "just add to that one?",
    ],
    "sets 40 and 41's look-alikes (seventh session), in new words": [
        "missing report for Jayden closed, he's home",
        "FMPO granted, passports lodged, Hana back",
        "ICON babies cry sessions start next week",
        "Q4: 11 non-mobile babies seen with bruising",
        "A Child Called It keeps coming up with our adopters",
        "Outcome: stepdad bailed with conditions, she's staying with her nan for now",
        "going to kill whoever parked across the drive",
        "staff room q: is it ok for a 14yo to meet an online mate if dad goes too?",
        # QA set 42: what professionals in general should do "now", asked of a past admission
        "If dad admits he lied about how the baby got a bruise before, what should professionals do now?",
    ],
    "sets 42 and 43's look-alikes (seventh session), in new words": [
        "mum admitted shed had a glass of wine at the bbq when the kids were with her, dad was sober, all fine, just "
        "noting it",
        "kids never wanna leave the youth club cos they're having too much fun lol, tips for getting them out?",
        "If I have to fill in one more Excel tracker today I'll kill myself 😩",
        "My 2 year old headbutted me at 6am, great start 🥊",
        "quick q - is a baby who witnesses DV now a victim in their own right in law? for my essay",
        "Foster carer asking is it ok to leave her 15 year old with the little one for an hour while she pops out?",
        "The 6 month old from Tuesday: skeletal survey clear, explanation accepted, home with mum.",
    ],
    "sets 44 and 45's look-alikes (seventh session), in new words": [
        "Y4 walking home alone ok?",
        "Parents' evening talk: meeting online strangers",
        "DV incidents with children present: 987",
        "Home Alone's on ITV2 tonight if anyone needs a break from recording 🎄",
        "Paracetamol overdose admissions by age?",
        "new to health visiting, in my old country we not have this, can someone explain me what is a sentinel injury "
        "please",
        "the mother ask me if is ok she leave the baby sleeping when she take the big one to school, 10 minute only",
        "Dad's taking both boys to Dhaka for the wedding, head approved the absence, they're back on the 21st.",
        "the boy we were worried about before half term, he is back now, seen in school today, no concern",
        "that visit nearly killed me, 6 flights and no lift 🥵",
        "Foodbank voucher process?",
        "fell asleep on the sofa after two glasses of wine with the kids still up watching telly, dad of the year 🙈",
    ],
    "sets 46 and 47's look-alikes (seventh session), in new words": [
        "DV Act 2021: children as victims",
        "my toddler has started kicking me every time I say no to sweets 😩",
        "if mum starts getting aggressive on a visit do you leave straight away or de-escalate? asking for my ASYE",
    ],
    "sets 50 and 51's look-alikes (eighth session), in new words": [
        "any tips for explaining FGM to year 8 before the holidays?",
        "Freya's swimming kit has gone missing again, lost property?",
        "Lone working code word updated Friday",
        "my baby (the cat) has a sore paw, off to the vet",
        "Knackered - 12 flights of stairs on that visit, lift out of order",
    ],
    "sets 52 and 53's look-alikes (eighth session), in new words": [
        "stuck in a hot car on the A1 for 3 hours, melting",
        "my little sister (she's 29) has broken her wrist skiing",
        "bit of handbags at the U12s match, ref sorted it",
    ],
    "sets 54 and 55's look-alikes, and QA set 50's question about a case (eighth session), in new words": [
        "my baby (she's 31) has a sore throat, such a baby",
        "Newsletter item: never leave a baby alone in the bath",
        "Review found she had told staff she was scared to go home",
        "forgot our wedding anniversary, scared to go home",
        "Dad admitted he lied about the bruise but it never got to CP level in the old area - do we still need to "
        "pass that on?",
    ],
    "set 56's look-alikes (eighth session), in new words": [
        "Burns admissions data, under 5s",
        "gonna kill my brother, he's eaten my chips again",
    ],
    "sets 57 and 58's look-alikes (ninth session), in new words": [
        "lol my daughter went 'missing' for an hour, turns out she's just been at her friend's",
        "Methadone lockbox fitted and checked at today's home visit",
        "Ben joked he's scared to go home with his school report, dad laughed",
    ],
    "sets 75 and 76's look-alikes (tenth session), in new words": [
        "Exploitation session Thurs, places left",
        "Her abuser got 6 years",
    ],
    "sets 73 and 74's look-alikes (tenth session), in new words": [
        "off out tonight but honestly my inbox is holding me hostage",
        "met my wife online, 12 yrs this month",
        "Boy got shut in the store cupboard at playtime, door stuck, caretaker had him out in 3 mins, all "
        "fine, dad told",
    ],
    "sets 71 and 72's look-alikes (tenth session), in new words": [
        "watching One Born Every Minute and a baby swallowed a coin, had to turn it off",
        "top tips for kids who kick off at home time because they don't want to leave yet?",
        "New starter question: what do I do if a dad becomes threatening on a home visit?",
        "Bump on the knee at nursery this morning, first aid given, mum happy with it",
    ],
    "sets 69 and 70's look-alikes, and QA set 68's MARAC question (tenth session), in new words": [
        "bump on the toddler's forehead from the slide on monday, GP said fine and he's running about now - do we "
        "still log it?",
        "my 15yo wants to meet his discord mate at the gaming expo in march, with me there, ok?",
        "my dog cornered me in the kitchen for his dinner, scary stuff",
        "at a hen do tonight and the girls are holding me hostage until midnight 🎉",
        "Reviewed the incident where a pupil got stuck in the PE store. Handle fixed, no harm.",
        "child collected by a cousin not on the list, turned out mum had arranged it. record updated",
        "gonna kill him, he ate my chips",
        "what does a MARAC do for a high risk victim with young children?",
    ],
    "sets 67 and 68's look-alikes (ninth session), in new words": [
        "pulled my back lifting the baby bath, ouch",
        "knife emoji in a year 9 group chat - safeguarding or just silly?",
    ],
    "sets 65 and 66's look-alikes (ninth session), in new words": [
        "home alone policy for Y5 walkers?",
        "Anyone read the new Lee Child, the one with the kid and the knife? Couldn't put it down",
        "s47 question - do we need police present when we interview the child?",
    ],
    "sets 63 and 64's look-alikes (ninth session), in new words": [
        "Forced Marriage Unit number for the policy document",
        "home alone tonight, wife's got the kids at her sister's, bliss",
        "my 15yo wants to go to a gaming convention with mates she met online, all teens, I'm going with them - tips?",
    ],
    "sets 61 and 62's look-alikes (ninth session), in new words": [
        "finally home alone for the night, husband's got the kids, bliss 🛁",
        "Peaky Blinders has so much violence, my daughter wants to watch it, is 13 too young?",
        "Before half term, what questions should we ask families travelling abroad for long holidays re FGM?",
        "left alone with 28 year 8s 😩",
        "pulled my back lifting the baby bath 😩",
        "Lone working policy: do we still use the code word system after the restructure?",
    ],
    "sets 59 and 60's look-alikes (ninth session), in new words": [
        "The girl we referred in April was brought home with help from the Forced Marriage Unit and is settled with "
        "her aunt now",
        "honestly scared to go home, haven't done the washing and the kids will riot 😬",
        "the Year 5s always drag their feet at hometime on a Friday lol",
        "Left alone aged 10 - is that neglect?",
        "I could kill my sister, she's forgotten the kids' PE kits AGAIN",
        "my 5yo just told her whole class that I 'sleep in a bed with a man' 🙈 it's her dad",
        "for supervision have a think, if you're on a visit and a dad locks the door behind you what's your exit plan? "
        "not about anyone in particular",
        "anyone got the DA screening tool? old one's vanished off the shared drive",
    ],
    "sets 48 and 49's look-alikes (seventh session), in new words": [
        "Forced Marriage Unit contact details?",
        "FMPO renewed, case stepping down.",
        "stuck in the lift at the civic centre send biscuits",
        "Followed up the methadone ingestion from May: child fully recovered, lockbox now in place.",
        "Is it still exploitation if the young person is 17 and says she's going willingly? Came up in supervision.",
    ],
}


@pytest.mark.parametrize(("kind", "message"), [(k, m) for k, ms in LIVE_KINDS.items() for m in ms])
def test_urgency_kinds_found_by_held_out_sets_are_urgent(answerer, kind, message):
    assert answerer.answer(message).kind == "urgent"


@pytest.mark.parametrize(("kind", "message"), [(k, m) for k, ms in NOT_LIVE_KINDS.items() for m in ms])
def test_urgency_look_alikes_found_by_held_out_sets_are_not_urgent(answerer, kind, message):
    assert answerer.answer(message).kind != "urgent"


@pytest.mark.parametrize(
    "message",
    [
        "the boy at 14 Acacia Avenue HX1 2AB is not in school much, is that a concern?",
        # QA sets 43 and 44: a question about practice (where a guide is, who must be told of a move) after case details
        "Kayla-Rose Hirst (dob 14/03/2018), dad's mobile 07700 900456 - there's a new boyfriend nobody has met. "
        "Where's the hidden men guide?",
        "Dad is Connor Whitley, mobile 07700 900456, he's just moved from Leeds to Halifax with his 3 year old. Who "
        "needs to be told about the move?",
        # QA set 51: what to ask the old area for, after case details
        "Dad is Lee Marsh, mobile 07700 900321, just moved here from Leeds with his toddler - what information should "
        "we get from the old area?",
    ],
)
def test_urgency_identifying_details_do_not_sway_the_meaning_based_detector(answerer, message):
    """Questions with a child's address, date of birth or a phone number (the first found by the new-user tryout,
    issue 15): the details, not the question, made the semantic detector read an emergency; they get the
    personal-data warning instead."""
    assert answerer.answer(message).kind == "pii_warning"


def test_urgency_a_weapon_is_a_whole_word():
    """Set 29: "bat" inside "bathroom", with "kitchen" nearby, read as a weapon at the home."""
    assert "weapons" not in acute(normalise("toddler in the bathroom, mum in the kitchen"))
    assert "weapons" in acute(normalise("dad has a bat in the kitchen and is shouting"))


def test_urgency_a_pushchair_is_no_push():
    """Set 32: "pushchair" read as "push", a cue of violence."""
    assert "violence-now" not in at_risk(normalise("small baby in the pushchair on the stair"))
    assert "violence-now" in at_risk(normalise("he pushed her down the stairs"))


@pytest.mark.parametrize(
    ("message", "cls", "cues"),
    [
        # found when sets 44 and 45 joined the exemplars: three emergencies only the meaning-based detector had held
        ("she asks what would happen if she just didn't wake up, scarf in her hands right now", "self-harm-suicide",
         at_risk),
        ("'meet u at the park, dont tell ur dad x' - Year 8 showed me, she's going after school", "online-meeting",
         at_risk),
        ("health visitor grabbed at the house, still inside", "practitioner-danger", acute),
        # set 48: held at an address named without an article
        ("girl kept at address, phone taken", "held-trafficked", acute),
    ],
)  # fmt: skip
def test_urgency_rules_hold_what_only_the_meaning_based_detector_held(answerer, message, cls, cues):
    assert cls in cues(normalise(message))
    assert answerer.answer(message).kind == "urgent"


@pytest.mark.parametrize(
    ("typed", "read"),
    [("a five-year-old answered the door", "a 5 year old answered the door"),
     ("the seven yr old", "the 7 year old"), ("3-month-old baby", "3 month old baby"),
     # set 26, once "Calpol" was no longer read as a name: an age between commas after a name
     ("zac, 4, drank it", "zac 4 year old drank it"),
     # a number of things, or a duration, is no age
     ("two yrs left on the lease", "two yrs left on the lease"), ("a ten minute walk", "a ten minute walk")],
)  # fmt: skip
def test_urgency_an_age_in_words_or_hyphenated_is_a_child(typed, read):
    """Set 51: "A five-year-old just answered the door..." was about nobody, so the meaning-based detector's 0.996
    could not count."""
    assert normalise(typed) == read
    assert concerns_a_child(normalise(typed)) == (read != typed.lower())


@pytest.mark.parametrize(
    ("message", "cls", "cues"),
    [
        # sets 50 and 51: the cue was there in words no rule knew
        ("Ellie says she'd rather be dead than go back", "self-harm-suicide", acute),
        ("Year 3 Ava vanished from the field", "missing-now", acute),
        ("locked in the kitchen, keys taken off me", "practitioner-danger", acute),
        ("he showed me messages arranging to meet a man at the park", "online-meeting", acute),
        ("begging not to go back to his dad's", "scared-home", acute),
        ("says she'll get a belting for the phone", "scared-home", acute),
        # sets 52 and 53
        ("someone call me re the red folder asap", "practitioner-danger", acute),
        ("Ruby's asked to stay late until her dad's asleep", "scared-home", acute),
        ("she is meeting a roblox friend at the park", "online-meeting", acute),
        ("fell off the bed, been sick twice and so sleepy", "baby-injury", at_risk),
        ("snap map has her at a house party with older men", "held-trafficked", acute),
        ("he daren't go home, dad got the belt out", "scared-home", acute),
        # sets 54 and 55
        ("strangers collecting a reception child", "held-trafficked", acute),
        ("collecting him but they're not on the collection list", "held-trafficked", acute),
        ("mum went out and left him and his baby sister at home", "alone", acute),
        # set 56
        ("two strangers just grabbed a boy outside the gates", "held-trafficked", acute),
        ("says she can't go home, something about her step dad", "scared-home", acute),
        ("says if he goes back his dad's going to lose it", "scared-home", acute),
        ("dad's slurring on the video call and the toddler's in the bath", "neglect-now", acute),
        # sets 57 and 58
        ("she drinks half a bottle of calpol", "ingestion", acute),
        ("the paracetamol, he drinks it like squash", "ingestion", acute),
        ("her boyfriend said he'll finish the lot of them", "weapons", acute),
        ("went out to the van for the machete", "weapons", acute),
        ("im visiting and the partners just laid an axe on the table", "practitioner-danger", acute),
        ("said next time its your face", "practitioner-danger", acute),
        ("she screams every time we change her nappy", "baby-injury", acute),
        # sets 59 and 60
        ("a 6yo is minding the baby", "alone", acute),
        ("we've been round the whole park twice", "missing-now", acute),
        ("he locked the door behind me", "practitioner-danger", acute),
        ("her lone working app sent an SOS", "practitioner-danger", acute),
        ("being followed to my car", "practitioner-danger", acute),
        # sets 77 and 78
        ("threat to kill , ex on his way", "weapons", acute),
        ("the baby has been left with her 6 year old sister", "alone", acute),
        ("dads gone to leeds for the night", "alone", acute),
        ("can u call me dont ask why", "practitioner-danger", acute),
        ("says its not safe at mine", "scared-home", acute),
        # sets 75 and 76
        ("cut marks, fresh deep cuts", "self-harm-suicide", acute),
        ("lost a 9 year old at the fun run", "missing-now", acute),
        ("getting into a car by the gates with two men", "held-trafficked", acute),
        ("two men who arent family", "held-trafficked", acute),
        ("their dog went for me", "practitioner-danger", acute),
        # sets 73 and 74
        ("fight in the flat , kids watching", "violence-now", acute),
        ("machete under the bed , for tonight", "weapons", acute),
        ("gone from the ward", "missing-now", acute),
        # sets 71 and 72
        ("foster carer just rang, K didnt come in last nite, bed not slept in", "missing-now", acute),
        ("girl on the ring road bridge, says shes jumping", "self-harm-suicide", acute),
        ("says itll be worse if she goes back", "scared-home", acute),
        ("asked if she can stay at ours because it will be worse", "scared-home", acute),
        ("dad just messaged ur dead when i get there", "weapons", acute),
        ("colleague hasnt checked out from her 1pm visit", "practitioner-danger", acute),
        ("can someone bring the blue folder to me", "practitioner-danger", acute),
        ("hv in her car, a man banging the windows", "practitioner-danger", acute),
        ("mum is asleep and wont wake", "neglect-now", acute),
        ("dad dropped her at the gate and drove off", "alone", acute),
        ("the baby has a bloodshot eye", "baby-injury", acute),
        ("baby has bitten into a dishwasher tab", "ingestion", acute),
        # sets 69 and 70
        ("the school says he never arrived after breakfast club", "missing-now", acute),
        ("no grown ups anywhere", "alone", acute),
        ("her dads at the pub since last night", "alone", acute),
        ("downed half a bottle of vodka", "ingestion", acute),
        ("he cant stand up", "ingestion", acute),
        ("meetup with an online friend", "online-meeting", acute),
        ("he texted mum ill kill you all", "weapons", acute),
        ("gran had a few and is nodding off minding the baby", "neglect-now", acute),
        ("mum steaming at pick up", "neglect-now", acute),
        ("help , trapped in the bedroom", "practitioner-danger", acute),
        ("boy with unknown men by the bus station", "held-trafficked", acute),
        ("if he takes it home hes dead", "scared-home", acute),
        ("staff lost him at the park", "missing-now", acute),
        # sets 67 and 68
        ("her boyfriend (hes 24) is picking her up at 3", "held-trafficked", acute),
        ("had a big swig of vodka off the side", "ingestion", acute),
        # sets 65 and 66
        ("ambulance crew, fontanelle bulging", "baby-injury", acute),
        ("her uncles special cuddles", "sexual-abuse-now", acute),
        ("gran is coming to make her clean", "travel-fm-fgm", acute),
        ("abuser lives with him. disclosed today.", "sexual-abuse-now", acute),
        ("keeps mouthing help at me", "held-trafficked", acute),
        ("took summat at break", "ingestion", acute),
        # sets 63 and 64
        ("mum popped out and left her with no one", "alone", acute),
        ("asking if he can stay at school tonight because of his dad", "scared-home", acute),
    ],
)  # fmt: skip
def test_urgency_rules_read_the_cues_the_held_out_sets_found(message, cls, cues):
    assert cls in cues(normalise(message))


@pytest.mark.parametrize(
    ("message", "framed"),
    [
        ("Self-harm policy review - comments by Weds please", True),
        ("News item: dad leaves baby in car outside pub", True),
        ("mandatory reporting duty for FGM - does it apply to school nurses?", True),
        ("can we ask young people directly about self-harm or does it put the idea in their head?", True),
        ("FM case: brought home with FMU support in 2023, order in force, plan to close", True),
        ("Referral from last spring about a child locked in her room: assessed, support given", True),
        # a meeting later today is no question in general form
        ("is it ok if a 13yo is meeting an online friend this evening?", False),
        # sets 57 and 58: whether it is safe to ask; a famous case in the paper; a terse procedure; an awareness day;
        # a school's powers to search; an adult's idiom; training after a word ending in "at"
        (
            "Is it actually ok to ask a teen straight out whether she's thinking of ending her life? Student nurse "
            "asking",
            True,
        ),
        ("Anniversary article on Baby P in the local paper", True),
        ("Hardship grant vouchers procedure", True),
        ("International Day of Zero Tolerance for FGM, Thursday", True),
        ("Can teachers search a child's phone if we suspect they're chatting to a grown man online?", True),
        ("Stitched up by the letting agent again", True),
        ("that training on teens frightened to go home", True),
        # sets 75 and 76: figures, a wound healed, karaoke, the writer's own kid
        ("CSE referral numbers for 2022?", True),
        ("Cat scratch healed, back on visits", True),
        ("family bbq tonight, I'll be held hostage by karaoke", True),
        ("dreading going home after the open evening, my own kid's report is awful", True),
        # sets 79 and 80: an article; a drama asked about; the writer's own child out of sight for moments, past
        ("Scared to go home - NSPCC article?", True),
        ("did anyone catch that series last night where the boy goes missing at the beach? I was in bits", True),
        ("lost my own kid in Asda for about 20 seconds yesterday, nearly died", True),
        ("lost my daughter in the shopping centre, 10 minutes now", False),
        # sets 69 and 70: the writer's quiet evening or spouse's cooking; a parent going along to a meeting
        ("home alone tonight, takeaway and telly", True),
        ("dreading going home, hubby's cooking again", True),
        ("my 15yo wants to meet his discord mate at the expo, with me there", True),
        # ... but "not going well" in here is no progress report
        ("can someone call me with the code word now, it's not going well in here", False),
        # the state of the child in front of the writer is no question in general form
        ("is it normal for a baby to keep being sick and be this drowsy after mum dropped her earlier?", False),
    ],
)
def test_urgency_frames_the_held_out_sets_found(message, framed):
    text = normalise(message)
    assert (general_frame(text) or asks_in_general(text)) == framed


def test_urgency_the_real_thing_after_small_talk_is_read_on_its_own():
    """Set 52: "sorry for the spam earlier re leave. Real thing: Kasey's snap map shows her at a house party with
    grown men": the settled small talk must not frame what follows it."""
    assert len(parts(normalise("sorry for the spam earlier. real thing: Ava's at a flat with older men"))) == 2


def test_urgency_set_56_turns_frames_and_clocks():
    """Set 56: the live matter after an apology for using a thread; children missing education, a CDOP report and a
    film are no emergencies; "been crying in the toilets since 3" places a question's child now."""
    assert len(parts(normalise("sorry to ping on the fire drill thread - mum's slurring"))) == 2
    for look_alike in ("children missing education list", "CDOP report: methadone deaths", "Taken's on tonight"):
        assert general_frame(normalise(look_alike))
    assert not asks_in_general(normalise("is she ok? she's been crying in the toilets since 3"))


def test_urgency_someone_getting_closer_is_no_habit():
    """Set 55: "keeps getting closer" read as a pattern of behaviour ("keeps getting into trouble")."""
    assert not asks_in_general(normalise("the uncle keeps getting closer"))
    assert asks_in_general(normalise("he keeps getting into trouble at school"))


def test_urgency_a_club_member_is_a_child_and_fyi_settles_nothing():
    """Sets 51 and 12: "one of our swimmers" is a child; "fyi" before "Tyler's gone from the unit" is news, not a
    settled matter."""
    assert concerns_a_child(normalise("one of our swimmers hasn't come out"))
    assert not general_frame(normalise("fyi Tyler's gone from the unit, window open"))


def test_urgency_a_question_offering_an_alternative_is_one_question():
    """Set 13: "... leaflets home? or is it just before easter now": the "now" belongs to the question."""
    assert len(parts(normalise("do we send the leaflets home? or is it just before easter now"))) == 1
    assert len(parts(normalise("do we send the leaflets home? he's gone now"))) == 2


@pytest.mark.parametrize(
    "message",
    [
        "is an air rifle at home with kids a police thing? dad's pointing it out the window now",
        "is it normal for a 2 month old to have a swollen soft spot and keep being sick? mum is showing me now",
        # set 57: the question's case done just now, the cue in present tense
        "is calpol dangerous if a toddler drinks a lot of it? she did it just now while i was upstairs",
    ],
)
def test_urgency_a_general_question_then_its_case_placed_now_is_urgent_by_rules_alone(message):
    """Set 51: a question in general form with a rule's cue, then a stretch that places its case now. The rules
    alone (no meaning-based detector) find it."""
    assert assess(message).urgent


def test_urgency_a_cue_word_opening_a_sentence_names_nobody():
    """Set 57: "Methadone safe storage agreement signed..." was read as naming someone ("Methadone", a rare word
    opening a sentence), so a weak neighbour counted; a name still counts."""
    assert not names_someone("Methadone lockbox fitted and checked")
    assert names_someone("Ayesha not home")


def test_urgency_a_possessive_age_is_a_child():
    """Set 60: "a bump on a 3 month old's head plus being really sleepy" was about nobody."""
    assert concerns_a_child(normalise("a bump on a 3 month old's head"))


def test_urgency_a_day_then_a_count_between_commas_is_no_age():
    assert not concerns_a_child(normalise("on tuesday, 3, maybe 4"))


@pytest.mark.parametrize(
    ("stretch", "happened"),
    [("just got it by text", True), ("because he just has", True), ("arrived at nursery like that", True),
     ("he's been screaming all morning", True), ("just so i know for future", False), ("just checking", False),
     ("she only told me this morning", True), ("he set off already", True), ("told me about the training", False),
     ("the taxis due at 6", True)],
)  # fmt: skip
def test_urgency_a_stretch_saying_its_matter_has_just_happened_or_goes_on(stretch, happened):
    """Sets 60 and 64: a question in general form, then "just got it by text" or "he's been whimpering all morning"
    after it, with a rule's cue and a likely neighbour, is the live matter."""
    assert just_happened(normalise(stretch)) == happened


def test_urgency_a_word_of_now_starts_a_word():
    """QA set 68: "a high risk victim with kids" was read as "im with" (the writer there now), so a question about
    MARAC got the emergency route; "him in the" was likewise "im in the"."""
    assert not now_cued(normalise("a high risk victim with kids"))
    assert not placed_now(normalise("the claim in the form"))
    assert now_cued(normalise("im with her and the kids"))


def test_urgency_a_child_who_will_not_go_home_with_marks_is_a_child():
    """Set 70: "Won't go home. Marks on arms." named nobody, so its cue was set aside as an adult's own day."""
    assert concerns_a_child(normalise("refuses to go home, marks on arms"))
    assert concerns_a_child(normalise("keeps saying dont make me go back and its nearly home time"))
    assert not concerns_a_child(normalise("refuses to go home, deadline tomorrow"))


def test_urgency_an_offender_in_prison_since_a_year_gone_is_no_danger_now():
    """Set 70: "historic dv, he's been inside since 2022, mum asking about contact now": the meaning-based detector,
    near certain, outweighed the settled "historic"; a prison term since a past year is no matter of now at all."""
    assert about_practice(normalise("he's been in prison since 2021 for the dv, mum asking about contact now"))
    assert not about_practice(normalise("he's been inside the house since 10"))


def test_urgency_seen_with_men_is_a_child_and_an_anniversary_is_no_age():
    """Sets 73 and 74: "Aisha 14 not back, seen with men" named nobody the rules knew; "met my husband online, 10 yrs
    this week" was read as a 10 year old."""
    assert concerns_a_child(normalise("not back, seen with men"))
    assert not concerns_a_child(normalise("met my wife online , 10 yrs this week"))
    assert concerns_a_child(normalise("a 4mo's hand"))


def test_urgency_a_family_called_booth_is_in_no_car_boot():
    """QA set 73: "The Booth family ... just moved" was read as a child shut in a car boot (a risk cue's start
    matched inside a longer word) and, with "just", got the emergency route."""
    assert at_risk(normalise("the booth family just moved here")) == []
    assert at_risk(normalise("hes in the boot of the car now")) == ["confined"]


def test_urgency_a_visit_for_the_review_is_a_visit():
    """Set 75: "just popped round for the review and ... I can see Lily (3) sat in the hall by herself" was read as a
    question about a published review."""
    assert not general_frame(normalise("popped round for the review and lily 3 is by herself"))
    assert general_frame(normalise("what did the review say about children left alone?"))
    # a past month's case is a case ("The March case where the boy was locked in his room went to ICPC")
    assert about_practice(normalise("The April case where the girl was locked in the shed went to conference"))


def test_urgency_still_sat_waiting_is_now():
    """Set 70: a child "still sat in reception" at half four is where the question's case is now."""
    assert placed_now(normalise("hes still sat in reception"))
    assert not placed_now(normalise("he sat in reception"))


@pytest.mark.parametrize(
    ("message", "weighs"),
    [("999 or 111 ?", True), ("is it the fmu or 999 if she flies tomorrow", True), ("do i ring 999 ?", True),
     ("is that a 999 job", True), ("i rang 999 earlier and they came", False), ("the 999 call handler", False)],
)  # fmt: skip
def test_urgency_weighing_999_against_another_route(message, weighs):
    """Set 71: "is it the forced marriage unit or 999 if a 16yo says her family are taking her ... tomorrow" asks
    whether this is an emergency; with a rule's cue it is one (27 of the 32 development messages that weigh 999 are
    emergencies; the other five are questions of policy)."""
    assert weighs_emergency_route(normalise(message)) == weighs
    assert assess("is it the police or 999 if a 15yo says she's being taken to Pakistan tomorrow to marry?").urgent
    assert not assess("if a child takes someone's medication, is it 999 or 111? Updating the first aid policy").urgent


def test_urgency_a_symptom_developing_places_the_matter_now():
    """Set 72: "toddler's bitten into a dishwasher tab 😩 lips going red": the weary face is read as laughter, which
    settles an adult's own complaint; a symptom developing is now."""
    assert not general_frame(normalise("toddlers chewed a dishwasher tab 😩 lips going red"))


@pytest.mark.parametrize(
    ("stretch", "live"),
    [("like right now, shes at the station", True), ("because thats whats happening tonight", True),
     ("as we speak hes on the bus", True), ("right now im writing the policy", True),
     ("like the one last year", False), ("because we had one in 2022", False)],
)  # fmt: skip
def test_urgency_a_stretch_opening_on_now_places_the_question_before_it(stretch, live):
    """Sets 77 and 80: "whats the guidance if ...? like right now, he's just left for the bus" and "is it illegal
    ...? because that's what's happening in half an hour": a question about practice or the law, then a stretch
    that says its case is happening, is the emergency, where a question about practice alone never is."""
    assert turns_live(normalise(stretch)) == live


def test_urgency_a_question_about_practice_stays_one_when_nothing_turns_it_live():
    assert not assess(
        "what's the guidance if a young person is meeting someone off discord? asking for training"
    ).urgent


def test_urgency_slang_and_check_ins_need_their_object_and_their_time():
    """A biscuit dipped is no stabbing; a check-in rota is no missed check-in."""
    assert acute(normalise("going to dip a biscuit in my tea")) == []
    assert "practitioner-danger" not in acute(normalise("lone working policy: check-in every 2 hours"))


def test_urgency_a_possessive_age_typed_as_yo_s_is_a_child():
    """Set 78: "8yo's mum says..." lost its apostrophe and was read as "8yos", no age, so the message was about
    nobody."""
    assert normalise("the 8yo's mum") == "the 8 year old mum"
    assert concerns_a_child(normalise("the 8yo's mum"))


def test_urgency_a_party_in_scare_quotes_is_doubted_and_about_a_child():
    """Set 39: "Mia and others off to 'party' tonight": the quotes are the writer's doubt, and went with the
    apostrophes."""
    assert "so called party" in normalise("off to a \u2018party\u2019 tonight")
    assert "so called party" not in normalise("party tonight at mine")
    assert concerns_a_child(normalise("off to a 'party'"))


def test_urgency_a_threat_against_the_whole_household_is_about_a_child():
    """Set 80: "a parent says 'I'll end the lot of us' and there's a crossbow on the wall? I'm still in the house"
    named no child, so its cue was set aside as an adult's own day."""
    assert concerns_a_child(normalise("dad says he'll kill all of us"))
    assert assess("is it serious if dad says 'I'll end the lot of us' and there's a knife on the side? I'm here").urgent


def test_urgency_a_name_opening_a_message_then_what_the_child_is_doing_names_someone():
    """Sets 81 and 82: "Mia still not back. 2am." and "Josh hiding in PE cupboard at home time" named nobody, so
    their cues were set aside as an adult's own day; an adverb opening the writer's own news names nobody."""
    assert names_someone("Mia still not back")
    assert names_someone("Josh hiding behind the shed")
    assert not names_someone("Genuinely scared to go home tonight, the wife has found my Amazon orders")


@pytest.mark.parametrize(
    ("message", "child"),
    [("home time's in 10", True), ("pick-up's at 3", True), ("a fight in front of the class", True),
     ("in front of the panel", False)],
)  # fmt: skip
def test_urgency_a_home_time_with_its_apostrophe_gone_and_a_class_watching_are_children(message, child):
    """Set 81: "home time's in 10" lost its apostrophe ("home times in 10") and no longer read as a child at school."""
    assert concerns_a_child(normalise(message)) == child


@pytest.mark.parametrize(
    ("message", "framed"),
    [
        ("on the phone to me with a cord round his neck saying its the last time", False),
        ("the last time we saw her was in May", True),
        ("Foster carer on Teams: Amy says her brother touched her, contact with him is at 5 today", False),
        ("case discussion on Teams at 2", True),
        ("watching Casualty, kid drank bleach, can't look", True),
        ("he's in casualty now, swallowed a battery", False),
        ("CSE strategy update for Tyler: placed out of area, review in 6 weeks", True),
        ("is there a hidden men guide I can use?", True),
        ("what counts as bruising in the policy?", True),
    ],
)
def test_urgency_frames_sets_81_and_82_found(message, framed):
    """Sets 81 and 82: "saying it's the last time" read as a time gone by; "Foster carer on Teams: ..." as a meeting
    held online; a hospital drama, a plan's progress and a policy's wording as live matters."""
    text = normalise(message)
    assert general_frame(text) == framed


def test_urgency_a_terse_report_of_a_young_person_planning_suicide_is_urgent():
    """Set 82: "wants to unalive herself tonight, has plan" named nobody; a terse third-person report of it is
    about the young person at hand, where the writer's own "want to die, this spreadsheet" is not."""
    assert assess("wants to unalive himself tonight, has plan").urgent
    assert not assess("this rota makes me want to unalive myself").urgent


def test_urgency_a_doubled_question_mark_is_one_turn():
    """Sets 83 and 84: "is it an FMPO we need?? the flight is at 6am" left the second stretch opening on "?", so it
    was read as a question."""
    assert parts(normalise("do we ring the police?? she's still in the car"))[1].startswith("shes")


@pytest.mark.parametrize(("stretch", "placed"), [("shes still on the line", True), ("on the line manager rota", False)])
def test_urgency_a_caller_still_on_the_line_is_now(stretch, placed):
    assert placed_now(normalise(stretch)) == placed


def test_urgency_it_happened_this_morning_is_the_matter_just_happened():
    assert just_happened(normalise("she's 3 months, it happened this morning"))
    assert not just_happened(normalise("what happened to the training this year"))


@pytest.mark.parametrize(
    ("message", "weighs"),
    [("is it an epo we need", True), ("do we need an fmpo ?", True), ("how do we apply for an fmpo", False)],
)  # fmt: skip
def test_urgency_asking_whether_an_emergency_order_is_needed_weighs_an_emergency_route(message, weighs):
    """Set 83: "is it an FMPO we need?? the flight is at 6am and she's only 15" asks whether this is an emergency,
    as weighing 999 against another route does."""
    assert weighs_emergency_route(normalise(message)) == weighs


@pytest.mark.parametrize(
    ("message", "framed"),
    [
        ("toddler and a dog shut in the car, windows up", False),
        ("Shaken baby lecture went well", True),
        ("Stat for the report: children present at a third of incidents", True),
        ("met my husband online, 5 yrs today", True),
        ("meeting my online pal for coffee saturday", True),
        ("cat attacked me on a visit", True),
        ("three jumpers on in the office", True),
        ("left a 12yo home alone - is that an actual offence?", True),
    ],
)
def test_urgency_frames_sets_83_and_84_found(message, framed):
    """Sets 83 and 84: a child shut in with a dog read as a pet shut in; a lecture, a statistic, the writer's own
    spouse, pal, goose and jumpers, and an offence asked about read as live matters."""
    assert general_frame(normalise(message)) == framed


@pytest.mark.parametrize(
    ("message", "general"),
    [
        ("nurse here - what does the review say about bruising?", True),
        ("bus driver here, did the drop off and a girl got off alone", False),
        ("is it ok to leave if theres a knife out?", False),
        ("is it safe to go if theres a knife on the table?", False),
        ("is it ok to leave a 12 year old at home?", True),
    ],
)
def test_urgency_a_question_after_the_writers_role_and_whether_to_leave_the_scene(message, general):
    """QA set 86: "Teacher here - where did young people ... say they feel most unsafe?" was read as a scene, not a
    question; set 85: "is it ok to leave if there's a knife on the table and he keeps picking it up?" as a question
    in general form, though the writer asking whether to leave is at the scene."""
    assert asks_in_general(normalise(message)) == general


def test_urgency_an_after_party_in_scare_quotes_is_doubted():
    assert "so called after party" in normalise("there's an 'after party' tonight")
    assert weighs_emergency_route(normalise("is that enough to ring 999?"))


@pytest.mark.parametrize(
    "message",
    [
        "kids book where they get locked in the attic, ok for yr4?",
        "Summer risk list for forced marriage ready for sign off",
        "can calpol and ibuprofen be given together to a 4yo?",
    ],
)
def test_urgency_look_alikes_sets_85_and_86_found_are_framed(message):
    assert general_frame(normalise(message))


@pytest.mark.parametrize(
    ("typed", "cls", "cues"),
    [
        ("girl in y8 says wedding in yemen next week", "travel-fm-fgm", acute),
        ("threat to kill, kids home", "weapons", acute),
        ("has a shank in his bag", "weapons", acute),
        ("going to wet someone at the park", "weapons", acute),
        ("missed her check-in, 90 mins", "practitioner-danger", acute),
        ("the procedure is being done at an aunties house", "travel-fm-fgm", acute),
        ("two men giving her drinks in the car", "held-trafficked", acute),
        ("still not home, 3am", "missing-now", acute),
        ("dads been ringing round since 5, nobody has seen ellie", "missing-now", acute),
        ("one mum punching another in front of the reception class", "violence-now", acute),
        ("hiding in the toilets at pick-up", "scared-home", acute),
        ("she says hes 15 but he looks about 30, meeting him after school", "online-meeting", acute),
        ("says hes going to unalive himself", "self-harm-suicide", acute),
        ("dads been asleep since last night", "neglect-now", acute),
        ("keeps asking if she can come home with me", "scared-home", at_risk),
        ("told her foster carer her dad did stuff to her", "sexual-abuse-now", at_risk),
        ("lad on cider, barely conscious", "ingestion", acute),
        ("6 month old not moving his arm after a fall", "baby-injury", acute),
        ("14yo gone to meet a guy off tinder", "online-meeting", acute),
        ("some blokes drove off with her in a silver car", "held-trafficked", acute),
        ("says his uncle does the thing to him when mum's out", "sexual-abuse-now", at_risk),
        ("a blade on the side and he keeps waving it about", "weapons", acute),
        ("the dogs have just been set on me", "practitioner-danger", acute),
        ("dad pretty much comatose on the sofa", "neglect-now", acute),
        ("says grandad wants secret cuddles tonight", "sexual-abuse-now", at_risk),
        ("mum's slumped on the bathroom floor", "neglect-now", acute),
        ("dad is slurring and the baby is with him", "neglect-now", acute),
        ("frightened of home, won't leave", "scared-home", acute),
        ("toddler got into grandad's dosette box", "ingestion", acute),
        ("non mobile, bruise on the cheek, no explanation", "baby-injury", acute),
        ("rifle in the house and dad is raging", "weapons", acute),
        ("sent a photo of tablets and 'goodbye'", "self-harm-suicide", acute),
        ("a cab came for her and nobody booked it", "held-trafficked", acute),
    ],
)  # fmt: skip
def test_urgency_rules_read_the_cues_the_eleventh_sessions_sets_found(typed, cls, cues):
    """Sets 79-86, and set 48's "Men just drove off with our 14yo" and set 30's "secret cuddles" (each lost by a
    refit): a wedding abroad soon, a threat to kill with the children home, stabbing slang, a missed check-in, a
    "procedure" at a relative's, men giving children drinks; the small hours, a family ringing round, blows in front of
    a class, hiding at home time, an age the child believes, "unalive", a carer "sleeping" since yesterday, asking to
    go home with the writer, "did stuff"; barely conscious, a limb not moved, a dating app, driven off with, "does the
    thing"; a weapon handled, a dog let loose in the passive, a carer comatose."""
    assert cls in cues(normalise(typed))


def test_urgency_a_child_unaccounted_for_after_a_drill_is_no_drill():
    """Set 88: "Year 2 child unaccounted for after drill" was settled by the word "drill"."""
    assert not general_frame(normalise("year 3 child unaccounted for after the drill"))
    assert general_frame(normalise("fire drill at 2, register to follow"))
    assert concerns_a_child(normalise("refusing to leave school"))


@pytest.mark.parametrize(
    "message",
    [
        "anyone done 'Of Mice and Men' with yr 10?",
        "got kidnapped by the PTA again for the raffle",
        "read the panel review on the twins, so much learning",
        "button battery safety talk at toddler group",
        "that doc about the boy who ran away was hard to watch",
        "lad finished his knife crime intervention programme",
    ],
)
def test_urgency_look_alikes_sets_87_and_88_found_are_framed(message):
    """Sets 87 and 88 and a refit: a class text, the writer's own joke, a review read, a safety talk, a documentary,
    a programme finished."""
    assert general_frame(normalise(message))


def test_urgency_a_baby_not_yet_mobile_is_a_child_and_a_policy_update_is_no_injury():
    """Set 89: "non-mobile, blister on the palm, parents can't explain it" was about nobody; a refit then showed a
    policy on bruising in non-mobile babies is no injury."""
    assert concerns_a_child(normalise("non-mobile, marks on the arm"))
    assert general_frame(normalise("Non-mobile bruising policy updated"))
    assert general_frame(normalise("send help, trapped in the longest core group meeting ever"))
    # QA sets: a practice question after case details ("... what does the cross border learning say I should do?")
    assert general_frame(normalise("family keeps moving areas - what does the cross border learning say I should do?"))


@pytest.mark.parametrize(
    ("typed", "cls", "cues"),
    [
        ("says she's his auntie but he doesn't know her", "held-trafficked", acute),
        ("not going back cos of what happens at bedtime", "scared-home", acute),
        ("says she cant face it because of what will happen when dad sees", "scared-home", acute),
        ("she's hidden my lanyard", "practitioner-danger", acute),
        ("green file in my drawer - please action, still at the 11am visit", "practitioner-danger", acute),
        ("not in her bedroom at the 3am check", "missing-now", at_risk),
        ("never got off the minibus at the centre", "missing-now", acute),
        ("no one at school knows where he is", "missing-now", acute),
        ("his mate off roblox is coming for him after school", "online-meeting", acute),
        ("colleague not picking up, overdue by an hour", "practitioner-danger", acute),
        ("worker uncontactable and now overdue", "practitioner-danger", acute),
        ("van parked outside again and she's putting her shoes on", "held-trafficked", acute),
        ("she hasn't got off the coach", "missing-now", acute),
        ("Kai not home yet, nan frantic", "missing-now", acute),
        ("still hasn't come back", "missing-now", at_risk),
        ("shares a bedroom with the perpetrator", "sexual-abuse-now", acute),
        ("uncle plays a special game with her", "sexual-abuse-now", acute),
        ("wee lass in the stairwell with no grown up", "alone", acute),
        ("no one seen going in or out since this morning", "alone", acute),
        ("would rather stay in the car than go back", "scared-home", acute),
        ("being picked up to do a run", "held-trafficked", acute),
        ("Mason's run from the care home", "missing-now", acute),
        ("nan doesn't know which friend she went to", "missing-now", acute),
        ("in a car with lads, does not know where she is", "missing-now", acute),
        ("two kids bundled off by men in a van", "held-trafficked", acute),
        ("at the station with a woman who claims to be his aunt", "held-trafficked", acute),
        ("his brother texted 'ur dead when u get in'", "weapons", acute),
        ("two kids at home by themselves", "alone", acute),
        ("you'll be leaving in a box, he says", "practitioner-danger", acute),
        ("zoo trip, headcount 14 not 15", "missing-now", acute),
        ("says there's no point in living", "self-harm-suicide", at_risk),
        ("had five tablets in an hour", "ingestion", acute),
        ("3 month old with a nosebleed", "baby-injury", acute),
        ("reduced responsiveness since lunch", "baby-injury", acute),
        ("picked up late at night by different men", "held-trafficked", acute),
        ("sounds like she's being hit next door", "violence-now", acute),
        ("already out there now, nikah friday", "travel-fm-fgm", acute),
        ("he's got my colleague pinned against the fridge", "practitioner-danger", acute),
        ("swallowed something from the tv remote", "ingestion", acute),
        ("clutching her throat", "ingestion", at_risk),
        ("her stepdad rapes her", "sexual-abuse-now", at_risk),
        ("lad on the other side of the railings", "self-harm-suicide", acute),
        ("baby keeps having little fits", "baby-injury", acute),
        ("men circling my car", "practitioner-danger", acute),
        ("he's pointing it towards the kids", "weapons", acute),
        ("not in school, not at his dad's, phone dead", "missing-now", acute),
        ("auntie is coming to cleanse the girls", "travel-fm-fgm", acute),
        ("she's written a note", "self-harm-suicide", acute),
        ("feel unsafe, send help", "practitioner-danger", acute),
        ("lost child at the gala", "missing-now", acute),
        ("3 hours past her curfew", "missing-now", acute),
        ("baby in the car seat, it's like an oven", "confined", acute),
        ("dad used the belt on him", "scared-home", acute),
        ("says she'll end it after school", "self-harm-suicide", acute),
        ("off to meet a lad she's never met in person", "online-meeting", acute),
        ("nan has no idea where he went", "missing-now", acute),
        ("isn't in her bed", "missing-now", at_risk),
        ("he's grabbed a crowbar", "weapons", acute),
        ("someone's banging on my windscreen", "practitioner-danger", acute),
        ("help cornered in the kitchen", "practitioner-danger", acute),
        ("isn't answering his phone", "missing-now", at_risk),
    ],
)  # fmt: skip
def test_urgency_rules_read_the_cues_the_twelfth_sessions_sets_found(typed, cls, cues):
    """Sets 91-114 and their refits, in new words: kinship claimed by a stranger, "cos of what happens when i get
    in", the worker's keys taken, a coloured folder to be actioned from a visit, gone from a room since a check; off the
    school bus, an app "friend" coming, a worker overdue, a car outside again; already abroad with a wedding soon, a
    worker pinned, a battery by where it came from, "rapes" in the present; a curfew passed, a car like an oven, the
    belt, "end it", someone never met in person; a weapon picked up, the worker's car attacked, "help cornered"; and
    the rest of each pair's kinds (docs/urgency.md)."""
    assert cls in cues(normalise(typed))


def test_urgency_an_interruption_turns_to_another_matter():
    """Sets 91-92: an admin matter, then "oh hang on", "sorry to ping ... but" or "- sorry," and the live situation."""
    for typed, after in [
        ("about the rota - hold on, reception says a man has taken Ava", "reception says a man has taken ava"),
        ("sorry to interrupt the meeting but Leo's dad is here", "leos dad is here"),
        ("re the audit - sorry, Ruby's mum is shouting in the car park", "rubys mum is shouting in the car park"),
    ]:
        assert parts(normalise(typed))[-1].strip(" ,") == after


def test_urgency_a_hypothetical_made_the_writers_own_turns_live():
    assert turns_live(normalise("because i actually do, he won't let me past"))
    assert turns_live(normalise("cos he just did"))
    assert not turns_live(normalise("because it's in the policy"))
    assert not turns_live(normalise("because he does that at weekends"))


def test_urgency_county_lines_and_begging_not_to_go_home_concern_a_child():
    assert concerns_a_child(normalise("moved on county lines, no credit"))
    assert concerns_a_child(normalise("begging not to go home, marked legs"))


@pytest.mark.parametrize(
    "message",
    [
        "A&E admissions for eating disorders up 15% this year",
        "if a year 9 says she's chatting to a man online, is that an automatic referral?",
        "does the CSE alert go on the child's record or the parent's?",
        "Goodnight Mister Tom always prompts a discussion about cruel mums",
        "the ep where the toddler drinks bleach, couldnt watch",
        "screaming at the tv, he swallowed a magnet and nobody noticed",
        "I'll kill my team leader if she books another 8am meeting",
        "Self-harm admissions for teens",
        "the bit in Bluey with the puppy and the pills",
        "meeting with the DSL at 3 about online safety",
        "Reminder: said the code word yet?",
        "if you ever get cornered, use the code word",
        "kids saw dad hit mum on friday, police attended",
        "Trial date set for the stepdad, kids safe",
        "home much improved since the referral",
        "heating and food now sorted",
        "sex ed moved to lesson 4",
        "if a year 10 says she's seeing a 19 year old, is that automatically a safeguarding concern?",
        "stuck in endless calls, send help",
        "are we informed when a parent gets a gun licence?",
        "if our dad drinks with the kids in, is that neglect or are we overreacting?",
        "table top exercise: baby found alone",
        "assault cases with children present up 9%",
        "Self-harm prevalence in girls",
        "Abducted on ITV2 at 9",
        "he was caught with a knife last year, he's at the AP now",
        "she met a man online last year, police dealt with it, she's doing sessions with the team now",
        "our dog's gone missing again, brown lab, near the rec",
        "bruising in babies graphic for social media",
        "CP threshold if a teen self-harms?",
        "the key learning: lock the meds away",
        "Review of a 2 year old's death from a fall",
        "Child Q review summary",
        "if I ever get stuck on a visit, what's the code?",
        "knackered, nodded off with the kids pizza still in the oven lol",
        "scared to go home boy now living with his nan",
        "i fell asleep on the sofa at 9",
        "honour abuse speaker this morning was amazing",
        "was that in the 2018 review?",
        "sentencing next week in the neglect case",
        "charity came into school about forced marriage",
        "home alone all weekend while he takes the kids camping, bliss",
        "World Book Day: the book about a boy who runs away",
        "held hostage by bedtime negotiations again",
        "the rota is trying to kill me",
        "meeting their gaming friends at the park, all from school",
        "she disclosed abuse by her late grandad, she's 40 now",
        "incident from Tuesday, s47 is underway with the locality team",
        "left alone at after school club policy?",
        "wife's about to find out what I bought on Black Friday, scared to go home",
        "year 6 online safety lesson about meeting people from games?",
        "employment tribunal for the assaulted worker",
        "difference between a CIN and a CP plan?",
        "dad owns a crossbow - is that an automatic referral?",
        "the kids have taken me hostage in the ball pit",
        "gonna kill her if she eats my yoghurt again",
        "is the 'party' model still in the CSE screening tool?",
        "rapid review of the baby left alone - learning points attached",
        "I ate my chewing gum, apparently I'm going to die",
        "Policy: a child who won't go home at the end of the day",
        "beautiful film about a girl who runs from home",
        "send help, never-ending meeting",
        "our lost child procedure for trips - is it 10 minutes before police?",
        "nephew fell off the sofa yesterday, completely fine now",
        "Home Alone 2 tonight",
        "poisoning report out",
    ],
)
def test_urgency_look_alikes_the_twelfth_sessions_sets_found_are_framed(message):
    """Sets 91-112 and their refits, in new words: figures and prevalence, a hypothetical asking about a referral or a
    threshold, where a flag is recorded, a class discussion or lesson, programmes, books and films, a published review's
    learning, a tribunal or sentencing, a pet missing, and the writer's own exasperation, tiredness and jokes."""
    assert general_frame(normalise(message))


@pytest.mark.parametrize(
    ("typed", "cls", "cues"),
    [
        ("mum's been in Ibiza since friday and he's fending for himself", "alone", at_risk),
        ("dad has left his 10 month old asleep in the flat", "alone", at_risk),
        ("just got picked up by a silver car outside the park", "held-trafficked", at_risk),
        ("a blacked out van by the gates", "held-trafficked", at_risk),
        ("has her painkillers all stockpiled in a drawer", "self-harm-suicide", acute),
        ("he's written his notes and gone quiet", "self-harm-suicide", acute),
        ("a bleed in the white of his eye", "baby-injury", at_risk),
        ("says it won't matter after today", "self-harm-suicide", acute),
        ("she's given her phone and her hoodies away", "self-harm-suicide", at_risk),
        ("mum has locked herself and the kids in the bedroom", "violence-now", acute),
        ("he's trying my car door handle", "practitioner-danger", acute),
        ("stuck in the flat and he's kicking off", "practitioner-danger", acute),
        ("taken for the 'ceremony' this weekend", "travel-fm-fgm", acute),
        ("no answer from dad and the kids are screaming inside", "neglect-now", acute),
        ("forced to move gear for the older lads", "held-trafficked", acute),
        ("didn't come in from lunch", "missing-now", acute),
        ("not home, no contact since tea", "missing-now", acute),
        ("hiding in the loo on the visit", "practitioner-danger", acute),
        ("not safe. send someone pls", "practitioner-danger", acute),
        ("terrified of what dad will do when he finds out", "scared-home", acute),
        ("the adults seem to have left the flat", "alone", acute),
        ("on her own on the landing, says daddy's gone out", "alone", acute),
        ("ring me and say I'm needed back at base", "practitioner-danger", acute),
        ("things are getting out of hand here", "practitioner-danger", acute),
        ("the lodger has been climbing into his bed", "sexual-abuse-now", acute),
        ("asked if she can stay at school", "scared-home", acute),
        ("sent a pic from a hotel room with an older man", "held-trafficked", acute),
        ("ring me now? flamingo", "practitioner-danger", acute),
        ("disclosed about her uncle, he's home with her now", "sexual-abuse-now", acute),
        ("a domestic going on right now downstairs", "violence-now", acute),
        ("keeps a knife under the cot", "weapons", acute),
        ("says it'll be worse when he gets in", "scared-home", acute),
        ("in my car, he's smashing windows", "practitioner-danger", acute),
        ("it's worse on Fridays, and today's Friday", "scared-home", acute),
        ("she asked if you can die from 20 paracetamol", "self-harm-suicide", acute),
        ("call me in 5 and say it's an emergency", "practitioner-danger", acute),
        ("hiding in the loo at the family's flat", "practitioner-danger", acute),
        ("Ella not back. Unseen since 1.", "missing-now", acute),
        ("toddler in a buggy by the bus stop, nobody's come back for 20 mins", "alone", acute),
        ("photo of his forearm, blood everywhere", "self-harm-suicide", acute),
        ("her dad's grabbed my phone off me", "practitioner-danger", at_risk),
        ("lady coming round to make girls pure", "travel-fm-fgm", acute),
        ("her agent off insta told her to come to a hotel at 9", "online-meeting", acute),
        ("a 'model scout' wants to meet her at his flat tonight", "online-meeting", acute),
        ("disclosed about her stepdad and he's picking her up at 3", "sexual-abuse-now", acute),
        ("dogs on me in the garden, can't get to the car", "practitioner-danger", acute),
        ("she drank something from under the sink", "ingestion", acute),
        ("sat there with an open bottle of calpol", "ingestion", acute),
        ("three men surrounding us by the van", "practitioner-danger", acute),
        ("being ferried about by the olders tonight", "held-trafficked", acute),
        ("meeting a bloke she found on tinder after school", "online-meeting", acute),
        ("he slammed the door right by my head", "practitioner-danger", acute),
        ("toddler out of the school gates alone", "missing-now", acute),
        ("blood spots in her eye", "baby-injury", at_risk),
        ("scratching herself with a compass in the toilets", "self-harm-suicide", acute),
        ("partner got my car keys, refusing to hand them back", "practitioner-danger", acute),
        ("auntie is doing her on Sunday", "travel-fm-fgm", acute),
        ("leaving for Mirpur on Friday, the wedding's all planned", "travel-fm-fgm", acute),
        ("Ayo 4 lost in the Arndale, dad frantic", "missing-now", acute),
        ("toddler home by itself", "alone", acute),
        ("disclosed it's her uncle, who collects her at 5", "sexual-abuse-now", acute),
        ("her online mate is coming to get her after tea", "online-meeting", acute),
        ("ex threatening to kick the door in while I'm inside", "practitioner-danger", acute),
        ("headcount at the zoo and we're two short", "missing-now", acute),
        ("mum's left the 9 month old on his own to go to the shop", "alone", acute),
        ("the abuser is home tonight", "sexual-abuse-now", acute),
        ("Sam not in yet and it's 9pm", "missing-now", acute),
        ("a lad getting jumped outside the chippy", "violence-now", acute),
        ("the men who brought her here are waiting outside", "held-trafficked", acute),
        ("he's on the train to his now", "online-meeting", acute),
        ("sent down to Swansea with gear, they won't let him come home", "held-trafficked", acute),
        ("the newborn next door has been on its own all morning", "alone", acute),
        ("ran from the children's home at 4", "missing-now", at_risk),
        ("fight outside the chip shop between the dads, kids watching", "violence-now", acute),
        ("baby strapped in the back, engine off and it's boiling", "confined", acute),
        ("adult son has been touching the 7 year old's privates", "sexual-abuse-now", at_risk),
        ("care leaver says she'll take all her tablets tonight", "self-harm-suicide", at_risk),
        ("4yo wandering the car park, says daddy's gone out", "alone", acute),
        ("her partner's just kicked in my car door", "practitioner-danger", acute),
        ("being held at this house, need help", "practitioner-danger", acute),
        ("strange men by the gates waiting for Mia", "held-trafficked", at_risk),
        ("she disclosed this morning and her brother is still with her", "sexual-abuse-now", acute),
        ("not back tonight, phone off", "missing-now", acute),
        ("nan's coming at half term to do her little cut", "travel-fm-fgm", acute),
        ("the stepdad just ran at me in the hallway", "practitioner-danger", acute),
        ("sw colleague hasn't answered since her 2pm visit", "practitioner-danger", acute),
        ("machete on the visit, get me out", "practitioner-danger", acute),
        ("he told me his brother gets into his bed every night", "sexual-abuse-now", acute),
        ("he's waving a crowbar at the kids", "weapons", acute),
        ("his hands are round her throat", "violence-now", acute),
        ("hiding in the kitchen at the client's house", "practitioner-danger", acute),
        ("sent me a goodbye and a pic of the railway bridge", "self-harm-suicide", acute),
        ("the men who brought her are waiting in the car park", "held-trafficked", acute),
        ("girl 9 gone on the pier rn", "missing-now", acute),
        ("aunt's flown in from Mali to do it this weekend", "travel-fm-fgm", acute),
        ("not safe, being kept in the flat", "practitioner-danger", acute),
        ("im locked in the flat with her raging partner", "practitioner-danger", acute),
        ("nan is coming on sunday to make the little one clean", "travel-fm-fgm", acute),
        ("grip marks on the 6 week old's arms", "baby-injury", acute),
        ("burn on her hand, non mobile baby", "baby-injury", acute),
        ("a lad of 15 just walked in saying men are waiting outside for him", "held-trafficked", acute),
        ("texts from a modelling agent, he's collecting her from the station today", "online-meeting", acute),
        ("dad says he'll smash my head in if I take the baby", "practitioner-danger", acute),
        ("can hear a little one behind a bolted door, dad won't open it", "confined", acute),
        ("year 1 child not with the group at the safari park, staff been searching 15 mins", "missing-now", acute),
        ("her engagement is happening in Lahore and the tickets are booked", "travel-fm-fgm", acute),
        ("one of my year 2s isnt with the group, we've looked round the shop for 10 minutes", "missing-now", acute),
        ("abuser cousin staying at hers tonight", "sexual-abuse-now", acute),
        ("Leo 13 not home, 4 hours late now", "missing-now", acute),
        ("saw a year 8 get in a cab with a man none of us recognise", "held-trafficked", at_risk),
        ("toddler in a locked van in the car park, he's all sweaty", "confined", acute),
        ("yr 10 girl posting goodbye texts on insta", "self-harm-suicide", acute),
        ("her goodbye msgs are all over tiktok", "self-harm-suicide", acute),
        ("6yo said uncle makes her do special things, he's babysitting tonight", "sexual-abuse-now", acute),
        ("14yo been gone since yesterday", "missing-now", acute),
        ("our 15yo hasn't answered her phone since lunch", "missing-now", acute),
        ("boy just gone from the resi unit", "missing-now", acute),
        ("she dropped me a location pin saying help", "held-trafficked", acute),
        ("texts from an older man, she's meeting him after netball", "online-meeting", acute),
        ("4yo came out of the bathroom and the bottle's half empty", "ingestion", acute),
        ("she said her stepdad has been having sex with her, he picks her up at 3", "sexual-abuse-now", at_risk),
        ("year 6 says her house isnt safe tonight", "scared-home", acute),
        ("the client pinned me to the floor", "practitioner-danger", acute),
        ("health visitor trapped upstairs with the baby, dad raging", "practitioner-danger", acute),
        ("14yo got out of her bedroom window 20 mins ago", "missing-now", acute),
        ("on a lone visit and dad has a machete", "practitioner-danger", acute),
        ("panic alarm isnt working and mum is kicking off", "practitioner-danger", acute),
        ("in a room with a really hostile dad", "practitioner-danger", acute),
        ("the flat upstairs, plates smashing and the baby screaming", "violence-now", at_risk),
        ("after school she's meeting an older guy she has been chatting to", "online-meeting", acute),
        ("he's booked a hotel room for them", "online-meeting", at_risk),
        ("theres a huge fight going on next door, kids in there", "violence-now", at_risk),
        ("shut in the bathroom with a raging partner", "practitioner-danger", acute),
        ("the abuser is picking her up at 4", "sexual-abuse-now", acute),
        ("he texted 'by the time anyone reads this i'll be gone'", "self-harm-suicide", acute),
        ("they've sent him on the train with a package", "held-trafficked", acute),
        ("student went inside the property 30 mins ago, isnt answering", "practitioner-danger", acute),
        ("terrified for my safety here", "practitioner-danger", acute),
        ("she just rang, partner's going mental and the baby's there", "violence-now", at_risk),
        ("shared a 'last snap' with her mates", "self-harm-suicide", acute),
        ("dad has locked Ellie in the garage", "confined", acute),
        ("meant to be home by 7 and it's now gone 11", "missing-now", acute),
        ("mum's rung round all his mates", "missing-now", acute),
        ("year 8 just went off with strangers in a van", "held-trafficked", acute),
        ("unsafe on visit, ring 999", "practitioner-danger", acute),
        ("a parent punched the receptionist", "practitioner-danger", acute),
        ("auntie says she will do what was done to her mum", "travel-fm-fgm", acute),
        ("toddler chewing on an e-cig refill, now vomiting", "ingestion", acute),
        ("hiding in their loo at this visit, he's raging downstairs", "practitioner-danger", acute),
        ("yr 2 says no one is going to be home tonight, she lets herself in and dad's away", "alone", acute),
        ("begging us not to send her home", "scared-home", acute),
        ("I'm in the kitchen and her partner's holding a hammer", "practitioner-danger", acute),
        ("hv getting threatened on the doorstep", "practitioner-danger", acute),
        ("she whispered that he does it to her every night", "sexual-abuse-now", acute),
        ("the olders have got him in a car outside the chippy", "held-trafficked", acute),
        ("the men who own her are parked across the road", "held-trafficked", acute),
        ("he's got gear plugged and they sent him to Hastings", "held-trafficked", acute),
        ("my colleague has not answered since 1pm", "practitioner-danger", acute),
        ("nan can't find Mia since 3", "missing-now", acute),
        ("olders keeping a lad at the flat on Jubilee St", "held-trafficked", acute),
        ("he's grabbed a bat and I'm locked in the toilet", "practitioner-danger", acute),
        ("little girl shut out onto the 6th floor balcony", "confined", acute),
        ("lads chucking bricks at my car outside the address", "practitioner-danger", acute),
        ("her uncle does sex stuff to her at bedtime", "sexual-abuse-now", at_risk),
        ("Kai still not home from football and it's gone 9", "missing-now", acute),
        ("she's being sent abroad on friday and is not coming back", "travel-fm-fgm", acute),
        # sets 231-234
        ("on a home visit and there's a rifle by the sofa", "practitioner-danger", acute),
        ("his birth mum has got Kayden in the bedroom and won't unlock the door", "confined", acute),
        ("she's had what looks like half the bottle of calpol", "ingestion", acute),
        ("in a group chat with a man who says he's 25, meeting him at the park later", "online-meeting", acute),
        ("you don't know what she'll do when I get home", "scared-home", acute),
        ("asked if she can come back to mine tonight", "scared-home", acute),
        ("he comes into her room when everyone's asleep", "sexual-abuse-now", at_risk),
        ("he makes her keep the secret", "sexual-abuse-now", at_risk),
        ("mum's boyfriend is slurring", "neglect-now", at_risk),
        # sets 235-238
        ("bit into a wash pod", "ingestion", acute),
        ("says he can't see the point any more", "self-harm-suicide", at_risk),
        ("she's heading towards the train tracks", "self-harm-suicide", at_risk),
        ("my cousin texted 'i'll end him' about her ex", "weapons", acute),
        ("Leo's bed is empty and the window's open", "missing-now", acute),
        ("the client's boyfriend is squaring up to me", "practitioner-danger", acute),
        ("won't leave, keeps saying 'he'll know'", "scared-home", acute),
        ("the family wedding is actually hers", "travel-fm-fgm", acute),
        ("Yr 10 at Gatwick, says it's her wedding", "travel-fm-fgm", acute),
        ("Kian didn't get off school bus", "missing-now", acute),
        ("trapped in here with an angry dad", "practitioner-danger", acute),
        ("she told us something about her stepdad and he's waiting outside", "sexual-abuse-now", acute),
        ("chats with a 40 odd man, she's meeting him tonight", "online-meeting", acute),
        # sets 239-242
        ("kid won't get off the bus, says he's not allowed home till mum's calmed down", "scared-home", acute),
        ("says he has to be quiet or he'll get it", "scared-home", acute),
        ("not safe. need somebody here asap", "practitioner-danger", acute),
        ("the baby is very still", "neglect-now", acute),
        ("her friend's mum said she never arrived", "missing-now", acute),
        ("no one can find him anywhere", "missing-now", acute),
        ("girl at the nail bar sleeps in the back and is never allowed out", "held-trafficked", acute),
        ("worker unreachable since the 11am visit", "practitioner-danger", acute),
        ("the parents have taken my car keys", "practitioner-danger", acute),
        # sets 243-246
        ("shut in the box room, screaming", "confined", acute),
        ("he told me uncle does things when he babysits, he's babysitting tonight", "sexual-abuse-now", acute),
        ("being collected by an 'uncle', we've never met him", "held-trafficked", acute),
        ("three men in a car outside asking for her", "held-trafficked", at_risk),
        ("his snapchat mate has booked him a taxi", "online-meeting", acute),
        # sets 247-252
        ("begs to stay late, says it'll be really bad tonight", "scared-home", acute),
        ("lost Mo in the shopping centre", "missing-now", acute),
        ("pushchair by the cashpoint, no one with it", "alone", acute),
        ("haven't seen any adult there since yesterday", "alone", acute),
        ("3 are missing from the blister pack, she's 2", "ingestion", acute),
        ("the driver who brought her here has driven off", "held-trafficked", acute),
        # sets 253-256
        ("was supposed to be home from the rec by 7, it's now gone 11", "missing-now", acute),
        ("none of her friends have seen her", "missing-now", acute),
        ("he's not anywhere in the building", "missing-now", acute),
        ("aunt is coming over to prepare the girls", "travel-fm-fgm", acute),
        ("Bride at 13, leaves Sunday", "travel-fm-fgm", acute),
        ("haven't heard from Jo since the 10am visit", "practitioner-danger", acute),
        ("he's demanding my home address", "practitioner-danger", acute),
        ("on a home visit and it's getting bad, call me", "practitioner-danger", acute),
        ("says uncle does things when her mum's out", "sexual-abuse-now", acute),
        ("knife in the flat and threats to the kids", "weapons", acute),
        # sets 257-260
        ("mum's lost her somewhere in the shopping centre", "missing-now", acute),
        ("15yo, forced engagement, flies Thurs", "travel-fm-fgm", acute),
        ("coach gets her to stay late and do stuff, training is at 5 today", "sexual-abuse-now", acute),
        ("told me what his uncle does to him", "sexual-abuse-now", acute),
        ("texts from a man he's seeing at 4", "online-meeting", acute),
        ("toddler on his own and mum's not answering", "alone", acute),
        ("dad locks the 4 year old in the shed", "confined", acute),
        ("yr 7 girl meeting adult gamer tonight", "online-meeting", acute),
        # sets 261-264
        ("a date with someone off snapchat who's older", "online-meeting", acute),
        ("the elder is coming for the 'cleansing' on sunday", "travel-fm-fgm", acute),
        ("help on home visit", "practitioner-danger", acute),
        ("rifle under the cot", "weapons", acute),
        # sets 265-268
        ("mum wants numbing cream for the 5yo 'for the ceremony'", "travel-fm-fgm", acute),
        ("asked me to keep her passport in the safe", "travel-fm-fgm", acute),
        ("threat to kill mum, happening right now", "weapons", acute),
        ("snap from a lad saying 'see you at the park, don't tell anyone'", "online-meeting", acute),
        ("his profile says 31", "online-meeting", acute),
        ("step-dad grabbed mum by the throat", "violence-now", acute),
        # sets 269-272
        ("'getting it done' for her 6yo over in Somalia", "travel-fm-fgm", acute),
        ("cutter arriving for the girls sat", "travel-fm-fgm", acute),
        ("abused by stepdad, goes home at 3", "sexual-abuse-now", acute),
        ("find my iphone shows him in a different town", "missing-now", acute),
        ("the guy paid for her train ticket", "online-meeting", acute),
        ("on his way to meet this man now", "online-meeting", acute),
        ("was due to check in at 2, phone off", "practitioner-danger", acute),
        # sets 273-276
        ("disclosed about her uncle, he's back tonight", "sexual-abuse-now", acute),
        ("ring me, not safe", "practitioner-danger", acute),
        ("boy picked up by strangers outside school", "held-trafficked", acute),
        ("says it'll all be over tonight", "self-harm-suicide", acute),
        ("gave his ps5 to his cousin", "self-harm-suicide", acute),
        ("he's got mum by the throat", "violence-now", acute),
        ("jerky movements since this morning", "baby-injury", acute),
        ("the lodger gets in her bed at night", "sexual-abuse-now", acute),
        ("stepbrother abusing her, lives with them", "sexual-abuse-now", acute),
        # sets 277-278
        ("the girls got into a random van", "held-trafficked", acute),
        ("burning his arms with a lighter", "self-harm-suicide", acute),
        ("heading to the railway line after tea", "self-harm-suicide", acute),
        # sets 279-282
        ("havent seen anyone go in or out all day", "alone", acute),
        ("booked one way flights to Pakistan", "travel-fm-fgm", acute),
        ("the cutters arriving friday", "travel-fm-fgm", acute),
        ("white powder on his lips", "ingestion", acute),
        ("knife on the table, ex on his way", "weapons", acute),
        ("gun pulled at the gate", "weapons", acute),
        ("bringing a blade to school tomorrow", "weapons", acute),
        ("shank in her bag", "weapons", acute),
        ("car with men in their 30s", "held-trafficked", acute),
        ("ago and now she's not", "missing-now", acute),
        ("not seen her since 9 this morning", "missing-now", acute),
        # sets 283-284
        ("dad's walked his route twice", "missing-now", acute),
        ("still out 2 hrs after she said she'd be home", "missing-now", acute),
        ("4yo left at the station, no one's come for him", "alone", acute),
        ("his tiny feet are like ice", "neglect-now", acute),
        ("can see our breath in the lounge", "neglect-now", at_risk),
        ("two men we don't know at reception asking for Ruby", "held-trafficked", acute),
        ("disclosed re uncle, he picks her up at 3", "sexual-abuse-now", acute),
        ("dad says it's for anyone who knocks", "weapons", at_risk),
        # sets 285-288
        ("she hasn't turned up anywhere since break", "missing-now", acute),
        ("texted mum 'you and the kids are dead when i get there'", "weapons", acute),
        ("nan wants the cutting done while they're here", "travel-fm-fgm", acute),
        # sets 289-292
        ("Year 9 girl, whereabouts unknown since 3", "missing-now", acute),
        ("he walked off the unit an hour ago", "missing-now", acute),
        ("a guy he's been chatting to on snap has sent him a ticket", "online-meeting", acute),
        ("6 week old with twitchy spells", "baby-injury", acute),
        ("he screams every time she picks him up", "baby-injury", acute),
        ("baby on her own, parents are out", "alone", acute),
        ("girls being took to a party by grown men", "held-trafficked", acute),
        ("says a man has got her papers", "held-trafficked", acute),
        ("note written, said bye to his mum", "self-harm-suicide", acute),
        ("F G M planned for the girls this week end", "travel-fm-fgm", acute),
        # sets 293-296
        ("she says it was only a sip", "ingestion", at_risk),
        ("lad held over a debt", "held-trafficked", acute),
        ("9 month old went all stiff", "baby-injury", acute),
        ("see ya behind the shops at 8, don't tell your mum", "online-meeting", acute),
        ("one of those coin shaped things from the scales in her mouth", "ingestion", acute),
        ("dad says it's for protection", "weapons", at_risk),
        # sets 299-302
        ("baby in the motor, windaes up, roasting", "confined", acute),
        ("he's asking to stay at the unit tonight, says mum's gonna go mad", "scared-home", acute),
        ("disclosure re stepdad, pick up at 3.30", "sexual-abuse-now", acute),
        ("the 2yo got hold of the bottle, half is gone", "ingestion", acute),
        ("just got into a car with three older men", "held-trafficked", acute),
        # sets 297-298
        ("cutting booked for her, next week", "travel-fm-fgm", acute),
        ("kid banging from the cellar, door locked", "confined", acute),
        ("dog was set on me at the gate", "practitioner-danger", acute),
        ("he sent her rude pics and he's picking her up after school", "sexual-abuse-now", acute),
        ("she told me the uncle does stuff, she's staying there tomorrow", "sexual-abuse-now", acute),
        # sets 303-306
        ("says the lodger does secrets with her at bathtime, he's collecting her at 3", "sexual-abuse-now", at_risk),
        ("disclosed about her uncle, sleepover there tonight", "sexual-abuse-now", at_risk),
        ("the minicab driver says a mate booked it for our 14yo", "held-trafficked", acute),
        ("Mango. Send backup asap", "practitioner-danger", acute),
        ("keeps saying im dead if i go back tonight", "scared-home", acute),
        ("her cousin got cut on the last trip and the little one is flying out there sunday", "travel-fm-fgm", acute),
        # sets 307-310
        ("stormed out of the placement after an argument, no phone", "missing-now", acute),
        ("popped to the park at 5 and its now 9, nothing", "missing-now", acute),
        ("hes not picked up his phone since 3", "missing-now", at_risk),
        ("her 8 year old is babysitting a 4 month old tonight", "alone", at_risk),
        ("a 2 year old had something in his mouth from the kitchen scales", "ingestion", acute),
        ("dad texted 'ill kill all of you', kids upstairs", "weapons", acute),
        ("two of them outside, one of them is armed", "weapons", acute),
        ("text from Jade: dads at it again, mums on the floor", "violence-now", at_risk),
        ("he posted a rope on his tiktok with 'done'", "self-harm-suicide", acute),
        ("surrounded at the garages by youths", "practitioner-danger", acute),
        ("a cousin no one has met before is at the gate to collect her", "held-trafficked", acute),
        # sets 311-314
        ("newborns leg is lying funny, she cries whenever shes moved", "baby-injury", acute),
        ("never made it back from the corner shop, its been an hour", "missing-now", acute),
        ("lost an under 9 at the swimming gala", "missing-now", acute),
        ("twins being done this weekend at the aunties", "travel-fm-fgm", acute),
        ("missed her 2pm check in, high risk visit on the estate", "practitioner-danger", acute),
        ("both littluns on there own tonight", "alone", at_risk),
        # sets 315-318
        ("a 3yo licked the hand gel off the table, hes gone sleepy", "ingestion", acute),
        ("ellies beds empty and her window is open", "missing-now", acute),
        ("colleague missed her check in at the violent dads flat", "practitioner-danger", acute),
        ("the twins got taken by a van outside school", "held-trafficked", at_risk),
        ("disclosed about her cousin, sharing a bed tonight", "sexual-abuse-now", at_risk),
        ("13 yr old, nobody knowing where she is since lunch", "missing-now", acute),
        ("hes been plugged and theyre sending him off", "held-trafficked", acute),
        ("they are putting him on a coach to birmingham", "held-trafficked", acute),
        ("disclosure re stepdad, bedtime", "sexual-abuse-now", acute),
        # sets 319-320
        ("nan says she will make Amina pure like a real woman when they go", "travel-fm-fgm", acute),
        # sets 321-324
        ("not collected yet and she is not in the building", "missing-now", acute),
        ("kid in the car with unknown men", "held-trafficked", acute),
        ("hes running drugs for them", "held-trafficked", at_risk),
        ("he refuses to get off the bus, shaking and crying", "scared-home", acute),
        ("baby has finger marks on her back", "baby-injury", at_risk),
        ("the 4 year old wasnt on the headcount", "missing-now", acute),
        # sets 325-328
        ("ring me and pretend to be my team leader", "practitioner-danger", acute),
        ("took a blade off him earlier but theres another blade, hes swinging it", "weapons", acute),
        ("shes going to meet a bloke off snapchat", "online-meeting", at_risk),
        ("the 5 year old says dad never came home all night", "alone", acute),
        # sets 329-332
        ("she hasnt turned up at contact", "missing-now", at_risk),
        ("they were taken to a hotel by two men", "held-trafficked", at_risk),
        ("she begged us not to take her home", "scared-home", acute),
        ("she texted sorry to you all and her phone is off", "self-harm-suicide", acute),
        ("she does not like what he does at bath time", "sexual-abuse-now", at_risk),
        ("surrounded by the family on the landing", "practitioner-danger", acute),
        ("shes 9 and looking after the baby overnight", "alone", at_risk),
        ("he ate some weed gummies", "ingestion", at_risk),
        ("he says hes been sold to them", "held-trafficked", acute),
        ("now in sudan, having it done tonight, please help", "travel-fm-fgm", acute),
        ("she cant go home, its not safe", "scared-home", at_risk),
        # sets 335-338
        ("begged to stay after school, marks on her neck", "scared-home", acute),
        ("the dad is between me and the front door", "practitioner-danger", acute),
        ("call me n say i need to come back to the office", "practitioner-danger", acute),
        ("toddler ate some of grandads heart tabs", "ingestion", acute),
        ("they made him run a line to margate", "held-trafficked", at_risk),
        # sets 333-334 and 339-342
        ("mums boyfriend battering tyler right now", "violence-now", acute),
        ("4 month old staring vacantly, wont feed", "baby-injury", acute),
        ("small bleed in the whites of his eyes, hes 7 weeks", "baby-injury", at_risk),
        ("a cab is here for our year 10 girls and the driver has no badge", "held-trafficked", acute),
        ("woman at the front desk claiming shes her cousin, we have never heard of her", "held-trafficked", acute),
        ("need to write a safety plan asap, found a goodbye letter in his bag", "self-harm-suicide", at_risk),
        ("she kept asking if she could stay at after school club, burns on her hand", "scared-home", acute),
        # sets 343-346
        ("year 9 girl missed the afternoon register and is not anywhere on the premises", "missing-now", acute),
        ("dad keeps the 6 year old in the loft", "confined", at_risk),
        ("fontanelle looks like its bulging to me", "baby-injury", acute),
        ("really drowsy and has been sick 3 times", "baby-injury", at_risk),
        ("her aunt is here to do the tradition on both girls", "travel-fm-fgm", acute),
        # sets 347-350
        ("coach took pictures of her naked after training, he is still on site", "sexual-abuse-now", at_risk),
        ("on teams: wont be around for the exam, this is goodbye", "self-harm-suicide", acute),
        ("says shes written their note", "self-harm-suicide", acute),
        # sets 351-354
        ("hes told me he isnt safe with himself", "self-harm-suicide", acute),
        ("his dad will sort him out when he gets back in", "scared-home", acute),
        ("he said im not going to leave this house alive", "practitioner-danger", acute),
        ("shes got a little ceremony at her aunties on saturday", "travel-fm-fgm", acute),
        ("no heating all week, the toddlers feet are going blue", "neglect-now", acute),
        ("the two men who brought her in are watching from across the road", "held-trafficked", acute),
        # sets 355-364
        ("sounds like shes being flung about up there", "violence-now", acute),
        ("boy found inside a container at the docks", "held-trafficked", acute),
        ("crying his eyes out saying he cant go back there", "scared-home", acute),
        ("nans arranged for a special lady to visit the girls", "travel-fm-fgm", acute),
        ("the 3 month old has a mark behind her ear", "baby-injury", acute),
        ("an older guy is picking her and her friend up tonight", "held-trafficked", acute),
        ("15 year old downed a strip of tablets", "ingestion", acute),
        ("the car windows are all shut and its roasting", "confined", at_risk),
        ("the tutor makes her stay late and does things", "sexual-abuse-now", at_risk),
        ("alleged perpetrator still living with her", "sexual-abuse-now", at_risk),
        ("missed check in from my colleague on the estate", "practitioner-danger", at_risk),
        ("lone working alarm went off for sam", "practitioner-danger", at_risk),
        ("a 4 year old says she doesnt feel safe going back home", "scared-home", at_risk),
        ("leaving a 3 year old in the flat while she goes out", "alone", at_risk),
        ("no food in the flat for days", "neglect-now", acute),
        # sets 365-372
        ("the one year old has had a gulp of oven cleaner", "ingestion", acute),
        ("says he cant keep himself safe tonight", "self-harm-suicide", acute),
        ("the newborn looks bluish to me", "baby-injury", acute),
        ("dads been drinking all day and is not making any sense", "neglect-now", acute),
        ("the student social worker texted me please come get me", "practitioner-danger", acute),
        ("auntie says the ceremony will make her a woman", "travel-fm-fgm", acute),
        # sets 373-376
        ("bitten into one of them dishwasher pods", "ingestion", acute),
        ("she got through half a packet of mums pills", "ingestion", acute),
        ("asking if he can sleep at the unit", "scared-home", acute),
        ("locked in here and she took my mobile", "practitioner-danger", acute),
        ("things getting ugly at this visit", "practitioner-danger", acute),
        ("granddad is muttering about ending it for the lot of us", "practitioner-danger", acute),
        ("mum wasted and the only adult home", "neglect-now", acute),
        ("the 14 year old is 4 hours late and her phone is switched off", "missing-now", acute),
        ("his arm is puffy and he wont use it", "baby-injury", acute),
        ("mum is being cagey about taking her to hospital", "baby-injury", acute),
        ("jamie isnt with the group anymore", "missing-now", at_risk),
        ("the kids said daddy is away and back tomorrow", "alone", at_risk),
        # sets 377-380
        ("the night staff say his room is empty", "missing-now", acute),
        ("the visits gone bad, get someone here", "practitioner-danger", acute),
        ("my colleague was threatened at the visit", "practitioner-danger", acute),
        ("uncle keeps saying hell batter the social worker", "practitioner-danger", acute),
        ("she says dadll find her and hit her", "scared-home", acute),
        # sets 383-386
        ("fight in the flat, kids inside", "violence-now", acute),
        ("girl meeting gamer adult tonight", "online-meeting", acute),
        ("forced running a line", "held-trafficked", acute),
        ("baby has small round bruises on both arms", "baby-injury", acute),
        ("says the family would be better off without her", "self-harm-suicide", acute),
        ("says itll be awful when he gets home", "scared-home", acute),
        ("says going back home tonight is not safe", "scared-home", acute),
        ("the tutor makes her do secret things tonight", "sexual-abuse-now", at_risk),
    ],
)  # fmt: skip
def test_urgency_rules_read_the_cues_the_sets_from_115_found(typed, cls, cues):
    """Sets 115-134 and their refits, in new words: a child fending for themselves, a baby of months left, picked up
    by a car, a means stockpiled, a bleed in a baby's eye; nothing to matter after tonight, belongings given away, a
    mother barricaded in with the children, the worker followed or stuck; a ceremony in scare quotes, a carer not
    answering, a child made to carry drugs; not in from a break, the worker hiding; unsafe asking for someone, a fear
    of what a parent will do; the adults gone, a cover call, an adult getting into a child's bed; a hotel room, a code
    word; a domestic going on, a weapon by the cot, "it'll be worse"; a baby nobody has come back for, a photo of cut
    arms bleeding, the worker's phone taken, a cutter to "make girls pure"; a "scout" or "agent" sending for the child,
    the one disclosed about picking the child up, dogs on the worker, a drink from under the sink; an open bottle of
    medicine, men surrounding the worker; moved by the olders, a dating app's man met, a blow beside the worker's head,
    a toddler out of the gates, blood in a baby's eye; a child hurting herself now, the worker's keys kept; a relative
    "doing" a girl, a trip with the wedding arranged, lost with a parent frantic, a baby by itself, the one disclosed
    about collecting the child; an online mate coming to get her, a threat to break in on the worker, a headcount
    short, a baby left on his own, the abuser home tonight; not in yet and late, a child set upon, those who brought
    the child waiting, on the way to his; sent away with drugs and kept there; a baby spoken of as "it" left on its
    own, a run from a children's home, a fight the children watch, a child in the back of a hot car, a child of an
    age in the possessive beside an adult son, a life at risk at any age; a young child saying the parent is out, the
    worker's car damaged, the worker kept at the address, strangers asking for a child, the one disclosed about still
    with the child; not back tonight, the cutting named indirectly, the worker set upon, a colleague not heard from
    after a visit, a weapon at the visit, a nightly visit disclosed; a crowbar waved, hands round a throat, the worker
    hiding at a client's home; a goodbye and the bridge, those who brought the child waiting; a child gone somewhere,
    told tersely, someone flown in to do the cutting (docs/urgency.md)."""
    assert cls in cues(normalise(typed))


@pytest.mark.parametrize(
    "message",
    [
        "grandad will do the school run from next week, he's been DBS checked",
        "she won't walk to school because of the spiders in the alley",
        "dad keeps all the tablets locked up in the shed",
        "he's on the ward and stable",
        "bit of a scuffle at cubs, my daughter's fine",
        "a blade from the hedge trimmer came off",
        "is this early help or a CIN?",
        "the kids had a water pistol fight at the fun day",
        "she's doing so much better, case closed last month",
        "a neighbour's nan went missing this morning but she's home now",
        "FGM was done in childhood abroad, she's 41 now",
        "cousin's wedding in Dhaka, all totally normal",
        "mum's new partner is doing pickup, he's on the approved list",
        "baby on the ward, police and social care involved",
        "voice of the child box: says dad shouts",
        "the contact with dad went well",
        "no immediate concerns from the home visit",
        "it's roasting in the office today",
        "she's scared because of the damp, can housing help?",
        "gran's with her now",
        "kids staying with their nan this week",
        "no children in the household",
        "car got clamped again",
        "she's locked up all the knives",
        "Op Encompass from the weekend",
        "bumped his head, fine this morning",
        "the doll has a bruise on its cheek",
        "the threat was reported to police on Monday",
        "panic alarm: not needed now, just setting it up",
        "a protective factor: dad's sober",
        "overdose last week, he's on the ward now",
        "he's in hospital but fine",
        "homesick on the residential",
        "back in the UK now",
        "manager informed",
        "staying at nan's this week",
        "kids fed and warm",
        "all safe",
        "bumped her head last week, she's giggling away",
        "past concern about the lock on her door",
        "landlord fixed the lock",
        "no meetups planned, just chatting",
        "do volunteers need a DBS for the disco?",
        "can't find the file on the shared drive",
        "Baby Shark on repeat",
        "can you all join online at 3?",
        "toddler all warm and fine",
        "recovering well at home",
        "the fracture from March",
        "she's safe with her nan",
        "MASH referral done",
        "that's not safeguarding, surely?",
        "sharps bin full",
        "my finger is bleeding from the stapler",
        "now in foster care and settling in nicely",
        "sick after the disco and she was fine by morning",
        "a trip to Lahore planned for next year",
        "abused as a teenager, she's in her fifties",
        "abused by a coach in the 1970s",
        "the perpetrator has since died",
        "he's fine, it's just that now he's walking he bumps into everything",
        "discuss in small groups: the boy left in the hot car",
        "the knife incident was last week, he's in custody now",
        "dad hit her in 2019, he's serving six years",
        "baby fine, sleeping well",
        "return interview done",
        "off sick with a bug, all 4 of them",
        "we've met his mum, lovely",
        "two 14 year olds in a relationship",
        "she's with her grandma now",
        "no children present at the address",
        "scared of the dark since the clocks changed",
        "killing it at netball this term",
        "ghost train was too much for them",
        "sugar rush after the party",
        "playing around happily in the garden",
        "same age as her, both in year 10",
        "mum's met him, nice lad",
        "disrepair case with the landlord",
        "he's just in bed till lunch",
        "baby unbothered by it",
        "all the parents know each other",
        "lift home sorted",
        "old scars from year 9",
        "wedding never happened",
        "parents evening next Thursday",
        "back playing in the sandpit",
        "nightmares since watching Jaws",
        "dad stayed sober all night",
        "she's having a girl, due in May",
        "built a den under the stairs",
        "we know the parents well",
        "bruises down both shins",
        "all his own age",
        "boring weekend",
        "halloween house at the fair",
        "any tips?",
        "no self harm since Easter",
        "much better this term",
        "drunk at the school gate last month",
        "small graze, parent informed",
        "the elf on the shelf went missing",
        "Alton Towers trip on Friday",
        "no indicators at all, mum clear she's against it",
        "baby finally slept through!",
        "sugar crash after the party",
        "police have checked the guns, licence in order",
        "is it ok to suggest a reward chart?",
        "brook traffic light tool for a 6yo?",
        "abuser's in prison, she's having counselling",
        "chewing chalk again, normal?",
        "samaritans vs shout for a 16yo",
        "safe word if a home visit goes wrong?",
        "my kids are gonna kill me, glitter everywhere",
        "funding for more youth workers?",
        "kids were at their nan's all week",
        "when are they ready to stay home by themselves?",
        "her mate's parents are home the whole time",
        "dad's collecting Ruby, mum has confirmed",
        "in their den under the slide",
        "baby sleeping through now",
        "no cp concerns raised",
        "how should meds be stored at the foster home?",
        "he was only joking about the knife",
        "trampoline park party sat",
        "define county lines",
        "consent lessons for year 9",
        "all sorted, she's just cross with him",
        "sim exercise: toddler left in a car on a hot day",
        "advice on storing bleach now he's walking",
    ],
)
def test_urgency_look_alikes_the_sets_from_115_found_are_framed(message):
    """Sets 115-130 and their refits, in new words: an arrangement from a date ahead, an everyday fear, medicines
    locked away, someone stable or home now, a child fine, a machine's blade, early help weighed, an adult's age now,
    agencies involved, a report's section, a meeting that went well, a grandparent with the child, a clamp, a training
    doll, a code word for later, a protective factor, in hospital but fine, homesick, a past concern, no meetups, a
    check to chaperone, a file on a drive, a song, a meeting joined online, recovering well, a referral done; settling
    in care, fine afterwards, next year, an adult's childhood, a past decade, an abuser since died, a baby's milestone
    (no "he's walking" placing it now); a group exercise, in custody or serving a sentence now, a baby fine and
    sleeping well, a return interview, off sick, a family met, peers, a grandparent's now; no children present,
    everyday fears and idioms, a sugar rush, a child playing happily, a peer the parents have met, disrepair; in bed
    till lunch, unbothered, parents who know each other, a lift sorted, old scars, a wedding that never happened, an
    evening ahead, since watching a film, a sober carer, a baby expected; a den, parents known, bruised shins, peers,
    boredom, a halloween house, tips asked for; none since, much better, at the school gate last month; a small
    graze; sets 153-154 and the look-alikes of 151-152: no indicators and the parent against it, a baby sleeping
    through, a sugar crash, guns the police have checked, advice weighed, a tool for sexualised behaviour, therapy
    had (no "she's having" placing it now); sets 155-156: an everyday thing eaten, one service or another, a visit
    that may go wrong, the writer's own children exasperating, funding, the children at a grandparent's; sets 157-158:
    when a child is ready, the parents there, a collection a parent confirmed, a den, sleeping through, no concerns
    of a kind named; sets 159-160: how a medicine is stored, only joking, a trampoline park; sets 161-162: a
    definition, a lesson of the curriculum, someone just cross (no "she's just" placing it now); sets 163-164: a
    simulation exercise, storage asked about."""
    assert general_frame(normalise(message))


@pytest.mark.parametrize(
    ("typed", "cls", "cues"),
    [
        ("the kids locked us out of the garden for a laugh", "confined", at_risk),
        ("she's meeting her online tutor tonight", "online-meeting", acute),
        ("this job feels like being locked in a cage", "confined", at_risk),
        ("feels like being trafficked, this rota", "held-trafficked", acute),
        ("doesn't want to go home because the xbox is banned this week", "scared-home", acute),
        ("she's missing off the register", "missing-now", at_risk),
        ("swallowing my pride and asking", "ingestion", at_risk),
        ("watching Home Alone with the kids tonight", "alone", at_risk),
        ("link for the online staff meeting at 6 pls", "online-meeting", acute),
        ("lives alone with her cats", "alone", at_risk),
        ("Y8s meeting their snapchat pen pals tonight with their parents", "online-meeting", acute),
        ("65 year old man, no heating, freezing", "neglect-now", at_risk),
        ("locks the front door at night so her 3yo can't get out", "practitioner-danger", acute),
        ("had FGM in Somalia as a girl, she's 30 now, cutting", "travel-fm-fgm", at_risk),
        ("dad was drunk, mum was stone cold sober with the baby", "neglect-now", at_risk),
        ("no kids live at the flat, cuckooed by dealers", "held-trafficked", acute),
        ("won't go home because it's boring there", "scared-home", acute),
        ("bruises on his shins again", "baby-injury", at_risk),
        ("chatting online, no plans to meet up", "online-meeting", acute),
        ("she lives independently, worried about a forced marriage", "travel-fm-fgm", at_risk),
        ("sister's wedding in Lahore next month, flights booked", "travel-fm-fgm", acute),
        ("meeting about the online portal at 2", "online-meeting", acute),
        ("swallowed his lunch in a minute", "ingestion", at_risk),
        ("dad's drunk again but she's sober and has the kids", "neglect-now", at_risk),
        ("adult daughter says her uncle abused her", "sexual-abuse-now", at_risk),
        ("doesn't want to go home because it's her sister's turn on the switch", "scared-home", acute),
        ("fortnite weapon skins, he is obsessed", "weapons", at_risk),
        ("my 15yo won't wake up for school again", "baby-injury", acute),
        ("kickboxing tonight, she kicked him clean in the head", "violence-now", at_risk),
        ("mum was drunk at new year, she's been sober since", "neglect-now", at_risk),
        ("dad was drunk, 8 months sober now", "neglect-now", at_risk),
        ("14yo meeting her gaming friends tonight, all from her school", "online-meeting", acute),
        ("settled alone in his own cot for the first time", "alone", at_risk),
        ("my 9mo crawled into the radiator, small bruise on her cheek", "baby-injury", at_risk),
        ("left the toddler with gran for the night", "alone", at_risk),
        ("cat in the car at the vets, windows down", "confined", at_risk),
        ("escape room at the team day, locked in for 60 mins", "confined", acute),
        ("its freezing outside, wrap up", "neglect-now", at_risk),
        ("siblings fighting over the remote again", "violence-now", at_risk),
        ("dad won't let him go to the festival", "held-trafficked", acute),
        ("doesn't want to go home tonight, on the residential, having a great time", "scared-home", acute),
        ("my son's meeting a girl he met online tonight, they're both 19", "online-meeting", acute),
        ("scared to go home after watching a scary movie", "scared-home", acute),
        ("worried she'll get told off for losing her PE kit, doesn't want to go home", "scared-home", acute),
        ("knife on a reception pupil's tray at lunch", "practitioner-danger", acute),
        ("was cut as a little girl in Sudan, 40 now", "travel-fm-fgm", at_risk),
        ("scared to go home with her report", "scared-home", acute),
        ("locked himself in the bathroom playing on his switch", "confined", at_risk),
        ("left the puppy alone all afternoon", "alone", at_risk),
        ("missing dog, not a child", "missing-now", at_risk),
        ("my 10mo's shins are covered in bruises from cruising", "baby-injury", at_risk),
        ("won't go home, she loves the soft play", "scared-home", acute),
        ("mum says she'll kill him if he leaves his towels on the floor again", "weapons", acute),
        ("mum says she'll kill him if he leaves his towels on the floor again", "scared-home", acute),
        ("doesn't want to go home because dad turned the xbox off", "scared-home", acute),
        ("doesnt want to go home cos her sister is so annoying", "scared-home", acute),
        ("meeting a lad from insta tonight, known him since primary", "online-meeting", acute),
        ("shopping left in the hot car all day", "confined", acute),
        ("used to be frightened to go home, happy in foster care now", "scared-home", acute),
        ("dad was aggressive but calmed down, leaving now", "practitioner-danger", at_risk),
        ("roblox has tons of knives in it, is it ok for 7yos?", "weapons", acute),
        ("my 3yo locked his dad out on the balcony, giggling", "confined", at_risk),
        ("im stuck in traffic on the m62, running late for the visit", "practitioner-danger", acute),
        ("doesnt want to go home because its his turn to wash up", "scared-home", acute),
        ("swallowed a fly at lunch and wont stop coughing", "ingestion", at_risk),
        ("puppy's gone floppy and won't eat", "baby-injury", acute),
        ("fortnite has the kids obsessed with guns", "weapons", acute),
        ("stuck in a visit that's lasted 4 hours, dad showing me his fish", "confined", acute),
        ("her meds are kept in a lockbox", "held-trafficked", acute),
        ("year 9s meeting online for zoom tutoring tonight", "online-meeting", acute),
        ("floppy discs in the old filing cabinet", "baby-injury", acute),
        ("14yo upset because mum took her phone off her", "held-trafficked", acute),
        ("mum swore at me at reception, im fine, just shaken", "violence-now", at_risk),
        ("bit scared of the home visit tomorrow tbh, new family", "scared-home", at_risk),
        ("my nephew met his girlfriend through work and they're getting married next month", "travel-fm-fgm", at_risk),
        ("nursery kid scared to go home cos she says there's a ghost in the loft", "scared-home", acute),
        ("mum's threatening to sue the school over the exclusion", "practitioner-danger", at_risk),
        ("knife crime workshop for year 9 next week", "weapons", at_risk),
        ("he swallowed a bit of chewing gum", "ingestion", at_risk),
        ("boy doesnt want to go home, just wants to play at his cousins", "scared-home", acute),
        ("she locked herself in her room to get out of the washing up", "confined", at_risk),
        ("stuck in the town hall lift for ages", "confined", acute),
        ("boy doesnt want to go home, wants to stay till the end of the party", "scared-home", acute),
        ("the boys are fighting over football cards", "violence-now", at_risk),
        ("getting her hair cut this weekend, dreading the cutting", "travel-fm-fgm", at_risk),
        ("haircut after school, he hates the cutting", "self-harm-suicide", at_risk),
        ("the clocks have gone back", "missing-now", at_risk),
        ("scared of cycling home in the dark", "scared-home", at_risk),
        ("food tech today, year 8 using knives", "weapons", at_risk),
        ("4yo keeps touching himself at nap time", "sexual-abuse-now", at_risk),
        ("teenager home alone tonight", "alone", at_risk),
        ("says she'll kill her sister if she takes her slime", "weapons", acute),
        ("he keeps touching her pencils", "sexual-abuse-now", at_risk),
        ("year 10s missing from registration because of the football match", "missing-now", at_risk),
        ("reading about floppy baby syndrome", "baby-injury", acute),
        ("made a gun for his DT project", "weapons", at_risk),
    ],
)  # fmt: skip
def test_urgency_a_cue_only_inside_a_harmless_phrase_finds_no_class(typed, cls, cues):
    """Sets 133-136: the writer locked out, a lesson online, the writer's own lot likened to a child's danger, a
    console banned; absent from a register, an idiom, the film, an adult living alone or in old age, a meeting online,
    one the parents go to; a door locked at night for a toddler's safety, FGM had long ago, a sober carer, no child
    living there, boredom, bruised shins, no plans to meet, an adult living independently, a relative's wedding, a
    portal online, a meal swallowed; sets 153-154: a video game's guns, a lie-in, a combat sport, a carer sober for
    months, friends from school; sets 155-156: asleep alone in their own room, a crawler's small bruise; sets 157-158:
    left with a grandparent, a pet in a car with no child in the message, an escape room, cold weather, siblings
    fighting over a thing, a parent not letting a child go, a trip the child enjoys, two adults meeting, a film
    watched, a telling off, a Reception class; sets 159-160: cut as a child long ago; sets 163-164: a game behind a
    locked door; sets 167-168: a pet left alone or missing, a cruiser's bruised shins, an outing loved, a threat over a
    chore; sets 169-170: the wifi taken or a noisy sibling, a friend known for years, shopping in a car, a fear had
    before, someone hostile who calmed down; sets 171-172: a game's many knives, a parent locked out by a little one,
    the writer stuck in traffic; sets 173-174: a chore's turn, a fly swallowed, a pet, a game's guns, a long visit: the
    cue is there; sets 177-178: a medicine locked away, a lesson met online; sets 179-180: a floppy disc, a parent
    taking a phone, the writer shaken; sets 181-182: the writer's nerves before a visit: the class is not."""
    assert cls not in cues(normalise(typed))


def test_urgency_sets_133_and_134_minutes_ago_a_quick_question_and_thresholds():
    """Sets 133-134: a few minutes ago has just happened; "can I ask a quick one" opens a question about the case in
    front of the writer, not one about practice; getting thresholds clear is."""
    assert just_happened(normalise("he chewed it a few minutes ago"))
    assert not about_practice(normalise("can I ask a quick one - she's 12 and he's outside now"))
    assert about_practice(normalise("can we ask a child about that in an interview?"))
    assert about_practice(normalise("just getting thresholds clear for supervision"))


def test_urgency_sets_135_and_136_the_writer_present_an_order_out_of_hours_and_a_turn_after_guidance():
    """Sets 135-136: the writer in the room as it happens places it now; an emergency order out of hours or too late
    weighs the emergency route; "..., but a year 4 just told me" turns from an aside to the case; a training case and a
    hypothetical disclosure are about practice."""
    assert placed_now(normalise("uncle's shouting while I'm sat in the lounge"))
    assert weighs_emergency_route(normalise("out of hours team for an EPO?"))
    assert weighs_emergency_route(normalise("too late to get an FGMPO?"))
    assert len(parts(normalise("checking the policy, but a year 4 just told me her dad hits her"))) == 2
    assert about_practice(normalise("training case: a child tells you they're frightened of going home"))
    assert about_practice(normalise("what if a student tells you she's meeting someone from snapchat?"))


def test_urgency_sets_137_and_138_not_yet_found_it_is_now_that_is_me_and_a_policy_supposed():
    """Sets 137-138: "still hasn't been found" is not settled; "- it's kind of urgent" turns from an aside to the case;
    "that's me btw" makes the worker in a question the writer; a policy for a supposed case and who does the return
    interview are about practice."""
    assert not general_frame(normalise("still hasn't been found"))
    assert len(parts(normalise("the FGM helpline number pls - it's kind of urgent, she flies tonight"))) == 2
    assert turns_live(normalise("that's me btw"))
    assert about_practice(normalise("what's our policy if a parent is drunk at pickup?"))
    assert about_practice(normalise("who does the RHI for out of area kids?"))


def test_urgency_sets_139_and_140_a_childs_own_parents_a_childrens_medicine_and_a_bare_request_for_a_number():
    """Sets 139-140: the writer's parents finding out makes the writer a child; Calpol is a children's medicine; a bare
    request for a service's number and a child supposed ("what if a toddler ...") are about practice."""
    assert concerns_a_child(normalise("mum and dad found out about my girlfriend"))
    assert concerns_a_child(normalise("calpol bottle empty on the floor"))
    assert about_practice(normalise("LADO number?"))
    assert about_practice(normalise("what if a toddler swallows a magnet on a trip?"))


def test_urgency_sets_141_and_142_more_pressing_very_sleepy_last_time_and_a_case_had_before():
    """Sets 141-142: "but more pressing, ..." turns to the case; "he's v sleepy" places a baby's state now; what a
    parent did "last time" warns of this time; a case had before and its learning is about practice."""
    assert (
        parts(normalise("form question... but more pressing, a boy is hiding in the loo"))[-1]
        .strip(" ,")
        .startswith("a boy")
    )
    assert placed_now(normalise("hes v sleepy"))
    assert not general_frame(normalise("last time he broke her arm"))
    assert about_practice(normalise("we had a case where a boy ran away, what would the learning be?"))


def test_urgency_sets_143_and_144_the_writer_with_the_child_a_baby_bumped_and_a_toy_war():
    """Sets 143-144 and their refit: "- im sat with a 3mo" turns from a question about a protocol to the case; "too
    scared to go home" alone is a child's; a baby who bumped his head is no pregnancy, and one who won't wake places the
    message now; a parent who rang ahead is about an arrangement; a Nerf war is a toy."""
    assert parts(normalise("can I check the protocol - im sat with a baby with a bruise"))[-1].startswith("im sat")
    assert concerns_a_child(normalise("too scared to go home"))
    assert not general_frame(normalise("the baby bumped his head"))
    assert not general_frame(normalise("is that normal? he won't wake"))
    assert about_practice(normalise("dad emailed ahead, uncle's collecting"))
    assert normalise("Nerf war at club") == "nerf toy at club"


def test_urgency_sets_145_and_146_a_turn_at_the_end_of_the_day_an_exclamation_limp_and_whether_it_hurts():
    """Sets 145-146: "..., but at the end of the day" and "oh god" turn to the case; a baby "a bit limp" places the
    message now; a child asking whether it hurts is no settled question; the difference between terms is practice."""
    assert parts(normalise("the audit went fine, but at the end of the day a pupil told me"))[-1].startswith(" at the")
    assert parts(normalise("the policy link - oh god he's just swallowed it"))[-1].startswith(" hes just")
    assert not general_frame(normalise("is it normal? she's a bit limp"))
    assert not general_frame(normalise("she asked me if it hurts"))
    assert about_practice(normalise("what's the difference between CIN and CP?"))


def test_urgency_sets_147_and_148_a_carer_in_traffic_a_bride_at_the_airport_now_and_a_number_asked_politely():
    """Sets 147-148: a carer stuck on the motorway is no writer's own traffic; a bride at the airport now places the
    message now; a bare request for a number, "pls", is about practice."""
    assert not about_practice(normalise("carer's stuck on the M6 and has left the baby"))
    assert not general_frame(normalise("bride at Heathrow now with family"))
    assert about_practice(normalise("LADO number pls?"))
    # sets 149-150: a name and a bare age is a child; sets 151-152: a parent drunk is someone's parent, and "fyi"
    # turns to the case
    assert concerns_a_child(normalise("Tia 12 not home yet"))
    assert concerns_a_child(normalise("mum's off her head and swinging a bat"))
    assert parts(normalise("template q - and fyi im outside the flat"))[-1].startswith(" im outside")


def test_urgency_sets_153_and_154_a_run_from_resi_an_aside_then_the_case_and_a_little_one_at_play():
    """Sets 153-154: a name and a bare age that ran is a child; "- we've got one now" and "- and I'm stood" turn to the
    case; the writer's own little one at play is no child at risk; an online man is no online lesson."""
    assert concerns_a_child(normalise("Jayden 14 absconded"))
    assert parts(normalise("the supervision template - we've got one now, a 9yo says"))[-1].startswith("weve got one")
    assert parts(normalise("what's the mileage rate - and im stood outside, he's shouting"))[-1].startswith("and im")
    assert not concerns_a_child(normalise("toddler kicked me in the shin this morning, ow"))
    assert "online-meeting" in acute(normalise("online man meeting her at the station at 6"))


def sure(cls, likely):
    """A semantic detector of known output: every text reads as `cls` with probability `likely`."""
    return lambda text: ((cls,), likely)


def test_urgency_the_semantic_neighbours_class_is_ruled_out_as_a_rules_cue_is():
    """Sets 151-154: the semantic detector's nearest class, found with no rule's cue, is ruled out by the wording that
    rules out a rule's cue (an adult living alone, friends from school); a harmless phrase with a cue beside it still
    leaves the class ("lives alone with the twins")."""
    assert ruled_out("alone", normalise("grandad lives alone and had a fall"))
    assert not ruled_out("alone", normalise("mum lives alone with the twins, they're 2, she's in hospital"))
    assert ruled_out("online-meeting", normalise("year 9s meeting their school friends at the bowling alley tonight"))
    assert not ruled_out("online-meeting", normalise("online man meeting her at the station at 6"))
    assert not assess("dad lives alone and keeps falling", semantic=sure("alone", 0.9)).urgent
    assert assess("baby's been on her own since 9", semantic=sure("alone", 0.9)).urgent


def test_urgency_sets_155_and_156_a_parent_out_is_no_report_out_and_an_aside_actually_turns():
    """Sets 155-156: "mummy is out" is no report out (which is settled news); "- actually I'm stood ..." turns to the
    case."""
    assert not general_frame(normalise("says mum is out"))
    assert general_frame(normalise("the annual report is out"))
    assert parts(normalise("the expenses form - actually I'm stood on their doorstep"))[-1].startswith("actually im")


def test_urgency_sets_157_and_158_a_mindee_is_a_child_and_not_back_at_placement_is_no_return():
    """Sets 157-158: a childminder's "mindee" is a child; "not back at placement" is no settled return."""
    assert concerns_a_child(normalise("mindee's eaten a tablet from my bag"))
    assert not general_frame(normalise("lad not back at placement, gone midnight"))


def test_urgency_sets_159_and_160_a_looked_after_child_and_a_dating_app_with_a_childs_age():
    """Sets 159-160: "LAC" is a child; a dating app is an adult's only when no child's age is given ("shes 14"); food
    wolfed down and a school friend rule out the semantic detector's class."""
    assert concerns_a_child(normalise("LAC not back"))
    assert not about_practice(normalise("meeting someone off hinge tonight, shes 14"))
    assert ruled_out("ingestion", normalise("inhaled his whole dinner in a minute"))
    assert ruled_out("online-meeting", normalise("meeting her school friend at the park tonight"))
    # sets 165-166: a question the writer meant to ask, then the case; "was X-ing" is the writer's account
    assert len(parts(normalise("meant to ask about the rota but a year 3 hasn't been collected"))) == 2
    assert not asks_in_general(normalise("was reviewing a plan and got a text from a 15yo"))
    # sets 163-164: a child in custody telling of those waiting is no abuser held
    assert not general_frame(normalise("boy in custody saying the men are outside"))
    # sets 161-162: the writer's own account is no question ("was on the phone to her and ..."); the mums met up
    assert not asks_in_general(normalise("was on the phone to her and he started hitting her"))
    assert ruled_out("online-meeting", normalise("the mums met up and he's a lad off her street"))


def test_urgency_a_child_plainly_well_now_is_not_outweighed_by_a_near_certain_neighbour():
    """Sets 151-154: a settled word gives way when both detectors are near certain, but a child plainly well now
    ("already back playing", "got him out, all fine") does not; a baby's head injury with no such word still does."""
    assert not assess(
        "my 3yo fell off the bed, little bump, already back playing", semantic=sure("baby-injury", 0.99)
    ).urgent
    assert not assess("stuck in the lift at school, got her out, all fine", semantic=sure("confined", 0.99)).urgent
    assert not assess(
        "locked in the bathroom, dad picked the lock, she was out in 5 minutes", semantic=sure("confined", 0.99)
    ).urgent
    assert assess("4 month old fell off the bed, lump on his head", semantic=sure("baby-injury", 0.99)).urgent


def test_urgency_sets_167_and_168_a_closing_please_advise_an_urgent_aside_and_a_neighbour_drawn_by_a_harmless_phrase():
    """Sets 167-168: a closing "please advise" after a report is no settled question; "- actually urgent" turns to the
    case; an old person's son is grown and "not a kid" names no child; a child laughing again, or a matter that has
    not happened again, is not outweighed by a neighbour; a neighbour that only a harmless phrase drew is no longer
    near without it, one that the rest of the message draws still is."""
    assert not general_frame(normalise("boy missing from the home since 3 pls advise"))
    assert (
        len(parts(normalise("quick q about the policy wording - actually urgent, a 13yo is meeting a man at 4"))) == 2
    )
    assert ruled_out("alone", normalise("elderly mum left alone all day while her son works"))
    assert ruled_out("held-trafficked", normalise("lost dog, not a kid"))
    assert not assess(
        "my 10mo bumped his head on the table, he's laughing now", semantic=sure("baby-injury", 0.88)
    ).urgent
    assert not assess(
        "mum left the 8yo for 20 mins last tuesday, says it wont happen again and it hasnt",
        semantic=sure("alone", 0.99),
    ).urgent

    def drawn_by_home(text):
        return ("self-harm-suicide",), 0.97 if "go home" in text else 0.1

    assert not assess("kid won't go home, loves soft play", semantic=drawn_by_home).urgent
    assert assess(
        "kid won't go home, says she'll end it, loves soft play", semantic=sure("self-harm-suicide", 0.97)
    ).urgent
    assert assess("lad went out the window 20 mins ago, its freezing out", semantic=sure("missing-now", 0.85)).urgent


def test_urgency_sets_169_and_170_a_name_and_age_materials_asked_for_and_a_harm_told_of_beside_an_everyday_cause():
    """Sets 169-170: a child "made to do rude things" is a cue; "- more important" turns; a lowercase name and an age
    ("kai 9 still not home") is a child; a call for materials ("tools?") and an injury found accidental are settled;
    a child who came out after minutes is well now; a club friend or a friendly dog rules out the neighbour's class; an
    everyday cause beside a harm told of ("turned the xbox off and said he'd batter him") is no everyday fear."""
    says = normalise("says stepdad makes her do rude things")
    assert "sexual-abuse-now" in acute(says) + at_risk(says)
    assert len(parts(normalise("can i get the form - more important, a 6yo says hes not going home"))) == 2
    assert concerns_a_child(normalise("kai 9 still not home"))
    assert general_frame(normalise("neglect screening tools?"))
    assert general_frame(normalise("the 4mo's fracture, deemed accidental"))
    assert not assess(
        "she locked herself in the bathroom after a row, came out after 10 mins", semantic=sure("confined", 0.99)
    ).urgent
    assert ruled_out("online-meeting", normalise("meeting a boy from his scouts tonight"))
    assert ruled_out("practitioner-danger", normalise("dog at the visit, friendly"))
    assert "scared-home" in acute(
        normalise("doesn't want to go home because dad turned the xbox off and said he'd batter him")
    )


def test_urgency_sets_171_and_172_a_parents_say_so_a_case_closed_a_friends_birthday_and_a_student_at_uni():
    """Sets 171-172: parents saying the baby is fine settle nothing; a weapon to be documented, a case closed and a
    test failed are settled; a friend's birthday, a soft dog at a visit and a student of adult age at university rule
    out the neighbour's class."""
    assert not general_frame(normalise("newborn in a cold flat, not feeding, mum and dad say hes fine"))
    assert general_frame(normalise("grandad keeps an air rifle in the shed, do we need to document it?"))
    assert general_frame(normalise("bruise on the 5mo, cp medical done, all closed now"))
    assert general_frame(normalise("she's worried about going home cos she failed her spelling test"))
    assert ruled_out("held-trafficked", normalise("going to her cousin's 18th tonight, dad's dropping her off"))
    assert ruled_out("practitioner-danger", normalise("a big dog bounded over at the visit, totally soft"))
    assert ruled_out("scared-home", normalise("student 20 scared to go home from uni at easter"))


def test_urgency_sets_173_and_174_no_kids_a_lesson_for_an_age_a_course_now_and_children_amused():
    """Sets 173-174: "no kids lol" names no child; whether a lesson suits an age, a list asked for and what to prepare
    are about practice; being on a course now places nothing now; children amused by it, or a child stuck for a minute,
    are well now (not a child someone thought it funny to shut in); a baby who slept long and woke is no neighbour."""
    assert ruled_out("alone", normalise("home alone this weekend, no kids lol"))
    assert general_frame(normalise("consent rse in y6 too early?"))
    assert general_frame(normalise("high risk countries list pls"))
    assert general_frame(normalise("what should we prepare for the joint visit tomorrow?"))
    assert general_frame(normalise("she left the baby alone last month, she's on a parenting course now"))
    certain = sure("confined", 0.99)
    assert not assess(
        "the kids locked grandad out in the garden, they thought it was hilarious", semantic=certain
    ).urgent
    assert not assess("ollie got stuck in the toy box for a minute, he's fine now", semantic=certain).urgent
    assert assess("he thought it was funny to lock her in the cupboard, she's still in there", semantic=certain).urgent

    def drawn_by_waking(text):
        return ("neglect-now",), 0.9 if "wake" in text else 0.1

    assert not assess("baby didnt wake for her feed until 9am, slept 11 hours", semantic=drawn_by_waking).urgent


def test_urgency_sets_175_and_176_hands_in_underwear_an_actual_turn_what_to_record_and_no_children_linked():
    """Sets 175-176: hands inside a child's underwear is a cue; "- actually we're ..." turns to the writer's case; what
    to record is about practice; "no kids linked" names no child."""
    told = normalise("says her stepdad puts his hands in her pants when mum's at work")
    assert "sexual-abuse-now" in acute(told) + at_risk(told)
    assert parts(normalise("query re mileage - actually we're stuck in the flat, he's kicking off"))[-1].startswith(
        "actually"
    )
    assert general_frame(normalise("mum had fgm as a girl, she's pregnant with a girl, what should I document?"))
    assert ruled_out("weapons", normalise("man known to carry a blade, no kids linked"))


def test_urgency_sets_177_and_178_one_of_mine_no_kids_everyone_fine_and_support_in_place():
    """Sets 177-178: "one of mine" and a fear of home beside marks are a child, "no kids" names none, and strong words
    give way when the wording rules out the neighbour's class; everyone fine, a crisis team involved and "worth
    flagging?" are settled; a graze and a parent's own partner met online rule out the neighbour's class."""
    assert concerns_a_child(normalise("one of mine just posted a pic of pills"))
    assert concerns_a_child(normalise("frightened to go home tonight, marks on arms"))
    assert not concerns_a_child(normalise("man collapsed in the car park, no kids"))
    assert not assess(
        "adult found unconscious in the park, no kids, ambulance took him", semantic=sure("neglect-now", 0.97)
    ).urgent
    assert general_frame(normalise("the 12yo minded her brother for an hour on friday, everyone was fine"))
    assert general_frame(normalise("mum has suicidal thoughts and is open to the crisis team"))
    assert general_frame(normalise("dad drinks most nights, worth flagging?"))
    assert ruled_out("baby-injury", normalise("Charlie 3 fell in the garden, grazed knee, plaster on"))
    assert ruled_out("online-meeting", normalise("mum met her new partner online and he's moving in next month"))


def test_urgency_sets_179_and_180_and_then_a_friend_at_school_back_and_fine_and_anger_on_the_phone():
    """Sets 179-180: "and then told me" turns to what a child said after an everyday question; a boyfriend at the same
    school and anger on the phone rule out the neighbour's class; back and fine, "for the record" and a repair asked
    for are settled."""
    assert len(parts(normalise("she asked about the trip letter and then told me her uncle is picking her up"))) == 2
    assert ruled_out("online-meeting", normalise("met a lad online, he's at the same school as her"))
    assert ruled_out("practitioner-danger", normalise("mum got abusive on the phone, I hung up"))
    assert general_frame(normalise("he went awol last night, hes back now and fine"))
    assert general_frame(normalise("he stayed at his mates without telling anyone, just for the record"))
    assert general_frame(normalise("the car was roasting after the visit, can we get it fixed"))


def test_urgency_sets_181_and_182_a_school_trip_a_past_case_asked_after_materials_and_a_child_well_now():
    """Sets 181-182: "we're on a school trip" is the writer's account, no question; a past case asked after, anything
    to record and tools asked for are about practice or settled; a party at a friend's house rules out a child held;
    a child running round laughing is well now even in the present tense."""
    assert not asks_in_general(normalise("we're on a school trip and a year 4 is not with the group"))
    assert general_frame(normalise("a baby was left in a car at the school gates, what did we end up doing with that?"))
    assert general_frame(normalise("grandad's air rifle is in the loft, anything to record?"))
    assert about_practice(normalise("tools for talking to kids about home?"))
    assert ruled_out(
        "held-trafficked", normalise("kids going to a party tonight at their mate's house, parents hosting")
    )
    assert general_frame(normalise("my 2yo banged his head on the table, small lump but hes running round laughing"))


def test_urgency_sets_183_and_184_food_eaten_a_love_match_and_a_threat_to_complain():
    """Sets 183-184: too many pies eaten is no ingestion, however near the neighbour; a couple who met and chose each
    other is no forced marriage; a threat to complain is no danger to the worker; plural shorthand is spelt out."""
    assert ruled_out("ingestion", normalise("ate far too many sprouts at lunch"))
    assert not assess("ate way too many mince pies, send help", semantic=sure("ingestion", 0.99)).urgent
    assert not assess(
        "dad threatened to complain to ofsted, what do i do?", semantic=sure("practitioner-danger", 0.5)
    ).urgent
    assert normalise("sent 3 msgs and 2 txts") == "sent 3 messages and 2 texts"


def test_urgency_sets_185_and_186_a_term_to_explain_an_order_asked_after_and_whether_to_share():
    """Sets 185-186: a term to explain, an order asked after ("EPO if ..."), and whether to share a fact are about
    practice; an adult's history shared is no overdose now."""
    assert general_frame(normalise("safeguarding supervision - meaning?"))
    assert general_frame(normalise("EPO if dad refuses to hand her over?"))
    assert general_frame(normalise("dad uses cocaine at weekends, should we share that with the hv?"))
    assert not assess("mum's partner has a history of overdoses, do I share that with the sw?").urgent


def test_urgency_sets_187_and_188_found_with_medicine_a_name_and_age_and_a_settled_rest():
    """Sets 187-188: a child found with a medicine is no child found safe; a name and a bare age, then something
    swallowed, is a child; a lone working app showing no movement is no settled policy; a child got out and fine is
    well now; strategies asked for are about practice; the last one in the office is no danger on a visit; a neighbour
    whose rest is settled once the harmless phrase (and its "tonight") is gone is no emergency."""
    assert not general_frame(normalise("the 2yo was found holding an open bottle of methadone"))
    assert concerns_a_child(normalise("Ollie 6 swallowed something from the garage"))
    assert not general_frame(normalise("visit overran, lone working app shows no movement for an hour"))
    assert not assess(
        "year 2 got stuck in the lift earlier, we got her out and she was fine", semantic=sure("confined", 0.99)
    ).urgent
    assert general_frame(normalise("nervous year 6 going to secondary, any coping strategies?"))
    assert ruled_out("practitioner-danger", normalise("last one in the office tonight"))
    assert not assess(
        "party tonight for my son's 8th, he's so excited lol", semantic=sure("self-harm-suicide", 0.8)
    ).urgent


def test_urgency_sets_189_and_190_fine_at_the_end_safe_now_whether_it_counts_and_everyday_words():
    """Sets 189-190: a child fine at the end of the account, an adult now in a safe house, and a threat explained as
    siblings bickering are settled; whether something counts as harm, the whole message and not placed now, and
    helplines to pass on are about practice; parents at a wedding, party food scoffed, a baby asleep after a feed and
    a chore made to do rule out their classes."""
    assert general_frame(normalise("left the 13yo for an hour while i went to the shop, he was fine"))
    assert general_frame(normalise("adult man trafficked for labour, now in a safe house, who leads?"))
    assert general_frame(normalise("the 'ill kill you' was just the twins bickering over the remote"))
    assert about_practice(normalise("is it neglect if a 14yo makes his own tea most nights?"))
    assert not about_practice(normalise("is it grooming if he's picking her up in an hour?"))
    assert not about_practice(normalise("is it abuse if he's locked in his room? he's been in there since 3"))
    assert about_practice(normalise("any support groups we can recommend for dads?"))
    assert ruled_out("travel-fm-fgm", normalise("16yo home while her parents are at a wedding"))
    assert ruled_out("ingestion", normalise("toddlers scoffed all the party food"))
    assert ruled_out("neglect-now", normalise("baby sound asleep after his bottle"))
    assert ruled_out("sexual-abuse-now", normalise("mum makes her do the hoovering"))


def test_urgency_sets_191_and_192_accents_an_afterthought_minutes_taken_and_settled_accounts():
    """Sets 191-192: an accented letter is its plain letter; "- oh, and" turns to the case; minutes taken are no
    tablets taken; recovering is no event now; getting a child out and "she's fine" is well now; a programme watched,
    no harm for months and a case asked to close are settled; a meeting the parents refused, and a child climbing the
    walls indoors, rule out their classes."""
    assert normalise("Pokémon cards for Zoë") == "pokemon cards for zoe"
    assert len(parts(normalise("the PSHE scheme - oh, and a year 7 has just said her uncle hurts her"))) == 2
    assert "self-harm-suicide" not in acute(normalise("took 20 minutes to get her settled"))
    assert general_frame(normalise("worker was punched on a visit last year, she's recovering well"))
    assert not assess(
        "my 2yo locked herself in the loo, took 5 minutes to get her out, shes fine", semantic=sure("confined", 0.99)
    ).urgent
    assert general_frame(normalise("watched that FGM documentary on iplayer, harrowing"))
    assert general_frame(normalise("hasn't self harmed for 6 months, can we step down?"))
    assert general_frame(normalise("cin plan ended, ok to close?"))
    assert ruled_out("online-meeting", normalise("wants to meet a lad from roblox but mum said no"))
    assert ruled_out("neglect-now", normalise("the twins are climbing the walls, stuck inside all week with the rain"))


def test_urgency_sets_193_and_194_fine_since_a_fortnight_ago_a_list_asked_after_and_an_adult_by_age():
    """Sets 193-194: fine ever since, a fortnight ago and a parent who rang ahead are settled; whether someone is on
    the approved list, and a system asked about, are about practice; "after the conference" is no conference; an adult
    described by age is no child; a sibling hogging the telly is an everyday fear."""
    assert general_frame(normalise("had a bump on the head, has been fine ever since"))
    assert general_frame(normalise("baby rolled off the sofa a fortnight ago"))
    assert general_frame(normalise("new partner collecting the kids at 3, mum had rung ahead"))
    assert about_practice(normalise("grandad picking her up, is he on the approved list?"))
    assert about_practice(normalise("should we set up a password system for collections?"))
    assert not general_frame(normalise("dad followed me out after the conference, shouting"))
    assert ruled_out("held-trafficked", normalise("adult male, 25, exploited on a farm"))
    assert "scared-home" not in acute(normalise("doesnt want to go home because her sister hogs the tv"))


def test_urgency_sets_195_to_206_shorthand_turns_and_words_read_as_the_writer_means_them():
    """Sets 195-206: a child who won't talk about it is no talk booked; "perp", "ooa" and "bc" spelt out, "leaver" no
    "leave" misspelt; ", but there's" turns to the case; a neighbour read again on a single word left is no neighbour;
    "kill me now" opening a sentence is the writer's hyperbole, not "he'll kill me now"; "found her tablets" finds no
    child; a baby "going blank" is a symptom; a child going home to an empty house is no writer's evening; a danger felt
    last week is no danger now."""
    assert not about_practice(normalise("she wont talk about it"))
    assert normalise("perp ooa") == "perpetrator out of area"
    assert len(parts(normalise("quick q about the form, but there's a man at the gate with a knife"))) == 2
    assert not assess("toddler up all night, im shattered", semantic=sure("practitioner-danger", 0.9)).urgent
    assert "practitioner-danger" not in acute(normalise("kill me now, another audit"))
    assert "weapons" in acute(normalise("he said hell kill me now"))
    assert normalise("care leaver") == "care leaver"
    assert "because" in normalise("wont go home bc of chores")
    assert not general_frame(normalise("found her tablets in the bathroom, she's 4"))
    assert not asks_in_general(normalise("baby keeps going blank"))
    assert not about_practice(normalise("she's going home to an empty house tonight"))
    assert "practitioner-danger" not in acute(normalise("felt unsafe on a visit last week"))


def test_urgency_the_men_known_from_before_a_man_not_on_the_list_and_coding_a_record():
    """Sets 115-117: the men known from last week are back now, and a man not on the collection list is at the gate:
    neither is framed; how to code a record is about practice."""
    assert not general_frame(normalise("picked up by the same men from last week"))
    assert not general_frame(normalise("man not on the collection list is at the gate"))
    assert about_practice(normalise("how do we code it when mum has FGM"))
    # sets 131-132: the child's own exam is no training exam; a pet left alone is no child left alone
    assert not about_practice(normalise("planned it for after her last exam"))
    assert "alone" not in at_risk(normalise("the cat's been left alone all weekend"))


def test_urgency_sets_121_and_122_rule_out_an_adult_an_everyday_fear_and_an_accompanied_meeting():
    """Sets 121-122: an adult with no child, a fear of home with an everyday cause, a meeting an adult goes to, alone at
    work, a cut-off wifi; "littluns" are children; "after conference" is a time, not a conference. A care leaver still
    seventeen is a child, and a fear of home over a phone taken is a fear of what will happen there."""
    assert "scared-home" not in acute(normalise("adult client scared to go home to her partner"))
    assert "self-harm-suicide" in acute(normalise("care leaver, he's 17, says he'll end it tonight"))
    assert "scared-home" in acute(normalise("scared to go home coz of the phone thing, dad'll go mad"))
    assert "scared-home" not in acute(normalise("scared to go home after the burglary"))
    assert "online-meeting" not in acute(normalise("meeting a lad from a gaming forum at 2, I'll be sat nearby"))
    assert "alone" not in at_risk(normalise("left alone in the office again"))
    assert "travel-fm-fgm" not in at_risk(normalise("her wifi's been cut off tonight"))
    assert concerns_a_child(normalise("two littluns in the flat"))
    assert not general_frame(normalise("after conference the 4yo told me dad hurts her"))


def test_urgency_sets_123_and_124_a_fear_had_before_no_meetups_and_a_little_one_who_has_swallowed_something():
    """Sets 123-124: a fear had before or of a noise is no fear of home now; "no meetups" is no meeting; a sleepover is
    an everyday cause; "nan just showed me" has just happened; a baby who has bitten into something is now, whatever
    the emoji."""
    assert "scared-home" not in at_risk(normalise("she was scared of her stepdad back then"))
    assert "scared-home" not in at_risk(normalise("scared of the noise at the fireworks"))
    assert "online-meeting" not in acute(normalise("chats on roblox with a lad from school, no meetups"))
    assert "scared-home" not in acute(normalise("scared to go home after the kids sleepover"))
    assert just_happened(normalise("the gp just showed me"))
    assert not general_frame(normalise("toddler's swallowed a magnet lol"))


def test_urgency_sets_125_and_126_odd_a_sense_check_a_place_and_an_accompanied_meeting():
    """Sets 125-126: "odd" is odd (only "OD'd" is overdosed); a sense check before a write-up turns to the case; "just
    swallowed" has just happened; a drop-in session where a child was lost is a place, not an event; a child asking
    to sleep at school is no settled question; a meeting the family goes to too is no meeting with a stranger."""
    assert "overdose" not in normalise("her breathing sounded odd")
    assert "overdosed" in normalise("he's OD'd on his mum's meds")
    assert len(parts(normalise("sanity check - the 6 week old is floppy"))) == 2
    assert just_happened(normalise("little one just swallowed it"))
    assert not about_practice(normalise("lost a 3yo at the drop-in session"))
    assert not general_frame(normalise("asked if he can sleep at school"))
    assert "online-meeting" not in acute(normalise("meeting her pen pal from the online club, we're going too"))


def test_urgency_sets_127_and_128_a_weapon_now_a_failed_app_a_link_and_no_concerns():
    """Sets 127-128: a weapon in the house now outweighs last week; a lone worker app that is not working is no settled
    policy; a link not found is no child not found; "no safeguarding concerns" is the writer's judgement, now or not;
    fine after a nap and fussy eating are everyday."""
    assert not general_frame(normalise("there's a knife on the side, his mate was stabbed last year"))
    assert not general_frame(normalise("lone worker app not working, he says I'm not leaving"))
    assert "missing-now" not in acute(normalise("I can't find the link for the training"))
    assert about_practice(normalise("no safeguarding concerns tonight"))
    assert general_frame(normalise("she was fine after a nap"))
    assert general_frame(normalise("fussy eater, refused all dinner except pasta"))


def test_urgency_sets_129_and_130_already_there_a_frantic_parent_and_a_time_due_back():
    """Sets 129-130: "she's already there" places the case now; a parent frantic, or a fear of going home to a parent
    drinking, concerns a child; "due back at placement at 4" is no settled return; "totally fine", a support group and
    a survey's results are look-alikes."""
    assert placed_now(normalise("she's already there"))
    assert concerns_a_child(normalise("not back, mum frantic"))
    assert concerns_a_child(normalise("scared to go home, dad's drunk"))
    assert not general_frame(normalise("due back at placement at 4"))
    assert general_frame(normalise("he's totally fine"))
    assert general_frame(normalise("support group meets online"))
    assert about_practice(normalise("survey results on violence against staff"))


def test_urgency_a_feeling_play_and_an_organisation_are_no_emergency_cues():
    """Sets 115-116 and their refit: feeling alone is no child left alone; the writer's own toddler "threatening" them
    at play endangers nobody; a toy gun is no weapon; "the Salvation Army" names no person."""
    assert "alone" not in at_risk(normalise("feel so alone since the restructure, he's gone"))
    assert "alone" in at_risk(normalise("feels like she's been left alone all day"))
    assert "practitioner-danger" not in acute(normalise("my toddler is threatening me with a wooden spoon"))
    assert "practitioner-danger" in acute(normalise("my client is threatening me with a wooden spoon"))
    assert "weapons" not in acute(normalise("he's waving a toy gun at his sister"))
    assert not names_someone("she got a bed through the Salvation Army")
    assert "so called procedure" in normalise("taken for 'the procedure'")  # set 119


def test_urgency_a_child_of_twelve_or_more_alone_is_no_young_child_alone():
    """Set 93: "12yo home alone after school - advice?" was an emergency; a younger one with them still is."""
    assert "alone" not in acute(normalise("15yo home alone tonight, thoughts?"))
    assert "alone" in acute(normalise("13 year old home alone with the baby"))
    assert "alone" in acute(normalise("8yo home alone"))


def test_urgency_names_where_someone_is_and_a_carer_away_until_a_time():
    """Sets 93-94: "Chloe in the grey car again" and "but Josh just posted goodbye" named nobody; "mum's at work till
    9" after a question did not place its case now; "bubs" was no baby."""
    assert names_someone("Maisie in a van outside")
    assert names_someone("all quiet. but Josh just rang")
    assert not names_someone("Honestly just want a brew")
    assert placed_now(normalise("dad's out until midnight"))
    assert concerns_a_child(normalise("bubba is floppy"))
    assert not general_frame(normalise("the car is outside again, same one as last week"))
    assert not asks_in_general(normalise("the girls keep going to the window"))


def test_urgency_the_writer_alone_with_the_children_and_a_foster_carer():
    """Set 95: "Home Alone with the kids tonight" was a child alone; set 96: "Mo not back, foster carer frantic" was
    about nobody."""
    assert "alone" not in acute(normalise("home alone with the kids this weekend"))
    assert "alone" in acute(normalise("toddler home alone"))
    assert concerns_a_child(normalise("foster mum panicking"))
    assert not general_frame(normalise("between the printer and the office, Ava told me"))


def test_urgency_a_wee_one_a_class_of_yr8s_and_the_writers_own_children():
    """Set 97: "a wee one maybe 2" and "one of my yr8s" were no child; set 95 after a refit: the writer's evening with
    the children was one; "is it ok for me to go in?" is the writer at the door, "leaving a 12yo ...?" a question."""
    assert concerns_a_child(normalise("a wee one at the door"))
    assert concerns_a_child(normalise("one of my yr9s said"))
    assert not concerns_a_child(normalise("home alone with the kids tonight"))
    assert not asks_in_general(normalise("is it ok for me to go in?"))
    assert asks_in_general(normalise("leaving a 13yo for the evening?"))


def test_urgency_a_cover_call_someone_over_the_writer_and_a_child_beside_them_are_now():
    """Set 100: "all fine here ... ring me in 5 with the 'urgent meeting' excuse" read as settled; "what do i do if the
    uncle is standing over me" as a question in general; "asking for Jess, she's sat next to me and it's home time"
    placed nothing now."""
    assert not general_frame(normalise("all fine here, call me in ten with the dentist excuse"))
    assert not asks_in_general(normalise("what should i do if dad is stood over me"))
    assert placed_now(normalise("she's sitting beside me"))
    assert placed_now(normalise("it's nearly hometime"))


def test_urgency_forms_sets_101_and_102_and_their_refit_found():
    """Sets 101-102 and a refit: A&E or the GP, too soon for 999; where the child is after a question; the abuser's
    contact again today; a long dash; a simile; "can we stop ...?"; a terse report of symptoms naming nobody."""
    assert weighs_emergency_route(normalise("does she need A&E or can we see the GP?"))
    assert weighs_emergency_route(normalise("is it too early to call 999?"))
    assert placed_now(normalise("she's in the medical room"))
    assert not general_frame(normalise("he hurt her at contact last week, contact is again tonight"))
    assert (
        parts(normalise("sorry to ping during the training \u2014 Ella just said"))[-1].strip(" -") == "ella just said"
    )
    assert not concerns_a_child(normalise("i cried like a baby at the film"))
    assert not asks_in_general(normalise("can we stop him getting in the car?"))
    assert assess("grey and floppy, not responding").urgent
    assert not names_someone("drop-in Weds at the hub")


def test_urgency_forms_sets_103_and_104_found():
    """Set 104: live situations asked as questions ("is it safe to go in if he is holding a knife?", "if the dog's been
    set on me", "he's got training with him at 6"), "scrap that", a car just pulled up, a child who seems sleepy; set
    103 and a refit: "is it my place to ring 999?", "keeps going sleepy" is a symptom now."""
    assert not asks_in_general(normalise("is it safe to go in if he is holding a knife?"))
    assert not asks_in_general(normalise("what do i do if the dog's been set on me"))
    assert not asks_in_general(normalise("is it a same day strategy if he's got football with him at 6?"))
    assert len(parts(normalise("re the form - actually scrap that, Ava's gone"))) == 2
    assert placed_now(normalise("a car's just pulled up"))
    assert placed_now(normalise("she looks really drowsy"))
    assert weighs_emergency_route(normalise("is it my place to ring 999?"))
    assert not asks_in_general(normalise("baby keeps going sleepy"))
    # a training question weighing 999 against 101 is about practice, not the writer's own case
    assert about_practice(normalise("Training q: is a drunk parent always a 999?"))


def test_urgency_forms_sets_105_and_106_found():
    """Sets 105-106: "the littles" are children; the abuser at home when the child gets back is now; a strategy
    discussion today or tomorrow weighs an urgent route."""
    assert concerns_a_child(normalise("littles on the step"))
    assert not general_frame(normalise("if she says it, and he's the one at home when she gets back?"))
    assert weighs_emergency_route(normalise("is it a strategy today or tomorrow?"))


def test_urgency_a_schoolgirl_is_a_child():
    assert concerns_a_child(normalise("schoolgirl at the bus stop"))


def test_urgency_forms_sets_109_and_110_found():
    """Sets 109-110: "scared 2 go home"; marks from last time; a question about the case at hand ("for this - ..."); the
    child named with an age, now, after a question."""
    assert normalise("scared 2 go home") == "scared to go home"
    assert concerns_a_child(normalise("scared 2 go home"))
    assert not general_frame(normalise("her dad will kill her, she's still got bruises from last time"))
    assert len(parts(normalise("is there a form for this - its 3pm and Kai is crying"))) == 2
    assert turns_live(normalise("it's Noor, 5 months, in the waiting room now"))
    # a QA question after a refit: a place, then the question
    assert asks_in_general(normalise("in Leeds what happens after three referrals?"))


def test_urgency_forms_sets_111_and_112_found():
    """Sets 111-112: "is it an emergency", "do we break the window"; a carer already at the gate after a question; a
    baby's breathing and "last time she ..." now; "asking bc"; a baby toe is the writer's."""
    assert weighs_emergency_route(normalise("is this an emergency?"))
    assert weighs_emergency_route(normalise("should i smash the glass?"))
    assert placed_now(normalise("mum's already at the door"))
    assert not asks_in_general(normalise("is it normal for a baby to be breathing funny?"))
    assert len(parts(normalise("do we have the policy on sharepoint asking bc Zara's just said"))) == 2
    assert not concerns_a_child(normalise("stubbed my baby toe"))


def test_urgency_forms_sets_113_and_114_found():
    """Sets 113-114: "swallowed 2 magnets??" named no child; "can I just leave?" is the writer at the scene; a young
    person's news ("has just got an apprenticeship") and "left safely" are no live matter."""
    assert concerns_a_child(normalise("swallowed 3 magnets"))
    assert not asks_in_general(normalise("can i just leave? he's got a knife"))
    assert general_frame(normalise("the lad from the exploitation case last year has just got an apprenticeship"))
    assert general_frame(normalise("mum shouted at me on the visit, I left safely"))


@pytest.mark.parametrize(
    "question",
    [
        "FGM vs male circumcision, what does the law say?",
        "is this HSB or just curiosity",
        "what room temperature is safest for a newborn",
        "themes from the local drowning reviews",
        "water safety campaign message for parents",
        "what should our agreement say about medicines",
        "40% of teachers report being threatened, according to the research",
        "that knife crime podcast is really powerful",
        "learning summary on baby deaths please",
        "could you double up on tomorrow's home visit",
        "calpol and nurofen at the same time safe?",
        "CSE vs CCE?",
        "MASH process for a child moving in from another area?",
        "any holiday clubs locally for a family on a budget?",
        "grandad has an air rifle, does it need recording?",
        "attendance policy example please",
        "science practical with bunsen burners, RA?",
        "off-site for sports day, do I mark them as present?",
        "is CSE the same as CCE?",
        "group supervision: cases where a child was afraid of home",
        "going home to an empty house, kids at their dads",
        "why is bleach harmful? science lesson",
        "Learning review: baby left alone in the bath",
        "where should medicines be kept when there's a baby in the flat?",
        "missing from care policy link please",
        "baby bruising policy v2",
        "my boss is grooming me for promotion lol",
        "'worried about home?' stickers for the loos - still available?",
        "lone working policy, which page is the buddy system on?",
        "he keeps eating sand, is this a phase?",
        "Skyguard app login not working",
        "reports of sextortion doubled in a year",
        # sets 247-252
        "first night out since the baby arrived, nervous lol",
        "that thread on the staff forum is worth a read",
        "lol i've gone missing from our weekly call",
        "my shoulders are killing me from lifting the twins",
        "if my son leaves one more wet towel on the floor I'll scream",
        "what should I be looking for during home visits re meds?",
        "canteen closed again, starving",
        "question for the MASH team - if an 8yo walks home alone is that neglect?",
        "my partner's made a lasagne, scared to go home",
        # sets 253-256
        "night feeds are no joke",
        "if a dad gets aggressive on a video call, should I end it?",
        "who's our child trafficking guardian now?",
        "firearms licensing notification came in, who logs it?",
        # sets 257-260
        "the NCMD annual report",
        "should we still keep the case open if dad has moved out?",
        "NHS page on button batteries - anyone got the link?",
        "EPO or police protection, which is it if a parent refuses to hand over?",
        "staying late, the office has air con",
        "the meeting is online, not in person, link's in the chat",
        # sets 261-264
        "April fools prank: kids 'locked' me in the office",
        "Hot weather: never leave babies in cars",
        "hot car leaflet in Urdu please",
        "whats our line if a yp ever says they're meeting someone from discord?",
        "teething again, she's screaming and so am I lol",
        # sets 265-268
        "on hold 20 mins, want to die",
        "gonna strangle him over the towels",
        "my lads are dragging me to karaoke tonight, want to die",
        "what if a family says they're off to a high prevalence country for the summer, what do we watch for?",
        # sets 269-272
        "script for if a child won't leave?",
        "trapped in this job lol",
        "sense-check my draft referral pls",
        # sets 273-276
        "learning focus this term: neglect",
        "I've just demolished a whole box of heroes",
        "any car seat recs?",
        "watching a programme tonight about a girl forced to marry abroad, so good",
        "question: if a pupil says dad hit mum last week but he's moved out, is that still a same day referral?",
        # sets 277-278
        "baby threw my keys in the bin lol",
        "wet play again, they're feral",
        "fuel voucher arranged for friday",
        # sets 279-282
        "spaces left on the DSL course",
        "rolling out the new app in jan",
        "referrals for 2022?",
    ],
)
def test_urgency_questions_the_sets_from_195_found_are_about_practice(question):
    """Sets 195-230, in new words (sets 195-206: medicines together, one term against another, a process, local
    schemes, whether to record, a policy example, a risk assessment, the register, "the same as", a supervision
    header, a lesson, an empty house with the kids elsewhere; then): a comparison, whether play is harmful sexual
    behaviour, a room's temperature, a review's themes, a safety campaign, what a plan should say, a survey's share,
    a programme judged, learning asked of reviews, a second worker asked for a visit ahead."""
    assert about_practice(normalise(question))


@pytest.mark.parametrize(
    "account",
    [
        "mum has got childcare sorted",
        "the case is closing next week",
        "he'd much rather be with his mates",
        "she's 15 like him and both sets of parents know",
        "adult client, no contact with kids",
        "the 15 year old is in charge of the little ones till 6",
        "I'm collecting her from the disco at 9",
        "GP appointment has been booked",
        "'dad will kill me' he says about breaking his phone",
        "she was abused in her own childhood",
        "the abuser is dead",
        "GP and crisis team involved",
        "he's eaten too many sweets",
        "ate a whole box of Quality Street at break",
        "fell off his bike, grazed but fine",
        "wandered off at the zoo, found in 15 mins by a keeper",
        "ran off at the fair, found within five minutes",
        "not eating much, nursery say it's just a phase",
        "family talking about marriage, nothing arranged yet",
        "twenty years on they are still married",
        "dad will kill me if I'm home late",
        "she has no contact with him now",
        "she was groomed when she was 12, now 20",
        "scared of the dentist tomorrow, bless her",
        "he was convicted in 2019, she's asking about compensation",
        "fell off the climbing frame, fine",
        "no heating in the flat, kids are warm now",
        "locked herself in the loo, came out giggling",
        "meter topped up now",
        "fell off the slide, fine and playing",
        "baby bumped his head, crawling around laughing",
        "nan picked them up, lovely",
        "nursery kid cries at pick up as she loves it here, bless",
        "feeds dropped off, GP says that's normal",
        "grandad has a shotgun licence, kept in a cabinet",
        "the kids at the party were wild, only just made it out alive",
        "updating her safety plan after the overdose",
        "should I ask for a joint visit, history of weapons",
        "locked in meetings all afternoon",
        "archive: a child found in a locked room, proceedings concluded",
        "not eaten since lunch, starving",
        "no self harm for 3 months",
        "Closed: the teenager with the machete, YOT involved",
        "follow-up: the girl from the refuge is much happier",
        "demolished a whole pizza in minutes, send help",
        "exploitation session Tuesday",
        "smacked my knee on the desk",
        "sourdough starter died, devastated",
        "Nursing Times piece: nurses assaulted on home visits",
        "stuck in the loo earlier, maintenance have fixed it",
        "county lines session, year 10, Monday",
        # sets 247-252
        "obsessed with Home Alone this week",
        "Safety plan agreed with mum on Friday",
        "biscuits in the staff room, we are not safe",
        "FGM procedure version 2 attached",
        "his friend is also 14, they met at school",
        # sets 253-256
        "Mo's CCE risk now low",
        "they never want to go home after camp!",
        "abuse by a coach decades ago",
        # sets 257-260
        "NFA'd, dad was in the next room all along",
        "mum's in refuge now with the kids, just logging",
        # sets 265-268
        "fine after a nap",
        "heating's back on, voucher was sorted",
        "biscuit tin open in the staff room",
        # sets 269-272
        "previous concerns about neglect, now linked with early help",
        "return flights booked for the family trip",
        "all risks are now mitigated",
        # sets 277-278
        "first proper bruise from the coffee table",
        "fine within 5 minutes, back to playing",
        "it's Mia's birthday party on Saturday",
        # sets 279-282
        "case concluded, back in school",
    ],
)
def test_urgency_accounts_the_sets_from_195_found_are_settled(account):
    """Sets 195-230, in new words (sets 195-206: no contact, an age in the past, an affectionate close, a conviction
    years ago, ", fine", warm now, coming out giggling, topped up now, fine and playing, crawling around laughing,
    "lovely"; then): childcare sorted, a case closing, a preference for friends, a boyfriend her age the parents
    know, an adult with no contact with children, a teenager in charge, the writer collecting, an appointment made;
    a threat quoted over a lost belonging, an adult's own childhood, an abuser dead, services involved, sweets and
    chocolates; fine after "but", found within minutes (no countdown), a phase, nothing arranged yet, years on, a
    parent's anger at lateness."""
    assert general_frame(normalise(account))


@pytest.mark.parametrize(
    ("cls", "message"),
    [
        ("missing-now", "he's lost another water bottle"),
        ("held-trafficked", "picked up by the minibus after the match"),
        ("scared-home", "refused to leave the park, typical toddler"),
        ("online-meeting", "meeting mates from her class in town"),
        ("sexual-abuse-now", "staying at nan's on friday, the girls are buzzing"),
        ("scared-home", "nervous to go home and tell dad about her detention"),
        ("missing-now", "my 15 year old has gone missing in her room, only comes out for dinner"),
        ("confined", "she's locked herself in the bathroom to do her makeup"),
        ("scared-home", "wouldn't go home after camp, had such fun"),
        ("online-meeting", "meeting a girl from her class he met on roblox, I know her mum"),
        ("held-trafficked", "she's at a disco tonight, her mum's collecting at 10"),
        ("violence-now", "going to a party tomorrow, dropping him off at 3"),
        ("alone", "grandad has dementia and is on his own till his daughter's back"),
        ("weapons", "knife surrender week at the station"),
        ("travel-fm-fgm", "sleepover next weekend for my twins, 8 girls"),
        ("baby-injury", "burnt the dinner and the baby's screaming"),
        ("scared-home", "too scared to go to bed after doctor who"),
        ("online-meeting", "meeting online chess friends at the library, a teacher is going too"),
        ("baby-injury", "my 2yo has bruises all over his shins"),
        ("travel-fm-fgm", "adult woman pressured to marry, no kids - who can help?"),
        ("scared-home", "mum will be upset because he lost his glasses"),
        ("ingestion", "the kids ate all the crisps"),
        ("self-harm-suicide", "this inspection will be the death of me"),
        ("practitioner-danger", "car's broken down on the a road"),
        ("held-trafficked", "10 year olds party tonight"),
        ("confined", "feeling cooped up in the flat"),
        ("scared-home", "doesnt want to go home because theyre moving house"),
        ("online-meeting", "meeting friends from school at the cinema tonight"),
        ("neglect-now", "toddler up all night with teeth, I'm shattered"),
        ("baby-injury", "baby shower at the weekend"),
        ("self-harm-suicide", "she's literally dying of embarrassment"),
        ("scared-home", "kid wont leave the class hamster"),
        ("neglect-now", "dad drunk after the wedding but mum is up with the baby"),
        ("scared-home", "doesnt want to go home because she has to do the washing up"),
        ("travel-fm-fgm", "were at a wedding tonight, the 16yo is home"),
        ("held-trafficked", "former young person, trafficked at 14, now 22"),
        ("neglect-now", "mum had wine, dad home and sober"),
        ("travel-fm-fgm", "my cousin's getting married in june"),
        ("scared-home", "sleepover tonight, nervous about sleeping away from home"),
        ("scared-home", "dont want to go home because its the school fair"),
        ("confined", "locked herself in her room in a strop"),
        ("travel-fm-fgm", "our cousin's nikah is in June in Karachi, can't wait"),
        ("scared-home", "adult resident scared to go back to her flat because of a mouse"),
        ("scared-home", "scared to go home because dad will be cross she broke her glasses"),
        ("baby-injury", "18 month old walking now, bruises on shins, normal?"),
    ],
)
def test_urgency_wording_the_sets_from_195_found_rules_out_the_class(cls, message):
    """Sets 195-230, in new words (sets 195-206: a parent cross over lost glasses, crisps eaten, the writer's
    hyperbole, a car broken down, a child's party, cooped up, moving house, friends from school, a night up, a baby
    shower, a pet not to be left, another carer up, chores, the writer at a wedding, a former young person, a carer
    home and sober, a relative getting married, nerves before a sleepover, a school fair, a strop; then): a lost
    belonging, a coach back from a trip, a tantrum at leaving, friends from class, children excited for a stay, news
    to tell at home; a teenager "missing" in his room, a child who locked herself in, too much fun, a classmate
    whose mother the writer knows, a family's own lift or party (a semantic neighbour with no cue); an old person
    with dementia and a grown child, a knife amnesty, burnt food, a scary programme, a teacher going too, bruised
    shins, an adult with no children."""
    assert ruled_out(cls, normalise(message))


def test_urgency_sets_207_to_220_turns_names_and_words_of_now_read_as_the_writer_means_them():
    """Sets 207-220: "we're one short" is the writer's account, not a question; "but I'm sat with", "but I'm on the
    visit now", "sorry can't talk", "- actually, I'm" and "but just had a call" turn to the case; a name before
    "climbed" names someone; harm disclosed as done every night is no habit asked about; "fc" is a foster carer; nobody
    come for the children outweighs "in custody"; "10 yrs on," is no age; "with gran's tablets" is no child with gran;
    a family's own lift never rules out a rule's cue or another adult collecting."""
    assert not asks_in_general(normalise("we're two short at the head count, everyone looking"))
    for message in (
        "was after the neglect toolkit but I'm sat with the baby and he's grey",
        "quick q on the CIN template, but I'm on the visit now and he's blue",
        "re the rota - sorry cant talk, dad's just kicked the door in",
        "lone working policy - actually, I'm in the flat and he's kicking off",
        "had a q about the toolkit, but just got a text - she's taken pills",
        "the safe sleep leaflet - actually the baby here has a lump on her head",
        "the lone working app - I'm literally sat in my car and he's kicking the door",
    ):
        assert len(parts(normalise(message))) == 2, message
    assert names_someone("Poppy climbed out the back window an hour ago")
    assert not asks_in_general(normalise("she told me her stepdad does it every night"))
    assert normalise("fc rang") == "foster carer rang"
    assert not general_frame(normalise("dad in custody since 9 and nobody has collected them"))
    assert normalise("married 10 yrs on, still happy") == "married 10 yrs on , still happy"
    assert not general_frame(normalise("found the 2yo with grans heart tablets, two gone"))
    assert not ruled_out("held-trafficked", normalise("an older man is collecting her from the party at 11"))
    assert not ruled_out("held-trafficked", normalise("dad's collecting at 11 but the men won't let her leave"))


def test_urgency_sets_223_and_224_a_found_medicine_a_man_met_last_week_and_a_matter_closed_beyond_a_neighbour():
    """Sets 223-224: "found her paracetamol" is no child found; men "she met last week" are with her now; a near-certain
    semantic neighbour and a rule's cue do not outweigh a matter closed beyond doubt (years ago, no contact now) as
    they outweigh a settled word."""
    assert not general_frame(normalise("the 3yo found her ibuprofen and ate some"))
    assert not general_frame(normalise("she's at a house with lads she met last week"))
    assert resolved(normalise("dad hit mum 4 years ago, he has no contact now"))
    assert not resolved(normalise("dad hit mum last night, he's outside now"))
    # sets 225-226: a household threatened with a weapon holds its children
    assert concerns_a_child(normalise("partner waving a knife threatening to stab us all"))
    assert not assess("dad hit mum 4 years ago, he has no contact now", semantic=sure("violence-now", 0.99)).urgent
    assert assess("dad hit mum last week, he's outside the house now", semantic=sure("violence-now", 0.99)).urgent


def test_urgency_sets_231_to_234_a_request_then_the_visit_a_call_for_help_the_writer_texted_and_an_order_today():
    """Sets 231-234: "- I'm in a flat" turns from a policy asked for to the visit; "can someone ring me" is a call for
    help, not a question in general; a child "texting me" is news of the child, not of the writer; a sentence opening
    on a verb names nobody; a name, an age and "n" is a child; the fear of home with the hour is reported; an order
    sought today weighs the emergency route; a crew "at scene" is no scene on television; a little one's "head-butt"
    is play."""
    assert len(parts(normalise("the lone working policy - I'm in a flat now and he's blocking the door"))) == 2
    assert not asks_in_general(normalise("can someone ring me with the red folder message"))
    assert not about_the_writer(normalise("on the roof, texting me goodbye"))
    assert not names_someone("Dreading parents evening tonight")
    assert concerns_a_child(normalise("tom's 14 n downed a bottle of gin"))
    assert concerns_a_child(normalise("terrified to go home, it's 6pm"))
    assert weighs_emergency_route(normalise("can we get an FPO today?"))
    assert not about_practice(normalise("paramedics threatened by the dad at scene"))
    assert not concerns_a_child(normalise("toddler head-butted me, lip split"))


def test_urgency_sets_235_to_238_the_address_who_else_a_name_before_never_and_the_parent_here_now():
    """Sets 235-238: "we're at the house" is the writer's account, not a question; "who else do I tell" is no question
    of whether to tell; a name before "never" names someone; a parent the question was about, here now, turns it live;
    a child begging to stay is no everyday "he'll kill me if I'm late"; a household's firearms are no weapon in the
    house; teeth coming through are settled, and chewing everything is no sign of now."""
    assert not asks_in_general(normalise("we're at the address, lad says he can't leave"))
    assert not general_frame(normalise("police called, who else do I tell?"))
    assert names_someone("Jay never got home")
    assert turns_live(normalise(" it's about her stepdad and he's outside now"))
    assert not general_frame(normalise("begging to stay, says 'mum'll kill me if I'm late'"))
    assert "weapons" not in acute(normalise("guns in the household, is that on the form"))
    assert general_frame(normalise("his teeth are coming through, he's chewing everything"))


def test_urgency_sets_239_to_242_a_dropped_g_missing_from_care_calm_awaited_and_the_writers_own_words():
    """Sets 239-242: a g dropped is read ("cryin"); missing from care is a child, its policy is not; a parent
    calming down is awaited, not settled; "be gentle with me" and a parent's question "at the school gate" place
    nothing now."""
    assert normalise("shes cryin") == "shes crying"
    assert concerns_a_child(normalise("missing from care since 6"))
    assert not concerns_a_child(normalise("missing from care policy review"))
    assert not general_frame(normalise("not allowed home until dad has calmed down"))
    assert general_frame(normalise("banged my head, be gentle with me"))
    assert general_frame(
        normalise("is there a legal age for leaving a child home alone? a parent asked me at the school gate")
    )


def test_urgency_sets_243_to_246_distress_after_a_full_stop_a_name_being_taken_and_a_live_worry_asked():
    """Sets 243-246: a fragment's "crying" after a full stop is the child in front of the writer; a name before
    "being" names someone; "should I be worried that Leo just ..." asks about what is happening, not in general."""
    assert concerns_a_child(normalise("locked in. crying."))
    assert names_someone("Mia being taken by two men")
    assert not asks_in_general(normalise("should I be worried that Leo just left with a man from Discord?"))


@pytest.mark.parametrize(
    "message",
    [
        "toddler doubled over screaming, think he swallowed a battery",
        "is the duty social worker still available? dad has a knife at the door",
        "Report: 6yo missing from the park right now",
    ],
)
def test_urgency_words_of_a_headline_a_trend_or_a_resource_do_not_make_a_live_report_a_question_about_practice(message):
    """A question about practice is never outweighed, so its words stay narrow: a child "doubled over" is no trend in
    figures, "still available?" may ask for a colleague, and "Report:" may open a live report, which words of now
    outweigh as they outweigh any settled word."""
    assert not about_practice(normalise(message))
    if "knife" not in message:  # the rules alone; the knife at the door needs the semantic detector beside them
        assert is_urgent(message)


@pytest.mark.parametrize(
    "message",
    [
        "The 14yo has written a note and walked out with a rope, police are aware - what now?",
        "Yr 6 at breakfast club won't go home later, says mum's boyfriend will do what he did last time",
        "13yo says she's being sent back to be cut in the half term, which starts monday - do i refer today?",
        "we're cornered in the kitchen, he's got a blade",
        "Foster carer: Jade has snuck out to meet an adult she found on a dating app",
    ],
)
def test_urgency_sets_247_to_252_a_note_and_a_means_a_threat_to_repeat_a_referral_today_and_a_dating_app(message):
    """Sets 247-252: a child gone out after a note or with a means of harm stays live though the police are told; a
    threat to do "what he did before" is ahead, not a past event; whether to refer today asks about a live case; "we're
    cornered" is the writer's plight now, not a question; a dating app is an adult's own only when no child is in the
    message."""
    assert is_urgent(message)


@pytest.mark.parametrize(
    "message",
    [
        "is it ok to send him home if he says stepdad does things when mum's on shift? she's on lates all week",
        "quick one re mileage... actually park that, Kai isn't anywhere on site",
        "Nursery: Sam (3) may have swallowed a coin battery, he seems absolutely fine. Do we just watch him?",
        "one of mine's just texted 'cant do this anymore sorry for everything' and isnt answering",
        "client's ex spotted outside the house with what might be a gun",
        "should a mark round her neck worry me if she did it this morning? she's 14, going home to an empty house",
    ],
)
def test_urgency_sets_253_to_256_sending_a_child_home_a_battery_perhaps_swallowed_and_whose_young_person(message):
    """Sets 253-256: whether to send a child home asks about the child now; a battery perhaps swallowed is live
    however well the child seems; "one of mine" is the writer's young person and a client's ex is the family's;
    marks round a neck since this morning place the question now."""
    assert is_urgent(message)


def test_urgency_sets_253_to_256_three_taken_along_is_no_overdose():
    """ "Taken 3 on at the cinema" counts children taken along, not tablets taken."""
    assert not is_urgent("took 3 along to the panto tonight")
    assert "self-harm-suicide" in acute(normalise("she's taken 3 with vodka"))


@pytest.mark.parametrize(
    "message",
    [
        "used to 'kid in car' calls every summer but this is a 1yo, red polo by the bins, no adults",
        "inset day today, but a dad left his 4yo at the gate and drove off, she's sitting by the door on her own",
        "is it ok if a carer locks a 6yo in her bedroom all night? neighbour says that's what's going on tonight",
    ],
)
def test_urgency_sets_257_to_260_from_the_usual_to_this_one_and_a_child_sat_on_their_own(message):
    """Sets 257-260: "but this is" turns from what happens every summer to the child at hand; a child sat on their own
    in front of the writer is now, whatever the day is (an inset day is a settled word, not a question about
    practice)."""
    assert is_urgent(message)


def test_urgency_sets_257_to_260_the_writers_home_alone_night_with_the_kids_names_no_child():
    assert not is_urgent("home alone evening with my boys 🎄")


@pytest.mark.parametrize(
    "message",
    [
        "is a date with a guy off snapchat who's older ok? Mia's heading out to meet him at 6",
        "can someone ring me with a fake emergency, the dad keeps getting in my face and won't let me past",
        "whats the number for 111 again haha - ok seriously, my 2yo got into the dishwasher tablets",
    ],
)
def test_urgency_sets_261_to_264_leaving_for_it_a_fake_call_and_a_joke_then_the_real_matter(message):
    """Sets 261-264: the child leaving for the meeting asked about places the question now; a fake call asked for is a
    cover call; "ok seriously" turns from a joke to what is happening."""
    assert is_urgent(message)


def test_urgency_sets_261_to_264_a_threat_with_a_licence_a_placement_and_a_matter_closed():
    """A gun licence is no settled word beside a threat to "end the lot of them"; a child with kinship carers now is
    placed, not in front of the writer; an abuser in prison with no contact, or abuse disclosed as historic, closes a
    matter beyond a near-certain neighbour; "just ... previously" is no word of now."""
    assert not general_frame(normalise("he said he'd end the lot of them and he has a shotgun licence"))
    assert not is_urgent("Baby's injury was last year, proceedings done, he's with kinship carers now")
    assert resolved(
        normalise("mum disclosed historic DV from her ex when she was pregnant, he's in prison now, no contact")
    )
    assert not is_urgent("what counts as high risk DV for a MARAC referral if he's just choked her previously?")


@pytest.mark.parametrize(
    "message",
    [
        "is it normal for a lady to come over from abroad to do a little procedure for my 6yo girl this weekend? mum"
        " mentioned it",
        "the girl said she'd 'become a woman' at her aunt's abroad, flights tomorrow, high prevalence country",
        "baby at contact has a lump on her head and keeps zoning out, sup wants to know if she should get an ambulance",
    ],
)
def test_urgency_sets_265_to_268_a_procedure_this_weekend_a_prevalence_country_and_whether_to_get_an_ambulance(message):
    """Sets 265-268: a "procedure" by someone come from abroad this weekend places the question now; a "high prevalence
    country" is a risk indicator, not a statistic; whether to get an ambulance weighs 999 for the case at hand."""
    assert is_urgent(message)


@pytest.mark.parametrize(
    "message",
    [
        "he's sat in reception refusing to leave, muttering about his stepdad and 'last time'",
        "non-mobile baby, two bruises on the ear, in my clinic room now, what's the pathway?",
        "Year 10 told a classmate she's getting the coach to Leeds tonight to meet a man off snapchat",
        "cant find leo anywhere near the rides been 20mins help",
        "at what age is it an offence for an adult to meet a child? asking as a yr 8 is on her way to meet one now",
    ],
)
def test_urgency_sets_269_to_272_a_child_refusing_to_leave_in_the_room_now_and_someone_not_found(message):
    """Sets 269-272: a child sat refusing to leave, or in the writer's room now, is now whatever was "last time" or
    whatever pathway is asked for; a classmate told is no peer met; someone not found anywhere for minutes is a person
    at risk though the name is typed in lower case; "on her way to meet one now" is the live matter after a question
    about the law."""
    assert is_urgent(message)


@pytest.mark.parametrize(
    "message",
    [
        "lunch chat got odd - Amy asked if it's normal for her stepdad to sleep in her bed, says he'll be home when she"
        " gets back",
        "is it ok for a 6yo to be looking after the baby while mum nips out? cos that's what I'm looking at, she left"
        " at 12",
        "sorry to interrupt the xmas do chat, I'm in my car outside the flat and he's banging on the window trying"
        " to get in",
        "can someone bring me the blue folder please, to my visit, now",
        "resi update: our girl went awol at midnight, still not back, she's 13",
    ],
)
def test_urgency_sets_273_to_276_home_when_she_gets_back_what_im_looking_at_and_a_call_for_the_blue_folder(message):
    """Sets 273-276: the abuser there when the child gets home, the question's case in front of the writer, and "still
    not back" place a message now whatever was asked or updated; an interruption followed by the writer's scene turns
    to it; "can someone bring me ..." at a visit is a call for help, not a question."""
    assert is_urgent(message)


def test_urgency_sets_273_to_276_a_thing_not_found_is_no_person():
    """ "Can't find it anywhere" is a document; "can't find them anywhere" may be children."""
    assert "missing-now" not in acute(normalise("cant find it anywhere, the policy I mean"))
    assert is_urgent("cant find them anywhere, the twins were by the slide")


def test_urgency_sets_277_and_278_a_child_not_going_home_a_lass_and_a_neighbour_who_could_see_in():
    """Sets 277-278: a child saying now that they are not going home outweighs "every night"; "lass" is a child and
    "not safe at hers" is home unsafe; a neighbour who "could see in" is no word of now."""
    assert is_urgent("boy on the school bus says he's not going home, there's fighting there every night")
    assert is_urgent("lass at the youth club won't leave, says it's not safe at hers tonight")
    assert not is_urgent("the referral about the toddler left alone was NFA, the neighbour could see in the whole time")


@pytest.mark.parametrize(
    "message",
    [
        "anyone got the link to report? his dad is hitting him right now",
        "heatwave and there's a baby locked in a car at Asda",
        "I'm stuck in the office with an aggressive dad who won't let me out",
        "he threw my phone across the room and he's got a knife",
        "at film club and a 7yo has gone missing",
        "wet play, a year 1 has just swallowed a battery",
        "she says the lads are taking me to a party tonight, she's 13",
    ],
)
def test_urgency_the_writers_own_words_added_this_session_stay_narrow(message):
    """A question about practice is never outweighed, so the writer's own words stay narrow: a link asked for, a
    heatwave, being stuck in the office, a thrown phone, film club, wet play and "the lads are taking me" may all open
    a live report."""
    assert not about_practice(normalise(message))


def test_urgency_lads_taking_a_child_to_a_party_is_held_trafficked():
    assert is_urgent("she says the lads are taking me to a party tonight, she's 13")


def test_urgency_sets_279_to_282_a_name_and_what_was_drunk_guidance_asked_then_the_case_and_a_door_fixed_by_staff():
    """Sets 279-282: a name and what was swallowed, however punctuated ("sam drank bleach??"), is about a child;
    "can I get some advice - " turns to the case that follows; a door the caretaker opened closes the matter beyond a
    near-certain neighbour."""
    assert is_urgent("sam drank bleach??")
    assert is_urgent("can I get some advice - dad's just turned up drunk with a bat and the kids are in the house")
    assert resolved(normalise("room door jammed, stuck for 10 mins til the caretaker let me out haha"))


def test_urgency_sets_283_and_284_a_flight_after_a_full_stop_marks_last_time_children_by_it_and_the_pub():
    """Sets 283-284: a flight said at the start of a sentence is the journey tomorrow, beyond a settled "with gran";
    a child who "came in with" marks last time warns of this time; children playing beside a weapon are a word of
    now; nobody come for the children, as typed with "nobody's"; the pub "calling" is the writer's own evening."""
    assert is_urgent("her 8yo is off to Egypt with gran to 'become a woman'. Flight's tomorrow")
    assert is_urgent("won't go home, says mum's boyfriend will batter him, last time he turned up with bruises")
    assert is_urgent(
        "is an axe in the hall something to flag? the kids are playing right by it and dad says it's for anyone who "
        "comes round"
    )
    assert now_cued(normalise("mum arrested at noon and nobody's collected them"))
    assert about_practice(normalise("not going home, the pub is calling"))


def test_urgency_sets_285_to_288_found_wandering_now_or_wait_a_visitor_to_the_house_and_what_if_then_just_said():
    """Sets 285-288: a child "found wandering" or "found chewing" is no child found safe; whether to report "now or
    wait" and someone "coming to the house tomorrow" are words of now beyond a settled word; a hypothetical then
    "because she just told me" is the case at hand; scoring a checklist is a question about practice; knife bins and
    places on a map are no weapon or missing child."""
    assert is_urgent("Can I swap my 2pm? also a 3yo was found wandering the landing just now, says mum went out")
    assert not general_frame(normalise("found her chewing something from mum's handbag, now really sleepy"))
    assert is_urgent("Year 10 in care went out the back door at 6, not answering. do I report it now or wait till 10?")
    assert is_urgent(
        "mum asked whether the 'cutting' could happen here, says a lady is coming to the house tomorrow for the 5yo"
    )
    assert is_urgent(
        "what if a girl said her uncle comes into her room when dad's on nights? cos she just told me that"
    )
    assert general_frame(normalise("do we score this as high on the matrix?"))
    # ... settled, not a question about practice, so a case placed now outweighs it
    assert is_urgent("do we score this as high, dad's outside with a knife right now")
    assert "weapons" not in at_risk(normalise("knife bins near the park"))
    assert "missing-now" not in at_risk(normalise("defib locations for the club map"))


def test_urgency_sets_289_to_292_a_programme_named_a_medical_episode_a_toddlers_threat_and_matters_counted():
    """Sets 289-292: "turned bluey on" is the programme, no colour; "Casualty had ...", a film watched last night and
    a film club screening are programmes; "twitchy episodes" are a baby's fits, no episode watched; a carer at the
    front desk is there now; a toddler's threat to kill is no weapon; harm lessened since help came, incidents counted
    over a year and a summary attached are no live report."""
    assert not is_urgent("we turned bluey on for him")
    for programme in (
        "casualty had a stabbing, so unrealistic",
        "watched Bambi last night, sobbed",
        "film club screening Matilda",
    ):
        assert about_practice(normalise(programme))
    assert is_urgent("she has twitchy episodes, like now")
    assert placed_now(normalise("dad's at the front desk"))
    assert "weapons" not in acute(normalise("my toddler told me 'im going to kill you mummy'"))
    assert general_frame(normalise("self-harm has massively reduced since the new school, closing to early help"))
    assert general_frame(normalise("missing incidents across the trust this year"))
    assert general_frame(normalise("case summary below"))
    assert is_urgent("case summary: 4yo home alone right now, mum not answering")


def test_urgency_sets_293_to_296_a_split_word_a_turn_to_the_live_case_and_documents_resources_and_the_law():
    """Sets 293-296: "any where" is "anywhere"; "actually no this is live" turns to the case; children "right there"
    are a word of now; the training returned to is no training; a safe-word list, a draft, what is still sent, the
    law asked and an "emergency" resource are no live report; the writer's headache, gaming mates and a grievance "one
    more time" are the writer's own; bail conditions close the matter."""
    assert "anywhere" in normalise("can't find kayden any where on sight")
    assert len(parts(normalise("quick q about the MFH protocol - actually no this is live, he's not in his room"))) > 1
    assert now_cued(normalise("the kids are right there"))
    assert not general_frame(normalise("back to the training in a minute"))
    assert not is_urgent("safe word list attached")
    assert general_frame(normalise("draft v2 of the missing policy"))
    assert about_practice(normalise("do we still send the letter?"))
    assert about_practice(normalise("legally, can we keep him after school?"))
    assert not is_urgent("emergency food parcels for the family")
    assert not is_urgent("took two paracetamol, head's pounding")
    assert not is_urgent("off to meet my online gaming mates tonight")
    assert ruled_out(
        "practitioner-danger", normalise("if Dave microwaves fish in the kitchen one more time i will kill him")
    )
    assert resolved(normalise("dad threatened me, he's on bail conditions now"))


def test_urgency_sets_299_to_302_a_joke_taken_back_a_flight_on_a_named_day_and_the_writers_own_matters():
    """Sets 299-302: "lol not lol" takes the joke back; a flight on a named day outweighs a settled word; a threshold
    asked ("referral or just advice?") is a question about practice; a child's birthday party "got" is settled; the
    writer's own banged head and a sibling's threat over a treat are no emergency; friends who are all classmates are
    settled."""
    assert not general_frame(normalise("code red lol not lol, stuck in the hallway"))
    assert is_urgent("her 7yo is off with gran to 'become a woman'. Flight is on Friday")
    assert about_practice(normalise("might meet him, referral or just advice?"))
    assert general_frame(normalise("my sons got a birthday party on saturday"))
    assert about_practice(normalise("banged my head on the shelf again"))
    assert "weapons" not in acute(
        normalise("'I'm going to kill him' - my daughter, about her brother eating her sweets")
    )
    assert general_frame(normalise("she met her roblox friends in town, they're all in her class"))


def test_urgency_sets_297_and_298_an_age_in_yo_before_this_and_a_ticket_on_a_named_day():
    """Sets 297-298: "7yo this wknd" is an age and a weekend ("10 yrs this week" stays a duration); a ticket on a
    named day outweighs a settled word; a child "much happier now" is well now."""
    assert normalise("cutting planned for 6yo this wknd") == "cutting planned for 6 year old this weekend"
    assert "10 year old" not in normalise("10 yrs this week")
    assert is_urgent(
        "she asked if i can keep her passport in the safe, the ticket is for saturday and she'll come back a wife"
    )
    assert well_now(normalise("S47 done, mum moved out, she's so much happier now"))


def test_urgency_sets_303_to_306_a_named_alarm_the_next_child_a_review_asked_after_and_the_writers_evening():
    """Sets 303-306: a named worker's code red outweighs the lone worker app's settled word; the next child going on
    the trip now outweighs the last one's; "do we keep him here" asks about the child at hand, not records; a review
    asked after by its name is a published case; the writer's own evening waiting at home and screaming little one
    are no emergency; "don't make me go" is the child's plea, not the writer's news."""
    assert not general_frame(normalise("code red off Jo on the lone working app, near the park"))
    assert not general_frame(normalise("cousin was cut last summer, now the youngest is going back home at easter"))
    assert is_urgent("end of club, lad won't go, says 'dad will kill me'... do we keep him here?")
    assert general_frame(normalise("do we keep records of verbal disclosures?"))
    assert about_practice(normalise("the baby left in a car - is that the Bristol case?"))
    assert not at_risk(normalise("not going home yet, got marking and a screaming baby waiting"))
    assert ruled_out("scared-home", normalise("dont want to go home, got marking and two screaming kids waiting"))
    assert not about_the_writer(normalise("please don't make me go back"))
    assert about_the_writer(normalise("this rota makes me want to cry"))  # a guard: the writer's own mood


def test_urgency_sets_307_to_310_the_night_a_child_is_out_in_a_break_to_the_urgent_matter_and_documents_and_snacks():
    """Sets 307-310: the dark and cold a child is out in places the matter now; "no sorry, this is urgent:" turns
    to the live matter; a code word changed is no code word used; a document put up, a child death review and a
    hypothetical so marked are about practice; the writer's own snack and a little one's nip are no emergency."""
    assert placed_now(normalise("13, no coat, its getting dark and cold"))
    assert turns_live(normalise("no sorry, this is urgent: Ruby just rang"))
    assert not acute(normalise("code word changed for december, see email"))
    assert about_practice(normalise("FM leaflet v4 circulated"))
    assert about_practice(normalise("child death review panel: paracetamol overdose"))
    assert about_practice(normalise("hyp: a dad waves a knife on a visit, who do you ring first?"))
    assert ruled_out("ingestion", normalise("scoffed a whole sharing bag of doritos, poisoned"))
    assert ruled_out("baby-injury", normalise("toddler nephew headbutted me, agony"))
    assert "weapons" not in acute(normalise("armed police at the training day"))  # a guard: not a group armed


def test_urgency_sets_311_to_314_a_question_then_the_case_told_plainly_and_what_is_settled_or_the_writers_own():
    """Sets 311-314: a cue in a question in general form, then the case told plainly ("... after 3 hrs? gran says she
    only went to play"), is the case at hand, where a habit or a joke with no question is not; a code word come
    through outweighs the lone worker app's settled word; a carer not back till a time, and pick-up time, place it
    now; "bk" is back; a share of pupils, a book asked for and a weapon handed in are settled; the writer's coffee and
    a grown-ups' party are no emergency; the writer's reason for asking, a practice long kept, a class in hysterics, a
    drama and what the writer will explain or hand out are no case at hand."""
    assert is_urgent(
        "is it normal for a 7 yr old to not come back from the park after 3 hrs? gran says she just went to play"
    )
    assert is_urgent("is it normal for a babys arm to be dangling oddly? mum says she doesnt know how it happened")
    assert not is_urgent(
        "is it normal for a 4 year old to wander off at the park? my son does it all the time"
    )  # guard
    assert not is_urgent("lol my son has officially gone missing - hes not come out of his room since friday, new game")
    assert not general_frame(normalise("colleagues code word just came through on the lone worker app, not answering"))
    assert placed_now(normalise("theyre 3 and 5, dad texted saying hes not home till 11"))
    assert placed_now(normalise("its almost pick up time"))
    assert normalise("pls dont make me go bk") == "please dont make me go back"
    assert about_practice(normalise("40% of teens say they feel unsafe online"))
    assert about_practice(normalise("any book recommendations for year 4 on neglect?"))
    assert general_frame(normalise("knife handed in at reception, no school link"))
    assert ruled_out("ingestion", normalise("drank 3 pints of coffee before 9"))
    assert ruled_out("held-trafficked", normalise("ann summers party tonight, taking the girls from work"))
    assert carer_says(normalise("nan texted, says she doesnt know where he went"))
    assert not is_urgent("can a child be trafficked within one town? thinking about the county lines cases")  # guard
    assert general_frame(normalise("is a locked door a DoLS issue? staff say they've always done it"))
    assert general_frame(normalise("lad choked on a crisp at lunch, the class were all in hysterics"))
    assert not general_frame(normalise("dad is smashing the kitchen up and the kids are in hysterics"))
    assert about_practice(normalise("Anyone watched Three Girls? harrowing about CSE"))  # a guard
    assert about_practice(normalise("need to explain the grooming offences to parents at the e-safety evening"))
    assert about_practice(normalise("handing these out at the clinic later"))


def test_urgency_sets_315_to_318_negations_the_same_family_now_and_what_is_closed_or_the_writers_own():
    """Sets 315-318: "kill whoever" is the writer's joke only in the writer's mouth; "not for a case study" is no case
    study; a disclosure about bed time is no habit asked about; a baby not responding outweighs "is that normal"; what
    staff report is no published report; "the family from last week" is the family now; a review's title and talks
    given are about practice; a thing passed and the child discharged is closed; a scar years on, a mother's
    flag with no girls, a work meeting online, the writer's inbox and a visit dreaded are settled or the writer's
    own."""
    assert not general_frame(normalise("dads got a knife and says hell kill whoever comes in"))
    assert not about_practice(normalise("not for a case study, her little one has just drunk vodka"))
    assert not asks_in_general(normalise("disclosure: uncle, in her room, every night"))
    assert not general_frame(normalise("baby is lying there not responding, is that normal?"))
    assert not general_frame(normalise("night staff report: a young girl went upstairs with older men"))
    assert not general_frame(normalise("its the family from last week, kids locked in the flat again"))
    assert about_practice(normalise("Thematic review: babies shaken after midnight"))
    assert about_practice(normalise("she is now giving talks to year 7 about online safety"))
    assert resolved(normalise("magnet passed, baby discharged this morning"))
    assert general_frame(normalise("fell off the trampoline, shes 9 now and has the scar"))
    assert general_frame(normalise("FGM flag on mum only, no girls in the home"))
    assert ruled_out("online-meeting", normalise("zoom staff meeting friday - whos meeting online?"))
    assert ruled_out("practitioner-danger", normalise("trapped in inbox hell, send coffee"))
    assert ruled_out("practitioner-danger", normalise("dreading the home visit later, mum always shouts"))
    assert not is_urgent("the 12 year old wants to meet his roblox friends, they are all his age")  # a guard


def test_urgency_sets_319_to_320_the_writer_in_danger_of_a_treat_is_no_worker_in_danger():
    """Sets 319-320: "in danger of" a treat or a nap, said of the writer, is an idiom, not a worker at risk; a worker
    "in danger of being" hurt still is."""
    assert ruled_out("practitioner-danger", normalise("we are in danger of scoffing all the biscuits in this meeting"))
    assert not ruled_out(
        "practitioner-danger", normalise("im in danger of being hurt at this visit, dad has a bat")
    )  # a guard


def test_urgency_sets_321_to_324_the_case_in_a_question_a_document_settled_and_real_words_left_as_written():
    """Sets 321-324: a matter asked about as "a 999", with the parents' account after it, is the case at hand; the
    writer squared up to or kept in, and a child off a headcount, outweigh a question's settled form; an adult's blows
    on a child place it now; someone last seen somewhere is at hand; a document signed off or its wording, and a
    question headed by the record it is for, are about practice; a film "seen", and the writer locked out of a case
    system, are no emergency; a real word is never read as the cue word one letter from it."""
    assert is_urgent("is a lump on a 3 month olds head a 999? parents say she rolled off the sofa")
    assert carer_says(normalise("parents say she fell"))
    assert weighs_emergency_route(normalise("is a lump on a newborns head a 999?"))
    assert is_urgent("what do i do if the stepdad keeps squaring up to me, hes between me and the door")
    assert not general_frame(normalise("is it ok to go if the uncle wont let me leave the kitchen"))
    assert is_urgent("not on the coach headcount, is that normal? 6 year old")
    assert now_cued(normalise("bloke kicking a teenager by the bins"))
    assert concerns_a_child(normalise("cant find jaden anywhere, last seen near the swings"))
    assert about_practice(normalise("missing from home protocol v3 signed off"))
    assert about_practice(normalise("risk letter - forced marriage wording"))
    assert general_frame(
        normalise("for the safety plan: should knives be locked away if there are teenagers in the house?")
    )
    assert "missing-now" not in acute(normalise("has anyone seen the documentary about county lines"))
    assert "missing-now" in acute(normalise("has anyone seen him since lunch"))  # a guard
    assert ruled_out("practitioner-danger", normalise("locked out of liquidlogic again"))
    assert normalise("stubbed his toe, gouched out") == "stubbed his toe , gouched out"
    assert normalise("scoffing the lot") == "scoffing the lot"
    assert normalise("unkown man, propper scared") == "unknown man , proper scared"  # a guard


def test_urgency_sets_325_to_328_a_question_about_the_case_at_hand_and_what_is_fiction_or_general():
    """Sets 325-328: someone outside the school or the door now outweighs a question's general form; "what do I tell
    dad" asks about the case at hand; a pupil's "my wedding" is no writer's wedding; a threat to "do" the children
    outweighs a licence; who the child is ("a boy I pick up every day") is no habit. A sign asked about in general
    ("does a ... always need"), a joke explained ("in the sense that"), a club's pick, a favourite book and a service
    model are about practice or fiction."""
    assert not asks_in_general(normalise("how seriously do i take threats from a dad whos outside the nursery now"))
    assert not general_frame(normalise("bottle of bleach spilt and the toddlers lips are red, what do i tell dad"))
    assert not about_practice(normalise("she keeps saying its my wedding, not theirs, shes 14"))
    assert about_practice(normalise("my own wedding is next week, so excited"))  # a guard
    assert not general_frame(normalise("he said hed do her and himself, he has a shotgun licence"))
    assert not asks_in_general(normalise("a boy i pick up every day just got into a van with men"))
    assert about_practice(normalise("does a burn on a toddler always need a referral?"))
    assert about_practice(normalise("my son has disappeared, in the sense that hes gone to his room with the xbox"))
    assert about_practice(normalise("film club picked holes, about a boy who is kept at a camp"))
    assert about_practice(normalise("the locked room bit is her favourite book"))
    assert about_practice(normalise("anyone been to a barnahus?"))


def test_urgency_sets_329_to_332_children_in_the_writers_care_now_and_the_writers_own_dread_or_a_report():
    """Sets 329-332: "one of my scouts" or "2 of ours" is a child ("one of my team" a colleague); a sport's training and
    an audit named in passing settle nothing; hiding somewhere, or sat in reception, places a child now; "won't need
    them after tomorrow" is no question in general. Quotes gathered for a report, what is asked for every pupil, Home
    Alone screened or on TV, "under the weather" and "just a little off colour", the writer facing the ironing or what
    the boys did to the kitchen are settled or the writer's own."""
    assert concerns_a_child(normalise("one of my scouts is on the roof"))
    assert not concerns_a_child(normalise("one of my team is stuck in the lift"))  # a colleague
    assert not general_frame(normalise("girl at netball training says her dad will batter her"))
    assert not general_frame(normalise("re the audit, the baby i saw has a torn frenulum"))
    assert general_frame(normalise("ligature audit due friday"))  # a guard: "ligature" ends in "re"
    assert placed_now(normalise("hiding in the toilets"))
    assert placed_now(normalise("dad is sat in reception"))
    assert not asks_in_general(normalise("what does it mean if he says he wont need them after tomorrow"))
    assert about_practice(normalise("pulling quotes for our annual board report"))
    assert about_practice(normalise("risk letter for every pupil travelling this summer"))
    assert ruled_out("alone", normalise("screening home alone for the year 3s"))
    assert ruled_out("alone", normalise("home alone is on tv tonight"))
    assert general_frame(normalise("she is off school, a bit under the weather"))
    assert general_frame(normalise("shes just a little off colour today, under the weather"))
    assert ruled_out("scared-home", normalise("scared to go home and face the ironing"))
    assert ruled_out("practitioner-danger", normalise("scared to see what my boys have done to the kitchen"))


def test_urgency_sets_335_to_338_a_departure_a_blow_landing_and_what_is_closed_or_the_writers_own():
    """Sets 335-338: a departure counted down, a blow as it lands and a baby in a pram beside a fight place it now;
    running a line is a child's matter; a child unaccounted for after a fire drill is no drill. A historic disclosure
    by one now grown, a follow-up done, the writer screaming at the ref and a body weight in cake are closed or the
    writer's own."""
    assert now_cued(normalise("the coach leaves in 10"))
    assert now_cued(normalise("teen being punched by a group of lads on the bus"))
    assert now_cued(normalise("mum and dad fighting, toddler in the buggy"))
    assert concerns_a_child(normalise("being sent to run drugs tonight"))
    assert not general_frame(normalise("two children unaccounted for after the fire drill"))
    assert resolved(normalise("historic disclosure, she was locked in a shed as a kid, shes 31 now"))
    assert general_frame(normalise("paracetamol overdose, follow up complete"))
    assert ruled_out("violence-now", normalise("was screaming at the ref all match"))
    assert ruled_out("practitioner-danger", normalise("ate my body weight in cake, send help"))


def test_urgency_sets_333_334_and_339_to_342_the_case_behind_a_question_and_what_is_closed_or_the_writers_own():
    """Sets 333-334 and 339-342: a lone worker device not checked in, a weapon at home with a threat to use it on one
    of the household, the reason for a question of law being the case now ("asking cos ... just"), which service to
    call about what is reported, and news after an office aside are live. Learning the indicators, an evening's topic,
    which term to use, a play, offences counted, an old referral closed in a year named, an enquiry concluded with
    home calmer, the writer's own peace and the writer's own night out are general, settled or the writer's own."""
    assert not general_frame(normalise("her lone working app hasnt checked in for an hour, dad has a warning marker"))
    assert not asks_in_general(
        normalise("is it worrying if a 9yo says mum has a knife in her bag and shell use it on dad")
    )
    case = parts(normalise("is it an offence to own a machete? asking cos a year 11 just pulled one out in class"))
    assert turns_live(case[1])
    assert not turns_live(
        parts(normalise("is it an offence to own a machete? asking cos its on the quiz"))[1]
    )  # a guard
    assert not asks(normalise("baby on his own in the flat. 999?"))
    assert asks(normalise("baby on his own in the flat, who do i call?"))  # a guard
    assert assess("Photocopier has died again. Also a woman just turned up at the desk claiming she's Maya's aunt and "
                  "taking her home, we've never heard of her").urgent  # fmt: skip
    assert about_practice(normalise("still getting my head round the signs of cce"))
    assert about_practice(normalise("the topic for tonight is online friends, hoping for a good turnout"))
    assert about_practice(normalise("what wording do we use for fabricated illness in reports?"))
    assert about_practice(normalise("a new play about a girl who runs away, on at the civic theatre"))
    assert about_practice(normalise("assault offences up 12 on last year"))
    assert general_frame(normalise("old case: toddler left in a car, closed 2021"))
    assert general_frame(normalise("the s47 enquiry has concluded and home is a lot calmer"))
    assert general_frame(normalise("at last on my own, kids in bed"))
    assert ruled_out("neglect-now", normalise("was passed out drunk by 10 on friday lol"))


def test_urgency_sets_343_to_346_a_unit_a_word_heard_wrong_and_what_worked_or_was_agreed():
    """Sets 343-346: a run from a unit is a child's; "alone" heard as "a loan"; "won't need it after today" outweighs
    a question of what is normal. A drama judged after a comma, a staff script, every child reunited and a collection
    with consent given are settled or about practice."""
    assert concerns_a_child(normalise("ran from the unit at 8, high risk"))
    assert normalise("toddler left a lone in the car") == "toddler left alone in the car"
    assert normalise("we took out a loan") == "we took out a loan"  # a guard
    assert not about_practice(normalise("is it ok for a 13 yr old to give her things away and say she wont need them?"))
    assert about_practice(normalise("is it ok for a 13 year old to have a phone?"))  # a guard
    assert about_practice(normalise("that grooming drama, really harrowing"))
    assert about_practice(normalise("script: pupil says he wont go home?"))
    assert general_frame(normalise("the lost child tent worked a treat, every child reunited within 5 minutes"))
    assert general_frame(normalise("auntie collecting her from nursery today, consent form signed"))


def test_urgency_sets_347_to_350_a_call_for_help_a_plan_and_what_is_for_training():
    """Sets 347-350: "actually can someone ring me" after an aside turns to the live matter; a note written and
    "going to do it" outweighs a question's "if"; a curfew passed is a young person's. A question asked for new
    starters' training is about practice."""
    aside = parts(normalise("late for the team meeting - actually can someone call me, dad is stood in the doorway"))
    assert len(aside) == 2 and aside[1].strip().startswith("can someone call me")
    assert not general_frame(
        normalise("what should i do if a pupil says theyve written a note and are going to do it after school")
    )
    assert concerns_a_child(normalise("not back, an hour past curfew"))
    assert about_practice(normalise("do i ring 999 or 101 if i hear a row next door? for the new staff course"))


def test_urgency_sets_351_to_354_a_state_pointed_at_a_threat_with_a_weapon_and_what_is_the_writers_own():
    """Sets 351-354: a child asking for her passport to be kept is asking for protection, not settled; a child out on a
    balcony by himself is not a thing "out"; a baby "that cold" is the baby in front of the writer; a weapon out and a
    threat to "do everyone in" outweigh "is it normal"; something to be brought to the family the writer is with places
    the writer there; an unsafe home a child will not go back to is a child's. A draft policy, a musical with a class,
    a story that makes the writer think, the best film, what the writer's mum will see on the bill, a party
    invitation, the writer's own toddler and a weapons check clear are about practice, settled or closed."""
    assert not general_frame(normalise("a year 8 asked if we can keep her passport in the office over half term"))
    assert not general_frame(normalise("the toddler next door is out on the roof on his own"))
    assert not asks_in_general(normalise("should a newborn feel this cold? her hands are mottled"))
    assert not general_frame(normalise("is it normal for stepdad to have a knife out and say hell kill them all"))
    assert not asks_in_general(normalise("can you drop the red file to the house im at"))
    assert concerns_a_child(normalise("refusing to go home, says home is not safe"))
    assert about_practice(normalise("draft procedure: children who will not go home"))
    assert about_practice(normalise("the musical with year 5 went down well"))
    assert about_practice(normalise("that book always makes me think of our looked after kids"))
    assert about_practice(normalise("still the best book on neglect"))
    assert about_practice(normalise("my wife will kill me when she sees the credit card statement"))
    assert general_frame(normalise("bbq at mine saturday, bring a bottle"))
    assert general_frame(normalise("my twins are tormenting me this morning"))
    assert resolved(normalise("police search came back clear, no firearms"))


def test_urgency_sets_355_to_364_an_interruption_a_reason_given_and_what_is_the_writers_own():
    """Sets 355-364: "hate to interrupt ... but" and "random one -" after small talk turn to another matter; "because
    that's actually what's happening" and a child named with an age as the reason for a question place it now; "late
    for supervision" is the writer's day, not a question for supervision; children locked in when the carer is arrested
    are no arrest dealt with. Who funds something, figures up or down, a generalisation, a film to start a talk, the
    writer "kidnapped" by children or hoping not to be kept "prisoner", whether a child of an age may do something and
    what goes in a plan are about practice; a case "waiting to happen" is a worry; the writer's own evening, house,
    husband, phone and cupboard rule out the class they look like."""
    assert len(parts(normalise("dont mean to interrupt the quiz but there is a toddler on the roof"))) == 2
    assert parts(normalise("hope the course was good. random one - a 14yos mum says shes gone"))[-1].startswith(
        " - a 14"
    )
    assert turns_live(normalise("because thats actually what is happening upstairs"))
    assert turns_live(normalise("because amirs 9 and hes on his own with the baby tonight"))
    assert not about_practice(normalise("running late for supervision, sorry"))
    assert about_practice(normalise("bringing it for supervision"))  # a guard
    assert not general_frame(normalise("two kids locked in the house, dad arrested, no one has got a key"))
    assert general_frame(normalise("the dad is a case waiting to happen"))
    for question in (
        "who funds the new first aid kits?",
        "stabbings rose by 8 last year",
        "most victims never tell anyone",
        "this should spark a chat about consent",
        "kidnapped by my nieces for the whole afternoon",
        "hope they dont hold me hostage till midnight again",
        "mum asked whether a 9 year old can walk home alone",
        "does the risk assessment go in the child protection plan?",
    ):
        assert about_practice(normalise(question)), question
    assert ruled_out("scared-home", normalise("scared to go home and see what the dogs have done to the sofa"))
    assert ruled_out("scared-home", normalise("not going home till late, drinks after work"))
    assert ruled_out("travel-fm-fgm", normalise("husbands taken the girls to his sisters for the weekend"))
    assert ruled_out("alone", normalise("home alone tonight, bliss"))
    assert ruled_out("baby-injury", normalise("smashed my phone, my baby"))
    assert ruled_out("confined", normalise("the cones are kept in the shed"))


def test_urgency_sets_355_to_364_the_writers_danger_beside_another_cue_and_a_risk_cue_after_a_question():
    """Sets 355-364: with no child in a message, the writer's danger is read beside another class's acute cue ("locked
    in, man aggressive"); a question with an acute cue, then a risk cue of the same class told plainly, is the case at
    hand, but a risk cue of another class is not ("do we log 'doesn't want to go home'? it was about missing a party").
    Cases thought about are about practice."""
    assert assess("locked in the flat, bloke aggressive", semantic=sure("practitioner-danger", 0.05)).urgent
    assert not assess(
        "do we log 'doesnt want to go home' on cpoms? it was about missing a party", semantic=sure("scared-home", 0.3)
    ).urgent  # a guard
    assert about_practice(normalise("thinking about the county lines cases"))
    assert assess(
        "is it ok to leave the kids in the car in this heat? dad went in ages ago and the windows are shut",
        semantic=sure("confined", 0.3),
    ).urgent


def test_urgency_sets_365_to_372_a_family_on_a_list_a_search_on_cameras_and_what_is_done_or_taught():
    """Sets 365-372: a family on the high-risk list is no risk list asked about; staff checking the cameras search for a
    child; "little ones" are children, beside an adult; "there's kids in there" places a scene now; an example after
    a question is the one question, unless it is "like right now"; an online friend who "turned out to be a grown
    man" is no settled worry; the writer trapped by the photocopier. A debrief, an automatic referral, "the one
    about", an offence asked about, a report's section, themes attached, an exclusion upheld, a childhood told later,
    an enquiry concluded, something checked and "all fine", an abuser convicted, and the writer's own wedding or one
    the writer is made to go to are about practice, settled, closed or the writer's own."""
    assert not about_practice(normalise("theyre on the high risk list"))
    assert concerns_a_child(normalise("cant find sam, staff are checking the cctv"))
    assert not ruled_out("violence-now", normalise("neighbours husband is kicking off and the little one is screaming"))
    assert not general_frame(normalise("on teams, next doors kicking off and theres kids in there"))
    assert len(parts(normalise("should we have a safe word? like bring the red file means ring police"))) == 1
    assert len(parts(normalise("whats the guidance if he leaves? like right now, hes gone"))) == 2  # a guard
    assert not general_frame(normalise("the girl from snapchat turned out to be a grown man"))
    assert general_frame(normalise("turned out to be her cousin"))  # a guard
    assert ruled_out("practitioner-danger", normalise("the photocopier has trapped me"))
    for practice in (
        "debrief about the knife incident at 3",
        "is a bruised baby an automatic referral?",
        "the one about the girl in the cellar",
        "leaving a child alone an offence?",
        "there is a section on neglect in the annual report",
        "themes attached for the panel",
    ):
        assert about_practice(normalise(practice)), practice
    for settled in (
        "the exclusion for the knife was upheld",
        "was shut in a cupboard as a little child, shes 19 now",
        "started talking about it in counselling",
        "the strategy for the baby concluded, accidental",
    ):
        assert general_frame(normalise(settled)), settled
    assert resolved(normalise("mum checked with school, all fine"))
    assert resolved(normalise("hes been convicted"))
    assert ruled_out("travel-fm-fgm", normalise("flying out for my wedding next week"))
    assert ruled_out("travel-fm-fgm", normalise("mum is making me go to her wedding in lahore lol"))


def test_urgency_sets_373_to_376_the_writers_own_marriage_talk_a_procedure_being_written_and_a_trip_loved():
    """Sets 373-376: the writer married off in jest and a relative's wedding "not mine" rule out forced marriage;
    "banging on about" is talk, not blows; a question "adding to the procedure" is about practice; a trip the
    children "loved" is settled."""
    assert ruled_out("travel-fm-fgm", normalise("my aunt keeps trying to marry me off lol, now its a wedding in dhaka"))
    assert ruled_out("travel-fm-fgm", normalise("a wedding in dhaka next month - my brothers, not mine"))
    assert ruled_out("violence-now", normalise("hes banging on about the rota again"))
    assert about_practice(normalise("adding it to our safeguarding policy"))
    assert general_frame(normalise("they all loved it"))
    # a new cue's words feed the spelling corrector: none may turn a word already read right into another
    assert normalise("headcount at the zoo") == "headcount at the zoo"  # a guard


def test_urgency_sets_377_to_380_a_barred_parent_a_person_on_shift_and_the_writers_own_evening_or_day():
    """Sets 377-380: a child with a parent who may not have contact is no child settled with family; a member of staff
    "on tonight" is on shift, not a programme on television. A toddler's dinner thrown at the writer, a hen or stag
    do regretted, a day that "was a nightmare", a month shortened ("in Feb"), sessions planned, a parenting class and
    a period of high risk are the writer's own, settled or about practice; what else to do now and a referral to a
    parenting course are not."""
    assert not general_frame(normalise("she is with her dad who isnt allowed to see her"))
    assert general_frame(normalise("safe, with her dad"))  # a guard
    assert not about_practice(normalise("the same staff member is on tonight"))
    assert about_practice(normalise("the documentary is on tonight"))  # a guard
    assert ruled_out("practitioner-danger", normalise("the baby threw her bowl of porridge at me"))
    assert general_frame(normalise("went to a stag do, really regretting it today"))
    assert general_frame(normalise("that shift was an absolute nightmare"))
    assert about_practice(normalise("should we be running sessions on online safety"))
    assert about_practice(normalise("parenting class on sleep tomorrow"))
    assert not about_practice(normalise("ambulance called, what else should we be doing?"))  # a guard
    assert not about_practice(normalise("the parenting course referral is fine to send"))  # a guard
    assert general_frame(normalise("he was threatened at the visit in feb"))
    assert about_practice(normalise("1 in 4 nurses report being threatened at work"))
    assert about_practice(normalise("the summer is a high risk period for fgm"))


def test_urgency_sets_383_to_386_a_youngster_a_child_collected_and_what_is_the_writers_own():
    """Sets 383-386: a "youngster" is a child; a child collected from school is a child at hand; "because Mia just did"
    places a question's case now; "still isn't answering" places a night's absence now; a child's own sports training
    is no training for staff. These meetings "going to kill me", a selection box eaten, a toddler's bop on the nose,
    knives sharpened, a meeting moved online, the writer's unborn baby kicking and children fighting "like cats and
    dogs" are the writer's own or settled."""
    assert concerns_a_child(normalise("youngster held at a flat"))
    assert concerns_a_child(normalise("two men collected sam from school"))
    assert turns_live(normalise("because mia just did"))
    assert not general_frame(
        normalise(
            "tom didnt come back from his home visit last night and still isnt answering, dad says hes not there "
            "either, do i log it?"
        )
    )
    assert not about_practice(normalise("dad is picking him up for training at 6"))
    assert general_frame(normalise("these meetings are going to kill me"))
    assert ruled_out("ingestion", normalise("ive just eaten a whole selection box"))
    assert ruled_out("violence-now", normalise("the toddler bopped me on the nose"))
    assert ruled_out("weapons", normalise("sharpening the knives for sunday lunch"))
    assert ruled_out("online-meeting", normalise("meeting online instead, link to follow"))
    assert not ruled_out("online-meeting", normalise("girl meeting online bloke at 6, tickets booked"))  # a guard
    assert ruled_out("baby-injury", normalise("being kicked all night by my own baby, 30 weeks"))
    assert general_frame(normalise("the twins fought like cats and dogs"))


def test_urgency_sets_381_382_a_thing_out_on_a_surface_an_event_booked_and_a_babys_milestone():
    """Sets 381-382: drugs or pills "out on the kitchen side" are a danger at hand, not someone released ("is out");
    a session or an assembly booked, an awareness day's theme, a letter home to proofread and advice asked after as
    out of date are settled matters; a baby's first roll or first steps are no injury."""
    assert not general_frame(normalise("dads coke is out on the kitchen worktop"))
    assert not general_frame(normalise("his gear is out on the coffee table"))
    assert general_frame(normalise("county lines input booked for year 8"))
    assert general_frame(normalise("online safety talks are arranged for year 10"))
    assert general_frame(normalise("safer internet day, sharing nudes theme"))
    assert general_frame(normalise("letter home covers sleepovers and cse - can someone proofread before friday?"))
    assert general_frame(normalise("is that out of date info on private fostering?"))
    assert general_frame(normalise("do we still hand out the forced marriage cards at the airport?"))
    assert ruled_out("baby-injury", normalise("my nephew crawled for the first time today"))
    assert ruled_out("baby-injury", normalise("she took her first steps this morning"))
    assert not ruled_out("baby-injury", normalise("baby rolled off the changing table, crying"))  # a guard


def test_urgency_sets_387_to_394_cues_settled_words_that_are_not_and_questions_of_practice():
    """Sets 387-394, by kind. Cues: one of a relative's tablets taken, a noise from a car boot, a child driven off by
    adults nobody knows, out late with the phone off, a count with a child not there, a baby left in a child's charge
    overnight, the worker followed by car, purple spots round a baby's eyes, autocorrect's "breeding" for breathing, a
    colleague not answering. Words read as settled that are not: a game "with grandad", "police aware?" asked,
    "was fine this morning", a count repeated, a child asking whether what a parent does is normal. A child implied by a
    noise that "sounds like a kid", by begging to stay, by men at the gate asking for someone, by a parent due at three;
    a code request to bring the blue file is no question; a game played "every night" is no habit asked about. Not
    emergencies: a nappy's mess, a firearms licence consultation, a topic and "law?", the best way to ask, a year's
    figures, the writer's themed party."""
    assert "ingestion" in acute(normalise("toddler has had one of grandads pills, not sure which"))
    assert "confined" in acute(normalise("knocking coming from the car boot"))
    assert "held-trafficked" in acute(normalise("a man we dont know just grabbed tia"))
    assert "held-trafficked" in acute(normalise("bundled kai outside the school gates into a silver van"))
    assert "missing-now" in acute(normalise("its gone 11 and his phone is off"))
    assert "missing-now" in acute(normalise("we counted twice and jay isnt here"))
    assert "missing-now" in acute(normalise("dad ran off with the baby"))
    assert "alone" in acute(normalise("left in charge of the baby all night"))
    assert "practitioner-danger" in acute(normalise("hes been behind me for 15 minutes"))
    assert "baby-injury" in acute(normalise("purple spots round both eyes"))
    assert "baby-injury" in acute(normalise("isnt breeding properly"))
    assert "practitioner-danger" in acute(normalise("colleague in the house an hour, hasnt picked up"))
    assert not general_frame(normalise("the tickle game with grandad"))
    assert general_frame(normalise("kids with grandma while mum is in hospital"))  # a guard
    assert not general_frame(normalise("12yo on the roof, police aware?"))
    assert not general_frame(normalise("baby floppy, he was fine this morning"))
    assert not general_frame(normalise("head counted four times and zak isnt here"))
    assert not general_frame(normalise("boy asked me if its normal for his uncle to bath him"))
    assert concerns_a_child(normalise("noises from the garage, sounds like a kid"))
    assert concerns_a_child(normalise("frightened to go home, end of the day"))
    assert concerns_a_child(normalise("afraid to go home after football club"))
    assert concerns_a_child(normalise("begging to stay, scared of home"))
    assert concerns_a_child(normalise("men at the gate asking for ali"))
    assert concerns_a_child(normalise("dad due at 3"))
    assert not asks_in_general(normalise("can someone bring the red folder to flat 4"))
    assert not asks_in_general(normalise("says they play it every night"))
    assert ruled_out("baby-injury", normalise("total poonami at soft play, i am emotionally scarred"))
    assert general_frame(normalise("firearms licensing consultation - do they ask about kids in the home?"))
    assert general_frame(normalise("smacking - law?"))
    assert not about_practice(normalise("found a 3yo alone in the flat, mum nowhere - law?"))  # a guard
    assert general_frame(normalise("whats the best way to explain county lines to year 7"))
    assert general_frame(normalise("bruising numbers in babies this year?"))
    assert ruled_out("held-trafficked", normalise("off to a party tonight, fancy dress, going as a pirate"))


def test_urgency_sets_395_to_398_overnight_absence_a_disclosure_just_made_and_what_is_settled():
    """Sets 395-398, by kind. Cues: most of a medicine's bottle had; gone since last night or lunch, the other parent
    not having seen the child; "kms". A disclosure just made places a question of practice's case now; the one
    disclosed about living with the child is now; "held" in a meeting or by the court holds no one; a message "on
    Teams" is no meeting held online. Settled: a parent going along to a meeting; an order granted for a sibling
    group, passports still held; the writer's spouse at home; the law's minimum age; a fund asked after; a policy the
    question is for; "jk"; a closure summary; signs for a place; an adult's own childhood and a decade."""
    assert "ingestion" in acute(normalise("the nurofen bottle - he has drunk most of it"))
    assert "missing-now" in acute(normalise("gone since last night"))
    assert "missing-now" in acute(normalise("dad hasnt seen her"))
    assert "self-harm-suicide" in acute(normalise("says hes going to kms tonight"))
    assert "held-trafficked" not in acute(normalise("held in a meeting all afternoon"))
    assert "held-trafficked" not in acute(normalise("held in traffic on the m6"))
    assert "held-trafficked" in acute(normalise("being held at a flat"))  # a guard
    assert turns_live(normalise("hes just told me his dad hits him"))
    assert now_cued(normalise("he lives with them"))
    assert not general_frame(normalise("she messaged me on teams saying sorry for everything"))
    assert ruled_out("online-meeting", normalise("meeting a friend from roblox, dad will go along"))
    assert not ruled_out("online-meeting", normalise("she went along to meet the man from roblox"))  # a guard
    assert general_frame(normalise("the fmpo for the sibling group was granted last march"))
    assert general_frame(normalise("passports are still held by the court"))
    assert general_frame(normalise("terrified to go home, my husband saw the credit card bill"))
    assert general_frame(normalise("minimum marriage age is 18 now, isnt it"))
    assert general_frame(normalise("is there a grant for school uniform?"))
    assert general_frame(normalise("can a child have ibuprofen? for the first aid policy"))
    assert not about_practice(normalise("taking her abroad for the special procedure"))  # a guard
    assert not about_practice(normalise("meeting him tonight for extra training"))  # a guard
    assert general_frame(normalise("lost the twins lol jk theyre hiding in the laundry basket"))
    assert not general_frame(normalise("jk is hiding in the wardrobe, dad shouting"))  # a guard: initials
    assert general_frame(normalise("case closure letter sent for amir"))
    assert general_frame(normalise("signs for the school gates please"))
    assert general_frame(normalise("locked in a cupboard as kid"))
    assert general_frame(normalise("beaten with a belt, 1990s"))


def test_urgency_sets_401_to_404_scare_quotes_a_matter_set_aside_and_what_is_settled():
    """Sets 401-404, by kind. A 'celebration' or 'the tradition' in scare quotes is a cutting; someone coming in to do
    assemblies cuts no one. Cues: "special massages", out of the fire exit with no coat, a go at the stuff under the
    sink, the children on their own with the youngest a baby, the key on the outside; a code word just sent outweighs
    the lone working app's name. A refuge holds a family, and someone locked in a room since yesterday is a child at
    hand; "actually park that" sets the first matter aside. Settled or general: an awareness day, a heatwave post for
    parents, call-outs up, orders counted in an area, a book good for a year group, an Encompass call, a session
    praised; a baby asleep in the car after a crying spell and the writer's own keys gone missing."""
    assert "so called celebration" in normalise("her 'celebration' is this weekend")
    assert "travel-fm-fgm" in acute(normalise("her 'tradition' is booked"))
    assert "travel-fm-fgm" not in acute(normalise("the nurse is coming in to do assemblies"))
    assert "sexual-abuse-now" in at_risk(normalise("uncle gives her massages in her room"))
    assert "missing-now" in acute(normalise("ran out the back door 10 mins ago, no shoes"))
    assert "ingestion" in acute(normalise("got into the purple stuff under the sink"))
    assert "alone" in acute(normalise("the kids are on their own, youngest only 9 months"))
    assert "confined" in acute(normalise("the key is on the outside of her door"))
    assert not general_frame(normalise("colleague just sent her code word on the lone working app"))
    assert concerns_a_child(normalise("dad outside the refuge with a bat"))
    assert concerns_a_child(normalise("locked in room since yesterday?"))
    assert len(parts(normalise("re the rota.. actually park that, leo is not in his room"))) == 2
    assert general_frame(normalise("anti-bullying week: online strangers"))
    assert general_frame(normalise("hot car heatwave message for parents?"))
    assert general_frame(normalise("post for parents about water safety"))
    assert general_frame(normalise("stabbing call-outs up 20% over summer"))
    assert general_frame(normalise("40 forced marriage referrals across the county"))
    assert general_frame(normalise("wonder is brilliant for year 6 on bullying"))
    assert general_frame(normalise("encompass notification re sunday, kids in school"))
    assert general_frame(normalise("really useful cse input from the nurse"))
    assert not general_frame(normalise("good talk with ellie, stepdad picks her up at 3"))  # a guard
    assert ruled_out("confined", normalise("she finally fell asleep in the car"))
    assert ruled_out("missing-now", normalise("my house keys went missing again"))
    assert ruled_out("baby-injury", normalise("asleep at last after 30 minutes of crying"))


def test_urgency_sets_399_400_a_walk_of_minutes_a_habit_before_today_and_documents_named():
    """Sets 399-400, held out at the end of the twenty-sixth session, by kind. "Ten minutes from the bus stop" is a
    distance, not a meeting's minutes; a habit told as the background to today ("keeps missing his stop ... and today
    said") asks nothing in general. Settled or general: a case closing, a session on a weekday however the day is
    spelt, a page of a report, a review named by its topic alone, a question opened "in theory", and a meeting set for
    no time ("meeting up 'sometime'") inside a question's "if"."""
    assert not general_frame(normalise("little lad by himself near the arcade, watched him 15 mins from the cafe"))
    assert general_frame(normalise("attaching the minutes from the core group"))  # a guard
    assert not asks_in_general(normalise("she keeps missing the bus on purpose and today told me she cant go home"))
    assert asks_in_general(normalise("what do we do when a pupil keeps missing the bus on purpose"))  # a guard
    assert general_frame(normalise("heating fixed and the fridge full now, case closing"))
    assert general_frame(normalise("CSE session Saturday for the youth club"))
    assert general_frame(normalise("Youth club session Wednesday on grooming"))
    assert general_frame(normalise("teen overdose report, page 6"))
    assert general_frame(normalise("sibling neglect review"))
    assert not general_frame(normalise("toddler needs head injury review"))  # a guard
    assert about_practice(normalise("in theory could we refuse to hand a baby to a drunk dad at pick up?"))
    assert general_frame(normalise("if a kid says they're meeting a man from snapchat sometime, is that police?"))


def test_urgency_sets_405_to_408_a_parent_at_the_pub_a_farewell_for_tomorrow_and_a_claim_reported():
    """Sets 405-408, by kind. Cues: the parent at the pub and "who's with the baby", nobody at home since a time, a
    colleague's "help" then silence, a call asked for and not safe, what they will do if the child goes back, a vape
    liquid sipped or swigged, on a bridge or roof with no article, a shank. A reported farewell for tomorrow, and
    someone at the door waving a weapon, outweigh a settled "last week"; "at the end of training", "just chatting with
    a girl" and a carer's claim on the phone that "the baby's fine" are no settled words, and a stay at a parent's
    implies a child. Settled or general: "had just" in a past visit, figures of fights, what a parent will say of a
    tattoo, a heatwave to come, bolts taken off and a plan in place, a hazard's storage asked about, a pet "trying to
    kill me", a policy named with a hyphenated word, the writer's evening with their own children, a team's online
    catch-up and a code word changed. "Doing the ceremony" in quotes is a cutting, as "the ceremony" was."""
    assert "travel-fm-fgm" in acute(normalise("gran is 'having the ceremony' for her next week"))
    assert "alone" in acute(normalise("dads down the pub, whos minding the kids?"))
    assert "alone" in acute(normalise("theres no one at home since yesterday, she says"))
    assert "practitioner-danger" in acute(normalise("colleague messaged sos and now isnt picking up"))
    assert "practitioner-danger" in acute(normalise("need a call, not safe"))
    assert "scared-home" in acute(normalise("if he gets back theyll lock him in the shed"))
    assert "ingestion" in acute(normalise("toddler swigged the e-liquid"))
    assert "self-harm-suicide" in acute(normalise("boy on roof of the leisure centre"))
    assert "weapons" in at_risk(normalise("found a shank in his blazer"))
    assert "weapons" not in at_risk(normalise("lamb shank for tea tonight"))  # a guard
    assert "practitioner-danger" not in acute(normalise("the code word has been updated for december"))
    assert not general_frame(normalise("the man who shouted at me last month is at the gate waving a hammer"))
    assert not general_frame(normalise("after practice last week she told me she wont be here tomorrow"))
    assert not general_frame(normalise("during training she said she has a plan"))
    assert not general_frame(normalise("just chatting to a boy in year 8 and he said his stepdad hits him"))
    assert not general_frame(normalise("dad on the phone saying the kids fine, hes in the bookies"))
    assert general_frame(normalise("toddler was cold at yesterdays visit but mum had just changed him"))
    assert concerns_a_child(normalise("client upset about staying at mums tonight"))
    assert general_frame(normalise("fights in the playground up 15% since september"))
    assert general_frame(normalise("mum will kill me when she sees my tattoo"))
    assert general_frame(normalise("heatwave due next week, car park duty pls"))
    assert general_frame(normalise("bolts have been taken off her door"))
    assert general_frame(normalise("the family are now on a child protection plan"))
    assert general_frame(normalise("medicines kept in the staff office - ok?"))
    assert general_frame(normalise("my dog is trying to kill me, 5am walk"))
    assert general_frame(normalise("Burns in non-mobile babies policy"))
    assert ruled_out("scared-home", normalise("dreading going home to my teenagers tonight"))
    assert ruled_out("online-meeting", normalise("online catch-up for the team friday"))


def test_urgency_sets_411_to_414_a_check_in_missed_a_weapon_waved_and_missing_yet():
    """Sets 411-414, by kind. Cues: a worker's check-in missed or a last known location; a threat to "do me in"; a fall
    told of a baby by a parent. What places now outweighs a question's frame: a weapon at home already waved or
    pointed at someone; midnight ("its gone midnight"); whether a child counts as missing "yet". "Off topic ..., but"
    turns to what follows. Settled or general: a programme's episode, the writer's old job, a new baby's adjustment
    called normal, and the writer's oven left on. Three development misses of the same kind, a question whose case is
    at hand: the writer told to leave the house, a girl being taken abroad tomorrow, a call from abroad about her
    wedding."""
    assert is_urgent(
        "do we need to act now if a 3 wk old has fingertip bruises on her legs and wont feed? dad wants me to go"
    )
    assert is_urgent(
        "is it ok to call police if a girl says shes being taken abroad tomorrow for 'the cutting', her cousin bled"
    )
    assert is_urgent(
        "what should we do if a year 10 calls from Pakistan saying the wedding is next week and she doesnt want it?"
    )
    assert "practitioner-danger" in acute(normalise("support worker missed her 2pm check in"))
    assert "practitioner-danger" in acute(normalise("no reply from Jo, last known location the Hollins Rd flat"))
    assert "scared-home" in acute(normalise("wont get in the taxi, says shell do him in"))
    assert "baby-injury" in acute(normalise("3 week old with a swollen lip, dad says she rolled off the sofa"))
    assert not asks_in_general(
        normalise("what now if a boy says mum keeps a knife in a drawer and was pointing it at him")
    )
    assert not general_frame(normalise("is it normal for him to stay out, its gone midnight and hes 13"))
    assert not general_frame(normalise("phone off since 6, does she count as missing yet?"))
    assert (
        len(parts(normalise("bit off topic re the training, but the 15yo at the hostel says shes not allowed out")))
        == 2
    )
    assert general_frame(normalise("the ep of casualty with the toddler and the bleach"))
    assert general_frame(normalise("in my last post a boy wouldnt go home and we used police protection"))
    assert general_frame(normalise("unsettled since the twins arrived, new baby adjustment, mum is great"))
    assert ruled_out("scared-home", normalise("dreading going home, think i left the oven on"))


def test_urgency_sets_415_to_418_a_head_count_short_a_stranger_collecting_and_a_car_in_the_heat():
    """Sets 415-418, by kind. What places now outweighs a settled word: a head count short (even with a weary emoji,
    read as "lol"); a child asking if we can stop her being sent away; "who are these men" at hand. Cues: a child in
    a parked or locked car, red or with nobody about; a child collected by someone nobody knows; a little one left
    since a time; a baby not moving a limb. Settled or general: a BNF page, a "practice question", the children in
    long term foster care, the court finished."""
    assert not general_frame(normalise("head count is two short at the farm 😩"))
    assert not general_frame(normalise("she asked if someone could stop her being taken to Sudan this weekend"))
    assert "confined" in acute(normalise("toddler in a locked car outside tesco, no adults about"))
    assert "confined" in acute(normalise("kid in a parked car by the pool, really red"))
    assert not asks_in_general(normalise("who are these lads waiting for the year 7 at the gate?"))
    assert "held-trafficked" in acute(normalise("a woman turned up for amy after school, never seen her before"))
    assert "alone" in acute(normalise("toddler upstairs been left since breakfast"))
    assert "baby-injury" in acute(normalise("10 week old wont move her right leg and screams on nappy change"))
    assert about_practice(normalise("bnf page for ibuprofen in babies?"))
    assert about_practice(normalise("Leaving under 8s unsupervised - practice question"))
    assert general_frame(normalise("the boy from the cupboard case is in long term foster care now"))
    assert general_frame(normalise("courts finished for the family with the locked bedroom"))


def test_urgency_sets_419_420_found_out_of_it_left_behind_and_a_colleague_overdue():
    """Sets 419-420, by kind. Someone "just been found ..., out of it" is found in a state, not found safe. Cues: a
    child who did not get back on the coach, a search with no sign; a colleague overdue from a visit, or a check-in
    missed. "One of the scouts" is a child; "6wo" is an age in weeks. Settled or general: a lock broken, in a line; a
    terse question whether something is an offence."""
    assert not general_frame(normalise("girl just been found behind the sports hall, totally out of it"))
    assert general_frame(normalise("she has been found, safe and well"))  # a guard
    assert "missing-now" in acute(normalise("lad didnt get back on the coach at the services"))
    assert "missing-now" in acute(normalise("leaders searching an hour, no sign"))
    assert concerns_a_child(normalise("one of the brownies not at the meeting point"))
    assert "3 week old" in normalise("3wo with a bruise")
    assert general_frame(normalise("Fire exit lock jammed"))
    assert about_practice(normalise("Upskirting a minor offence?"))
    assert "practitioner-danger" in acute(normalise("Jo was due back by 2 from the Park St visit, its gone 4"))
    assert "practitioner-danger" in acute(normalise("what if a worker misses a safety call"))


def test_urgency_sets_409_410_a_threat_spoken_a_note_found_and_a_plot_told():
    """Sets 409-410, held out at the end of the twenty-seventh session, by kind. A threat just spoken to those in the
    room ("I'll murder the lot of you") or keeping someone in ("you won't leave this house") puts the writer at risk;
    a note found with the child not where expected; half a bottle of medicine "had", asked about, then "he just did".
    Settled or general: a conditional about children in general, a knock the child laughed off, first aid kits bought,
    a direct work tool; a film's plot told after a question about it is no case at hand."""
    assert "practitioner-danger" in at_risk(normalise("stepdad just shouted 'im gonna stab the lot of you'"))
    assert "practitioner-danger" not in at_risk(
        normalise("boss just said 'ill kill you' if i'm late again lol")
    )  # a guard
    assert "practitioner-danger" in at_risk(normalise("gran's partner keeps saying 'nobody's leaving', hands shaking"))
    assert "practitioner-danger" in at_risk(
        normalise("he's just told me i'm not going anywhere till he's seen the file")
    )
    assert "practitioner-danger" not in at_risk(normalise("she just said you can't leave your bike there"))  # a guard
    assert is_urgent("mums ex just said 'ill murder the lot of you', hes pacing")
    assert "self-harm-suicide" in acute(normalise("a note was left in her tray, cant find her anywhere"))
    assert "ingestion" in acute(normalise("is nurofen ok if a toddler has like half a bottle?"))
    assert is_urgent("how bad is it if a 3 yr old has nearly half a bottle of calpol? our little one just did")
    assert general_frame(normalise("if kids are being picked up by an adult nobody knows, whats the process?"))
    assert not general_frame(normalise("not sure if kids are in there, the door's locked"))  # a guard
    assert general_frame(normalise("he bumped his head on the slide, he giggled and carried on"))
    assert not general_frame(normalise("bumped his head, giggled, but now he's being sick"))  # a guard
    assert general_frame(normalise("bought two first aid kits for the minibus"))
    assert about_practice(normalise("used the three houses worksheet with a year 3 today"))
    assert not is_urgent("anyone shown the film Room to students? the boy kept in the garden shed for years")
    assert is_urgent("anyone know the number for the NSPCC? the boy kept in the shed next door is screaming")  # a guard


def test_urgency_sets_421_to_424_gone_since_a_time_a_hiding_feared_and_someone_standing_over_me():
    """Sets 421-424, by kind. "14 yr old's" is read as "14 year old's" (it left a stray "olds"). A particular child gone
    since a time places a question's "if" now; "standing over me" places the writer's danger now, a joke marker
    notwithstanding. Cues: a hiding feared, told tersely; a scare-quoted "boyfriend"; nobody knowing where a child
    went; the coded folder from the visit the writer is at; a child clinging to the writer. "Keeps going on about" is
    the child's talk, no habit; "worse than last week" compares, no time gone by. False alarms: a film's cover up that
    "still gets me", stuck in a car on the motorway, "if there's ..." asked in general."""
    assert normalise("her 9 yr old's coat") == "her 9 year olds coat"
    assert is_urgent("is it a 101 job if my 12yo's been gone since lunchtime?")
    assert not is_urgent("is it a 101 job if a 12yo's been gone since lunchtime?")  # a guard
    assert is_urgent("on a visit haha - mums partner stood over me, aggressive")
    assert is_urgent("petrified of a belting when she gets home")
    assert not is_urgent("petrified of a belting in the quiz tonight, my team are useless")  # a guard
    assert "held-trafficked" in at_risk(normalise("Her 'friend' is collecting her from the park tonight, she's 12"))
    assert "missing-now" in acute(normalise("nobody at school knows where she has gone"))
    assert "practitioner-danger" in acute(normalise("blue folder pls, i am at the home visit, not good"))
    assert concerns_a_child(normalise("clinging on to my leg and won't let go"))
    assert not asks_in_general(normalise("she keeps going on about her older mate collecting her from school"))
    assert not general_frame(normalise("worried he'll get a worse hiding than last week"))
    assert about_practice(normalise("watched it again, the cover up still gets me"))
    assert ruled_out("confined", normalise("stuck in a boiling van on the M6 for an hour, send help"))
    assert general_frame(normalise("if there's DV at home but the baby was asleep upstairs, does that count?"))
    assert not general_frame(normalise("if there's anyone free can you ring me, dad's kicking off"))  # a guard
    # development sets moved by the refit, fixed by kind: a brawl "brawling"; "keeps disappearing" a habit; "he's in
    # now" home again; an incident to the writer reported, the writer ok
    assert "violence-now" in acute(normalise("mums brawling in the car park, kids watching"))
    assert asks_in_general(normalise("she keeps disappearing at lunch, is that something to log?"))
    assert general_frame(normalise("ran off after school, dad panicked but shes in now, just logging it"))
    assert general_frame(normalise("a dad swore at me at the gate this morning, reported it, I'm fine"))
    assert ruled_out("scared-home", normalise("not going home yet - it's the weekend!"))


def test_urgency_sets_425_to_430_strangled_chewed_through_and_nobody_collected():
    """Sets 425, 426, 429 and 430, by kind. Cues: someone being strangled or choked now, whoever it is; a weapon kept
    under a bed or by the door; sachets or tablets chewed through; children in their coats indoors (no heat); nobody
    come for a child as the setting closes; an age ("a 12yo") as the child set upon. Settled: a return home interview
    done, a hearing adjourned, a risk reviewed and now low, the office's machines broken, a book just finished and
    exclaimed over."""
    assert acute("") == [] and at_risk("") == []  # a guard: no cue list holds an empty alternative
    assert is_urgent("mum being smothered, 999")
    assert "weapons" in acute(normalise("knife kept by the front door, spotted today"))
    assert "ingestion" in acute(normalise("toddler bit open two of the pods, is that bad"))
    assert "neglect-now" in acute(normalise("kids sitting in their coats in the living room, no gas"))
    assert "alone" in acute(normalise("no one's picked up Amir and the club is locking up"))
    assert "violence-now" in acute(normalise("bloke laying into a 9yo outside the shop"))
    assert general_frame(normalise("RHI for Maya done, she's back"))
    assert general_frame(normalise("final hearing postponed again"))
    assert general_frame(normalise("CSE risk was reviewed at panel and is now medium"))
    assert general_frame(normalise("the kettle is broken, send help"))
    assert general_frame(normalise("just finished Small Island, powerful"))
    assert not general_frame(normalise("just finished the visit, wow"))  # a guard


def test_urgency_sets_427_428_431_to_434_a_child_locked_in_a_turn_after_fine_and_a_case_watched():
    """Sets 427, 428 and 431-434, held out until the session's third change, by kind. A child "on the CSE risk
    register" is described, not a question about the register; "unrelated to the CPD thing but" and "went fine BUT"
    turn to what follows; "cos I'm watching it happen" places the question's case now; harm before ("a ligature last
    week") is no matter closed. Cues: a young child locked in a room; children driven to a party; a blade in a
    bag."""
    assert not about_practice(normalise("she's 14 and on the CCE risk register, gone since 3"))
    assert about_practice(normalise("who maintains the risk register for exploitation?"))  # a guard
    assert parts(normalise("unrelated to the training stuff but Mo's dad just rang"))[1].strip() == "mos dad just rang"
    assert len(parts(normalise("the home visit was fine , but the toddler has a burn on his hand"))) == 2
    assert turns_live(normalise("cos we're watching them from the staffroom"))
    assert not general_frame(normalise("shes shut in her room with the door wedged, there was an overdose last month"))
    assert "confined" in acute(normalise("they lock the 4 year old in a room"))
    assert general_frame(
        normalise("went ok, dad kicked off but I got out and it's on the risk register now")
    )  # a guard
    assert "held-trafficked" in at_risk(normalise("girls being taken to a party tonight"))
    assert "weapons" in acute(normalise("knife in a blazer pocket, year 10"))


def test_urgency_sets_435_to_440_fares_sent_a_childs_note_quoted_and_a_habit_that_includes_today():
    """Sets 435-440, by kind. Cues: the fare sent for a meeting; a liquid tab bitten; nobody has seen a child since a
    time; nobody has been in; a young child minding a baby, told later. A child's note quoting "meeting my mate from
    Fortnite" is no writer meeting a pal; a pick-up at a time places the question's case today; a habit "including
    today" is today; the police weighed against waiting is the case at hand. Look-alikes: what a service still hands
    out; a term explained for new starters; whether a protocol covers a sign; a prank; a book's plot; the writer's
    sweets."""
    assert "online-meeting" in acute(normalise("meeting a lad at the station at 4, he sent her the bus fare"))
    assert "online-meeting" not in acute(normalise("mum sent her the bus fare for college"))  # a guard
    assert not about_practice(normalise("left a message saying meeting my friend from roblox tonight"))
    assert about_practice(normalise("meeting my mate for a drink after work, anyone fancy it"))  # a guard
    assert "ingestion" in acute(normalise("baby sucked on a liquid tab, drooling"))
    assert placed_now(normalise("pick up is at 3.30"))
    assert is_urgent(
        "is there anything we can do if a 6yo says shes too scared to go home as itll be bad when dads drunk? home time"
        " is at 3"
    )
    assert "missing-now" in acute(normalise("no one has seen jayden since lunch"))
    assert "alone" in acute(normalise("nobody has been home since friday"))
    assert "alone" in acute(normalise("8yo at the door, says mum went to work and shes minding her baby sister"))
    assert weighs_emergency_route(normalise("do we ring police or just wait it out?"))
    assert about_practice(normalise("section 47 vs section 17, whats the difference?"))  # a guard
    assert not asks_in_general(normalise("he collects her from school every day, including today"))
    assert asks_in_general(normalise("he collects her from school every day"))  # a guard
    assert about_practice(normalise("does the pharmacy still give out naloxone kits?"))
    assert about_practice(normalise("could you explain county lines to the students next week"))
    assert about_practice(normalise("i want to see if it covers petechiae"))
    assert general_frame(normalise("my class shut me in the store cupboard as a joke, very funny"))
    assert about_practice(normalise("the book were reading with year 5 is about a boy hit at home"))
    assert not is_urgent("Just swallowed a full bag of Minstrels, send help")


def test_urgency_sets_441_442_a_babys_mouth_a_threat_to_staff_and_whether_to_go_to_hospital():
    """Sets 441-442, held out until the session's first change, by kind. Cues: a baby's mouth hurt; a threat to a
    member of staff by title; something hidden down a waistband. Whether to take the child to hospital weighs the
    emergency route; it is no question of record keeping. Look-alikes: a film asked after ("anyone seen ..."); a law's
    terms; firearms licensing; an episode to go over at a meeting; a colleague left with the children; a product named
    after a quantity ("a tub of Pringles") is no person."""
    assert "baby-injury" in acute(normalise("3 month old with a split lip, dad says she bumped the cot"))
    assert "practitioner-danger" in acute(normalise("dad in the foyer shouting hes going to batter mr jones"))
    assert "weapons" in acute(normalise("the lad at the gate, hes got something down his waistband"))
    assert weighs_emergency_route(normalise("shes breathing fine now, should we take her to hospital?"))
    assert not about_practice(normalise("do we still go to a and e if he seems ok"))
    assert about_practice(normalise("do we still refer if the bruise has faded?"))  # a guard
    assert about_practice(normalise("has anyone seen the new Thinkuknow film for parents yet?"))
    assert about_practice(normalise("are carers now covered under the Children and Families Act?"))
    assert about_practice(normalise("question on shotgun licensing and kids in the home"))
    assert general_frame(
        normalise("he ran off from school for an hour on friday, we will go over it at the core group next week")
    )
    assert not is_urgent("thanks for leaving me alone with the twins at contact, they were wild")
    assert not names_someone("ate a tub of Pringles on the train")
    assert names_someone("Pringles and chips for tea, Ayesha still not home")  # a guard


def test_urgency_sets_446_to_448_a_wedding_within_hours_a_child_asking_to_stay_and_a_worker_overdue():
    """Sets 446-448, by kind. A child's words passed on ("Pupil emailed me: they're making me go to the wedding") are
    no writer made to go to a wedding. Cues: girls to be "done" where cutting is done abroad; what a named carer will
    do if the child goes back; asking to stay on with a mark on the child; a worker not answering and hours late.
    Look-alikes: letters before the holidays; a session's heading; a procedure for staff in general; whether parents
    should let a child do something; a meeting's outcome; a young child's threat to a parent."""
    assert is_urgent("Pupil emailed me: they are making me go to the wedding, we are flying in 3 hours")
    assert not is_urgent("ugh mum's making me go to my cousin's wedding in Leeds, we leave in 2 hours")  # a guard
    assert "travel-fm-fgm" in acute(normalise("off to sudan in the holidays, both girls are going to be done there"))
    assert "scared-home" in acute(normalise("if he goes back his dad will finish what he started"))
    assert "scared-home" in acute(normalise("asking if she can just stay here, got a mark on her neck"))
    assert "practitioner-danger" in acute(normalise("colleague not picking up, 2 hrs late back"))
    assert about_practice(normalise("pre-summer FGM letters going out this week?"))
    assert about_practice(normalise("Teams session: kids who are scared of home"))
    assert about_practice(normalise("Teen refuses to leave the club at closing - whats the procedure for staff?"))
    assert not about_practice(
        normalise("teen refuses to leave, dad outside now - whats the procedure for staff?")
    )  # a guard
    assert about_practice(normalise("parents forum question: should parents track a 12 year olds phone?"))
    assert general_frame(normalise("meeting outcome: Tias CCE concerns, NRM came back conclusive"))
    assert not is_urgent("my 7yo just threatened to kill me because I said no more sweets")


def test_urgency_sets_443_to_445_a_pick_up_arranged_online_a_weapon_meant_for_someone_and_a_car_attacked():
    """Sets 443-445 (held out on 70d0eb7), by kind. Cues: a pick-up arranged by someone met online, told passively
    ("being picked up at 4 by someone she talks to on discord"); a firearm or pistol kept at home that its holder means
    to use on someone; knives sharpened with "this one's for her" are no kitchen chore; a car's window banged, told
    tersely. Look-alike: whether the writer's own teenager may be in charge tonight."""
    assert "online-meeting" in acute(normalise("shes getting picked up at 6 by a lad off snapchat"))
    assert is_urgent("his cousin keeps a pistol in the wardrobe and plans to use it on the boy who robbed him")
    assert is_urgent("mum's partner sharpening the kitchen knives at the table, told the kids that one's for him")
    assert not is_urgent("sharpened all the kitchen knives before the roast, that one's for the carving")  # a guard
    assert "practitioner-danger" in acute(normalise("sat in van, lad thumping windscreen"))
    assert about_practice(normalise("our 16yo is minding the twins tonight, is that ok?"))
    assert not about_practice(
        normalise("my 15yo is babysitting tonight but the little one says he hurts her, am I mad")
    )  # a guard


def test_urgency_old_misses_hunger_and_cold_scared_at_school_a_polite_opener_waiting_to_report_and_due_there():
    """Misses left from informing sets 427-434, by kind. Cues: nothing eaten for days and the meter run out; a child
    scared to go home from school; not a clue where a child is; one who touches the child minding the child later; a
    visit due at an hour. Frames: "is it ok to ask," opens the message, it asks nothing of practice; whether to wait
    before reporting, or the police against the duty team, weighs the emergency route."""
    assert "neglect-now" in acute(normalise("the 3 kids have had nothing to eat since friday"))
    assert "neglect-now" in at_risk(normalise("gas has run out and the toddler is shivering"))
    assert concerns_a_child(normalise("terrified to go home, still in school at 5"))
    assert not concerns_a_child(normalise("terrified to go home, the wife found the receipts"))  # a guard
    assert "missing-now" in acute(normalise("the 14yo, nobody has a clue where she is"))
    assert "sexual-abuse-now" in acute(normalise("she says her uncle touches her and he's minding her tonight"))
    assert now_cued(normalise("threats made at the flat, we're due back at 4"))
    assert not general_frame(normalise("is it ok to ask, my yr 8 says a man from roblox is collecting her at 5"))
    assert general_frame(normalise("is it ok to ask children about self-harm directly"))  # a guard
    assert weighs_emergency_route(normalise("should we wait 24 hours before reporting a child missing?"))
    assert weighs_emergency_route(normalise("should I ring the police or the front door for this one"))
    assert not weighs_emergency_route(normalise("would a child meeting an online friend be a police or MASH referral"))
    assert not weighs_emergency_route(normalise("how long do we wait before reporting a child missing"))  # guards
    assert is_urgent("should I wait until tea time to report, 9yo not home and nobody has a clue where he is?")


def test_urgency_set_449_a_coded_folder_asked_about_in_a_call_however_put():
    """Set 449 (first look on a496d82), by kind: a lone worker's coded call, the coloured folder asked about however the
    call is put ("ring me in 5 and ask if I need the blue folder")."""
    assert "practitioner-danger" in acute(normalise("could you phone me in ten mins and ask about the red folder"))
    assert is_urgent("quick one re my 4pm - text me soon to say the green file is ready, at the flat now")
    assert "practitioner-danger" not in acute(normalise("the red folder for the audit is on my desk"))  # a guard


def test_urgency_sets_450_to_453_a_child_not_found_on_an_outing_a_car_that_keeps_collecting_and_rules_for_staff():
    """Sets 450, 451 and 453 (first looks on a496d82), by kind. Cues: a child not found on an outing, by first name;
    none of those the child was thought to be with has seen the child; not turned up home; a car that keeps picking
    pupils up, one in it now; a carer "out cold" is no settled "is out". Frames: a child who has just brought the thing
    a question of practice asked about turns the question live. Look-alikes: books for a reading group; a standing rule
    for staff; figures a body publishes; a child who loves contact; RSHE planning and a question of law; door alarms,
    whether allowed; whether a code word is still the same."""
    assert "missing-now" in acute(normalise("cant find leo at the zoo"))
    assert "missing-now" not in acute(normalise("cant find my lanyard on the trip"))  # a guard
    assert "missing-now" in acute(normalise("mum thought she was at a friends but none of them have seen her"))
    assert "missing-now" in at_risk(normalise("13yo has not turned up home and it's dark now"))
    assert "held-trafficked" in acute(
        normalise("that van has been collecting our yr 10s after school, one just got in")
    )
    assert not general_frame(normalise("nan in the lounge is out cold, toddler crawling about"))
    assert turns_live(normalise(" a 15yo's just brought one into the unit"))
    assert is_urgent("whats our policy on airguns? a 14 year old has just come in with one and he's loading it")
    assert general_frame(normalise("any more books about forced marriage for the reading group"))
    assert not general_frame(normalise("Ava in my reading group just told me her stepdad hurts her"))  # a guard
    assert general_frame(normalise("Escorts: always let the office know before you leave a child"))
    assert general_frame(normalise("Attacks on health visitors doubled, says Unison"))
    assert well_now(normalise("Tom loves his contact at mum's now"))
    assert general_frame(normalise("RSE planning: is it rape in law if a 15yo and a 17yo have sex?"))
    assert general_frame(normalise("bedroom alarms in the children's home, are they allowed under DoLS?"))
    assert "practitioner-danger" not in acute(normalise("is the code word still the same this month?"))


def test_urgency_set_452_a_proper_woman_after_the_urgent_matter_put_first_a_name_then_fear_and_figures():
    """Set 452 (first look on 1a17b9e), by kind. Cues: what a girl will be after cutting ("she'll be a proper woman
    after"); a threat to kill typed "ill"; a button "batt"; a meeting after school today places the message now, as
    "tonight" does. Turns and names: "- first :" puts the urgent matter after an aside; a first name opening a fragment,
    then a child's fear. Look-alikes: a policy when something happens; a child home safe and the case closing; a
    spreadsheet, or the writer's kids, "will kill me"; a share of incidents and a figure's rise."""
    assert "travel-fm-fgm" in acute(normalise("aunty says she will become a real woman once the lady has been"))
    assert "weapons" in acute(normalise("he keeps yelling ill kill you all"))
    assert normalise("button batt") == "button battery"
    assert not general_frame(normalise("lol meeting him after school today"))
    assert parts(normalise("re the audit - first , 2yo at clinic has drunk bleach"))[1:] == [
        " , 2 year old at clinic has drunk bleach"
    ]
    assert names_someone("Grace terrified to go home")
    assert not names_someone("Everyone scared of the new manager")  # a guard
    assert not names_someone("Honestly terrified to go home, the wife found the receipts")
    assert names_someone("Lily terrified to go home")
    assert about_practice(normalise("whats the lone working policy when a visit overruns?"))
    assert general_frame(normalise("FPO worked, hes home safe, closing"))
    assert general_frame(normalise("the new laptop will kill me"))
    assert general_frame(normalise("the kids are going to kill me when they see the telly is broken"))
    assert general_frame(normalise("Police called to half of all DA incidents"))
    assert general_frame(normalise("Knife possession by under 18s up 7%"))
    assert not general_frame(normalise("man off fortnite picking him up 7"))  # a guard


def test_urgency_sets_454_455_a_search_everywhere_tablets_from_a_bag_staff_threatened_and_book_titles():
    """Sets 454 and 455 (held out on eeda205, informing from here), by kind. Cues: a search everywhere, after a question
    about a child ("is it normal ...?? we've looked everywhere"); a count of tablets had from where they were kept, and
    what a child has had "just now"; a member of staff threatened or shoved, told as a headline; the writer at the
    visit now outweighs a call's "ask if I need". Look-alikes: a rate ("how hot does a car get in 20 minutes"); a
    question after one about a book; a state changed ("is now settled"); a class reading a book by its title; the idiom
    "knife edge"; which of two categories of practice a case is; what a policy requires."""
    assert "missing-now" in at_risk(normalise("we've searched everywhere and it's nearly dark"))
    assert "missing-now" not in at_risk(normalise("ive looked everywhere for the lado form"))  # a guard
    assert is_urgent(
        "is it usual for a 7 year old to wander off from the childminder? we've looked everywhere, still dark"
    )
    assert "ingestion" in acute(normalise("are the tablets bad for a 4yo if hes taken about 5 out of nans handbag"))
    assert not asks_in_general(normalise("can ibuprofen hurt a 3 year old if he's had some from the drawer just now"))
    assert "practitioner-danger" in acute(normalise("dad at the front desk threatening to punch the receptionist"))
    assert "practitioner-danger" not in acute(
        normalise("dad was threatening to punch the receptionist last week")
    )  # a guard
    assert "practitioner-danger" in acute(normalise("TA being pushed around by a dad in the playground"))
    assert is_urgent("can you phone me in 10 and ask if I need the red file - at the visit now")
    assert asks_in_general(normalise("how hot does a parked car get in 30 minutes in july? for a training slide"))
    assert not is_urgent("Has anyone read A Child Called It? The boy kept in a cellar?")
    assert general_frame(normalise("the boy who was frightened of going home last year is now settled with his aunt"))
    assert general_frame(normalise("reading Kensuke's Kingdom with year 5, Michael is scared"))
    assert not general_frame(normalise("reading with year 5, Ahmed is scared to go home"))  # a guard
    assert ruled_out("weapons", normalise("year 6 reading knife edge"))
    assert about_practice(normalise("if a teen misses an appointment is it an absence or a missing episode?"))
    assert about_practice(normalise("under our lone working procedure should staff visit in pairs?"))


def test_urgency_sets_456_457_a_door_locked_from_outside_gifts_from_a_man_and_grown_siblings():
    """Sets 456 and 457 (first looks on caea5bc), by kind. Cues: a door locked from the outside; the writer stood at
    the scene places a question now; who a child is ("comes every day") then what the child just did; an adult's gifts
    to a child, and a child who looked scared. Look-alikes: a survivors' talk; a grown sibling ("my baby brother's 32");
    missing from a group chat; a kinship carer's question whether a child can mind another; a scene in a programme; a
    child working with a service; a small pet at the writer's ankles."""
    assert "confined" in acute(normalise("theres a padlock on the outside of the bedroom door, shes in there"))
    assert "confined" in acute(normalise("kids room is locked from the outside"))
    assert is_urgent("is it ok that the little boy's door is bolted from the outside?? i'm standing in the hallway")
    assert not asks_in_general(normalise("the 10 year old who visits every day just went off with an older man"))
    assert "held-trafficked" in at_risk(normalise("a guy who keeps buying her trainers picked her up"))
    assert "held-trafficked" in at_risk(normalise("she looked terrified getting in"))
    assert general_frame(normalise("went to a forced marriage survivors panel last night, so powerful"))
    assert ruled_out("baby-injury", normalise("my little sister is 27 and broke her wrist skiing"))
    assert not ruled_out("baby-injury", normalise("her baby sister is 7 months and has a burn"))  # a guard
    assert ruled_out("missing-now", normalise("went missing from the whatsapp group oops"))
    assert asks_in_general(normalise("im their foster carer - can a 13 year old babysit her 6 year old brother?"))
    assert not asks_in_general(
        normalise("im their foster carer - can a 13 year old just leave now? hes furious")
    )  # a guard
    assert general_frame(normalise("that bit where the kid hides from his stepdad was really tough"))
    assert general_frame(
        normalise("after last terms referral, police seized his laptop and shes working with the cse team")
    )
    assert ruled_out("practitioner-danger", normalise("kitten keeps biting my fingers, im in danger lol"))
    assert not ruled_out("practitioner-danger", normalise("the dog is attacking my legs, im in danger"))  # a guard
    assert not ruled_out(
        "violence-now", normalise("cat keeps biting my toes, im in danger. dad is hitting mum")
    )  # a guard


def test_urgency_set_458_home_misspelt_a_child_discharged_unharmed_demos_games_and_cases_closed():
    """Set 458 (first look on d6d2b66), by kind. Cue: "hom" for home, typed in a hurry. Look-alikes: a child
    discharged unharmed; a demonstration at an event; the statutory guidance by name; no missing episodes since; a
    game won ("beat me at"); the writer's own little one a "danger"; a case a panel closed."""
    assert normalise("scared to go hom") == "scared to go home"
    assert resolved(normalise("the 2yo who had the pills - discharged this morning, no lasting harm"))
    assert general_frame(normalise("water safety display at the summer fete"))
    assert about_practice(normalise("working together 2018 on the voice of the child"))
    assert ruled_out("missing-now", normalise("no more missing episodes since she moved placement"))
    assert ruled_out("violence-now", normalise("the kids beat us at uno again"))
    assert not ruled_out("violence-now", normalise("her dad beat her at the house again"))  # a guard
    assert not ruled_out("violence-now", normalise("dad beat him in front of the kids"))  # a guard
    assert ruled_out("practitioner-danger", normalise("my twins are an absolute menace"))
    assert general_frame(normalise("panel closing her case, exploitation risk down"))


def test_urgency_sets_459_460_a_conditional_threat_to_kill_a_shared_room_and_services_attending():
    """Sets 459 and 460 (held out on 5ead03d, informing from here), by kind. Cues: a threat to kill on a condition,
    quoted ("said if ... she'll kill it"); the one disclosed about sharing the child's room places it now; services at
    the scene now ("police attending"). Look-alikes: a threshold question; "S47 or S17"."""
    assert "weapons" in acute(normalise("she said if they take the baby shell drown it"))
    assert "weapons" not in acute(
        normalise("mum said if he leaves his socks out again shes going to scream")
    )  # a guard
    assert now_cued(normalise("boy disclosed abuse by his stepbrother, they share a bedroom"))
    assert now_cued(normalise("ambulance en route, toddler took nans pills"))
    assert general_frame(normalise("FGM threshold q for the team"))
    assert general_frame(normalise("S17 or S47 when a young person wont go home"))


def test_urgency_set_459_a_scrap_dealt_with_and_a_toddlers_bedtime_dreaded():
    """Set 459's two look-alikes left by 263e9a9, by kind: a scrap over and dealt with ("had a fight ..., sorted",
    "both in isolation"); the writer's own little one's tantrum, dreaded in jest ("I fear for my life")."""
    assert general_frame(normalise("the twins had a scrap in the garden, sorted, both sent to their rooms"))
    assert general_frame(normalise("year 10s had a fight by the canteen this morning, both in isolation"))
    assert not general_frame(normalise("two lads having a fight on the field, one has a knife"))  # a guard
    assert ruled_out("violence-now", normalise("when my twins have a meltdown at teatime i fear for my life"))
    assert not ruled_out(
        "violence-now", normalise("when her stepdad kicks off at bedtime she fears for her life")
    )  # a guard


def test_urgency_sets_467_468_shorthand_for_missing_a_motor_a_book_corner_and_a_groups_time():
    """Sets 467 and 468 (held out on 725f331, informing from here), by kind. Cues: "misper" and "gone from the house";
    a hot "motor" (a car); a book corner is a place, not a book; a child not back and out of reach now outweighs last
    month's episode; the same cutting to be done to a younger girl; men rounding up children. Look-alike: a children's
    group's time and nothing else."""
    assert "missing-now" in at_risk(normalise("possible misper, 9yo with adhd, out since teatime"))
    assert "missing-now" in at_risk(normalise("8 year old gone from the flat in her nightie"))
    assert is_urgent("poss misper, 10yo non verbal, gone from the house in his slippers, its dark out")
    assert not is_urgent("misper protocol training for the new starters next week")  # a guard
    assert "missing-now" not in at_risk(normalise("misper closed, found safe at her nans"))  # a guard
    assert "confined" in acute(normalise("baby in a hot motor outside the chippy, windows up"))
    assert not about_practice(normalise("she was in the picture book corner a minute ago and now we cant find her"))
    assert about_practice(normalise("any picture book about feelings for a 5 year old?"))  # a guard
    assert not general_frame(
        normalise("still not got home from college, phone dead, 4 hrs late, went missing last month with older lads")
    )
    assert general_frame(normalise("she went missing last month but came home the next day"))  # a guard
    assert "travel-fm-fgm" in at_risk(
        normalise("aunt who had fgm says the cutter comes friday to do the same to her little sister")
    )
    assert "travel-fm-fgm" not in at_risk(normalise("mum had fgm as a child, she told the midwife today"))  # a guard
    assert "held-trafficked" in at_risk(normalise("blokes picking up kids from the skatepark rn"))
    assert "held-trafficked" not in at_risk(
        normalise("the dads are collecting the kids from the arcade now")
    )  # a guard
    assert about_practice(normalise("Stay and play tomorrow at 10, all welcome"))
    assert not about_practice(normalise("at stay and play now, a baby is not breathing"))  # a guard


def test_urgency_sets_471_472_474_a_call_heard_a_childs_cry_and_look_alikes_of_plays_treats_and_records():
    """Sets 471, 472 and 474 (held out on f09fb5d, informing from here), by kind. Cues: a call as it comes in ("open
    line, hearing ..."); a child's cry for a parent ("get off mummy"); a girl to meet her "husband"; "but -" turns from
    an aside to the case. Look-alikes: a fitting of a thing, not a fit; a play about a harm; the rule never to promise
    secrecy; the writer kept in by a treat; a child who would not wake turned out a deep sleeper; a referral closed;
    the writer stuck in traffic; an offence on record. A neighbour that only a harmless phrase drew needs, without the
    phrase, what the rest of the message needs: no child is left in it."""
    assert now_cued(normalise("open line, hearing shouting and things smashing"))
    assert not now_cued(normalise("hearing test results came back clear"))  # a guard
    assert concerns_a_child(normalise("can hear stop daddy please over and over"))
    assert ruled_out("baby-injury", normalise("car seat fitting clinic for new babies on friday"))
    assert not ruled_out("baby-injury", normalise("baby fitting in the car seat, lips going blue"))  # a guard
    assert "travel-fm-fgm" in at_risk(normalise("booked her flight tonight to join her husband, shes 15"))
    assert "travel-fm-fgm" not in at_risk(
        normalise("mum and her husband are taking the kids swimming tonight")
    )  # a guard
    assert len(parts(normalise("sorry late with the newsletter but - the 3yo at the door is alone and crying"))) == 2
    assert about_practice(normalise("year 10 drama production about knife crime tonight, brilliant"))
    assert not about_practice(normalise("at the school play tonight and a dad has a knife out in the hall"))  # a guard
    assert about_practice(normalise("trainer said never promise to keep a secret if a child tells you"))
    assert not about_practice(
        normalise("she made me promise not to tell, her stepdad hits her and shes scared to go home")
    )  # a guard
    assert ruled_out("confined", normalise("stuck in the office with the year 5 brownies, rescue me"))
    assert well_now(normalise("the cant wake him call - turned out hes a heavy sleeper, all fine"))
    assert not well_now(normalise("mum says shes just a deep sleeper but she wont wake"))  # a guard
    assert general_frame(normalise("forced marriage unit referral closed, shes 19 now"))
    assert ruled_out("confined", normalise("stuck in a boiling car in traffic on the way to a visit"))
    assert not ruled_out("confined", normalise("stuck in traffic and the toddler is trapped in the boot"))  # a guard
    assert ruled_out("weapons", normalise("his knife possession conviction is spent next year"))
    assert not ruled_out(
        "weapons", normalise("he has a knife offence and hes outside the school with a machete now")
    )  # a guard

    def drawn_by_the_class(text):
        return ("held-trafficked",), 0.66 if "y6" in text else 0.79

    assert not assess(
        "trapped in the staffroom with the y6 cake, someone come quick", semantic=drawn_by_the_class
    ).urgent
    assert assess(
        "trapped in the staffroom with the y6 cake, a boy is outside, someone come quick", semantic=drawn_by_the_class
    ).urgent  # a guard: a child outside the phrase


def test_urgency_sets_469_470_473_places_searched_strangers_collecting_and_a_babys_eyes():
    """Sets 469, 470 and 473 (held out on f09fb5d, informing from here), by kind. Cues: a child not found, the places
    searched named; the writer waiting with the child now outweighs a habit told; strangers collecting a child, a
    relation claimed who is not, collection by men nobody knows, the men who brought a child here; colours typed with
    "-ish"; "please advise -" opening a case; a threat to whoever comes; a child who locked themselves in a car; young
    children on their own since a time; blue all round the mouth; blood in a baby's eye, a baby drowsy and off feeds.
    Look-alikes: whether a thing is an offence, asked and not placed now; a session praised; the writer's own toddler's
    "hostage"; the writer meeting their own online friends."""
    assert "missing-now" in acute(normalise("cant find jayden, checked the toilets and the field"))
    assert "missing-now" not in acute(normalise("cant find parking, checked the car park twice"))  # a guard
    assert not asks_in_general(
        normalise("her dad drinks most nights and nobody answers the door, im still sat outside with her")
    )
    assert "held-trafficked" in at_risk(normalise("strangers collecting amir from the gate now"))
    assert "held-trafficked" in at_risk(normalise("man at reception says hes her cousin. isnt."))
    assert "held-trafficked" in at_risk(normalise("the gang who smuggled her here are outside the foster home tonight"))
    assert concerns_a_child(normalise("being picked up at midnight by older men"))
    assert normalise("her lips are bluish") == "her lips are blue"
    assert not general_frame(
        normalise("please advise - boy in year 4 says hes not allowed home if he loses his coat, hell get the belt")
    )
    assert "weapons" in acute(normalise("dad said anyone who knocks tonight is dead"))
    assert names_someone("the gun is real, Tyler saw it")
    assert "confined" in acute(normalise("baby locked herself in nans car, sun beating down"))
    assert not ruled_out("confined", normalise("baby locked herself in nans car, sun beating down"))
    assert ruled_out("confined", normalise("son locked himself in the loo again"))  # a guard
    assert "alone" in acute(normalise("kids on own since 9, 4 and 6"))
    assert "baby-injury" in acute(normalise("blue all around his lips and gagging"))
    assert "baby-injury" in acute(normalise("newborn has red in the whites of both eyes"))
    assert "baby-injury" in acute(normalise("8 week old very drowsy and off his milk"))
    assert general_frame(normalise("leaving a 10 year old alone overnight - offence?"))
    assert not general_frame(normalise("dad is drunk with the baby right now - offence?"))  # a guard
    assert general_frame(normalise("great session at the youth club on grooming, thanks"))
    assert not concerns_a_child(normalise("my 3 year old has got us held hostage at the soft play"))
    assert ruled_out("online-meeting", normalise("meeting my online friends from the book forum on saturday"))
    assert not ruled_out(
        "online-meeting", normalise("she said shes meeting her online friend tonight, hes 30")
    )  # a guard


def test_urgency_sets_475_482_a_child_minding_a_baby_a_debt_a_call_cut_and_a_past_case_named():
    """Sets 475-478, 481 and 482 (held out on 0d078de, informing from here), by kind. Cues: a young child minding a
    baby, asked "old enough" about what is going on; how to log this case; something swallowed and choked on; a child
    in a boot; a weapon brandished; a baby blue and cold; a goodbye passed on; a child made to go or a sibling hurt, men
    at the gate asking for a child, a debt that "owns" a child; a child by name not found, now; "tots"; a lesson
    skipped to meet someone the child games with; a child saying the parent went out last night, at a window now; a
    call cut as it happens; cutting planned for a day close; "every day ..., today ..."; "really sleepy"; a carer who
    has just shown the writer; "lost property" as where a thing came from; a name then "AWOL". Look-alikes: a past case
    or review named as such; campaign materials; a link asked for."""
    assert "alone" in at_risk(
        normalise("is 7 old enough to look after a baby, because thats what is happening next door")
    )
    assert "ingestion" in acute(normalise("swallowed something from the craft table, choking and drooling"))
    assert normalise("ate sumthing off the floor") == "ate something off the floor"
    assert "confined" in acute(normalise("a child in the boot of that car"))
    assert "weapons" in acute(normalise("year 9 swinging a hammer at the younger kids"))
    assert "baby-injury" in acute(normalise("babys blue and cold, mum screaming"))
    assert "self-harm-suicide" in acute(normalise("she texted me tonight is my last night"))
    assert "self-harm-suicide" not in acute(normalise("today is my last day before mat leave, bye all"))  # a guard
    assert "held-trafficked" in at_risk(normalise("she says she has to go with them or her brother gets hurt"))
    assert "held-trafficked" in at_risk(normalise("three men outside the school asking after mia"))
    assert "held-trafficked" in at_risk(normalise("he says a dealer owns him now"))
    assert "missing-now" in at_risk(normalise("cant find ellie now"))
    assert "missing-now" not in at_risk(normalise("cant find anything now"))  # a guard
    assert "online-meeting" in acute(normalise("skipped maths to meet a guy she games with"))
    assert "alone" in acute(normalise("kid of about 4 saying daddy went out yesterday"))
    assert not general_frame(
        normalise("a child at the upstairs window, neighbour says shes been alone since last week")
    )
    assert not general_frame(normalise("teams call with the family, dad hit mum, call cut"))
    assert not general_frame(normalise("she was taken abroad last month, family doing the circumcision this week"))
    assert not asks_in_general(normalise("she comes in hungry every day, today the baby collapsed"))
    assert not general_frame(normalise("is it normal for a 2 month old to be really sleepy"))
    assert concerns_a_child(normalise("mum at the food bank just showed me"))
    assert not about_practice(normalise("out of the lost property cupboard"))
    assert names_someone("Reuben AWOL again")
    assert about_practice(normalise("Past review: toddler alone in flat, closed"))
    assert about_practice(normalise("hot car awareness packs for the fun day"))
    assert about_practice(normalise("link to the council baby sleep advice?"))
    assert not about_practice(normalise("is 8 old enough to mind a baby, because thats whats going on next door"))
    assert about_practice(normalise("is 8 old enough to mind a baby"))  # a guard
    assert not about_practice(normalise("her uncle has booked the flights . . . what do we log this as"))
    assert about_practice(normalise("what do we log for a missed health visit"))  # a guard
    assert normalise("two tots on the step") == "two toddlers on the step"


def test_urgency_sets_483_to_494_a_name_looked_for_a_carer_come_and_gone_and_a_ride_sent():
    """Sets 483-494 (held out on c2fc1d8, informing from here), by kind: what each missed. Cues: a name after a verb
    that looks for someone; not at the pick-up when the carer came; gone to the toilet and in no room; a little one
    left aboard; refusing home, anywhere but home; a "go at" the dishwasher tabs; an adult's tablets strewn beside a
    little one; a ride sent by someone unknown; picked up by different men; a bridge by name; an armed man by the
    writer's car; furniture swung at staff; looking up how many tablets; blood under a door; a baby's black eye.
    Settings: children living there, a carer drinking all day; whether it can wait till morning, or how to get a
    specialist team on it today; a parent at the door; the fear after the wish not to go home."""
    assert names_someone("can't find Leo after the match")
    assert names_someone("nobody has seen Grace since lunch")
    assert not names_someone("can't find Tuesday's rota")
    assert "missing-now" in acute(normalise("Maya wasnt at the gate when her dad came for her"))
    assert "missing-now" in acute(normalise("he went to the toilets 20 mins ago and theres no sign"))
    assert "alone" in acute(normalise("toddler left on the bus, mum got off"))
    assert "scared-home" in acute(normalise("boy at the bus stop, refuses home"))
    assert "scared-home" in acute(normalise("begging me to take him anywhere except home"))
    assert "ingestion" in acute(normalise("toddler had a go at the laundry pods"))
    assert "ingestion" in acute(normalise("pills all over the floor and the toddler is drowsy"))
    assert "held-trafficked" in acute(normalise("a man keeps sending a taxi for her at night"))
    assert "held-trafficked" not in acute(normalise("mum booked a taxi for her"))  # a guard
    assert "held-trafficked" in acute(normalise("keeps being dropped off by random blokes after school"))
    assert "self-harm-suicide" in acute(normalise("boy sat on the canal bridge"))
    assert "practitioner-danger" in acute(normalise("bloke holding a machete outside my van"))
    assert "practitioner-danger" in acute(normalise("dad throwing a stool at the nurse"))
    assert "self-harm-suicide" in acute(normalise("been googling how much ibuprofen would do it"))
    assert "self-harm-suicide" in acute(normalise("she's in the toilet and there's blood coming from under the door"))
    assert "baby-injury" in acute(normalise("baby in the car seat with a swollen eye"))
    assert now_cued(normalise("the children live with him"))
    assert now_cued(normalise("the nan whos been drinking all day"))
    assert weighs_emergency_route(normalise("can he wait until the morning?"))
    assert weighs_emergency_route(normalise("how do we get the FMU on this today?"))
    assert concerns_a_child(normalise("dad's outside"))
    assert concerns_a_child(normalise("doesn't want to go back home, terrified"))
    assert concerns_a_child(normalise("grandson"))
    assert is_urgent(
        "is it serious if dad keeps a crossbow under the bed and says he'll end them all? the kids live there"
    )


def test_urgency_sets_483_to_494_look_alikes_closed_matters_documents_and_the_writers_jokes():
    """Sets 483-494, the look-alikes by kind: a matter the writer closes outright ("nothing more needed", "all legit",
    "dealt with it, nobody hurt", "went to trial"); a document revised, a clinical chart, a trend in the figures, how to
    ask a child in general, who chaired a meeting, a complaint, a heading of queries; a day's possessive named nobody; a
    meeting held online, or to sell the writer's bike; hyperbole (killed with deadlines, killing for a tea, a visit
    from hell, a pet's threats); a little one's punch; a threat laughed about; blunt knives; kit missing; a baby left
    with a relative; a colleague's or the writer's own wedding."""
    assert general_frame(normalise("knife found in a bag at the school gate, nothing more needed from us"))
    assert general_frame(normalise("taxi driver we didn't know picked her up, rang dad, all above board"))
    assert general_frame(normalise("the fight outside the gates, staff dealt with it and no one was injured"))
    assert general_frame(normalise("lad picked up by older men at the station, went to trial, 6 yrs, good result"))
    assert is_urgent("police dealt with it last time, now he's back with a knife")
    assert is_urgent("staff dealt with it, nobody hurt, but now hes back at the gate with a knife")  # a guard
    assert about_practice(normalise("missing from care protocol, updated version on the drive"))
    assert about_practice(normalise("which nomogram line for a 4 year old?"))
    assert about_practice(normalise("knife carrying by under 16s down 7 percent in the county"))
    assert about_practice(normalise("how should we approach a child who might be self harming?"))
    assert about_practice(normalise("who chaired the strategy discussion about the boy found alone?"))
    assert about_practice(normalise("dad made a complaint that his son was restrained"))
    assert about_practice(normalise("referral queries"))
    assert not names_someone("Monday's session was chaos")
    assert not is_urgent("Friday's meeting will be held online")
    assert is_urgent("she's meeting a man off snapchat tonight and won't tell me where")  # a guard
    assert ruled_out("online-meeting", normalise("meeting a woman off facebook later, selling my old pram"))
    assert "practitioner-danger" not in acute(normalise("the auditor is going to kill me with all these questions"))
    craving = normalise("Mum says she'd kill for a glass of wine")
    assert without_harmless(craving) != craving
    assert "practitioner-danger" not in acute(normalise("my hamster is plotting to kill me"))
    assert not is_urgent("my dog keeps trying to kill me by lying on the stairs")
    assert not without_harmless(normalise("toddler punched me in the eye today, love her")).strip(" ,")
    assert "scared-home" not in acute(normalise("she said her dad will kill her for ruining her new trainers, joking"))
    assert "scared-home" in acute(normalise("she said her dad will kill her for losing her coat, sobbing"))  # a guard
    assert ruled_out("weapons", normalise("these knives are so blunt"))
    assert not is_urgent("missing kit from the U10s: bibs and cones, last seen Saturday")
    assert not is_urgent("leaving the kids with my mum tonight for the first time")
    assert "travel-fm-fgm" not in acute(
        normalise("our boss is getting married abroad in May and forcing us all to dress up")
    )


def test_urgency_sets_495_to_506_a_weapon_where_it_lies_a_worker_in_danger_and_a_child_shut_out():
    """Sets 495-506 (held out on c422e60, informing from here), by kind: what each missed. Cues: little ones out on a
    balcony alone; a weapon told where it lies, tersely; a colleague on a visit not answering, a dog at a worker, a
    worker barricaded in, a code for the police, backup called, a chair raised at the writer; not back by the curfew;
    carers driving round looking; a point drawn over the arms, a goodbye passed on, a leg over a railing, a footbridge,
    fresh wounds; a child put in a cupboard and the carers gone out; a limb that hangs; a bad night at home told;
    collected by a different man each day, "they keep me"; someone coming into a child's room at night; "bb" for a
    baby. Settings: a threat to kill with the children at home; "too soon to report"; "been hours"; not seen since a
    time today outweighs a flag on a record; a class named "baby swim" or a "section about" is no question of
    practice when a child is hurt or gone there."""
    assert "alone" in acute(normalise("3 kids out on the balcony on their own, door locked"))
    assert "weapons" in acute(normalise("axe by the front room door"))
    assert "weapons" not in acute(normalise("we talked about the axe in the hallway at training last year"))  # a guard
    assert "practitioner-danger" in acute(
        normalise("the social worker went out on a visit at 10 and is not responding")
    )
    assert "practitioner-danger" in acute(normalise("their dog savaged the nurse"))
    assert "practitioner-danger" in acute(normalise("he's barricaded us in the kitchen"))
    assert "practitioner-danger" in acute(normalise("if I say no, ring the police"))
    assert "practitioner-danger" in acute(normalise("colleague requesting urgent assistance"))
    assert "practitioner-danger" in acute(normalise("dad has a bottle raised at me"))
    assert "missing-now" in acute(normalise("Kai still not home, curfew is 10"))
    assert "missing-now" in acute(normalise("foster dad's been walking around looking for hours"))
    assert "self-harm-suicide" in acute(normalise("using a sharpener blade on his wrists"))
    assert "self-harm-suicide" in acute(normalise("texted 'tell my mum im sorry'"))
    assert "self-harm-suicide" in acute(normalise("girl with her legs over the parapet"))
    assert "self-harm-suicide" in acute(normalise("fresh wounds on her wrists"))
    assert "confined" in acute(normalise("put the toddler in the wardrobe and went out"))
    assert "baby-injury" in acute(normalise("her leg is dangling, she's 6 months"))
    assert "scared-home" in acute(normalise("says things are really bad at home right now"))
    assert "held-trafficked" in acute(normalise("collected by a different driver every night"))
    assert "held-trafficked" in acute(normalise("he told me that they keep him"))
    assert "sexual-abuse-now" in acute(normalise("says her stepdad comes into her bed at night"))
    assert normalise("bb crying") == "baby crying"
    assert "weapons" in acute(normalise("threats to kill, kids at home"))
    assert weighs_emergency_route(normalise("too early to report her?"))
    assert just_happened(normalise("mum says its been hours"))
    assert not general_frame(normalise("girl absconded, no sign of her since 3pm, alert on her file"))
    assert not about_practice(normalise("baby swim class has a baby who's gone floppy"))
    assert not about_practice(normalise("lost him by the fiction section about 15 mins ago"))
    assert about_practice(normalise("a whole section about grooming"))  # a guard


def test_urgency_sets_495_to_506_look_alikes_the_news_a_case_closed_and_the_writers_own_day():
    """Sets 495-506, the look-alikes by kind: a child released at once, a strategy discussion held, a cause sorted by
    the GP, a door fixed, nothing happened yet; the news, a channel, a repeat, a book "well written", a film discussed
    at youth club, a first aid refresher, a peer review, a case of a year, calls up over Christmas, absent against
    missing, how long carers wait before reporting a child, a press release, an incident log, a ligature check; the
    inspectors "going to kill" the writer, a room "a sauna"; a dog and the writer's slippers; a safe visit app; the
    writer locked in a store room by mistake, sat in a hot car at lunch, stuck at a parents' evening; a baby bump; a
    meeting with a cousin going too."""
    assert general_frame(normalise("kid shut in the PE cupboard by his mates, released within two minutes"))
    assert general_frame(normalise("toddler at the school gate with the bruise: strategy discussion held, plan agreed"))
    assert general_frame(normalise("baby who seemed floppy had an infection, hospital sorted it"))
    assert general_frame(normalise("the toilet door lock fixed, kids using it again"))
    assert general_frame(normalise("bleach left out in the kitchen again, nothing has happened yet"))
    assert general_frame(normalise("Punch up after the game saturday, no one got hurt"))
    assert not general_frame(normalise("fight at the gate, nobody hurt but he's still got the knife"))  # a guard
    assert about_practice(normalise("drugs raid on news earlier"))
    assert about_practice(normalise("channel 5 had a toddler drink bleach, made me check the cupboards"))
    assert about_practice(normalise("Nanny McPhee repeat on tonight"))
    assert about_practice(normalise("her drinking is so well written"))
    assert about_practice(normalise("film discussion at youth club about knife crime"))
    assert about_practice(normalise("if a toddler swallowed a battery, 999 or A&E? for the first aid refresher"))
    assert about_practice(normalise("peer review of the strangulation case"))
    assert about_practice(normalise("the 2018 conviction for the baby's injuries, was it appealed?"))
    assert about_practice(normalise("domestic abuse calls are up over the bank holiday"))
    assert about_practice(normalise("when is a child absent rather than missing?"))
    assert about_practice(normalise("how long should carers wait before reporting a child who's late back?"))
    assert about_practice(normalise("hot weather press release for sign off"))
    assert about_practice(normalise("signed off the missing child incident log"))
    assert about_practice(normalise("ligature audit due in the dorms"))
    assert "practitioner-danger" not in acute(normalise("my managers are going to kill me if this is late"))
    sauna = normalise("the gym was a sauna today")
    assert without_harmless(sauna) != sauna
    assert ruled_out("practitioner-danger", normalise("puppy destroyed my trainers"))
    assert ruled_out("online-meeting", normalise("is there a safe visiting app?"))
    assert "practitioner-danger" in acute(normalise("lone worker app not working, he's blocking the door"))  # a guard
    assert not general_frame(normalise("baby's arm swollen, parents say nothing happened"))  # a guard
    assert not about_practice(normalise("do I log it as missing or absent? not seen since last night"))  # a guard
    assert ruled_out("practitioner-danger", normalise("locked myself in the stock room by accident"))
    assert ruled_out("confined", normalise("i sat in a hot car on my break, never again"))
    assert ruled_out("practitioner-danger", normalise("help im stuck at another away day"))
    assert ruled_out("baby-injury", normalise("first scan of the baby bump"))
    assert ruled_out(
        "online-meeting", normalise("meeting his online mates at a comic con, going with his older brother")
    )


def test_urgency_sets_507_to_512_things_given_away_a_roof_ledge_and_a_toddler_outside_alone():
    """Sets 507-512 (held out on f69ec6b, informing from here), by kind. Cues: due back long since with the phone off;
    not where tried as it gets dark; "won't need them after tonight", "won't be around for"; a roof ledge by name;
    asking to stay, with a mark; a gun as "a strap"; a fight aboard; "code red"; the woman who "does the girls"; a
    toddler outside, nobody around, the door open. Settings: "ongoing"; "has anyone seen <name>"; the writer at the
    door now after a question. Look-alikes: a sermon, whether a matter was written up, a definition, a power in law, a
    programme rewatched, a young person engaging well, a key missing, "my baby (the cat)"."""
    assert "missing-now" in acute(normalise("she was due to be home at 6, phone is off and nobody has heard"))
    assert "missing-now" in acute(normalise("he isnt at the park or his mates and its getting dark"))
    assert "self-harm-suicide" in acute(normalise("gave me her bracelet and said she won't need it after tonight"))
    assert "self-harm-suicide" in acute(normalise("she said she won't be around for her birthday"))
    assert "self-harm-suicide" in acute(normalise("girl on the school roof ledge"))
    assert "scared-home" in acute(normalise("keeps asking can i stay with you, bruises on her arm"))
    assert "weapons" in acute(normalise("his brother carries a strap"))
    assert "weapons" not in acute(normalise("his bag has a strap on it"))  # a guard
    assert "violence-now" in acute(normalise("men fighting on the bus"))
    assert "practitioner-danger" in acute(normalise("red code, need help"))
    assert "travel-fm-fgm" in acute(normalise("the woman who does the girls is coming round saturday"))
    assert "alone" in acute(normalise("toddler on the pavement, nobody about, gate wide open"))
    assert now_cued(normalise("neighbour reports a row, ongoing"))
    assert not asks_in_general(normalise("has anyone seen mia since break"))
    assert turns_live(normalise("I'm at the visit now"))
    assert about_practice(normalise("sermon on the prodigal son"))
    assert about_practice(normalise("the boy who ran off at the tournament, was that logged?"))
    assert about_practice(normalise("which definition do we use for missing?"))
    assert about_practice(normalise("common law powers to enter a house to save a life"))
    assert about_practice(normalise("rewatching Shameless"))
    assert not about_practice(normalise("whats the code word again? I need it now"))  # a guard
    assert well_now(normalise("the girl we referred is engaging really well with her key worker"))
    assert not well_now(normalise("mum engaging well, but the boy is locked in the garage"))  # a guard
    assert ruled_out("missing-now", normalise("office keys are missing"))
    assert ruled_out("baby-injury", normalise("my baby the cat fell off the sofa"))


def test_urgency_sets_513_to_516_a_cleaner_had_a_child_asking_must_she_go_home_and_a_baby_gone_from_the_cot():
    """Sets 513-516 (held out on 3170af7, informing from here), by kind. Cues: something had from under the sink;
    asking again whether they must go home, to stay at a service tonight, home "bad tonight"; a pick-up and a child who
    does not want to go but "has to"; not where tried, told at length, as it gets dark; thought to be elsewhere, then
    hours gone; a baby not in the cot and gone. Settings: someone coming for the child to where the writer is; the
    writer just left."""
    assert "ingestion" in acute(normalise("toddler had something from under the kitchen sink, now retching"))
    assert "scared-home" in acute(normalise("she keeps asking does she have to go home"))
    assert "scared-home" not in acute(normalise("he keeps asking when can he go home"))  # a guard
    assert "scared-home" in acute(normalise("asked if he can stay at the library tonight"))
    assert "scared-home" in acute(normalise("says home will be bad tonight"))
    assert "held-trafficked" in acute(
        normalise("a car collects some of the lads after training and one says he doesn't want to go but has to")
    )
    assert "held-trafficked" not in acute(normalise("he doesn't want to go but has to, it's the dentist"))  # a guard
    assert "missing-now" in acute(
        normalise("Zac isnt in his room at the unit, we've checked the garden and the street, getting dark now")
    )
    assert "missing-now" in acute(normalise("carer thought he was at his mates, been 3 hours and no sign"))
    assert "missing-now" in acute(normalise("the infant is not in her crib and mum has gone"))
    assert "missing-now" not in acute(normalise("baby not in his cot, asleep on mum in the lounge"))  # a guard
    assert not general_frame(normalise("lol a man from her game is coming to get her from here"))
    assert just_happened(normalise("i've just left the house"))


def test_urgency_sets_513_to_516_look_alikes_the_writers_kill_me_a_seller_met_a_sale_refused_and_a_game():
    """Sets 513-516, look-alikes: "kill me" tagged on, or for a social slip; the writer's own group met, or a seller
    met off a marketplace; the writer passed out, joking; a sale refused; children gaming in their rooms; a creature
    at home; a weapon in a game or film, a little one's pretend one; a tool shared, a report of children's voices."""
    assert not is_urgent("two hours on hold to the council, kill me")
    assert is_urgent("she texted me 'I can't do this anymore, kill me'")  # a guard: words reported, despair
    assert "practitioner-danger" in acute(normalise("dad at the door saying he'll kill me"))  # a guard
    assert not acute(normalise("my mum will kill me for forgetting her anniversary dinner"))
    assert not is_urgent("meeting my online chess group later")
    assert not is_urgent("meeting a woman off facebook marketplace later for the highchair")
    assert is_urgent("she's meeting a man off snapchat tonight")  # a guard
    assert not is_urgent("passed out on the couch once the kids were asleep, rock and roll me")
    assert not is_urgent("15yo tried to buy a knife at the corner shop, sale refused")
    assert ruled_out("confined", normalise("teens locked in their rooms on the xbox all day"))
    assert not ruled_out("confined", normalise("kids locked in their rooms all weekend, not allowed out"))  # a guard
    assert ruled_out("scared-home", normalise("scared to go home, massive spider on the landing"))
    assert ruled_out("weapons", normalise("the knife in the film gave the kids nightmares"))
    assert ruled_out("weapons", normalise("my 3yo held me up at gunpoint with a banana"))
    assert about_practice(normalise("sharing the new neglect toolkit with the team"))
    assert about_practice(normalise("voice of the child audit findings are out"))


def test_urgency_sets_519_and_522_a_man_in_her_chats_no_heating_and_worse_if_home_late():
    """Sets 519 and 522 (held out on 057ad15, informing from here), by kind. Cues: a man in a child's messages arranging
    to collect her; no food or heating, the home freezing; worse if the child is home late."""
    assert "online-meeting" in acute(
        normalise("she showed me messages where a man says he'll collect her from the park")
    )
    assert "online-meeting" not in acute(normalise("messages from her dad saying he'll pick her up at 3"))  # a guard
    assert "neglect-now" in acute(normalise("no electric since monday, toddler and a baby, the flat is freezing"))
    assert "neglect-now" not in acute(normalise("no gas at the hall today, it's freezing outside"))  # a guard
    assert "scared-home" in acute(normalise("she's in tears, says it will be worse if she's back late"))


def test_urgency_sets_519_and_522_look_alikes_an_accident_book_a_mother_back_soon_and_the_writers_office():
    """Sets 519 and 522, look-alikes: an accident recorded; a mother back within minutes, told as past; the writer shut
    in to work; whether a practice is ever acceptable; the writer's home waiting on a tradesman."""
    assert general_frame(normalise("accident book: toddler tripped in the garden, grazed knee, mum informed"))
    assert general_frame(normalise("the baby left in the cafe last month - dad came back in 5 mins, logged, nfa"))
    assert now_cued(normalise("mum says she'll come back in 20 minutes"))  # a guard
    assert not is_urgent("shut myself in the meeting room to catch up on notes")
    assert is_urgent("locked myself in the bathroom to get away from him")  # a guard
    assert about_practice(normalise("is it ever ok to restrain a child in a residential home?"))
    assert ruled_out("scared-home", normalise("can't go home until the electrician has been"))


def test_urgency_sets_517_518_a_head_count_down_an_engine_running_and_a_kiddie_in_a_parked_car():
    """Sets 517 and 518 (held out on 057ad15, informing from here), by kind. Cues: a child in the back of a parked car,
    red or hardly moving; "kiddie"; drowsiness that keeps coming is a symptom, not a habit; a head count down; an
    engine running; blood round a baby's nose and mouth; a parenting group as the place; a car waiting outside; a
    disclosure about someone the child sees today."""
    assert "confined" in acute(normalise("little boy in the back of a parked car, windows up, bright red"))
    assert concerns_a_child(normalise("kiddie alone by the road"))
    assert not asks_in_general(normalise("baby with a bruise on his head who keeps going off to sleep"))
    assert asks_in_general(normalise("she keeps going off with older lads"))  # a guard
    assert "missing-now" in acute(normalise("headcount after the zoo and we're two down"))
    assert now_cued(normalise("grey car at the gate, engine running"))
    assert "baby-injury" in acute(normalise("5 week old with blood around her nose and mouth"))
    assert not about_practice(normalise("mum brought the baby to the parenting group with a black eye"))
    assert about_practice(normalise("parenting group this term covers safe sleep"))  # a guard
    assert just_happened(normalise("a van is parked outside the gate"))
    assert "sexual-abuse-now" in acute(normalise("she made a disclosure about her tutor, lesson after school"))


def test_urgency_sets_517_518_look_alikes_a_court_a_pets_threat_a_definition_news_since_and_a_programme():
    """Sets 517 and 518, look-alikes: the High Court; a child's threat to a pet; whether a toy counts as a weapon; news
    of a young person's life since; a paper that "beat me up"; "anyone seen" a programme."""
    assert "neglect-now" not in at_risk(normalise("is the high court needed for a dols order?"))
    assert "neglect-now" in at_risk(normalise("mum is high and the baby is crying"))  # a guard
    assert not is_urgent("does a toy bow count as a weapon? he keeps threatening the dog with it")
    assert general_frame(normalise("the lad from the county lines case three years ago, he's just started college"))
    assert not general_frame(normalise("she ran off three years ago and now she's just gone again"))  # a guard

    def drawn_by_the_paper(text):
        return ("violence-now",), 0.6 if "battered" in text else 0.1

    assert not assess("my y10s mock paper absolutely battered me", semantic=drawn_by_the_paper).urgent
    assert "missing-now" not in acute(normalise("anyone seen the new Louis Theroux? so good"))
    assert "missing-now" in acute(normalise("anyone seen jayden? he's not in class"))  # a guard


def test_urgency_sets_523_525_526_a_plan_to_jump_a_girl_brought_from_abroad_and_a_fire_by_a_baby():
    """Sets 523, 525 and 526 (held out on 0f6e033, informing from here), by kind. Cues: a plan to jump; brought here
    from abroad and locked in or sought; locked in at night; an excuse call asked for, aggression at the worker; a carer
    nodding off after using, a baby near an open fire; not home since, the phone off; "juv" for a child."""
    assert "self-harm-suicide" in acute(normalise("year 10 says he intends to die before the weekend"))
    assert "held-trafficked" in acute(
        normalise("lad says he was brought here from eritrea and they will come looking for him")
    )
    assert "confined" in acute(normalise("her aunt locks her in every night"))
    assert "practitioner-danger" in acute(normalise("dad is getting really aggressive with me on the doorstep"))
    assert "neglect-now" in acute(normalise("mum nodded off after using, baby in the bouncer"))
    assert "neglect-now" in acute(normalise("toddler playing right by an unguarded fire"))
    assert "missing-now" in acute(normalise("not home since school, dad says she never does this, phone off"))
    assert concerns_a_child(normalise("juv found at the station"))


def test_urgency_sets_523_525_526_look_alikes_a_matter_closed_a_rescue_joked_of_and_a_referral_made():
    """Sets 523, 525 and 526, look-alikes: a stretch that closes the matter after a question; a rescue joked of; a
    referral made and a visit done."""
    assert not is_urgent(
        "if a resident says her partner used to kick her in front of the kids years ago do we have to refer? "
        "no contact now"
    )
    assert is_urgent("is it ok to wait? her ex is punching her now with the kids there")  # a guard

    def drawn_by_the_rescue(text):
        return ("missing-now",), 0.75 if "search party" in text else 0.1

    assert not assess(
        "Year 9 parents evening tonight, if I'm not out in 2 hours send a search party", semantic=drawn_by_the_rescue
    ).urgent
    assert general_frame(normalise("dad smelt of drink at collection on friday, referral has gone in"))
    assert not general_frame(normalise("referral went in last week but he is outside with a knife now"))  # a guard


def test_urgency_set_521_a_holiday_for_the_ceremony_sips_from_under_the_sink_and_a_handle_taken_off():
    """Set 521 (held out on 8fdedc4, informing from here), by kind: a girl's trip in scare quotes or made for "the
    ceremony"; a cleaner had in sips; a child put in a room and the handle taken off; a baby shaken, told in the
    past."""
    assert "travel-fm-fgm" in at_risk(normalise("my niece is 8 and they're taking her on a 'holiday' next week"))
    assert "travel-fm-fgm" in at_risk(normalise("girl 7 off on a trip to see nana tomorrow for the ceremony"))
    assert not is_urgent("year 6 school trip tomorrow for the ceremony at the cathedral")  # a guard
    assert not is_urgent("family holiday next week for her cousin's wedding ceremony")  # a guard
    assert "ingestion" in acute(normalise("the 5yo sipped the bleach from under the sink"))
    assert "confined" in acute(normalise("mum put her in the spare room and took the handle off"))
    assert "confined" in acute(normalise("they sent him to the box room and removed the door handle"))
    assert "confined" not in acute(normalise("took the handle off the kitchen cupboard to fix it"))  # a guard
    assert "violence-now" in acute(normalise("she shook the 6 week old baby hard"))
    assert "violence-now" not in acute(normalise("he shook the baby's rattle to calm her"))  # a guard


def test_urgency_set_521_look_alike_a_prevention_sessions_heading():
    """Set 521, a look-alike: a prevention or awareness session's heading and nothing more."""
    assert about_practice(normalise("shaken baby prevention workshop, ICON"))
    assert about_practice(normalise("head injury prevention session - icon"))
    assert not about_practice(normalise("prevention session today and a dad just shook his baby in front of me"))


def test_urgency_set_531_a_child_behind_a_padlocked_door_asking_for_help():
    """Set 531 (held out on 311ba11 and ded7639, informing from here), by kind: a child behind a padlocked door, or
    behind one asking for help, after a question about the lock."""
    assert "confined" in acute(normalise("on a gas check and theres a kid behind the door begging me to let him out"))
    assert is_urgent("odd one - padlock on the outside of the kitchen? boy behind the door saying he's hungry")
    assert "confined" not in acute(normalise("the kids behind the door were giggling during hide and seek"))  # a guard


def test_urgency_set_531_look_alikes_a_book_or_a_programme_judged_and_a_survivors_news():
    """Set 531, look-alikes: a book read or a programme seen and judged; a survivor's news that she "has just got" a
    flat."""
    assert about_practice(normalise("reading The Boy in the Shed, can't put it down"))
    assert about_practice(normalise("listening to Locked In on audible, page turner"))
    assert not about_practice(
        normalise("reading her diary now, she's locked in the shed, highly recommend?")
    )  # a guard
    assert "missing-now" not in acute(normalise("anyone seen the new Panorama? harrowing viewing"))
    assert general_frame(normalise("care leaver who fled a forced marriage years ago has just got a flat of her own"))
    assert not general_frame(normalise("she left him years ago but he has just turned up at the door"))  # a guard


def test_urgency_set_528_a_name_not_seen_and_a_childs_own_words_about_a_parent():
    """Set 528 (held out on ded7639, informing from here), by kind: someone with a common word for a name sought ("no
    sign of"); and, found beside it, a child's own words about a parent who hurts them and the wish not to go home."""
    assert names_someone("still no sign of Max, two hours")
    assert names_someone("Still no trace of Grace.")
    assert not names_someone("no sign of any improvement")  # a guard
    assert concerns_a_child(normalise("im scared to go home tonight cos my dad hits me"))
    assert "scared-home" in acute(normalise("dont want to go home my stepdad hits me"))
    assert not is_urgent("my toddler hits me every bedtime, dont want to go home lol")  # a guard


def test_urgency_set_528_look_alikes_an_empty_nest_a_matter_dealt_with_a_general_question_and_everyday_causes():
    """Set 528, look-alikes: the writer alone since grown children left; a matter dealt with on a day gone; whether a
    service may break into a car, asked in general; a row over a chore; a house thought haunted; a cook-off's knives."""
    assert ruled_out("alone", normalise("quiet house since the kids left for uni"))
    assert ruled_out("alone", normalise("first night on my own since the boys moved out"))
    assert general_frame(normalise("boys left home alone, dealt with on friday, with an aunt now"))
    assert not general_frame(
        normalise("kids left alone, sorted on friday, but mum has gone out again tonight")
    )  # a guard
    assert about_practice(normalise("could the fire brigade force a car door for a kid, or do police do that?"))
    assert not about_practice(
        normalise("can we smash a car window, a toddler is strapped in, or do police do that?")
    )  # a guard
    assert ruled_out(
        "practitioner-danger", normalise("huge argument with my husband about the bins, he is in the doghouse")
    )
    assert ruled_out("scared-home", normalise("my 8yo is scared to go home because she thinks her bedroom is haunted"))
    assert ruled_out("weapons", normalise("youth club cook off tonight, proper knives"))


def test_urgency_sets_527_to_533_the_dark_a_joke_doubted_the_writers_danger_and_a_child_at_a_parents_side():
    """Sets 527, 529, 530, 532 and 533 (held out on ded7639 and 43716f9, informing from here), by kind: the dark fallen
    on a child not back; a "joke" in scare quotes; someone drunk trying to get in, a man armed in the building, the
    writer struck; a child's voice urging a parent to wake; a threat to end it for the whole family; a child said to be
    fine with nobody else there; A&E now or later; a child's words passed on are no first-person joke; a name typed in
    lower case."""
    assert not general_frame(normalise("please advise, year 7 not back from the field and its pitch black out"))
    assert not general_frame(normalise("dads mate shut him in the boot as a 'joke' and drove off"))
    assert general_frame(normalise("they locked him in the cupboard as a joke, let him out after a minute"))  # a guard
    assert "practitioner-danger" in acute(normalise("on my own at the centre, a drunk dad trying to force his way in"))
    assert "practitioner-danger" in acute(normalise("man with a crowbar in the stairwell"))
    assert "practitioner-danger" in acute(normalise("client just banged my head against the wall"))
    assert general_frame(normalise("i slammed my finger in the car door"))  # the writer's own knock
    assert "neglect-now" in acute(normalise("on a delivery, little voice crying mummy wake up"))
    assert "neglect-now" not in acute(normalise("my toddler shouting mummy get up every morning at 6"))  # a guard
    assert "violence-now" in acute(normalise("dad keeps saying he'll end it for all of them tonight"))
    assert not general_frame(normalise("says her 3 year old is fine at home, nobody else there"))
    assert general_frame(normalise("her 3 year old is fine, with gran"))  # a guard
    assert weighs_emergency_route(normalise("do we need to send her to A&E now or can it wait till clinic?"))
    assert not ruled_out(
        "travel-fm-fgm", normalise("Amira said the trip is actually for a wedding, mine, and they leave")
    )
    assert not ruled_out(
        "travel-fm-fgm", normalise("she whispered they will marry me off this summer, flight tomorrow")
    )
    assert ruled_out("travel-fm-fgm", normalise("mum keeps trying to marry me off lol"))  # a guard
    assert names_someone("anyone seen kayden?? not in the hall")
    assert not names_someone("anyone seen the keys?")  # a guard


def test_urgency_sets_527_to_533_look_alikes_a_verdict_a_chore_a_title_a_procedure_a_birthmark_and_figures():
    """Sets 527 to 533, look-alikes: the writer's verdict "totally normal"; the writer's own knock; a threat over a
    chore; a knife-sharpening service; a film's title; a lost child procedure; a child lock for a staff door; a
    birthmark documented; a travel vaccine; figures about a harm."""
    assert resolved(normalise("slight redness after her jabs, told dad, completely normal."))
    assert not resolved(normalise("floppy and grey, mum says completely normal"))  # a guard
    assert general_frame(normalise("caught my thumb in the door, bruised"))
    assert ruled_out("practitioner-danger", normalise("my wife will kill me if i forget the dishes again"))
    assert ruled_out("weapons", normalise("knife sharpening for the canteen?"))
    assert ruled_out("self-harm-suicide", normalise("killing eve is on tonight"))
    assert ruled_out("missing-now", normalise("lost child procedure for the summer fair?"))
    assert not ruled_out("missing-now", normalise("lost child at the fair, nobody has seen him"))  # a guard
    assert ruled_out("confined", normalise("can we get a child lock for the staff room please"))
    assert ruled_out(
        "baby-injury", normalise("mongolian blue spots noted on her back so no one confuses them with bruising")
    )
    assert not ruled_out(
        "baby-injury", normalise("mongolian blue spots on her bum, fingertip bruises on her arms")
    )  # a guard
    assert ruled_out("travel-fm-fgm", normalise("do kids going to Bangladesh need typhoid?"))
    assert not ruled_out(
        "travel-fm-fgm",
        normalise("9yo in for travel jabs, mum said the celebration for her is at nan's, they fly saturday"),
    )  # a guard
    assert about_practice(normalise("FGM figures for the LA return"))
    assert about_practice(normalise("cse numbers y10"))
    assert not about_practice(normalise("she is self harming now and the numbers on her arm are fresh"))  # a guard


def test_urgency_sets_534_to_536_contact_asked_and_a_clause_placing_a_harm_now_after_practice_talk():
    """Sets 534 to 536 (held out on 4f4995c, informing from here), by kind: whether contact with a parent the child
    has disclosed against goes ahead today, asked; a clause with an acute cue that places it now is read on its own,
    after a referral closed or a question about practice."""
    assert is_urgent(
        "Is it ok to let contact go ahead today? Child disclosed her stepdad sexually abused her last time"
    )
    assert not is_urgent("can contact go ahead today if the child has a cold?")  # a guard
    assert is_urgent("referral closed, dad shaking the baby now")
    assert general_frame(normalise("Left alone referral closed, NFA"))  # a guard
    assert is_urgent("under 18 knife crime stats. her brother is at the door now with a machete")
    assert is_urgent("Harmful sexual behaviour policy review. dad is hitting the toddler right now")
    assert not is_urgent("FM unit referral closed. She's 18 now and at uni")  # a guard


def test_urgency_sets_534_to_536_look_alikes_a_dated_matter_a_benign_closure_a_heading_and_campaign_material():
    """Sets 534 to 536, look-alikes: a matter dated by its year ("the 2021 inspection"), even at the school gates; a
    referral closed with a benign cause; a review's or an audit's heading naming the harm; material for a campaign; a
    parent "engaged with" a service, no betrothal."""
    assert general_frame(normalise("the 2019 inspection criticised the use of a locked seclusion room"))
    assert general_frame(normalise("write up of the 2019 incident at the school gates"))
    assert not general_frame(
        normalise("the 2019 incident at the school gates and dad is at the school gates now with a bat")
    )  # a guard
    assert general_frame(normalise("Toddler bruise referral: closed, accidental"))
    assert general_frame(normalise("burn on toddler: closed, innocent explanation"))
    assert not general_frame(normalise("toddler bruise referral, should it be closed?"))  # a guard
    assert about_practice(normalise("Child home alone audit"))
    assert about_practice(normalise("kids locked in all day review"))
    assert not about_practice(normalise("child home alone now, please review"))  # a guard
    assert about_practice(normalise("summer comms on dogs in hot cars, got a graphic?"))
    assert "travel-fm-fgm" not in acute(
        normalise("dad now engaged with the parenting support worker, help is going ok")
    )
    assert "travel-fm-fgm" in acute(
        normalise("she got engaged with a man from back home, flight is tomorrow")
    )  # a guard
    assert not about_practice(
        normalise("doing the heatwave comms and theres a baby in a hot car outside now")
    )  # a guard


def test_urgency_set_540_a_cutter_by_her_trade_a_gel_pod_and_a_man_of_a_stated_age_meeting_a_child():
    """Set 540 (held out on 1718b58 and b68f579, informing from here), by kind: the cutter named by her trade; a pod of
    any gel or liquid in a child's mouth; a man of a stated age meeting a child soon."""
    assert "travel-fm-fgm" in acute(normalise("her aunt says the cutting woman is visiting on sunday"))
    assert "travel-fm-fgm" not in acute(normalise("the hair cutting lady comes on thursdays"))  # a guard
    assert "ingestion" in acute(normalise("toddler had a liquid pod in his mouth, coughing"))
    assert "online-meeting" in acute(normalise("she showed me the chat, a guy aged 34 is meeting her after school"))
    assert "online-meeting" not in acute(normalise("a man in his 40s is meeting the head about the roof"))  # a guard


def test_urgency_sets_537_to_542_a_count_of_pills_had_a_gun_and_anger_dogs_set_on_the_writer_and_a_weapon_fetched():
    """Sets 537, 538, 539, 541 and 542 (held out on 22edbda) and set 540's last miss, by kind: a medicine named, then a
    count of it had, however the question is put; a gun in the house and someone angry; dogs set on the writer; an armed
    person come in where the writer is; the writer hearing a weapon fetched; a two-letter name before what the child
    does."""
    assert is_urgent(
        "are a few of grandad's blood pressure tablets a worry? the toddler had maybe 2 or 3, he looks fine but dad's "
        "asking if that's bad"
    )
    assert "ingestion" in acute(normalise("nan's heart tablets were on the side and the baby had 2 of them"))
    assert "ingestion" not in acute(normalise("she's on tablets for her epilepsy, had 2 seizures this term"))  # a guard
    assert not general_frame(normalise("the baby had a few, mum's asking if that's dangerous"))
    assert general_frame(normalise("mum's asking if it's dangerous to give calpol twice a day"))  # a guard
    assert is_urgent("rifle in the flat, uncle fuming")
    assert "weapons" in acute(normalise("stepdad livid and there's a shotgun at home"))
    assert is_urgent("dogs let loose on us as we walked up the path")
    assert "practitioner-danger" not in acute(normalise("the kids let the dog out on the field"))  # a guard
    assert is_urgent("the uncle walked back in with a machete, I'm by the stairs")
    assert "practitioner-danger" in acute(normalise("I can hear her partner fetching a knife from the kitchen"))
    assert "practitioner-danger" not in acute(
        normalise("saw him getting the knife to cut the birthday cake")
    )  # a guard
    assert names_someone("honestly Jo wont go in, says mum will kill her")
    assert not names_someone("Oh is that the new policy?")  # a guard
    assert not names_someone("Jo from finance sent the invoice")  # a guard


def test_urgency_sets_543_and_547_a_child_sent_to_contact_a_meetup_and_age_a_code_said_over_and_a_flight_out():
    """Sets 543 and 547 (held out on 4a0c9ae), by kind: "do we still send her?" asks about sending a child, not a
    record; a meetup arranged and a young age; a danger code said over; a child flying out of an airport at a time."""
    assert is_urgent(
        "visit starts in 20 mins, Leah's crying, says her uncle told her he'd hurt her if she tells. "
        "do we still send her?"
    )
    assert general_frame(normalise("do we still send the referral if mum has moved out?"))  # a guard
    assert "online-meeting" in acute(normalise("Meet-up is set for after school, he's 13"))
    assert "online-meeting" not in acute(normalise("Meetup arranged for the DSL network, 4pm"))  # a guard
    assert is_urgent("Red, red, red - need help")
    assert not acute(normalise("the red red robin song is stuck in my head"))  # a guard
    assert "travel-fm-fgm" in at_risk(normalise("worried, the girl departs Stansted 9.30 tonight"))
    assert "travel-fm-fgm" not in at_risk(normalise("Ski trip: flight leaves Gatwick 6am, kids excited"))  # a guard


def test_urgency_sets_544_to_546_hiding_from_a_fight_gone_from_each_place_searched_everywhere_no_heat_no_milk():
    """Sets 544, 545 and 546 (held out on 4a0c9ae and cf1c85a), by kind: children hiding from a fight; a child gone
    from each place she should be; every place searched; no heat and no milk for a baby; help needed now and not
    safe; a coded folder wanted right now."""
    assert "violence-now" in acute(normalise("proper row going on, the kids are under the bed"))
    assert "violence-now" not in acute(normalise("the kids were fighting over the remote"))  # a guard
    assert is_urgent("Kezia's gone missing? not at nursery, not at her nans")
    assert "missing-now" in acute(normalise("her 4 year old isnt with her, we've searched every changing room"))
    assert "missing-now" not in acute(normalise("the caretaker checks the toilets before lock up"))  # a guard
    assert "neglect-now" in acute(normalise("no gas and no formula left for the twins"))
    assert "neglect-now" not in acute(normalise("no heating, no food bank referral yet, can someone help"))  # a guard
    assert is_urgent("need someone now at the visit, not safe")
    assert not is_urgent("need help now with the rota, not safe to staff the pool with 2")  # a guard
    assert is_urgent("need the yellow file at the flat asap")


def test_urgency_set_545_a_protocol_asked_with_the_clock_now_the_law_asked_and_a_refresher_named():
    """Set 545 (held out on 4a0c9ae and cf1c85a), by kind: a question of procedure whose case is told with the clock
    now is the case at hand; the law asked, opening a message, or liability, is a question; training named at the end
    of a question is what it is for."""
    assert is_urgent(
        "evening all, is there a protocol if a boy from our home went awol after school and it is now past 9, he's 10"
    )
    assert general_frame(normalise("is there a protocol if a child goes missing from care overnight?"))  # a guard
    assert general_frame(normalise("law on smacking a child in Wales - can a parent be prosecuted?"))
    assert general_frame(normalise("whats the procedure for a child missing education"))
    assert about_practice(
        normalise("if a toddler eats a button battery is it 999? asking for the safeguarding refresher")
    )
    assert not about_practice(normalise("asking for the course, then a toddler ate a button battery now"))  # a guard


def test_urgency_sets_548_to_550_a_little_procedure_kept_from_the_door_a_pram_by_a_fight_and_a_minder_out_cold():
    """Sets 548, 549 and 550 (held out on cf1c85a and 4ed1bd9), by kind: a girl's "little procedure" at a relative's,
    before leaving or kept secret; the writer kept from the way out now, whatever the message opened with; a fight
    with a pram there; the adult in charge of a child out cold; a child snatched and run off with; and what is not an
    emergency: the writer the only staff on a shift, a published review named first, a child placed with family now,
    the writer's plants "unresponsive", a door the site team fixed."""
    assert is_urgent("Year 4 girl booked in for a little procedure at her auntie's this summer, they fly on sunday")
    assert "travel-fm-fgm" in acute(normalise("her 8 year old is having a small procedure at her grans, mum wont say"))
    assert general_frame(normalise("booked in for a little procedure at the dentist on monday"))  # a guard
    assert is_urgent("running late for supervision, her dad is stood in front of the front door shouting at me")
    assert "violence-now" in acute(normalise("punch-up outside the chippy, buggy right there"))
    assert "violence-now" not in acute(normalise("we had a row about the buggy spaces on the bus"))  # a guard
    assert "neglect-now" in acute(normalise("the bloke in charge of the 3 year old is out cold by the ticket barrier"))
    assert not is_urgent("im alone on the unit tonight with 9 babies, the rota is a mess")
    assert is_urgent("I'm alone on the unit tonight and a baby in bay 2 has stopped breathing")  # a guard
    assert "held-trafficked" in acute(normalise("a woman has just snatched a toddler from the play area and legged it"))
    assert not acute(normalise("my toddler grabbed the biscuits and ran off giggling"))  # a guard
    assert not is_urgent("my poor tomatoes are totally unresponsive, they've had no water in a week")
    assert general_frame(normalise("review on the baby with the skull fracture - really useful learning"))
    assert general_frame(normalise("the girl who wouldnt go home on monday - she's placed with her gran now"))
    fixed = "store room door locks itself, two kids got shut in there in period 2, caretaker has sorted it"
    assert not assess(fixed, semantic=sure("confined", 0.94)).urgent
    assert assess(
        "door keeps jamming, 3 kids are stuck in the store room", semantic=sure("confined", 0.94)
    ).urgent  # a guard


def test_urgency_sets_553_and_554_a_lorry_a_lock_a_count_of_pills_and_what_a_population_or_a_sign_is_about():
    """Sets 553 and 554 (held out on 1a5a756), by kind: children in the back of a lorry; a child locked in a room by
    someone at home; whether a number of pills is enough; children on their own in a section of a building, or lessons
    running, are no document; and what is not an emergency: a harm in a population, figures' commonest group, a film
    or a case that haunts the writer, signs for a site."""
    assert "held-trafficked" in acute(normalise("kids in the back of an hgv at the depot"))
    assert not acute(normalise("the kids played in the back of the lorry at the farm open day"))  # a guard
    assert is_urgent("2 toddlers in the baby section on their own for half an hour, no adult anywhere")
    assert general_frame(normalise("is there a section on toddlers in the new guidance?"))  # a guard
    assert "confined" in acute(normalise("dad locks her in the box room at weekends"))
    assert "self-harm-suicide" in acute(normalise("she asked whether 20 tablets would be enough"))
    assert is_urgent("man with a machete in reception, swimming lessons on with kids in the pool")
    assert general_frame(normalise("resources on knife crime for year 8 lessons?"))  # a guard
    assert general_frame(normalise("poisonings in under 5s - is it still the 4 hour level?"))
    assert general_frame(normalise("poisons data: toddlers the most common age group for button battery ingestion"))
    assert general_frame(normalise("Three Billboards still haunts me, the girl in the car"))
    assert general_frame(normalise("hot car stickers for the leisure centre car park - has comms signed them off?"))


def test_urgency_sets_551_and_555_a_lock_outside_a_passport_taken_marks_a_child_hiding_and_a_shy_first_post():
    """Sets 551 and 555 (held out on 1a5a756), by kind: a lock on the outside of a child's room; the law asked of the
    writer's own step now; kept in, with a phone or passport held by others, not a parent; marks and not feeding;
    children hiding behind the sofa from him at her again; a shy first post is no joke; a write-up signed off closes
    the matter."""
    assert "confined" in acute(normalise("her room has a padlock on the outside and shes in there"))
    assert not acute(normalise("the bin store has a padlock on the outside"))  # a guard
    assert not about_practice(normalise("whats the legal position for me to go in"))
    assert about_practice(normalise("whats the legal position on searching a bag"))  # a guard
    assert "baby-injury" in acute(normalise("the 6 week old has marks on his arm and isnt feeding"))
    assert not acute(normalise("not allowed out after 10 and her dad keeps her phone overnight"))  # a guard
    assert "held-trafficked" in acute(normalise("lad says hes not allowed out, the men have his phone"))
    assert "violence-now" in acute(normalise("he's at it again, the kids are hiding behind the settee"))
    assert is_urgent("new here 🙈 our 4 month old has a burn on his arm like a cigarette and screams when we touch it")
    assert not is_urgent("can I have the final write-up of the lost child incident from last term? all signed off now")


def test_urgency_set_556_marks_off_feeds_a_colleague_stood_over_a_coded_folder_said_over_and_a_baby_asleep_on_me():
    """Set 556 (held out on 1a5a756), by kind: marks on a baby off her feeds; a colleague stood over and sworn at; a
    call for someone to come is no question in general; a coded folder said over, or with someone needed; and what is
    not an emergency: the writer pinned by a sleeping baby."""
    assert "baby-injury" in acute(normalise("the 3 month old has marks on her legs and is off her feeds"))
    assert "practitioner-danger" in acute(normalise("her partner is stood over the nurse shouting at her"))
    assert not asks_in_general(normalise("can someone come to reception, a dad is kicking off"))
    assert asks_in_general(normalise("can someone explain the new lone working policy?"))  # a guard
    assert is_urgent("blue file, blue file - need someone here")
    assert not acute(normalise("red folder, blue folder or green folder for the audit?"))  # a guard
    assert "asleep on me" not in without_harmless(normalise("baby fell asleep on me 2 hours ago, cant feel my arm lol"))


def test_urgency_sets_557_and_559_slipped_away_there_as_well_a_story_on_an_app_pictures_sent_and_nothing_happening():
    """Sets 557 and 559 (held out on 1a5a756 and on the rules of sets 548-556), by kind: a child who slipped away; a
    question about the live scene ("there as well") is no question of practice; a story posted on an app is no news
    story; an adult making a child send pictures; and what is not an emergency: figures moving, a review's themes,
    nothing happening now said outright."""
    assert "missing-now" in acute(normalise("Leo slipped away from us at the bus station, he's 9"))
    assert not acute(normalise("she slipped off the chair and bumped her elbow"))  # a guard
    assert not about_practice(
        normalise("paramedics called for a 2 month old, bruise on his ear, do we need police there as well?")
    )
    assert about_practice(normalise("do we need police present for an s47 joint visit?"))  # a guard
    assert is_urgent(
        "quick q about rotas? also one of my year 10s posted a goodbye story on insta with tablets, not answering"
    )
    assert "sexual-abuse-now" in acute(normalise("her tutor gets her to send him photos"))
    assert not acute(normalise("the coach gets the parents to send photos of the match"))  # a guard
    assert general_frame(normalise("Non-mobile baby injury notifications up this quarter"))
    assert general_frame(normalise("learning event: themes across babies found not breathing in unsafe sleep"))
    assert well_now(normalise("nothing happening right now, mum just wants to know where to go if he comes back"))
    assert not well_now(normalise("nothing happening now but he said he'll be back tonight"))  # a guard


def test_urgency_sets_552_558_560_vape_liquid_ending_it_hiding_from_rage_a_threat_posted_a_head_misshapen():
    """Sets 552, 558 and 560 (held out on 1a5a756 and f240ef6), by kind: vape liquid drunk; ending it told, or a last
    message of the end; the writer hiding from someone raging; a threat to kill posted; not back and the phone dead; a
    baby's head misshapen, and a count of vomiting no settled count; "- actually can someone just ring me" turns;
    deprivation since yesterday places a question now; and what is not an emergency: the writer's verdict, an ordinary
    day, a threshold asked, what other carers allow, a sequel judged, a question asked ahead, the writer's own bruise, a
    teenager's wish to stay in."""
    assert "ingestion" in acute(normalise("the baby got at the vape juice and drank some"))
    assert "self-harm-suicide" in acute(normalise("she texted that she may as well end it"))
    assert "self-harm-suicide" in acute(normalise("cant reach her, last text was i am done"))
    assert "practitioner-danger" in acute(normalise("dad kicking off, im in the toilet"))
    assert "weapons" in acute(normalise("someone sent a threat to kill to the head this morning"))
    assert "missing-now" in acute(normalise("Josh still not back, phone going straight to voicemail"))
    assert "baby-injury" in acute(normalise("the baby's head is a weird shape on one side"))
    assert not general_frame(normalise("toddler bumped his head, been sick five times"))
    assert len(parts(normalise("question about the policy - actually can someone just call me, he's shouting"))) == 2
    assert is_urgent("is a child locked in the shed since last night a police matter?")
    assert general_frame(normalise("kids fighting in the back of the car, normal school run"))
    assert general_frame(normalise("what counts as a hot car?"))
    assert general_frame(normalise("how long do other parents leave their 11 year old?"))
    assert general_frame(normalise("Taken 2 was awful compared to the first one"))
    assert about_practice(normalise("what should we ask before a sleepover? thinking ahead for the holidays"))
    assert "bruised my" not in without_harmless(normalise("bruised my elbow on the baby gate"))
    assert "on his own" not in without_harmless(normalise("he wants to stay home on his own this afternoon"))


def test_urgency_a_near_certain_neighbour_outweighs_a_question_the_rules_read_as_a_frame():
    """Forty-second session: the semantic detector near certain (bot/urgency.py SURE) decides over a question the
    rules read in general form, the case told after it with no cue of theirs; never a question about practice, and
    not when it is merely likely."""
    for message in [
        "is it ok if i let him stay a while longer? Kian's 10 and sobbing, says it'll be worse if he's late home",
        "would it be ok to just go? the two tiny ones whose dad said back in 5 from the bookies",
    ]:
        assert assess(message, semantic=sure("alone", 0.97)).urgent
        assert not assess(message, semantic=sure("alone", 0.6)).urgent  # a guard
    assert not assess(
        "where is the guidance on leaving children at home alone?", semantic=sure("alone", 0.99)
    ).urgent  # a guard
    # nor with nobody at risk in the message: an adult's home named in lower case
    assert not assess(
        "warren jones in flat 9 mill court has no gas", semantic=sure("neglect-now", 0.97)
    ).urgent  # a guard


def test_urgency_the_sharper_semantic_detector_flags_at_lower_probabilities():
    """Forty-second session: with the wording beside the meaning, look-alikes rarely reach 0.4, so a child at risk
    flags at 0.4 and the writer's own danger at 0.75 (bot/urgency.py)."""
    assert assess("Tia keeps asking if she has to go back tonight", semantic=sure("scared-home", 0.45)).urgent
    assert not assess(
        "Tia keeps asking if she has to go back tonight", semantic=sure("scared-home", 0.3)
    ).urgent  # a guard
    assert assess("stuck on a home visit, feeling unsafe", semantic=sure("practitioner-danger", 0.78)).urgent
    assert not assess(
        "stuck on a home visit, feeling unsafe", semantic=sure("practitioner-danger", 0.45)
    ).urgent  # a guard


def test_urgency_set_565_a_pick_up_kept_from_staff_a_discharge_still_to_come_and_a_scene_after_a_programme():
    """Set 565 (held out on 334baef and 07fefed), by kind: someone coming for a child, kept from the staff; a discharge
    still to come is no matter closed; and what is not an emergency: a scene told after a question about a programme,
    with nothing placing it now."""
    assert "held-trafficked" in acute(
        normalise("her phone: 'we'll come for u at 9 dont tell staff' - she's getting ready")
    )
    assert not acute(normalise("mum texted 'I'll pick you up at 9, don't tell dad it's a surprise'"))  # a guard
    assert not general_frame(normalise("boy on ward crying, doesn't want to be discharged to dad"))
    assert general_frame(normalise("toddler discharged this morning"))  # a guard
    assert not is_urgent(
        "anyone watching that missing child drama on ITV? the mum's face when she realises the kid's gone"
    )
    assert is_urgent("anyone watching that drama on itv? my 4yo's gone from the garden, cant find him")  # a guard


def test_urgency_sets_422_and_510_a_mug_thrown_at_a_colleague_on_a_visit_and_training_denied():
    """Sets 422 and 510 (development sets, missed on fc7ed65), by kind: a colleague on a visit with something thrown at
    her, where the nearest class (a child confined) is ruled out by "herself"; a frame of training the writer denies
    ("not asking for training") frames nothing."""
    assert "practitioner-danger" in acute(
        normalise("Student SW messaged from her visit: mum's partner threw a mug at her and she's locked herself in")
    )
    assert not acute(normalise("on the visit the toddler threw a ball at her, she loved it"))  # a guard
    assert not about_practice(normalise("not asking for training lol, little one strapped in at the retail park"))
    assert about_practice(normalise("is there anything for training on hot cars?"))  # a guard


def test_urgency_sets_569_to_572_shut_away_a_carer_kept_from_seeing_a_setting_named_and_an_age_told_bare():
    """Sets 569-572 (held out on fc7ed65 and on the code after set 565), by kind: a fragment naming nobody with someone
    shut where no adult's day is spent, its run of marks alarm, not a question; a carer kept from seeing names a child
    in care; the class where the writer is, then what they noticed, is no advertisement; and what is not an emergency:
    a bare age of twelve or more; a session at a team meeting; a review's learning; the writer's own marriage at an
    adult's age; a bump gone down and the child fine; a spouse joked about; an incident weeks ago that hurt no one and
    its outcome now; whether a code word is still in use."""
    assert is_urgent("locked in the shed??")
    assert not asks(normalise("locked in the shed??"))
    assert asks(normalise("what if a kid is locked in the shed??"))  # a guard
    assert shut_away(normalise("locked in the shed"))
    assert not shut_away(normalise("locked in a meeting all afternoon"))  # a guard
    assert not is_urgent("locked in a meeting all afternoon??")  # a guard
    assert concerns_a_child(normalise("cutting again, deep this time, won't let carer see"))
    assert not about_practice(normalise("baby swim class - noticed marks on a 4mo's ribs when changing"))
    assert about_practice(normalise("baby swim class spaces on Tuesdays"))  # a guard
    assert ruled_out("alone", normalise("can they be left on their own at camp for an hour? They're 15 to 17."))
    assert not ruled_out("alone", normalise("they're 5 mins away, left the 3 year old on her own"))  # a guard
    assert about_practice(
        normalise("forced marriage unit doing a session at team meeting, anyone want anything covered?")
    )
    assert about_practice(normalise("DV review learning - children as victims"))
    assert about_practice(normalise("my mum says if i'm not engaged by 30 she's taking me back to Lahore haha"))
    assert well_now(normalise("face-planted off the bed this morning, lump went down in an hour, he's fine"))
    assert about_practice(normalise("my wife will kill me if I'm late home again tonight 😅"))
    assert not is_urgent(
        "Incident last month: teen brought a craft knife into the library, police attended, no one hurt, he's on youth"
        " diversion now"
    )
    assert is_urgent("teen brought a knife into the library, he's in the foyer now waving it")  # a guard
    assert about_practice(normalise("the blue folder code word - is it still in use or did we change it?"))
    assert not about_practice(normalise("colleague just said the blue folder code word on the phone"))  # a guard


def test_urgency_a_likely_class_the_wording_does_not_rule_out_still_stands():
    """The class model reads meaning alone and may put a teenager's emergency nearest "alone", which "no young child"
    rules out; the wording must rule out every likely class to overrule the detector, and the class reported is the
    first that stands ("16yo on her own in the flat, says she cant go on" was read "alone", then "held-trafficked", at
    0.99998, and missed)."""
    message = "our 15yo, no word from her all day, her phone keeps ringing out"
    assert not acute(normalise(message)) and not at_risk(normalise(message))  # the semantic detector alone
    assert ruled_out("alone", normalise(message)) and not ruled_out("missing-now", normalise(message))

    def likely(*classes):
        return lambda text: (classes, 0.9)

    assert assess(message, semantic=likely("alone", "missing-now")) == Urgency(True, "missing-now", "semantic")
    assert not assess(message, semantic=likely("alone")).urgent  # a guard: the only likely class is ruled out
    adult = "elderly dad lives on his own, not answering his phone all day"
    assert not assess(adult, semantic=likely("alone", "missing-now")).urgent  # a guard: every likely class ruled out


def test_urgency_semantic_likely_classes_are_those_a_tenth_likely_best_first():
    from bot.urgency_semantic import EMBEDDED, LIKELY_CLASS, UrgencyModel

    vector = np.zeros(EMBEDDED)
    # class probabilities in proportion to e^bias: 0.6, 0.35, 0.05
    bias = np.log([0.35, 0.05, 0.6])
    model = UrgencyModel("", np.zeros(EMBEDDED), 0.0, ("b", "c", "a"), np.zeros((3, EMBEDDED)), bias)
    assert LIKELY_CLASS == 0.1 and model.likely_classes(vector) == ("a", "b")
    flat = UrgencyModel("", np.zeros(EMBEDDED), 0.0, tuple("abcdefghijklmnopqrst"), np.zeros((20, EMBEDDED)),
                        np.zeros(20))  # fmt: skip
    assert flat.likely_classes(vector) == ("a",)  # none a tenth likely (1/20 each): the likeliest still


def test_urgency_two_classes_give_the_class_models_own_odds(tmp_path):
    """scikit-learn fits two classes as one row of log-odds: the first class's row is zero, so the softmax over the
    two is the model's own probability."""
    from bot.urgency_semantic import fit

    examples = [("water coming in the door, kids upstairs", 1, "flood"), ("river over the road, baby in the car", 1,
                "flood"), ("the house is on fire, kids inside", 1, "fire"), ("smoke pouring out, toddler in there", 1,
                "fire"), ("what is the flood plan", 0, ""), ("fire drill dates", 0, "")]  # fmt: skip
    model = fit(examples)
    assert model.classes == ("fire", "flood") and not model.class_weights[0].any() and model.class_bias[0] == 0


def test_urgency_self_harm_said_of_herself_cant_go_on_and_nobody_would_miss_her():
    """Found reading the likely classes: a child who says she can't go on, or that nobody would miss her."""
    assert "self-harm-suicide" in acute(normalise("16yo on her own in the flat, says she cant go on"))
    assert "self-harm-suicide" in acute(normalise("she said she can't go on living like this"))
    assert "self-harm-suicide" in acute(normalise("the 13yo said nobody would miss her, she's at the bus station"))
    assert "self-harm-suicide" in acute(normalise("year 9 said nobody would even notice if he was gone"))
    assert not acute(normalise("says she can't go on the trip, mum won't pay"))  # guards
    assert not acute(normalise("he said he cant carry on playing, his knee's gone"))
    assert not is_urgent("nobody would miss her if she left the team tbh")


def test_urgency_set_577_son_heard_as_sun():
    """Set 577: voice-to-text wrote "son" as "sun" ("my sun has gone mising since dinner time"); the sun itself, and
    things for it, stay the sun."""
    assert is_urgent("my sun has gone mising since dinner time")
    assert normalise("our sun isnt back, her grandsun neither") == "our son isnt back , her grandson neither"
    assert normalise("my sun cream is missing") == "my sun cream is missing"  # guards
    assert normalise("the sun has gone in") == "the sun has gone in"
    assert not is_urgent("my sun hat has gone missing since dinner time")


def test_urgency_set_579_a_sweet_from_someone_then_a_drugged_state():
    """Set 579: a gummy, sweet or bake eaten, then a drugged state now, is a poisoning ("ate a mate's gummy, now spaced
    out"), with no drug named."""
    assert is_urgent("ate a mate's gummy, now spaced out")
    assert "ingestion" in acute(normalise("yr 8 ate a brownie at break, now spaced out and giggling"))
    assert not acute(normalise("he had cake for breakfast and now can't focus in maths"))  # guards
    assert not is_urgent("ate a gummy bear, now hyper lol")
    assert not is_urgent("what do we do if a pupil ate a gummy and is spaced out?")


def test_urgency_two_neighbouring_letters_swapped_in_a_cue_word():
    """Typed in a hurry, two neighbouring letters come out swapped ("our chlid is missing", "the childern are home
    alone"); a word of English one swap from a cue word is read as it only when the swap is all that differs."""
    assert normalise("our chlid is missing") == "our child is missing"
    assert normalise("the childern are home alone") == "the children are home alone"
    assert is_urgent("our chlid is missing")
    assert is_urgent("the childern are home alone")
    assert normalise("he stubbed his toe") == "he stubbed his toe"  # guards: a letter changed, or the first swapped
    assert normalise("hcild") == "hcild"
    assert not is_urgent("what does the policy say if a chlid goes missing from care?")


def test_urgency_set_577_v_for_versus_and_whom_to_ring_said_last():
    """Set 577: "v" for "versus" between two terms asks their difference ("arranged v forced marriage difference?"),
    never "very" ("hes v drunk"). Found beside it: whom to ring, said last after what is in front of the writer, places
    it now as "what do I do?" does ("mum v drunk, baby on her own, does that make a difference to who i ring?")."""
    assert not is_urgent("arranged v forced marriage difference?")
    assert not is_urgent("CSE v CCE - whats the difference")
    assert is_urgent("hes v drunk and has the baby, does it make a difference?")  # guards
    assert is_urgent("mum v drunk, baby on her own, does that make a difference to who i ring?")
    assert is_urgent("mum drunk in charge of the baby, who do i ring?")
    assert not is_urgent("who do i ring if a child goes missing?")  # guards
    assert not is_urgent("if a parent is drunk in charge of a baby, who do i ring?")


def test_urgency_set_577_what_a_service_may_do_asked_after_the_writers_role():
    """Set 577: after the writer's role, a question of what a service may do is a question in general form ("parent
    here: are social workers allowed to come to my house on their own?"); the live matter after it still counts."""
    assert not is_urgent("parent here: are social workers allowed to come to my house on their own?")
    assert not is_urgent("nan here - is the school allowed to keep her in at lunch on her own?")
    assert is_urgent("mum here: are police allowed to break in? hes got the baby locked in the car and its boiling")


def test_urgency_sets_580_and_582_to_584_a_blade_by_euphemism_a_height_a_face_a_hiding_call_a_cub_and_cutting():
    """Sets 580, 582-584: a blade called "something sharp" brought; on top of a multistorey; someone right in the
    worker's face; a child ringing from the bathroom while dad is on mum; a Cub Scout lost; girls leaving soon with
    "cutting season" named."""
    assert is_urgent("stepdad keeps ringing saying he's coming round with 'something sharp' for her and the girls")
    assert is_urgent("my young person is on the top of the multistorey sending me photos of the drop")
    assert is_urgent("what's the amber word for the lone worker line again?? need it now, dad's right in my face")
    assert is_urgent("Ruby rang from the bathroom, dad's on mum again")
    assert is_urgent("Lost a cub at the campsite.")
    assert is_urgent("Sisters 7 & 9, off to Sudan Thurs, 'cutting season'")
    assert not is_urgent("toddler stood on something sharp in the garden")  # guards
    assert not is_urgent("parked on the top of the multistorey with the kids, lift broken")
    assert not is_urgent("the answer was right in my face the whole time lol")
    assert not is_urgent("dads on at mum again about the bins lol")
    assert not is_urgent("the bear cub at the zoo is missing, so sad")
    assert not is_urgent("cutting season is coming, what should staff know?")


def test_urgency_sets_580_and_583_a_resource_a_programme_a_case_closed_and_a_word_quoted():
    """Sets 580 and 583, look-alikes: a programme told by its scene; a poisons service by name; a quoted word counted;
    babies who cry and a resource's "bit" as topics; help an agency gave; a question labelled by its topic."""
    assert not is_urgent("Watched Adolescence, knife scene brutal")
    assert not is_urgent("anyone got the medicines leaflet? the one we have still mentions the old poisons number")
    assert not is_urgent("anyone got the new self harm leaflet? a young person complained the old one says 'cut' far "
                         "too much")  # fmt: skip
    assert not is_urgent("ICON slides for the antenatal class anyone? crying babies and shaking bit")
    assert not is_urgent("The forced marriage case from last summer - the girl was brought back with FCDO help, FMPO "
                         "still in place, she's at college and it's closed to us now.")  # fmt: skip
    assert not is_urgent("methadone storage q - do we give lockboxes to all parents on scripts with under-5s or only "
                         "if they're flagged?")  # fmt: skip
    assert is_urgent("rang the poisons line, she swallowed bleach 5 mins ago")  # guards
    assert is_urgent("Sorry another referral question, the 10wk old is vomiting and the soft spot is swollen, dad says "
                     "he shook him")  # fmt: skip
    assert is_urgent("she says 'the cutting' is this weekend at her aunt's")
    assert is_urgent("baby shaking a bit and floppy")
    assert is_urgent("on a visit, the baby is crying and shaking and mum is out of it")


def test_urgency_sets_594_and_595_a_worker_out_of_reach_a_fight_among_children_and_a_taxi_to_a_party():
    """Sets 594 and 595: a worker not checked in and out of reach now, whatever happened last week; grown-ups fighting
    told as the scene, with children all about, whatever the occasion; a ride sent for a child to a party by people
    unnamed."""
    assert is_urgent("My colleague went to serve a notice at 2pm and hasn't checked in, her phone's going straight to "
                     "voicemail, and that tenant threatened her last week.")  # fmt: skip
    assert is_urgent("fight at the kids birthday party, adults brawling with bottles, children everywhere")
    assert is_urgent("party tonite 🎉 she's 13 & they're sending a taxi")
    assert is_urgent("party tonight, the lads are sending a car for her, she's 14")
    assert not is_urgent("my colleague hasn't checked in from her visit last week, was that a lone working breach?")
    assert not is_urgent("the kids birthday party was chaos, children everywhere lol")  # guards
    assert not is_urgent("my parents fighting all the time when I was little is why I do this job")
    assert not is_urgent("adults fighting over parking at pick up again, honestly")
    assert not is_urgent("kids birthday party tonight, the grandparents are sending a taxi for us lol")


def test_urgency_set_594_a_reviews_heading_with_a_full_stop_and_a_colleague_wanted_for_a_task():
    """Set 594, look-alikes: a review's heading is the whole message with or without a full stop; someone looked for
    to do a task is a colleague, not a missing child."""
    assert not is_urgent("Exploitation of children in care review.")
    assert not is_urgent("Baby left alone review")
    assert not is_urgent("anyone seen Taken? need him to sort this duty rota out")
    assert is_urgent("anyone seen jayden?? not in the building")  # guards
    assert is_urgent("toddler needs head injury review.")


def test_urgency_sets_597_and_599_a_child_by_diminutive_a_niece_a_journey_on_a_day_and_a_carer_gone():
    """Sets 597 and 599: "little" before a capitalised word names a child ("little Harper feels ice cold"); nieces
    and nephews are children of the family; a child being taken abroad on a day outweighs the family's past told
    beside it; a cutting set for a day with girls named; a little one left and the carer gone out."""
    assert is_urgent("sorry silly q but what temperature should a baby be? little Harper feels ice cold and is really "
                     "quiet, flat's got no heat")  # fmt: skip
    assert is_urgent("My niece is 8 and my sister is taking her to Sudan on Tuesday for a 'special ceremony' her "
                     "grandmother keeps going on about. My sister had it done to her when she was little.")  # fmt: skip
    assert is_urgent("Cutting tomorrow, my nieces, 6 and 9")
    # a scene after a question with nothing placing it now counts beside a likely neighbour, as the shipped detector
    # reads it (0.99)
    left = "quick q, is 12 old enough to babysit? also the lady upstairs has left her toddler asleep and gone to work"
    assert assess(f"{left}, she does nights, I haven't heard anyone else up there", semantic=sure("alone", 0.5)).urgent
    assert not is_urgent("mum has left the baby with nan and gone to work")  # guards
    assert not is_urgent("cake cutting tomorrow, the girls are so excited")
    assert not is_urgent("my nephew is 25 and is getting married abroad next year")
    assert not is_urgent("my sister is taking her to Spain on Tuesday, she had chickenpox when she was little")
    assert not is_urgent("spent the wkend being 'held hostage' at my nieces unicorn party 🦄")


def test_urgency_sets_597_and_599_training_a_case_read_about_the_future_a_court_and_a_licence():
    """Sets 597 and 599, look-alikes: training asked for or a session's topic; a case read about; a question for the
    future; a court's finding of fact; a firearms certificate holder and whom to notify; a meeting the child has asked
    the parent to come to."""
    assert not is_urgent("Teacher: any courses on responding to disclosures of sexual abuse?")
    assert not is_urgent("Foster carer here, our training tonight is on the missing from care protocol, has anyone got "
                         "the slides from last time?")  # fmt: skip
    assert not is_urgent("read about that case where the kids were kept locked in the house for years, how did nobody "
                         "notice??")  # fmt: skip
    assert not is_urgent("Is it true you have to wait 24 hours before reporting a teenager missing? Just want to know "
                         "for the future, my son's home safe now.")  # fmt: skip
    assert not is_urgent("Finding of fact hearing next week on the fractured femur, baby's been with the carers since "
                         "March")  # fmt: skip
    assert not is_urgent("Police: shotgun certificate holder in a household with DA history - who do we notify?")
    assert not is_urgent("My 16yo wants to meet a friend from an online game next month and has asked me to come with "
                         "her. Is that sensible?")  # fmt: skip
    first_aid = "any courses on first aid? baby not breathing and going blue"
    assert assess(first_aid, semantic=sure("baby-injury", 0.5)).urgent
    assert is_urgent("who do we notify? dad's got the shotgun out now and is pointing it at mum, kids upstairs")
    assert is_urgent("mum collapsed in the park with a newborn in a sling, she's unresponsive - who do we notify?")
    assert is_urgent("our training tonight is on missing children, but Jayden has just run off from the unit")


def test_urgency_sets_605_and_606_a_worker_kept_in_a_room_a_child_fetched_and_an_if_placed_now():
    """Sets 605 and 606: a worker kept in a room by someone angry; "girl from college" after a verb of fetching is
    where she is fetched from, not a peer; the case of a question's "if", placed now within its clause, is the case at
    hand."""
    assert is_urgent("Teacher trapped in classroom by angry parent")
    assert is_urgent("Online man collecting girl from college later")
    assert is_urgent("is it a police matter if a 15yo is pointing a real-looking airsoft gun at people out the window "
                     "now?")  # fmt: skip
    assert not is_urgent("teacher trapped in the lift for an hour by a power cut, all fine now")  # guards
    assert not is_urgent("my daughter is meeting a girl from college later, they met on snapchat")
    assert not is_urgent("what do we do if a parent is kicking off at pick up, we have had a few incidents now")
    assert not is_urgent("what should staff do if a child is self-harming? need to update the policy now")


def test_urgency_sets_610_and_611_a_child_not_yet_found_lost_in_a_public_place_and_a_permission_preface():
    """Sets 610 and 611: a child not yet found ("still hasnt found the toddler"); the writer's own child lost in a
    public place, never a bereavement; "is it ok to ask about a taxi thing." opens the writer's case, it asks nothing
    about practice."""
    assert is_urgent("paramedic in the festival med tent, lost kids point still hasnt found the toddler, 40 mins now")
    assert is_urgent("lost my daughter in the shopping centre")
    taxi = (
        "Sorry is it ok to ask about a taxi thing. I've got a girl in the back who looks about 12, the man who booked "
        "wants her dropped at a house I don't know and she's just asked me quietly not to leave her there"
    )
    assert assess(taxi, semantic=sure("held-trafficked", 0.99)).urgent
    assert not is_urgent("we lost our baby in hospital at 20 weeks last year")  # guards
    assert not is_urgent("havent found the time to do the missing children training yet")
    assert not is_urgent("we haven't found the new safeguarding policy on the intranet")
    assert not is_urgent("is it ok to ask a child directly if they are being abused?")
    drug_use = "is it ok to ask about a parent's drug use at a first visit?"
    assert not assess(drug_use, semantic=sure("ingestion", 0.99)).urgent


def test_urgency_set_615_a_crew_at_the_scene_is_no_programmes_scene():
    """Set 615: "at the scene" and "at the RTC scene" are where a crew is, not a programme's scene."""
    assert is_urgent("Paramedic: 15yo in the back of a car with 3 adult men at the RTC scene, she mouthed 'help me' at "
                     "us")  # fmt: skip
    assert is_urgent("paramedic: kid at the scene begging us not to take him home, mum's boyfriend waiting there")
    assert not is_urgent("that scene where the baby is left in the car, I couldn't watch")  # guards
    assert not is_urgent("the crash scene in Casualty last night had a kid trapped in a car, so realistic")


def test_urgency_sets_617_and_618_a_cover_call_a_briefing_attended_and_a_colour_turned_beside_a_settled_word():
    """Sets 617 and 618: a cover call asked for "in 5 min" with a pretence ("pretend it's urgent") is the writer's
    way out, not children's make-believe; a briefing the writer came from or forgot to raise something at is a
    meeting, not what the message is about; a child's colour turned now ("baby's gone v red") places the matter now
    beside a settled word ("a parking fine")."""
    assert is_urgent("can u ring me in 5 min and pretend it's urgent?? 😬 getting weird here")
    assert is_urgent("ring me in 10 minutes and pretend there's an emergency at the office, dad's getting agitated")
    assert is_urgent("forgot to say in briefing - Zara in 8F says shes going 'home' for her nikah over half term which "
                     "starts tmrw, shes 14 and doesnt know him")  # fmt: skip
    assert is_urgent("after this mornings briefing, jus heard from the school nurse Mia (14) got in a car with a 25yo "
                     "at lunch, said theyre heading to a 'gathering' in brum overnight")  # fmt: skip
    assert is_urgent("toddler stuck in a boiling car outside the school gate, mums in the office arguing about a "
                     "parking fine, baby's gone v red and quiet")  # fmt: skip
    assert not is_urgent("the kids spent all afternoon playing pretend, dressing up as pirates")  # guards
    assert not is_urgent("after the briefing on forced marriage, what signs should we look for before half term?")
    assert not is_urgent("the learning briefing says a baby who is bruised and not yet mobile needs a referral")
    assert not is_urgent("got a parking fine outside the school gate this morning dropping the kids off")


def test_urgency_sets_617_to_619_a_game_won_figures_a_case_written_up_a_power_asked_about_and_a_matter_closed():
    """Sets 617 to 619: look-alikes. A game won against the writer's son; deaths counted per year "in the UK"; a baby
    kicking the writer ("bruised my shins kicking me"); a case written up; when a police protection power may be used;
    an incident ending "closed now"; hostility that passed ("hostile at first but fine"); a teacher "trapped" in a
    lesson; a baby "left alone", corrected ("ok it was with my mum"); something read in the paper. The same words
    told live stay urgent."""
    assert not is_urgent("beat my son at FIFA finally")
    assert not is_urgent("hot car child deaths UK per year?")
    assert not is_urgent("my baby bruised my shins kicking me all night")
    assert not is_urgent("Wrote up the baby fracture case for panel today")
    assert not is_urgent("Police protection powers - when can we use s46 for a child refusing to go home?")
    assert not is_urgent("Last half term's incident - Y8 arranged to meet someone from Snapchat, mum intercepted, "
                         "police spoke to him, closed now.")  # fmt: skip
    assert not is_urgent("Visited Alfie's house today, dad was a bit hostile at first but fine, noted on CPOMS.")
    assert not is_urgent("trapped in a Y8 cover lesson period 5 with no escape, pray for me 🙏")
    assert not is_urgent("left my baby alone for the 1st time today 😭 ok it was with my mum for 2 hours but still")
    assert not is_urgent("read in the paper kids are eating cannabis sweets thinking they're haribo, should I warn the "
                         "school?")  # fmt: skip
    assert is_urgent("dad is beating my son in the kitchen right now")  # guards
    assert is_urgent("the 3yo is home alone, she was with her mum earlier but mum's gone to the pub")
    assert is_urgent("Y8 girl says she's meeting a man from Snapchat tonight, he's 30")
    assert is_urgent("on a visit, dad is getting hostile and won't let me leave")
    assert is_urgent("a 4yo has just eaten cannabis sweets thinking they were haribo, she's drowsy")


def test_urgency_sets_623_and_624_a_search_of_the_home_two_rooms_empty_and_children_asleep_after_a_question():
    """Sets 623 and 624: a search round the whole refuge or house; a child in neither room she would be in ("isnt in
    the playroom or the garden"); children asleep in the house now, told after a question about a weapon and a
    threat, place the question's case now."""
    kacey = (
        "morning all, does anyone know if the panel teams link changed? also kacey isnt in the playroom or the garden "
        "and her mum's been round the whole refuge twice"
    )
    assert assess(kacey, semantic=sure("missing-now", 0.8)).urgent
    assert is_urgent("is it bad that my stepdad keeps loading his shotgun and saying we'd all be better off dead? the "
                     "kids are asleep")  # fmt: skip
    assert not assess(kacey.split("? also")[0] + "?", semantic=sure("missing-now", 0.8)).urgent  # guards
    assert not is_urgent("is it ok to have a glass of wine when the kids are asleep?")
    assert not is_urgent("the kids aren't in the playroom or the garden today, it's raining so they're in the hall")


def test_urgency_sets_621_and_623_a_carer_back_a_child_freed_a_pudding_a_snack_found_out_the_law_and_a_cot():
    """Sets 621 and 623: look-alikes. A carer back within minutes of the crew's arrival; a child freed within
    minutes, the lock replaced; the writer's own pudding; a snack found out by the writer's wife; what the law allows
    in England; a baby put down to self-settle, or monitored from the garden; cutting stopped for months, the case
    closing to CAMHS; a manager who will "literally kill me". The same words told live stay urgent."""
    assert not is_urgent("Re last night's call about kids home alone: mum returned within 10 mins of our arrival, had "
                         "nipped to the shop, words of advice, notification sent to CSC")  # fmt: skip
    assert not is_urgent("Tuesday incident: Y1 child accidentally locked in the school toilet, caretaker freed him "
                         "within minutes, no injury, logged and lock replaced")  # fmt: skip
    trifle = "I swallowed a whole family-size trifle last night, send an ambulance"
    assert not assess(trifle, semantic=sure("ingestion", 0.002)).urgent
    assert not is_urgent("scared to go home, wife's found out I ate the last Twix")
    assert not is_urgent("Marriage at 16 still legal in England?")
    assert not is_urgent("Baby alone in cot to self-settle, ok?")
    assert not is_urgent("we leave the baby asleep in her cot with the monitor on while we hang the washing out in "
                         "the garden, is that what everyone does?")  # fmt: skip
    assert not is_urgent("Ellie's cutting has stopped for 3 months, closing to CAMHS")
    assert not is_urgent("My manager will literally kill me if this isn't done")
    assert is_urgent("kids home alone, mum hasn't returned, been 2 hours")  # guards
    assert is_urgent("Y1 child locked in the school toilet, caretaker can't get the lock open, he's screaming")
    assert is_urgent("my toddler just swallowed a whole pack of paracetamol")
    assert is_urgent("scared to go home, dad found out I told the teacher and he said he'll kill me")
    assert is_urgent("baby alone in cot to self-settle while mum's gone to the pub")
    assert is_urgent("Ellie's cutting again tonight, fresh deep cuts, won't stop bleeding")


def test_urgency_sets_625_and_628_a_thing_in_hand_now_dogs_set_on_a_colleague_hours_without_contact_and_one_seen():
    """Sets 625 and 628: after a question of law, the thing asked about in someone's hands right now ("he's waving it
    at his brother right now"); dogs set on a colleague; no contact for hours; a question about a protocol, then
    "- because I'm literally looking at one on a visit"."""
    assert is_urgent("is it an offence for a 14yo to have a zombie knife? he's waving it at his brother right now")
    assert is_urgent("Dogs set on HV, she's in car")
    assert is_urgent("Ella gone again, no contact 5 hrs")
    assert is_urgent("quick q re the bruising protocol for non-mobile babies - because I'm literally looking at one on "
                     "a visit, 3 mo, bruised ear, crying and really pale")  # fmt: skip
    assert not is_urgent("is it an offence for a 14yo to have a zombie knife? doing a session on knife crime")  # guards
    assert not is_urgent("quick q re the bruising protocol for non-mobile babies - it's for our training pack")
    assert not is_urgent("the dogs were set on the burglars in that film, kids loved it")
    assert not is_urgent("Mum has had no contact with dad for 5 years")


def test_urgency_sets_625_and_626_best_practice_a_cake_knife_a_dog_groomed_and_keys_missing():
    """Sets 625 and 626: look-alikes. Best practice asked about; a cake cut and the knife for it; a dog groomed; the
    writer's keys missing. The same words told live stay urgent."""
    assert not is_urgent("What's current best practice for asking a young person directly whether they're thinking "
                         "about suicide?")  # fmt: skip
    assert not is_urgent("cutting the cake now, who's got the big knife?")
    assert not is_urgent("she's been 'grooming' the dog all afternoon, fur everywhere 🐶")
    assert not is_urgent("my car keys have been missing since tuesday, starting to think the dog ate them")
    assert is_urgent("he's cutting his arms with the cake knife in the toilets now")  # guards
    assert is_urgent("a man online has been grooming my 13 year old and she's gone to meet him tonight")
    assert is_urgent("my 6 year old has been missing since 3pm, we've searched everywhere")


def test_urgency_sets_629_to_636_a_cleansing_a_meeting_now_a_return_overdue_a_toddler_inside_and_threats_told():
    """Sets 629 to 636: a "cleansing" booked for a girl; a lift asked for now to meet someone from a game; not back
    since lunchtime, whoever has been told; "actually no its a toddler in there"; a child asking to stay the night,
    unable to go back; a threat told as just said by someone at hand; a child touched by someone the child sees
    tonight; a child who does not know how she got somewhere, kept in."""
    assert is_urgent("school nurse - 7yo booked in for a 'cleansing' this wknd by the aunt who's visiting from abroad")
    lift = (
        "grandson wants a lift into town now to meet 'Dan from the game' who's apparently bought him a phone, is that "
        "normal? he's 11"
    )
    assert assess(lift, semantic=sure("online-meeting", 0.8)).urgent
    assert is_urgent("OOH duty: resi reporting Amira (15) not returned since lunchtime, believed to be with older "
                     "males in town, police informed, who's on call for strategy?")  # fmt: skip
    toddler = "lol at the dog in car thread... actually no its a toddler in there, hospital car park level 2. security?"
    assert assess(toddler, semantic=sure("confined", 0.85)).urgent
    jess = "Teacher: Jess just texted me 'please can i stay at urs tonite i cant go back there'"
    assert assess(jess, semantic=sure("scared-home", 0.99)).urgent
    assert is_urgent("Dad at pick-up just said 'I'll kill her if she takes the kids'. He's sitting in the car park.")
    assert is_urgent("Coach touched my son, training is tonight")
    assert is_urgent("hey, was the meeting moved to 2? btw Tasha just snapchatted from 'some uncle's' house in Leeds, "
                     "doesn't know how she got there, says she's not allowed out")  # fmt: skip
    assert is_urgent("Forced Marriage Unit number? a year 10 girl has just told me she flies out tonight for her "
                     "wedding")  # fmt: skip
    assert not is_urgent("baby booked in for a cleansing of the eye at the clinic this weekend")  # guards
    assert not is_urgent("leaving now to meet my friends in town")
    assert not is_urgent("I'll kill him if he's late again lol")
    assert not assess("lol at the dog in car thread", semantic=sure("confined", 0.85)).urgent


def test_urgency_sets_629_to_636_a_parent_alone_with_the_kids_a_helpline_a_birthmark_and_everyday_idioms():
    """Sets 629 to 636: look-alikes. A parent alone with the children for the first time; stork marks; a meeting with
    the parent sat nearby; a class holding the writer "hostage"; a toddler who "beat me up"; an inbox that attacks; a
    drink gulped; an inquiry's report; a bitter pill; coats forgotten. The same words told live stay urgent."""
    assert not is_urgent("took all three kids to the park alone for the first time since my op, survived!")
    stork = (
        "is it normal for a newborn to have little red marks on the eyelids? midwife said they were stork marks and "
        "nothing to worry about"
    )
    assert not assess(stork, semantic=sure("baby-injury", 0.99)).urgent
    assert not is_urgent("My 16 year old wants to meet a girl from her online gaming group, it'd be in a café with me "
                         "sat nearby, is that reasonable?")  # fmt: skip
    assert not is_urgent("being held hostage by Year 9 this afternoon 😂")
    assert not is_urgent("my toddler beat me up this morning over a yellow cup")
    assert not is_urgent("I'm being attacked by these emails")
    assert not is_urgent("swallowed my coffee too fast and now my throat's on fire ☕🔥")
    assert not is_urgent(
        "Summary of the national inquiry into child sexual abuse report is in the safeguarding folder."
    )
    assert not is_urgent("Bitter pill to swallow, losing the derby today")
    assert not is_urgent("Kids were freezing at football, forgot their coats")
    assert is_urgent("the kids are home alone for the first time, mum's gone to the pub and the baby is 1")  # guards
    assert is_urgent("a man online wants to meet my 12 year old tonight and said don't tell your mum")
    assert is_urgent("I'm being attacked by the tenant on a visit, help")
    assert is_urgent("toddler swallowed a button battery 10 mins ago")
    assert is_urgent("the kids are freezing, no heating, no food and mum is passed out")


def test_urgency_sets_637_to_644_a_post_then_silence_and_a_young_adult_kept_abroad_for_a_marriage():
    """Sets 637 to 644: a child's post just put up, the child out of reach now, whatever laugh the post carried; a
    young adult the authority still supports kept abroad for a marriage, her passport taken. The same words told
    of the past, or of an adult's own plans, stay calm."""
    assert is_urgent("'unaliving myself tn 💀' my cousin (13) just put that on her story and isn't picking up")
    assert is_urgent('"cant do this anymore 😂" my niece (14) just posted that on snap and isnt answering')
    assert is_urgent("one of my care leavers messaged from abroad, says shes been engaged to a cousin, they've taken "
                     "her passport and she wants to come home")  # fmt: skip
    assert is_urgent("care leaver (19) rang from Pakistan, family have hidden her passport and say she is marrying "
                     "next week")  # fmt: skip
    assert not is_urgent("unaliving myself tn 💀 this spreadsheet has beaten me")  # guards
    assert not is_urgent("care leaver (19) getting married abroad next month, she's so excited")
    assert not is_urgent("care leaver forced marriage 2019, passport was taken then, she's settled in the UK now")


def test_urgency_sets_637_to_644_a_fund_a_grown_baby_books_figures_a_caseload_an_online_evening_and_a_childhood():
    """Sets 637 to 644: look-alikes. Help a fund gives families; a teenager called the writer's baby; books asked for
    a group; figures dated by their year; cases counted for a meeting; a question marked as theory; a child loving a
    club; a meeting held over a video link; a parents' evening online; an adult's own childhood; a part of a training
    taught. The same words told live stay urgent."""
    assert not is_urgent("Household Support Fund - can we still give vouchers to families with no heating?")
    assert not is_urgent("my baby's been unresponsive all weekend - he's 15 and got a new Xbox")
    assert not is_urgent("Any good picture books for foster kids about being frightened of home?")
    assert not is_urgent("county lines arrests, 2023")
    assert not is_urgent("MARAC tomorrow, 3 new high risk cases with children in the household")
    assert not is_urgent("Theoretical: if a 15yo refuses to go home, is it police protection or s20?")
    assert not is_urgent("Kid in my class doesn't want to go home because he's loving Lego club so much 🥰")
    assert not is_urgent("Year 6 are meeting their online pen pals from our partner school over Teams this afternoon")
    assert not is_urgent("meeting the teachers online tonight for parents evening, hope the wifi holds")
    assert not is_urgent("My nan has just told us she was abused as a child in the 60s, how do we support her?")
    assert not is_urgent("contextual safeguarding training slides? want to show foster carers the trap house section")
    assert is_urgent("the house is freezing, no heating, the baby is cold to touch and floppy")  # guards
    assert is_urgent("my baby's not breathing properly, she's 11 months")
    assert is_urgent("baby is 12 days old and has a bruise on his cheek, mum says he fell")
    assert is_urgent("two cases? no - one: 6yo alone in a car on the retail park, window up, crying")
    assert is_urgent("kid in the back section of the van, doors locked, sweltering")
    assert is_urgent("year 9 girl meeting a 25 year old man she met on snap tonight at the station")
    assert is_urgent("my nan is babysitting and she's collapsed on the floor, the baby is with her")
    assert is_urgent("Kid in my class doesn't want to go home because his dad hits him")
    # a parent's own childhood told beside a child's trip ("mum herself had it done as a child") leaves the child
    preschooler = (
        "preschooler says she's going on holiday 'to become a big lady like mummy' and mum confirmed they fly "
        "tomorrow morning, mum herself had it done as a child"
    )
    assert assess(preschooler, semantic=sure("travel-fm-fgm", 0.9)).urgent


def test_urgency_sets_645_to_652_a_burn_a_collection_a_weapon_seen_a_carer_gone_long_a_goodbye_and_one_lost():
    """Sets 645 to 652: a baby's skin blistered now, told after a question about a protocol; someone known online
    collecting a child; a weapon seen at a visit just now; a carer gone out long ago, whatever weary emoji is beside
    it; a goodbye for ever; one of the children lost on an outing."""
    assert is_urgent("hey is there a protocol for babies with burns? mum says 3mo touched the kettle just now, skin's "
                     "all blistered")  # fmt: skip
    newborn = "newborn's hand is blistered, mum poured boiling water, crying non stop"
    assert assess(newborn, semantic=sure("baby-injury", 0.9)).urgent
    assert is_urgent("online 'friend' picking Ryan up after footy")
    assert is_urgent("online boyfriend picking her up from school in 10 mins, she's 14")
    assert is_urgent("saw a pistol on the kitchen side at the visit just now")
    assert is_urgent("bubs on her own in the house again 😩 mum went to the shop ages ago")
    assert is_urgent("Care leaver phoning to say goodbye forever")
    assert assess("lost one on the museum trip 😰 staff shutting the doors", semantic=sure("missing-now", 0.99)).urgent
    assert not is_urgent("saw a knife crime documentary today, harrowing")  # guards
    assert not is_urgent("my son is 25 and said goodbye forever to his old car today lol")
    assert not is_urgent("noted that dad has a knife collection, locked cabinet, seen at visit last year")


def test_urgency_sets_645_to_652_a_grown_daughter_topics_a_report_training_a_note_and_supervision():
    """Sets 645 to 652: look-alikes. A son or daughter grown, by stated age; a session's topics listed; an incident
    written up after the event; training from a named service; a hazard noted for the record; a case taken to
    supervision. The same words told of a child now stay urgent."""
    assert not is_urgent("Our daughter's getting married in Lahore next summer, so excited, she's 29 and it's all her "
                         "own choice!")  # fmt: skip
    assert not is_urgent("my daughter necked my vodka coke by mistake at the party, she's 30, we were crying laughing")
    assert not is_urgent("Online safety evening for parents - topics: grooming, sextortion, meeting strangers.")
    assert not is_urgent("Report from Thursday's incident - the 13yo who arranged to meet an adult online, police "
                         "intercepted, family now working with us")  # fmt: skip
    assert not is_urgent("Online grooming training with CEOP on Friday")
    assert not is_urgent("Aggressive dog on that visit, noted")
    assert not is_urgent("kids left alone - is it neglect or a parenting issue? bringing it to supervision")
    assert is_urgent("our daughter's being taken to Pakistan to marry, she's 15")  # guards
    assert is_urgent("my son hes 19 months, swallowed a battery")
    assert is_urgent("my daughter (16) has said goodbye forever on snap and isn't answering")
    assert is_urgent("she's meeting a man from snap tonight, he's 30, she's 13")
    assert is_urgent("topics came up in my visit: dad just threatened to stab me, I'm in the car outside")


def test_urgency_sets_653_to_660_a_jump_threatened_a_bladed_article_a_carer_out_for_ages_and_a_coach():
    """Sets 653 to 660: a child's word that she will jump once discharged; a bladed article (the police term for a
    knife) carried; a threshold question told of a carer out cold till now; abuse by a coach with training tonight."""
    assert is_urgent("Teen in the A&E waiting room says she'll jump as soon as she's discharged, no CAMHS till Monday")
    assert is_urgent("yr 10 lad has a bladed article in his bag, says hes gonna shank someone after school")
    out_cold = "is it neglect if mum's been on the floor not waking up for ages and the 4 year old answered the door?"
    assert assess(out_cold, semantic=sure("neglect-now", 0.99)).urgent
    assert is_urgent("Abused by coach, training tonight")
    assert is_urgent("says she was touched by her swimming instructor, lesson tonight")
    assert not is_urgent("she'll jump at the chance of a place on the residential")  # guards
    assert not is_urgent("she took an overdose in march, she's discharged now and back at school")
    assert not is_urgent("news article about knife crime in our area, worth a read")
    assert not is_urgent("What's the law on pupils bringing a bladed article onto school premises, and when should we "
                         "call police rather than deal in-house?")  # fmt: skip
    general = "is it neglect if a parent has been asleep for hours while the kids play?"
    assert not assess(general, semantic=sure("neglect-now", 0.99)).urgent
    assert not is_urgent("she was abused by her coach years ago, he's in prison now, no contact")
    assert not is_urgent("so touched by the card the kids made for me tonight")


def test_urgency_sets_653_to_660_a_task_smashed_a_club_loved_a_baby_teething_a_film_scene_and_a_squabble():
    """Sets 653 to 660: look-alikes. A task done well ("smashed the presentation"); children begging to stay at a
    club; an incident weeks ago with none since; a baby screaming with teething; a scene of a book or film; siblings
    'going to kill each other' over a trifle; a film and a time typed alone. The same words of a child now stay
    urgent."""
    assert not is_urgent("smashed the interview today 💪")
    assert not is_urgent("kids begging not to go home from holiday club, must be doing something right 😄")
    assert not is_urgent("Dad was drunk at contact two weeks ago, contact now supervised, no issues since")
    assert not is_urgent("Teething nightmare, she's screaming all night")
    assert not is_urgent("that bit in Matilda where she's scared of her parents, still gets me")
    assert not is_urgent("my kids are going to kill each other over the last Yorkshire pudding")
    assert not assess("John Wick 4 tonight?", semantic=sure("sexual-abuse-now", 0.9)).urgent
    assert is_urgent("dad smashed the window and is hitting mum, kids are in the room")  # guards
    assert is_urgent("kids begging not to go home, say dad will hurt them")
    assert is_urgent("dad is drunk at contact now and trying to take the baby")
    assert is_urgent("he says he's going to kill his brother, he has a knife")
    assert assess("Leo 4 alone tonight", semantic=sure("alone", 0.9)).urgent
    assert assess("Help! Now!", semantic=sure("practitioner-danger", 0.9)).urgent


def test_urgency_shipped_detector_reads_an_activity_day_at_nursery_as_no_emergency(answerer):
    """Set 653: a themed activity day at nursery drew the shipped detector's neighbour (0.41) until look-alikes of
    the kind joined the exemplars; a child gone from nursery stays urgent."""
    assert answerer.answer("bat and ball day at nursery 🏏").kind != "urgent"
    assert answerer.answer("a toddler has gone from the nursery garden, gate found open").kind == "urgent"


def test_urgency_sets_661_to_668_a_disclosure_after_a_template_not_wanting_home_and_staff_swung_at():
    """Sets 661 to 668: a question, then "- actually" what someone has just told the writer; a child not wanting to go
    home and afraid, either order; an adult lashing out at staff."""
    assert is_urgent("sorry, quick q re the safety plan template - actually Ben's just told me he's going to end it "
                     "after school today, he's in my office")  # fmt: skip
    assert is_urgent("dont want to go home, scared")
    assert is_urgent("terrified, says she doesn't want to go back home")
    assert is_urgent("mums ex just arrived at contact swinging at staff")
    assert is_urgent("dad lunging at the receptionist, we've locked the door")
    assert not is_urgent("quick q re the safety plan template - actually ignore that, found it")  # guards
    assert not is_urgent("don't want to go home, scared of the spider in the bath lol")
    assert not is_urgent("training on de-escalation when parents are swinging at staff, anyone been?")


def test_urgency_sets_661_to_668_a_meetup_an_episode_a_closed_file_a_child_laughing_and_the_mess():
    """Sets 661 to 668: look-alikes. The writer "finally" meeting their own online friends; a show's episode by its
    time; a case by its year with its file closed; a bump and the child laughing all morning since; the mess the
    children made at home. The same words of a child now stay urgent."""
    assert not is_urgent("Finally meeting my online gaming mates at the con this weekend 🎮")
    assert not is_urgent("Greys Anatomy ep last night with the kid who swallowed the battery 😬 had me gripping the "
                         "sofa")  # fmt: skip
    assert not is_urgent("The 2019 one where the kids were left alone - mum got a caution, file's closed now")
    assert not is_urgent("My little one bashed his head on the coffee table last night, tiny bump, he's been laughing "
                         "all morning")  # fmt: skip
    assert not is_urgent("I'm scared to go home and see the state of the kitchen after the kids made pancakes 🥞")
    assert is_urgent("she's finally meeting her online boyfriend tonight, he's 30 and she's 13")  # guards
    assert is_urgent("the 3 year old has swallowed a battery, just now")
    assert is_urgent("kids left alone in the flat, mum gone out, I'm at the door now")
    assert is_urgent("baby bashed his head and has been vomiting since, very sleepy now")
    assert is_urgent("scared to go home, says dad will hit her")


def test_urgency_sets_669_to_676_a_child_in_a_car_boot_with_alarm_marks_mid_message():
    """Sets 669 to 676: a run of question marks mid-message, before a place with no question in it, is alarm, not a
    question ("child in car boot?? petrol station"); marks before a question still ask."""
    assert is_urgent("child in car boot?? petrol station")
    assert is_urgent("toddler locked in car?! tesco car park")
    assert not asks(normalise("child in car boot?? petrol station"))  # guards
    assert asks(normalise("car boot sale?? what time does it open"))
    assert asks(normalise("policy on car seats? anyone"))


def test_urgency_sets_669_to_676_grown_twins_a_code_word_play_a_duck_the_air_chocs_a_visit_and_a_lunchbox():
    """Sets 669 to 676: look-alikes. Children of a case now adults; the lone working code word asked for; children
    hiding at soft play; the writer's toddler 'assaulting' them; joy punched into the air; a box of chocolates; how to
    risk assess a visit; a lost lunchbox notice. The same words of a child now stay urgent."""
    assert not is_urgent("Records request from the twins who were locked in their room as kids, now adults")
    assert not is_urgent("safe word?")
    assert not is_urgent("omg I've lost my kids again... they're hiding in the ball pit at soft play and refusing to "
                         "come out 😂")  # fmt: skip
    assert not is_urgent("my toddler just assaulted me with a rubber duck 🦆")
    assert not is_urgent("my partner just punched the air when England scored, kids loved it")
    assert not is_urgent("swallowed a whole box of chocs tonight 🙈")
    assert not is_urgent("How do we risk assess a home visit where there's a licensed shotgun?")
    assert not is_urgent("MISSING: one blue lunchbox, answers to Dino 🦕 last seen staff room fridge")
    assert is_urgent("the twins are locked in their room and crying, mum's out")  # guards
    assert is_urgent("used the safe word on the phone to the office, dad is blocking the door")
    assert is_urgent("my partner just punched me in front of the kids")
    assert is_urgent("she's swallowed a whole box of paracetamol tonight")
    assert is_urgent("MISSING: 6 year old boy, blue coat, last seen by the swings 10 mins ago")
    assert is_urgent("kids hiding under the bed because dad is smashing the house up")
