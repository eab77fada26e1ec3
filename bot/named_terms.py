"""Named things a question asks about that the library never mentions: a question about the Graded Care Profile 2
or Clare's Law is not covered by a library that names neither, however many other words it shares with it
("neglect case", "police", "mum"), so the bot says so instead of answering from a neighbour. Likewise a numbered
reference (section 47, article 8): text about another section does not answer it.
"""

from __future__ import annotations

import re

# A name: two or more capitalised words ("Graded Care Profile 2", "Signs of Safety"), small joining words and a
# number allowed inside; a possessive before a kind of scheme ("Clare's Law", "Sarah's Law"); or letters and
# digits run together ("GCP2").
_NAME = re.compile(
    r"\b[A-Z][a-z]+(?:['\u2019]s)?(?: (?:of|and|for|the|on|in|to) [A-Z][a-z]+| [A-Z][a-z]+(?:['\u2019]s)?| [0-9]+\b)+"
    r"|\b[A-Z][a-z]+['\u2019]s (?:Law|Scheme|Act|Duty|Rule|Order|Protocol|Model|Tool)\b"
    r"|\b[A-Z]{2,}[0-9]+\b"
)
_JOINING = {"of", "and", "for", "the", "on", "in", "to"}
# Words that open a question or a sentence, capitalised only for that.
_OPENERS = {"what", "whats", "how", "does", "do", "did", "is", "are", "was", "were", "can", "could", "should",
            "would", "will", "who", "where", "when", "why", "which", "in", "the", "a", "an", "for", "on", "at",
            "under", "about", "has", "have", "tell", "explain", "any", "our", "my", "if", "and", "also", "so",
            "hi", "hey", "quick", "please", "list", "give", "describe", "summarise", "summarize",
            # prepositions and asides that open a sentence ("Before Robyn's fracture, ...", "Sorry Julia, ...")
            "before", "after", "since", "during", "until", "following", "according", "apart", "besides", "from",
            "with", "without", "between", "regarding", "re", "as", "by", "then", "now", "just", "ok", "sorry",
            "thanks", "cheers", "morning", "afternoon", "evening", "hello", "dear", "but", "or", "not"}  # fmt: skip
# A numbered reference of law or guidance: "section 47", "s47", "s.17", "article 8", "schedule 2", "regulation 4".
_REFERENCE = re.compile(
    r"(?:\b(?P<kind>section|sect|article|art|schedule|sch|regulation|reg)\.?|(?<![\w'\u2019])(?P<s>s)\.?) ?"
    r"(?P<number>\d{1,3}[a-z]?)\b",
    re.IGNORECASE,
)
_KINDS = {"sect": "section", "s": "section", "art": "article", "sch": "schedule", "reg": "regulation"}
_WHOLE = re.compile(r"[A-Z][a-z]+['\u2019]s \w+|[A-Z]{2,}[0-9]+")
_SPACES = re.compile(r"\s+")


def names(question: str) -> list[str]:
    """The names in `question` as typed. A word that opens a sentence ("Does", "In", "The") is not part of
    a name, nor are joining words left at a name's start; a name needs two words or more left, or to be a
    possessive scheme ("Clare's Law") or a code ("GCP2")."""
    found = []
    for match in _NAME.finditer(question):
        if question[match.end() :].startswith(" here"):
            continue  # the writer's role ("Family Nurse here"), not what they ask about
        words = match.group(0).split(" ")
        while words and (re.sub("['\u2019]s$", "", words[0].lower()) in _OPENERS or words[0] in _JOINING):
            words.pop(0)
        name = " ".join(words)
        if len(words) >= 2 or _WHOLE.fullmatch(name):
            found.append(name)
    return found


def absent_names(question: str, library_text: str) -> list[str]:
    """The names `question` asks about (see `names`) that `library_text` (made by `library_text`) never
    contains as whole words, nor their first three words or more; compared in lower case, apostrophes and
    spacing ignored. [] when every name is there."""
    missing = []
    for name in names(question):
        words = _SPACES.sub(" ", name.lower().replace("\u2019", "'")).split(" ")
        # the name, or its first three words or more ("Signs of Safety" for "Signs of Safety Practice Framework"),
        # but a number ending it is part of it: the Graded Care Profile 2 is not any Graded Care Profile
        shortest = len(words) if words[-1].isdigit() else min(len(words), 3)
        shown = [" ".join(words[:n]) for n in range(len(words), shortest - 1, -1)]
        if words[0].endswith("'s") and len(words) >= 3:
            shown.append(" ".join(words[1:]))  # "Calderdale's Independent Scrutineer" is the Independent Scrutineer
        # a name then where or whose it is ("Independent Scrutineer for Calderdale", "Rec 4 of Child K"): the name
        # is the words before the joining word, two or more
        joined = next((n for n, word in enumerate(words) if word in _JOINING), 0)
        if joined >= 2:
            shown.append(" ".join(words[:joined]))
        if not any(f" {plain} " in library_text or f" {plain.replace(chr(39) + 's', '')} " in library_text
                   for plain in shown):  # fmt: skip
            missing.append(name)
    return missing


def absent_terms(question: str, terms: tuple[str, ...], library: str) -> list[str]:
    """The field's terms (content/field_terms.yaml) that `question` uses, in any case, with hyphens or spaces, and
    that `library` (made by `library_text`) never contains: "private fostering" asked of a library that lists
    fostering services but never private fostering. [] when there are none."""
    asked = library_text([question])
    padded = {term: f" {_plain(term)} " for term in terms}
    return [term for term, plain in padded.items() if plain in asked and plain not in library]


def _plain(text: str) -> str:
    """Lower case, apostrophes straight, punctuation as spaces, spaces single."""
    return _SPACES.sub(" ", re.sub(r"[^a-z0-9' ]", " ", text.lower().replace("\u2019", "'"))).strip()


def library_text(texts) -> str:
    """The library's texts as `absent_names` and `absent_terms` search them: lower case, apostrophes straight,
    punctuation as spaces, spaces single, one at each end (so a name matches whole words only)."""
    return f" {_plain(' '.join(texts))} "


def references(text: str) -> set[str]:
    """The numbered references in `text`, normalised: {"section 47", "article 8"} for "s47 ... Art. 8"."""
    found = set()
    for match in _REFERENCE.finditer(text):
        kind = (match.group("kind") or match.group("s")).lower()
        found.add(f"{_KINDS.get(kind, kind)} {match.group('number').lower()}")
    return found


def unanswered_references(question: str, answer: str) -> set[str]:
    """The numbered references `question` asks about that `answer` never gives ("section 47" asked, a paragraph
    about section 11 given); an empty set when there are none or all are there."""
    return references(question) - references(answer)
