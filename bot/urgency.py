"""Recognise a message that describes a child at immediate risk, as opposed to a question about practice.

Rules, not a model. A strong signal (scared to go home, a threat of suicide, immediate danger)
counts unless the message reads as a question about practice or a published case with nothing
happening now; harm plus a disclosure or a "now" counts the same way; harm, a disclosure and a
"now" together always count.
"""

from __future__ import annotations

import re


def _words(*patterns: str) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(patterns) + r")", re.IGNORECASE)


# Each alone means a child is at risk now.
_STRONG = [
    _words(r"(?:is|are|in|at) (?:immediate|imminent|serious) (?:danger|risk)", r"in danger (?:right )?now"),
    _words(
        r"(?:scared|afraid|frightened|terrified|refus\w*|won'?t|can'?t|cannot|doesn'?t want|does not want)"
        r" (?:to )?(?:go|going|return|returning) (?:back )?home"
    ),
    _words(
        r"not safe (?:to go home|at home|tonight|right now)",
        r"(?:has|with|waving|holding|brandishing|carrying) (?:a|the) (?:knife|gun|weapon)",
    ),
    _words(r"threaten\w* (?:to )?(?:kill|hurt|stab|harm)", r"going to (?:kill|hurt|stab) (?:her|him|them|me)"),
    _words(
        r"(?:wants|want|going|plans?|planning|threaten\w*|talking about|says? (?:she|he|they) (?:will|wants? to))"
        r" (?:to )?(?:kill (?:her|him|them)sel(?:f|ves)|end (?:her|his|their) (?:own )?life|end it all"
        r"|take (?:her|his|their) own life|die\b)"
    ),
    _words(r"(?:home|left) alone (?:right now|now|tonight|at the moment)"),
    _words(
        r"(?:not|isn'?t|is not|stopped|stop) breathing",
        r"unconscious",
        r"collapsed",
        r"(?:not|isn'?t|is not) responding",
        r"unresponsive",
    ),
    _words(r"suicidal", r"(?:has|have) taken an overdose", r"just (?:taken|took) an overdose"),
    _words(r"(?:kill|hang|hurt|harm) (?:her|him|them|my)sel(?:f|ves)\b", r"(?:she|he|they)'ll (?:kill|hurt|harm)"),
]

# A situation happening now or to a particular child in front of the practitioner.
_NOW = _words(
    r"right now",
    r"this minute",
    r"i can (?:hear|see)",
    r"next door",
    r"tonight",
    r"this (?:evening|afternoon|morning)",
    r"at the moment",
    r"just now",
    r"now\b",
    r"today",
    r"currently",
    r"(?:'s|is|are) with me",
    r"(?:i'?m|i am|we'?re|we are) (?:on|at|in) (?:a |the )?(?:home visit|visit|house|home|flat)",
    r"in (?:my|the) (?:office|room|car|classroom)",
    r"in front of me",
    r"on the phone",
    r"waiting (?:outside|in)",
    r"outside (?:the|my|our) (?:classroom|office|room|door|school|building|house|clinic)",
    r"there'?s a (?:child|baby|toddler|boy|girl|kid|young person|teenager)",
    r"(?:is|are) (?:waiting|parked|sat|sitting) (?:outside|in a car|in the car)",
    r"has just",
    r"have just",
    r"just (?:told|said|disclosed)",
)
_DISCLOSURE = _words(
    r"says\b",
    r"said\b",
    r"saying\b",
    r"told me",
    r"tells me",
    r"telling me",
    r"disclos(?:ed|ing)",
)
_HARM = _words(
    r"hit",
    r"hits",
    r"hitting",
    r"hurt",
    r"beat",
    r"beating",
    r"punch",
    r"kick",
    r"slap",
    r"burn",
    r"bruis",
    r"injur",
    r"bleed",
    r"blood",
    r"fractur",
    r"broken",
    r"sexual",
    r"touch",
    r"rape",
    r"abus",
    r"strangl",
    r"chok",
    r"locked",
    r"scared",
    r"afraid",
    r"frightened",
    r"kill",
    r"knife",
    r"weapon",
    r"assault",
    r"stab",
    r"scream",
    r"swollen",
    r"drunk",
    r"(?:waiting|coming|here) to (?:take|collect|pick up) (?:her|him|them)",
    r"take (?:her|him|them) away",
    r"hot car",
    r"attack",
    r"older (?:men|man|males?|boys?)",
    r"exploit",
    r"groom",
    r"shak(?:en|ing)",
    r"gone missing",
    r"r[au]n away",
    r"comes into (?:her|his|their) (?:room|bed)",
    r"overdose",
    r"tablets",
)
# Phrasing that asks about practice in general, or about a published case, rather than a live situation.
_GENERAL = _words(
    r"if\b",
    r"when (?:a|an|the|we|you|practitioners|professionals)\b",
    r"guid",
    r"procedure",
    r"policy",
    r"review",
    r"briefing",
    r"report\b",
    r"training",
    r"learning",
    r"child [a-z]\b",
    r"in general",
    r"generally",
    r"what does .* say",
    r"(?:a|any) (?:child|baby|young person|toddler|infant|parent) (?:who|that|with)\b",
    r"last (?:year|month|week)",
    r"years? ago",
    r"previously",
    r"in the past",
    r"historic",
    r"(?:practitioners|professionals|staff|agencies) (?:should|must|do)",
)


def is_urgent(message: str, review_pseudonyms: tuple[str, ...] = ()) -> bool:
    """True when `message` reports a child at risk now; naming a published review case means it is about that case."""
    about_a_review = any(re.search(rf"\b{re.escape(name)}\b", message, re.IGNORECASE) for name in review_pseudonyms)
    now, general = bool(_NOW.search(message)), about_a_review or bool(_GENERAL.search(message))
    if any(pattern.search(message) for pattern in _STRONG):
        return now or not general
    if not _HARM.search(message):
        return False
    disclosed = bool(_DISCLOSURE.search(message))
    if now and disclosed:
        return True
    return (now or disclosed) and not general
