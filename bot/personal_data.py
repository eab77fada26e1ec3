"""Spot identifying details of a child or family in a message, so it is warned about and never kept."""

from __future__ import annotations

import re

import phonenumbers

_NHS_NUMBER = re.compile(r"(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# Full UK postcode (outward and inward code), e.g. HX1 2AB, M1 1AE, SW1A 1AA.
_POSTCODE = re.compile(r"\b(?:GIR ?0AA|[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b", re.IGNORECASE)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_DATE = rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{1,2}}(?:st|nd|rd|th)? {_MONTHS},? \d{{2,4}})"
_DATE_OF_BIRTH = re.compile(
    rf"\b(?:d\.?o\.?b\.?|date of birth|born(?: on)?|birthday)\s*(?:is|was|:|-)?\s*{_DATE}", re.IGNORECASE
)
_NUMERIC_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/(?:19|20)\d{2}\b")
_STREET_ADDRESS = re.compile(
    r"\b\d{1,4}[a-z]? [A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Court|"
    r"Crescent|Terrace|Place|Grove|Gardens|Walk|Mews|Row|Square|Hill|View)\b"
)
_AGE = re.compile(r"\b(?:aged? \d{1,2}|\d{1,2}[- ]?(?:yo|y/o|years? old|year-old|months? old))\b", re.IGNORECASE)
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def _valid_nhs_number(digits: str) -> bool:
    """NHS numbers end in a modulus 11 check digit."""
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def _has_phone_number(text: str) -> bool:
    # "Possible" rather than "valid" numbers, so reserved ranges people type (07700 900...) count too;
    # at least 10 digits, so years and figures ("2018", "3352") do not.
    matches = phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE)
    return any(sum(c.isdigit() for c in m.raw_string) >= 10 for m in matches)


def _full_names(text: str, allowed: tuple[str, ...], common_words: frozenset[str]) -> list[str]:
    names = []
    for match in _FULL_NAME.finditer(text):
        name = match.group(0)
        if any(name in a or a in name for a in allowed):
            continue
        if all(part.lower() in common_words for part in match.groups()):
            continue
        names.append(name)
    return names


def personal_details(
    text: str, pseudonyms: tuple[str, ...] = (), common_words: frozenset[str] = frozenset()
) -> list[str]:
    """Name the kinds of identifying detail found in `text` (empty when none).

    `pseudonyms` are published review names (Child N, Nadiya) and are not personal data;
    `common_words` are words of the content library, so "Safeguard Guide" is not a name.
    """
    found = []
    if any(_valid_nhs_number("".join(m.groups())) for m in _NHS_NUMBER.finditer(text)):
        found.append("NHS number")
    if _DATE_OF_BIRTH.search(text):
        found.append("date of birth")
    if _POSTCODE.search(text):
        found.append("postcode")
    if _EMAIL.search(text):
        found.append("email address")
    if _has_phone_number(text):
        found.append("phone number")
    if _STREET_ADDRESS.search(text):
        found.append("address")
    if _full_names(text, pseudonyms, common_words) and (found or _AGE.search(text) or _NUMERIC_DATE.search(text)):
        found.append("full name")
    return found


def redact(text: str, pseudonyms: tuple[str, ...] = (), common_words: frozenset[str] = frozenset()) -> str:
    """Blank out anything name- or number-like before a question is kept for content authors."""
    for name in _full_names(text, pseudonyms, common_words):
        text = text.replace(name, "[name]")
    return re.sub(r"\d[\d /.-]{3,}\d", "[number]", text)
