"""What kind of fact a question asks for, and whether a text can hold one: the answer-type check of question
answering systems; and whether a question asks for a whole list ("what were the main lessons"). A question
asking how long or how many is only answered by text that gives a duration
or a number; text without one does not answer it, however close its words ("how many working days before
an initial conference?" is not answered by a paragraph about conferences that names no timescale).
"""

from __future__ import annotations

import re

from content.search import tokens

_NUMBER = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
           r"forty|fifty|sixty|hundred|thousand|half|a quarter|a third|a few|several|dozens?)")  # fmt: skip
# Asked for: a length of time ("how many working days", "how long"), which only a number of days, weeks... gives;
# or how soon ("timescale", "how quickly"), which "immediately" or "the same day" answers too.
_ASKS_LENGTH = re.compile(
    r"\bhow (?:many|much) (?:working |calendar |school )?(?:days|weeks|months|hours|minutes|years|time)\b"
    r"|(?<!within )\bhow long\b",
    re.IGNORECASE,
)
_ASKS_DURATION = re.compile(
    r"\btimescales?\b|\btime ?frames?\b|\bhow soon\b|\bwithin how\b|\bhow quickly\b", re.IGNORECASE
)
# Asked for: a count ("how many referrals", "what percentage", "what number of").
_ASKS_COUNT = re.compile(r"\bhow many\b|\bwhat (?:percentage|proportion|number) of\b|\bhow much\b", re.IGNORECASE)
_LENGTH = re.compile(
    rf"\b{_NUMBER}[\s-]*(?:working[\s-]+|calendar[\s-]+|school[\s-]+)?(?:days?|weeks?|months?|years?|hours?|minutes?)\b"
    r"(?![\s-]+report)",  # the title "12 Month Report" is no duration
    re.IGNORECASE,
)
_DURATION = re.compile(
    _LENGTH.pattern + r"|\b(?:same|next|following) (?:working )?day\b|\bimmediately\b|\bwithout delay\b"
    r"|\bannual(?:ly)?\b|\b(?:weekly|monthly|quarterly|daily|fortnightly)\b",
    re.IGNORECASE,
)
# A number that is not a year ("in 2019" counts nothing).
_NOT_A_YEAR = rf"\b(?!(?:19|20)\d\d\b){_NUMBER}\b"
# A count: a number that is not a year ("in 2019" answers no "how many"), a share, or a word of quantity.
_COUNT = re.compile(
    rf"(?!one of\b){_NOT_A_YEAR}|%|\bper ?cent\b|\b(?:all|none|no|every|each|most|many|few)\b",
    re.IGNORECASE,
)
# What "how many" counts ("how many children are...", "how many CP medicals"): the one or two words after it. A count
# of it is a number followed within COUNTED_GAP words by one of them, or by "more" ("one ... and four more").
_COUNTED = re.compile(r"\bhow many (?:more |other |different |separate )?([a-z]+)(?: ([a-z]+))?", re.IGNORECASE)
_A_NUMBER = re.compile(_NOT_A_YEAR, re.IGNORECASE)
_MORE = re.compile(r"\s+(?:more|further|additional|others?|in total|altogether)\b", re.IGNORECASE)
COUNTED_GAP = 4
# A figure asked for as it stands today ("how many children are currently on a plan"), which dated documents answer
# only where they count that very thing.
_NOW_FIGURE = re.compile(r"\b(?:currently|at the moment|right now|at present|as it stands)\b", re.IGNORECASE)
# A citation mark ("[1]") is no number in the text.
_CITATION = re.compile(r"\[\d+\]")
# Asked for: an age ("how old was she", "what age").
_ASKS_AGE = re.compile(r"\bhow old\b|\bwhat age\b", re.IGNORECASE)
_AGE = re.compile(
    rf"\b{_NUMBER}[\s-]*(?:years?|months?|weeks?|days?)[\s-]*(?:old|of age)\b"
    rf"|\baged?\s+(?:between\s+|from\s+|under\s+|over\s+|up to\s+)?{_NUMBER}\b"
    r"|\b(?:newborn|infant|baby|toddler|teenager|under[\s-]+(?:one|two|\d+)s?)\b",
    re.IGNORECASE,
)


def holds_asked_type(question: str, text: str) -> bool:
    """False when `question` asks how old, how long (a number of days, weeks...), how soon or how many and `text`
    gives no age, no length of time, no time at all or no number (a year is no count); True otherwise, including
    for every question of another type. Both arguments are plain text."""
    text = _CITATION.sub(" ", text)
    if _ASKS_AGE.search(question):
        return bool(_AGE.search(text))
    if _ASKS_LENGTH.search(question):
        return bool(_LENGTH.search(text))
    if _ASKS_DURATION.search(question):
        return bool(_DURATION.search(text))
    if _ASKS_COUNT.search(question):
        return bool(_COUNT.search(text)) and (
            not _NOW_FIGURE.search(question) or _counts_what_is_counted(question, text)
        )
    return True


def _counts_what_is_counted(question: str, text: str) -> bool:
    """Whether `text` gives a number of what the question counts: "how many children are currently on a plan" is not
    answered by "seven Child Protection Conferences"."""
    counted = _COUNTED.search(question)
    asked = {t for word in (counted.groups() if counted else ()) if word for t in tokens(word)}
    if not asked:
        return True
    for number in _A_NUMBER.finditer(text):
        after = text[number.end() :]
        if _MORE.match(after) or asked & set(tokens(" ".join(after.split()[:COUNTED_GAP]))):
            return True
    return False


# Asked for: every member of a list ("what were the main areas of learning", "list the changes", "what should it
# include", "which audits were done").
_ASKS_LIST = re.compile(
    r"\b(?:list|all the|include|includes|including|summar(?:y|ise|ize))\b"
    r"|\b(?:what|which) (?:were|are|did|do|have|has)\b.{0,60}\b(?:lessons|learning points|areas|findings|"
    r"recommendations|changes|actions|themes|issues|priorities|steps|audits|points|elements|factors|ways|reasons|"
    r"improvements|opportunities|outcomes|messages|concerns|observations)\b"
    r"|\b(?:main|key) (?:lessons|learning points|areas|findings|recommendations|changes|themes|issues|points|messages)"
    r"\b",
    re.IGNORECASE,
)


def asks_for_list(question: str) -> bool:
    """Whether `question` asks for every member of a list (the main lessons, the changes made, what a thing should
    include), which an item gathering the whole list answers better than one of its points."""
    return bool(_ASKS_LIST.search(question))
