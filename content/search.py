"""BM25 search (bm25s) over stemmed text, with synonym and acronym expansion of queries."""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field

import bm25s
import numpy as np
import Stemmer
from wordfreq import zipf_frequency

logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import and logs each index build

# English function words plus the words people wrap a question in ("what does ... mean").
STOPWORDS = frozenset(
    """a about above after again all also am an and any are as at be been before being below between
    both but by can could did do does doing done during each few for from further get got had has have
    having he her here hers him his how i if in into is it its itself just let me might more most my
    no nor not now of off on once only or other our out over own please really same she should so some
    such tell than that the their them then there these they this those through to too under until up
    us very was we were what whats when where which while who whom why will with would you your yours
    know explain mean means meant stand stands say says said give show thing things anyone someone
    aren isn don doesn didn won wasn weren hasn haven hadn wouldn couldn shouldn im ive id
    yet still always ever actually anything something whether bit bits kind sort
    hi hello thanks thank ok okay many much make makes made gets go goes going went come comes came
    take takes took happen happens happened""".split()
)
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Review pseudonyms "Child N", "Child K" become one word, so the letter is not lost;
# so do one-letter prefixes ("e-learning" -> "elearning").
_PSEUDONYM = re.compile(r"\bchild ([b-hj-z])\b")
_LETTER_PREFIX = re.compile(r"\b([a-z])-(?=[a-z])")
_stemmer = Stemmer.Stemmer("english")
# Chat shorthand for words the library spells out ("missed health appts"), read as the word.
_SPELT_OUT = {
    "appt": "appointment", "appts": "appointments", "apt": "appointment", "apts": "appointments",
    "mtg": "meeting", "mtgs": "meetings", "dept": "department", "depts": "departments", "info": "information",
    "reqs": "requirements", "recs": "recommendations", "rec": "recommendation", "docs": "documents",
    "convo": "conversation", "convos": "conversations", "hosp": "hospital", "sch": "school", "yr": "year",
    "yrs": "years", "mgr": "manager", "mgmt": "management", "govt": "government",
}  # fmt: skip


# Words at least this common in everyday English (Zipf scale: "hospital" 5.1, "referral" 3.6)
# say little about whether a question is on the library's subject.
EVERYDAY_ZIPF = 5.0


def words_and_tokens(text: str) -> list[tuple[str, str]]:
    """Each kept word with its search token: lowercased, stopwords and one-letter words dropped, stemmed."""
    text = _LETTER_PREFIX.sub(r"\1", _PSEUDONYM.sub(r"child\1", text.lower()))
    words = [_SPELT_OUT.get(w, w) for w in (w.split("'")[0] for w in _TOKEN.findall(text))]
    kept = [w for w in words if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]
    return list(zip(kept, _stemmer.stemWords(kept), strict=True))


def tokens(text: str) -> list[str]:
    return [token for _, token in words_and_tokens(text)]


def load_word_frequencies() -> None:
    """wordfreq reads its table on first use; do it at start-up rather than on someone's first question."""
    zipf_frequency("the", "en")


def specific_tokens(text: str) -> set[str]:
    """Tokens of the words in `text` that are not everyday English (terms of art, names, acronyms)."""
    return {token for word, token in words_and_tokens(text) if zipf_frequency(word, "en") < EVERYDAY_ZIPF}


# A synonym group a question mentions counts for this share of the phrase actually asked,
# split between the group's other phrases, so a long group does not drown the question.
EXPANSION_WEIGHT = 0.5
# Candidates within this much of the best coverage compete on BM25 score.
COVERAGE_BAND = 0.15


@dataclass(frozen=True)
class Query:
    """A question's tokens, the synonym phrases it adds (tokens, weight), and what stands in for each token."""

    asked: list[str]
    added: list[tuple[list[str], float]] = field(default_factory=list)
    alternatives: dict[str, set[str]] = field(default_factory=dict)
    # tokens of a phrase of two or more words a synonym group names ("all the right things", "moving house"): a
    # description the library knows as a term of art, however everyday its words
    described: set[str] = field(default_factory=set)

    @property
    def all_tokens(self) -> list[str]:
        return self.asked + [t for phrase, _ in self.added for t in phrase]


class QueryExpander:
    """Adds the other phrases of any synonym group a question mentions."""

    def __init__(self, groups: list[tuple[str, ...]]):
        self._groups = [
            (re.compile("|".join(rf"(?<!\w){re.escape(p)}(?!\w)" for p in group)), group) for group in groups
        ]

    def query(self, question: str) -> Query:
        text = question.lower()
        query = Query(tokens(text))
        for pattern, group in self._groups:
            match = pattern.search(text)
            if not match:
                continue
            said = set(tokens(match.group(0)))
            if len(match.group(0).split()) >= 2:
                query.described.update(said)
            phrases = [[t for t in tokens(p) if t not in said] for p in group if set(tokens(p)) != said]
            phrases = [p for p in phrases if p]
            for phrase in phrases:
                query.added.append((phrase, EXPANSION_WEIGHT / len(phrases)))
            for token in said:
                query.alternatives.setdefault(token, set()).update(t for p in phrases for t in p)
        return query


@dataclass(frozen=True)
class Hit:
    index: int
    score: float
    confidence: float


class Index:
    """A BM25 index over documents given as strings, with a coverage-based confidence."""

    def __init__(self, texts: list[str]):
        self._docs = [tokens(t) for t in texts]
        self._doc_sets = [set(d) for d in self._docs]
        self._bm25 = bm25s.BM25(method="lucene")
        if self._docs:  # bm25s cannot index an empty corpus
            self._bm25.index(self._docs, show_progress=False)
        frequency: dict[str, int] = {}
        for doc in self._doc_sets:
            for token in doc:
                frequency[token] = frequency.get(token, 0) + 1
        count = max(len(self._docs), 1)
        self._idf = {t: math.log(1 + (count - f + 0.5) / (f + 0.5)) for t, f in frequency.items()}
        # A word the library has never seen weighs as much as a typical word of it.
        self._unseen_idf = float(np.median(list(self._idf.values()))) if self._idf else 1.0

    def __len__(self) -> int:
        return len(self._docs)

    def idf(self, token: str) -> float:
        return self._idf.get(token, self._unseen_idf)

    def knows(self, token: str) -> bool:
        return token in self._idf

    def contains(self, index: int, token: str, alternatives: dict[str, set[str]]) -> bool:
        """Whether document `index` has the token or a synonym standing in for it."""
        words = self._doc_sets[index]
        return token in words or bool(alternatives.get(token, set()) & words)

    def coverage(self, index: int, question_tokens: list[str], alternatives: dict[str, set[str]]) -> float:
        """Share of the question's weight (idf) that document `index` contains, synonyms counted."""
        total = found = 0.0
        for token in set(question_tokens):
            weight = self.idf(token)
            total += weight
            if self.contains(index, token, alternatives):
                found += weight
        return found / total if total else 0.0

    def _scores(self, query: list[str]) -> np.ndarray:
        known = [t for t in query if t in self._idf]
        return self._bm25.get_scores(known) if known else np.zeros(len(self._docs))

    def search(self, query: Query, k: int = 5) -> list[Hit]:
        """The best `k` documents for a query.

        BM25 picks candidates; those covering nearly as much of the question as the best-covering
        one rank first, by BM25 score, so a short text with every word beats a long one with a few.
        """
        if not self._docs or not any(t in self._idf for t in query.all_tokens):
            return []
        scores = self._scores(query.asked)
        for phrase, weight in query.added:
            scores = scores + weight * self._scores(phrase)
        candidates = [int(i) for i in np.argsort(-scores)[: k * 2] if scores[i] > 0]
        hits = [Hit(i, float(scores[i]), self.coverage(i, query.asked, query.alternatives)) for i in candidates]
        if not hits:
            return []
        band = max(h.confidence for h in hits) - COVERAGE_BAND
        hits.sort(key=lambda h: (h.confidence >= band, h.score), reverse=True)
        return hits[:k]
