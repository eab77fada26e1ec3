"""Does a message describe a child (or a practitioner) at immediate risk? Two detectors, either enough.

docs/urgency.md is the taxonomy. The rules detector (bot/urgency_rules.py) looks for each class's
cues of harm in the message, read tolerantly (shorthand, typos); the semantic detector
(bot/urgency_semantic.py) compares the message with exemplar emergencies and look-alikes
(content/urgency.yaml). A message either detector flags is urgent, unless it is clearly a question
about practice, a past or resolved event, a published case or training. Recall first.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    strong,
    tells_nothing,
    terse,
    turns_live,
    weighs_emergency_route,
    well_now,
    without_harmless,
)

ABOUT_THE_WRITER = "practitioner-danger"  # the one class whose person at risk is the writer
# Cues of FGM, forced marriage or a meeting with an adult met online are about a child with no child word.
CHILDS_BY_NATURE = ("travel-fm-fgm", "online-meeting")
# Acute cues a fragment naming nobody still reports about the family or young person at hand ("ex partner outside
# with a bat", "wants to unalive herself tonight", "shares room with abuser, home at 4"), where "home alone tonight" or
# "locked in a meeting" is the writer's own day.
REPORTED_TERSELY = frozenset(
    {
        "weapons",
        "violence-now",
        "self-harm-suicide",
        "sexual-abuse-now",
        "neglect-now",
        "baby-injury",
        "ingestion",
    }
)
# SURE, THRESHOLD and WRITER_THRESHOLD were chosen on development sets 500-560 with the rules of c422e60, which had
# not seen them, and the model fitted without them (bench/semantic.py; docs/urgency.md)
THRESHOLD = 0.4  # the semantic detector's probability that flags a message on its own
WRITER_THRESHOLD = 0.75  # the same with no child in the message, for the writer's own danger
UNSPOKEN = 0.9  # the same for a terse or cued report naming nobody ("axe by front door, threats to kill")
SURE = 0.93  # with no rule's cue, enough to outweigh a question or a frame the rules read (see `_sure`)
CERTAIN = 0.95  # with a rule's cue, enough to outweigh a settled word (chosen leaving each dev set out)


@dataclass(frozen=True)
class Urgency:
    urgent: bool
    cls: str = ""  # the class of docs/urgency.md it most resembles ("" when none)
    by: str = ""  # "rules", "semantic" or "" : which detector said so


def _needed(text: str, cls: str, named: bool, cued: bool, sharp: bool) -> float:
    """The semantic probability a normalised message needs to be urgent on the semantic detector alone.

    A near neighbour needs somebody at risk in the message itself (a child, or someone named: "Ellie's
    gone"), or the writer, where an adult's everyday "stuck in the lift" must not pass: surer then. A terse
    report, or one with a rule's cue (`cued`; `sharp`: an acute one), naming nobody ("being held at a flat, can't
    leave") is about the child or the worker at hand in a safeguarding chat: surer still. 2.0 means never.
    """
    if concerns_a_child(text) or named:
        return THRESHOLD
    if cls == ABOUT_THE_WRITER:
        return WRITER_THRESHOLD
    if about_the_writer(text):  # the writer's own finger or kitchen ("cut my finger chopping onions")
        return 2.0
    if sharp and terse(text):  # "machete in the hallway, threats to kill": an acute cue, tersely
        return THRESHOLD
    return UNSPOKEN if cued or terse(text) else 2.0


def _standing(classes: tuple[str, ...], text: str) -> str | None:
    """The first of the semantic detector's likely classes (best first) that a normalised text's wording does not rule
    out, or None when it rules out every one. The class model reads meaning alone and can put a teenager's emergency
    nearest "alone" ("14yo went out at 4, not answering"), which "no young child" rules out; the next likely class
    ("missing-now") still stands. With no detector, `classes` is empty and the wording is read for no class."""
    return next((cls for cls in classes or ("",) if not ruled_out(cls, text)), None)


def _settled(part: str, review_pseudonyms: tuple[str, ...]) -> bool:
    """A stretch no near-certain neighbour outweighs: a question about practice or a published case, a child plainly
    well now ("already back playing") or a matter closed beyond doubt ("3 years ago, he has no contact now")."""
    return about_practice(part, review_pseudonyms) or well_now(part) or resolved(part)


def _sure(text: str, likely: float, semantic, review_pseudonyms: tuple[str, ...]) -> bool:
    """Whether the semantic detector's `likely` for a normalised message whose wording leaves a likely class standing
    (the caller's `_standing`: not "no kids") is enough on its own: near certain, and nothing in the message asks about
    practice, finds the child well now ("back playing") or closes the matter ("4 years ago, no contact now"), nor was
    the neighbour drawn by a harmless phrase ("kid won't go home, loves soft play")."""
    if likely < SURE:
        return False
    if any(_settled(part, review_pseudonyms) for part in parts(text)):
        return False
    plain = without_harmless(text)
    return plain == text or semantic(plain)[1] >= SURE


def assess(message: str, review_pseudonyms: tuple[str, ...] = (), semantic=None) -> Urgency:
    """Whether `message` reports immediate risk, its class and which detector found it.

    `semantic` is an optional callable (normalised text -> (likely classes best first, probability of an
    emergency)), the second detector (bot/urgency_semantic.py).
    """
    text = normalise(message)
    classes, likely = semantic(text) if semantic else ((), 0.0)
    cls = classes[0] if classes else ""  # the nearest
    # A question or an aside is often followed by the live situation ("is it ok to wait? he's swallowed..."):
    # the whole message is read, then each part after a turn on its own.
    named = names_someone(message)
    # a fragment that asks nothing and is not the writer's own news reports what is in front of the writer
    # ("girl at services with older men, distressed")
    reported = terse(text) and not asks(text) and not about_the_writer(text)
    cued = sharp = False  # a rule's cue anywhere; an acute one
    stretches = parts(text)
    acutes = []  # each stretch's acute cues, read again below once the loop has run through every stretch
    for part in stretches:
        acute_here = acute(part)
        acutes.append(acute_here)
        sharp = sharp or bool(acute_here)
        risk_here = at_risk(part) if now_cued(part) or reported else []
        found = acute_here or risk_here
        armed = bool(set(acute_here) & REPORTED_TERSELY) or ("confined" in acute_here and shut_away(part))
        cued = cued or bool(found)
        if not (concerns_a_child(part) or named or placed_now(part) or likely >= CERTAIN or (reported and armed)):
            # an adult's everyday "my manager will kill me": only the writer's own danger counts, unless
            # someone is named, the message says it is happening now ("cutting now, in the changing
            # rooms"), the semantic model also reads an emergency ("snapchat adult, meetup after school"), or a
            # fragment with an acute cue reports the family at hand ("ex partner outside with a bat"); the writer's
            # danger is read beside another class's acute cue ("locked in house, man aggressive")
            found = [c for c in acute_here + risk_here if c == ABOUT_THE_WRITER or c in CHILDS_BY_NATURE]
        # strong words about a child, unless the wording rules out every likely class ("no kids, ambulance took him")
        reason = found[0] if found else (_standing(classes, part) if strong(part) and concerns_a_child(part) else None)
        if reason is None:
            continue
        # a short question that follows one about practice, with no acute cue, goes on asking about it ("Anyone read
        # Room? The boy kept in the shed?"), unless it says it is happening now
        framed = (
            general_frame(part, review_pseudonyms)
            or asks_in_general(part)
            or (
                "?" in part
                and terse(part)
                and not acute_here
                and not placed_now(part)
                and about_practice(text, review_pseudonyms)
            )
            # ... as a scene told after a question about a programme or practice does, with nothing placing it now and
            # no near neighbour ("anyone watching that missing child drama? the mum's face when she realises the kid's
            # gone")
            or (
                likely < THRESHOLD
                and not (now_cued(part) or placed_now(part))
                and about_practice(text[: text.find(part)], review_pseudonyms)
            )
        )
        # Both detectors near certain outweigh a settled word ("turns out", "with gran", "last time"),
        # never a question about practice or a published case, a child plainly well now ("back playing") or a matter
        # closed beyond doubt ("3 years ago, he has no contact now").
        if not framed or (likely >= CERTAIN and not _settled(part, review_pseudonyms)):
            return Urgency(True, reason, "rules")
    # A question in general form, then the live matter after it: what follows holds a rule's cue ("is it normal for a
    # 12 year old to still not be back? phone going straight to voicemail") or places the question's case now ("is
    # a crossbow at home a police thing? dad's pointing it out the window now"). Then a near-certain neighbour, or a
    # rule's cue in the question, outweighs the question's settled form, as both detectors near certain do above;
    # never a question about practice unless what follows opens on now ("whats the guidance if ...? like right now,
    # hes just left"), and never when what follows is itself framed.
    # Read only when the detector is that sure or a cue was found, so most messages pay nothing for it.
    if (
        (likely >= CERTAIN or cued)
        and (not about_practice(text, review_pseudonyms) or any(turns_live(part) for part in stretches[1:]))
        and any(
            (
                placed_now(part)
                or turns_live(part)
                or (likely >= CERTAIN and (acute_here or at_risk(part)))
                # a cue and a likely neighbour, then a stretch in the present ("? just got it by text from her")
                or (cued and likely >= THRESHOLD and (just_happened(part) or acute_here or at_risk(part)))
                # a cue in a question, then the case told plainly, not asked: a cue of its own, or a child now or in a
                # carer's account ("is it normal for a 6 yr old to not come back from the shop after 2 hrs?? aunt says
                # he just went for sweets")
                or (
                    "?" in text
                    and cued
                    and "?" not in part
                    and (
                        acute_here
                        # ... or a risk cue of the class the question's acute cue raised ("... kids left in the van in
                        # this heat? ... the windows are shut")
                        or set(at_risk(part)) & set(acutes[0])
                        # ... or of the class its nearest neighbour reads, the question about a child ("is it normal
                        # for a 9 year old not to be with the club leader?? we've looked everywhere and it's getting
                        # dark")
                        or (cls in at_risk(part) and now_cued(part) and concerns_a_child(text))
                        or (concerns_a_child(part) and (now_cued(part) or carer_says(part)))
                    )
                )
            )
            # ... and never a stretch that closes the matter ("... do we have to refer? no contact now")
            and not (general_frame(part, review_pseudonyms) or asks_in_general(part) or resolved(part))
            for part, acute_here in zip(stretches[1:], acutes[1:], strict=True)
        )
    ):
        return Urgency(True, cls, "semantic" if likely >= CERTAIN else "rules")
    # A rule's cue, and the writer weighing 999 against another route, is the emergency it asks about; a question of
    # policy weighs them too ("is it 999 or 111? asking for the first aid policy review").
    if cued and weighs_emergency_route(text) and not about_practice(text, review_pseudonyms):
        return Urgency(True, cls, "rules")
    # near certain with no rule's cue, over a question or a frame the rules read ("is it ok if i let him stay a while
    # longer? Kian's 10 and sobbing, says it'll be worse if he's late home")
    if not cued and tells_nothing(message):  # a title and a time ("John Wick 4 tonight?") tell of no one's state
        return Urgency(False)
    needed = _needed(text, cls, named, cued, sharp)  # someone at risk in the message, whoever it is
    # The neighbour's class is read out by the wording that rules out a rule's cue ("elderly dad lives alone"), read
    # only when the neighbour is near enough to count, so most messages pay nothing for it
    standing = _standing(classes, text) if likely >= needed else None
    if standing is not None and _sure(text, likely, semantic, review_pseudonyms):
        return Urgency(True, standing, "semantic")
    if general_frame(text, review_pseudonyms) or asks_in_general(text):
        return Urgency(False)
    # a child plainly well now ("bumped his head, he's laughing now") is settled, so general_frame above has answered
    # already
    urgent = standing is not None and not (resolved(text) and not placed_now(text))
    if urgent and semantic and (plain := without_harmless(text)) != text:
        # a neighbour drawn by a harmless phrase ("kid won't go home, loves trampoline park" read as self-harm) is no
        # longer near without it; nor when the rest is settled or general once the phrase's "tonight" is gone
        # ("party tonight for my daughter's 10th, she's so excited lol"), or a bare word ("baby up all night, I'm
        # knackered" leaves "baby")
        # ... nor when the phrase held the only child ("trapped in the staffroom with the Y6 cake, someone come quick")
        rest = [word for word in plain.split() if word.isalpha()]
        urgent = (
            len(rest) > 1
            and semantic(plain)[1] >= max(needed, _needed(plain, cls, named, cued, sharp))
            and not general_frame(plain, review_pseudonyms)
        )
    return Urgency(True, standing, "semantic") if urgent else Urgency(False)


def is_urgent(message: str, review_pseudonyms: tuple[str, ...] = ()) -> bool:
    """True when `message` reports a child at risk now (see `assess`)."""
    return assess(message, review_pseudonyms).urgent
