"""Spot identifying details of a child or family in a message, so it is warned about and never kept.

People write details in everyday ways, so each kind is looked for in its usual spellings: dates of birth in
figures or in words ("born on the 14th of March 2015", "dob 14.3.15"), names in any case beside a date,
postcodes with any spacing ("hx12ab", "HX1  2AB"), emails spelt out ("jo (at) example dot org") and phone
numbers in spaced digits or in words ("oh seven seven double oh ..."). `gap_key` is what the gap log keeps of
an unanswered question: its content words only, so that whatever the detectors miss is still not kept whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers
from wordfreq import zipf_frequency

from content.search import STOPWORDS

_NHS_NUMBER = re.compile(r"(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])")

# --- Emails, including spelt-out ones: "jo (at) example.org", "jo.bloggs [at] council [dot] gov [dot] uk".
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_BRACKETED = r"\s*[\[(<{]\s*WORD\s*[\])>}]\s*"
_AT_SIGN = rf"(?:\s*@\s*|{_BRACKETED.replace('WORD', 'at')})"
_WORD_DOT = rf"(?:{_BRACKETED.replace('WORD', 'dot')}|\s+dot\s+)"
_ANY_DOT = rf"(?:\.|{_WORD_DOT})"
_LOCAL_PART = rf"[\w+-]+(?:{_ANY_DOT}[\w+-]+)*"
_LABEL = r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
# "@" or "(at)" with any spelling of the dots; a plain " at " ("name at example dot org") only with a dot
# spelt out and a top-level domain at the end, so prose such as "the guidance at gov.uk" is not an address.
# Found from each "at", looking a short way either side, so a long message costs no more than a short one.
_AT_MARK = re.compile(rf"(?P<at>{_AT_SIGN})|\s+at\s+", re.IGNORECASE)
_LOCAL_BEFORE = re.compile(rf"\b{_LOCAL_PART}$", re.IGNORECASE)
_DOMAIN_AFTER = re.compile(rf"{_LABEL}(?:{_ANY_DOT}{_LABEL})+\b", re.IGNORECASE)
_WORD_DOT_RE = re.compile(_WORD_DOT, re.IGNORECASE)
_EMAIL_REACH = 100
# An address ends in a top-level domain; "at home dot me"-style prose rarely does.
_TOP_LEVEL_DOMAINS = frozenset(
    "com org net uk gov nhs ac co sch edu info io me biz ie eu scot wales cymru police mil int us".split()
)

# --- Postcodes, any spacing: HX1 2AB, HX1  2AB, HX1-2AB, hx12ab, SW1A 1AA, GIR 0AA.
_POSTCODE = re.compile(
    r"\b(?:GIR[ \t-]{0,3}0AA|[A-Z]{1,2}\d[A-Z\d]?[ \t-]{0,3}(\d[ABD-HJLNP-UW-Z]{2}))\b", re.IGNORECASE
)
_LOWER_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)")  # "y10 6th form", "ks2 3rd": year groups, not postcodes

# --- Dates, in figures and in words.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_UNIT_WORDS = "one two three four five six seven eight nine".split()
_TEEN_WORDS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_UNIT_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth".split()
_OTHER_ORDINALS = (
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
    "twentieth thirtieth"
).split()
_UNIT = "|".join(_UNIT_WORDS)
_TEEN = "|".join(_TEEN_WORDS)
_TENS = "|".join(_TENS_WORDS)
_UNIT_ORDINAL = "|".join(_UNIT_ORDINALS)
_ORDINAL_WORD = rf"(?:(?:twenty|thirty)[- ]?(?:{_UNIT_ORDINAL})|{'|'.join(_OTHER_ORDINALS)}|{_UNIT_ORDINAL})"
_DAY = rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|{_ORDINAL_WORD})"
_YEAR_WORDS = (
    rf"(?:(?:nineteen|twenty)[- ](?:{_TEEN}|(?:{_TENS})(?:[- ](?:{_UNIT}))?|(?:oh|o|zero)[- ](?:{_UNIT}))"
    rf"|two thousand(?:,? and)?(?:[- ](?:{_TEEN}|(?:{_TENS})(?:[- ](?:{_UNIT}))?|{_UNIT}))?)"
)
_FULL_YEAR = rf"(?:(?:19|20)\d{{2}}|{_YEAR_WORDS})"
_YEAR = rf"(?:{_FULL_YEAR}|'?\d{{2}})"
_SEP = r"[\s,/.-]+"


def _word_date(year: str) -> str:
    """Day and month in words, either way round, then `year`: "14th of March 2015", "march the 14th, 2015"."""
    return rf"(?:(?:the\s+)?{_DAY}(?:\s+of)?{_SEP}{_MONTH}{year}|{_MONTH}{_SEP}(?:the\s+)?{_DAY}{year})"


_NUMERIC_DATE = r"\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{1,2}\s\d{1,2}\s(?:19|20)\d{2}"
_ISO_DATE = r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}"
# Any date precise to the day, the year optional: by itself not personal ("the board met on 19th July 2018").
_DATE = re.compile(rf"\b(?:{_NUMERIC_DATE}|{_ISO_DATE}|{_word_date(rf'(?:,?{_SEP}{_YEAR})?')})(?![\w/])", re.IGNORECASE)
# A date precise to the day with its full year: a name beside one is a case detail ("Tom Price 12/05/2015").
_DATED = re.compile(
    rf"\b(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)\d{{2}}|{_ISO_DATE}|{_word_date(rf',?{_SEP}{_FULL_YEAR}')})\b",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(rf"\b{_MONTH}{_SEP}{_FULL_YEAR}\b", re.IGNORECASE)
_SQUASHED_DATE = re.compile(r"\b(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2}\b")
# "dob", "d.o.b.", "date of birth" are always about a birth date; "born" and "birthday" need the day too.
_STRONG_CUE = re.compile(r"\b(?:d\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|birth\s*date)", re.IGNORECASE)
_CUE = re.compile(rf"{_STRONG_CUE.pattern}|\b(?:born|birthday|b'?day)\b", re.IGNORECASE)
# Between a cue and its date: a few short words ("born on the", "birthday is", "is her birthday"), no full stop.
_CUE_GAP = re.compile(r"[\s:,=()-]*(?:[a-z']+[\s:,=()-]+){0,3}", re.IGNORECASE)

_STREET_ADDRESS = re.compile(
    r"\b\d{1,4}[a-z]? [A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Court|"
    r"Crescent|Terrace|Place|Grove|Gardens|Walk|Mews|Row|Square|Hill|View)\b"
)
_AGE = re.compile(r"\b(?:aged? \d{1,2}|\d{1,2}[- ]?(?:yo|y/o|years? old|year-old|months? old))\b", re.IGNORECASE)

# --- Names: capitalised or in capitals ("Amelia Jones", "JAYDEN SMITH", "Jayden SMITH", "O'Brien").
_NAME_WORD = r"(?:[A-Z]')?[A-Z](?:[a-z]+(?:[A-Z][a-z]+)?|[A-Z]+)(?:-[A-Z](?:[a-z]+|[A-Z]+))?"
# Overlapping pairs, so "Does Jayden Smith" yields "Jayden Smith" as well as "Does Jayden".
_FULL_NAME = re.compile(rf"(?=\b({_NAME_WORD}) ({_NAME_WORD})\b)")
_WORD_BEFORE_PAIR = re.compile(r"\b([a-z][a-z'-]+)[\s,]+([a-z][a-z'-]+)[\s,:(-]*$", re.IGNORECASE)
_DATE_WORDS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday".split()
)
_NUMBER_WORDS = frozenset((*_UNIT_WORDS, *_TEEN_WORDS, *_TENS_WORDS, *_UNIT_ORDINALS, *_OTHER_ORDINALS)) | frozenset(
    "zero oh nought nil double triple hundred thousand million".split()
)
# A name typed in lower case beside a birth date: at least one of its words is not everyday English
# ("jayden smith dob ..."), so "baby girl born on ..." is not taken for one.
_NAME_ZIPF = 4.5

# --- Phone numbers spoken as words: "oh seven seven double oh nine hundred ...".
_DIGIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0"} | {
    w: str(n) for n, w in enumerate(_UNIT_WORDS, 1)
}
_SPOKEN_TOKEN = re.compile(r"[a-z]+|\d+|[+]", re.IGNORECASE)
_SPOKEN_SEPARATOR = re.compile(r"[\s,.()/-]*")
# A letter O typed among digits ("O77OO 9OO123") is a zero.
_LETTER_O_DIGITS = re.compile(r"\b(?=[\dOo]*\d)(?=[\dOo]*[Oo])[\dOo]{2,}\b")

# --- The gap log.
GAP_KEY_WORDS = 8
# Below this Zipf frequency a word is not everyday English ("lasagne" 2.5, "jayden" 2.8, "bread" 4.5): unless
# the library uses it, it may be a name, so it is not kept.
_FAMILIAR_ZIPF = 4.5
_GAP_TOKEN = re.compile(r"\[\w+\]|[A-Za-z][A-Za-z_]*(?:'[A-Za-z]+)?|\d\S*|[.?!;:]")


def _valid_nhs_number(digits: str) -> bool:
    """NHS numbers end in a modulus 11 check digit."""
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _email_spans(text: str) -> list[tuple[int, int]]:
    spans = _spans(_EMAIL, text) if "@" in text else []
    for mark in _AT_MARK.finditer(text):
        local = _LOCAL_BEFORE.search(text, max(0, mark.start() - _EMAIL_REACH), mark.start())
        domain = _DOMAIN_AFTER.match(text, mark.end(), mark.end() + _EMAIL_REACH)
        if local is None or domain is None:
            continue
        last_label = re.split(r"[^a-z0-9-]+", domain.group(0).lower())[-1]
        if mark.group("at") or (_WORD_DOT_RE.search(domain.group(0)) and last_label in _TOP_LEVEL_DOMAINS):
            spans.append((local.start(), domain.end()))
    return spans


def _postcode_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _POSTCODE.finditer(text):
        inward = match.group(1)
        if inward and _LOWER_ORDINAL.fullmatch(inward):
            continue
        spans.append(match.span())
    return spans


def _date_of_birth_spans(text: str) -> list[tuple[int, int]]:
    """Each birth cue ("dob", "born on", "birthday") with the date it stands next to, as one span."""
    spans = []
    dates = [(m.start(), m.end(), True) for m in _DATE.finditer(text)]
    dates += [(m.start(), m.end(), False) for m in _MONTH_YEAR.finditer(text)]
    dates += [(m.start(), m.end(), True) for m in _SQUASHED_DATE.finditer(text)]
    for cue in _CUE.finditer(text):
        strong = bool(_STRONG_CUE.fullmatch(cue.group(0)))
        for start, end, to_the_day in dates:
            if not (to_the_day or strong):
                continue
            if start >= cue.end():
                gap = text[cue.end() : start]
            elif end <= cue.start():
                gap = text[end : cue.start()]
            else:
                gap = ""  # the date and the cue overlap
            if _CUE_GAP.fullmatch(gap):
                spans.append((min(start, cue.start()), max(end, cue.end())))
    return spans


def _digits_in_words(text: str) -> Iterator[tuple[int, int, str]]:
    """Runs of digits spoken or spaced out ("oh seven seven double oh nine ...", "0 7 7 0 0"), with their digits."""
    run_start = run_end = -1
    digits, repeat, after_tens = "", 1, False
    for match in _SPOKEN_TOKEN.finditer(text):
        word = match.group(0).lower()
        if run_end >= 0 and not _SPOKEN_SEPARATOR.fullmatch(text, run_end, match.start()):
            if digits:
                yield run_start, run_end, digits
            run_start = run_end = -1
            digits, repeat, after_tens = "", 1, False
        if word.isdigit() or word == "+":
            piece = "" if word == "+" else word
        elif word in _DIGIT_WORDS:
            piece = _DIGIT_WORDS[word]
        elif word in ("double", "triple"):
            piece = ""
        elif word in _TEEN_WORDS:
            piece = str(10 + _TEEN_WORDS.index(word))
        elif word in _TENS_WORDS:
            piece = str(20 + 10 * _TENS_WORDS.index(word))
        elif word in ("hundred", "thousand") and digits:
            piece = "00" if word == "hundred" else "000"
        else:
            if digits:
                yield run_start, run_end, digits
            run_start = run_end = -1
            digits, repeat, after_tens = "", 1, False
            continue
        if run_start < 0:
            run_start = match.start()
        if after_tens and word in _UNIT_WORDS:
            digits = digits[:-1]  # "twenty three" is 23, not 203
        digits += piece[0] * (repeat - 1) + piece if piece else ""
        repeat = {"double": 2, "triple": 3}.get(word, 1 if piece else repeat)
        after_tens = word in _TENS_WORDS
        run_end = match.end()
    if digits:
        yield run_start, run_end, digits


def _phone_spans(text: str) -> list[tuple[int, int]]:
    # "Possible" rather than "valid" numbers, so reserved ranges people type (07700 900...) count too;
    # at least 10 digits, so years and figures ("2018", "3352") do not.
    text = _LETTER_O_DIGITS.sub(lambda m: m.group(0).replace("O", "0").replace("o", "0"), text)
    matches = phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE)
    spans = [(m.start, m.end) for m in matches if sum(c.isdigit() for c in m.raw_string) >= 10]
    for start, end, digits in _digits_in_words(text):
        if 10 <= len(digits) <= 13 and (digits.startswith("0") or digits.startswith("44")):
            try:
                number = phonenumbers.parse(digits if digits.startswith("0") else "+" + digits, "GB")
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_possible_number(number):
                spans.append((start, end))
    return spans


def _full_names(text: str, allowed: tuple[str, ...], common_words: frozenset[str]) -> list[str]:
    """Two capitalised (or all-capitals) words in a row that are not a review pseudonym or library words."""
    names = []
    for match in _FULL_NAME.finditer(text):
        parts = match.groups()
        name = " ".join(parts)
        if any(name in a or a in name for a in allowed):
            continue
        if all(part.lower() in common_words for part in parts) or any(p.lower() in _DATE_WORDS for p in parts):
            continue
        names.append(name)
    return names


def _names_before(text: str, spans: list[tuple[int, int]], common_words: frozenset[str]) -> list[tuple[int, int]]:
    """A name in any case just before a date of birth: "jayden smith dob 14.3.15"."""
    names = []
    for start, _ in spans:
        match = _WORD_BEFORE_PAIR.search(text[:start])
        if match is None:
            continue
        words = [w.lower() for w in match.groups()]
        if any(w in STOPWORDS or w in common_words or w in _DATE_WORDS or w in _NUMBER_WORDS for w in words):
            continue
        if min(zipf_frequency(w, "en") for w in words) < _NAME_ZIPF:
            names.append((match.start(1), match.end(2)))
    return names


def _details(
    text: str, pseudonyms: tuple[str, ...], common_words: frozenset[str]
) -> tuple[list[str], dict[str, list[tuple[int, int]]]]:
    """The kinds of detail found, and where each kind is in `text`."""
    nhs = [m.span() for m in _NHS_NUMBER.finditer(text) if _valid_nhs_number("".join(m.groups()))]
    births = _date_of_birth_spans(text)
    where = {
        "NHS number": nhs,
        "date of birth": births,
        "postcode": _postcode_spans(text),
        "email address": _email_spans(text),
        "phone number": _phone_spans(text),
        "address": _spans(_STREET_ADDRESS, text),
    }
    found = [kind for kind, spans in where.items() if spans]
    names = [(m.start(1), m.end(2)) for m in _FULL_NAME.finditer(text)]
    named = set(_full_names(text, pseudonyms, common_words))
    name_spans = [(s, e) for s, e in names if text[s:e] in named]
    lower_case_names = _names_before(text, births, common_words)
    if lower_case_names or (name_spans and (found or _AGE.search(text) or _DATED.search(text))):
        found.append("full name")
    where["full name"] = name_spans + lower_case_names
    return found, where


def personal_details(
    text: str, pseudonyms: tuple[str, ...] = (), common_words: frozenset[str] = frozenset()
) -> list[str]:
    """Name the kinds of identifying detail found in `text` (empty when none).

    `pseudonyms` are published review names (Child N, Nadiya) and are not personal data;
    `common_words` are words of the content library, so "Safeguard Guide" is not a name.
    """
    return _details(text, pseudonyms, common_words)[0]


def redact(text: str, pseudonyms: tuple[str, ...] = (), common_words: frozenset[str] = frozenset()) -> str:
    """Blank out anything name-, date- or number-like, and contact details, however written."""
    _, where = _details(text, pseudonyms, common_words)
    spans = [(s, e, "[name]" if kind == "full name" else "[detail]") for kind, found in where.items() for s, e in found]
    spans += [(s, e, "[date]") for s, e in _spans(_DATE, text)]
    spans += [(s, e, "[number]") for s, e, digits in _digits_in_words(text) if len(digits) >= 3]
    kept, position = [], 0
    for start, end, mark in sorted(spans):
        if start >= position:
            kept.append(text[position:start] + mark)
            position = end
        elif end > position:
            position = end
    text = "".join(kept) + text[position:]
    return re.sub(r"\d[\d /.-]{3,}\d", "[number]", text)


_ACRONYM = re.compile(r"\b[A-Z]{2,6}s?\b")
NAME_ZIPF = 3.0  # rarer than this in English, and not the library's: maybe a name (kayden 2.1, reece 3.1)


def _judged_words(question: str, pseudonyms: tuple[str, ...], common_words: frozenset[str]) -> tuple[list, set]:
    """The words of `question` after `redact` (a full name it found is the token "[name]"), each judged "keep",
    "drop", "name" (capitalised inside a sentence) or "rare" (neither the library's nor everyday English); and
    the review pseudonyms as they appear among them."""
    text = redact(question, pseudonyms, common_words)
    for pseudonym in sorted(pseudonyms, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(pseudonym)}\b", pseudonym.lower().replace(" ", "_"), text, flags=re.IGNORECASE)
    allowed = {p.lower().replace(" ", "_") for p in pseudonyms}
    words: list[tuple[str, str]] = []  # (word, "keep" | "drop" | "name")
    sentence_start = True
    for token in _GAP_TOKEN.findall(text):
        if token in ".?!;:":
            sentence_start = True
            words.append((token, "drop"))
            continue
        starts, sentence_start = sentence_start, False
        word = token.split("'")[0]
        lower = word.lower()
        if token.startswith("[") or (not word.isalpha() and lower not in allowed):
            words.append((lower, "drop"))
        elif lower in allowed:
            words.append((lower, "keep"))
        elif lower in STOPWORDS or len(lower) < 2 or lower in _NUMBER_WORDS or lower in _DATE_WORDS:
            words.append((lower, "drop"))
        elif lower in common_words:
            words.append((lower, "keep"))
        elif not re.search("[aeiouy]", lower) and (word.isupper() or word.islower()):
            words.append((lower, "keep"))  # an acronym: FGM, CSC
        elif word[0].isupper() and not starts:
            words.append((lower, "name"))
        elif zipf_frequency(lower, "en") < _FAMILIAR_ZIPF:
            words.append((lower, "rare"))
        else:
            words.append((lower, "keep"))
    return words, allowed


def names_anyone(question: str, pseudonyms: tuple[str, ...] = (), common_words: frozenset[str] = frozenset()) -> bool:
    """Whether `question` may name a person: a full name `redact` finds, a word capitalised inside a sentence
    that is not the library's, or a word neither the library's nor English of any currency (zipf < NAME_ZIPF:
    "kayden", not "organise"). For text that is kept (a question to an adviser): stricter than the warning any
    chat message gets. A first name as common as a word, in lower case ("lily"), is not caught."""
    # an acronym the library lacks (LADO, CAMHS) is no name: judged as the everyday word "it"
    words = _judged_words(_ACRONYM.sub("it", question), pseudonyms, common_words)[0]
    return any(word == "[name]" or verdict == "name" or (verdict == "rare" and zipf_frequency(word, "en") < NAME_ZIPF)
               for word, verdict in words)  # fmt: skip


def gap_key(
    question: str,
    pseudonyms: tuple[str, ...] = (),
    common_words: frozenset[str] = frozenset(),
    max_words: int = GAP_KEY_WORDS,
) -> str:
    """What the gap log keeps of an unanswered question: its content words, lower-cased, at most `max_words`.

    After `redact`, numbers, dates, number and month words, and stop words are dropped, and so is anything
    name-like: a capitalised word inside a sentence, or a word that is neither the library's (`common_words`)
    nor everyday English, together with the word beside it ("jayden smith"). Acronyms without a vowel ("FGM")
    and review pseudonyms ("Child N") are kept.
    """
    words, allowed = _judged_words(question, pseudonyms, common_words)
    kept = []
    for i, (word, verdict) in enumerate(words):
        beside_name = any(0 <= j < len(words) and words[j][1] in ("name", "rare") for j in (i - 1, i + 1))
        if verdict == "keep" and not (beside_name and word not in common_words and word not in allowed):
            kept.append(word.replace("_", " "))
    return " ".join(list(dict.fromkeys(kept))[:max_words])
