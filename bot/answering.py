"""Turn a practitioner's question into a reply built only from cited content-store text."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np
from wordfreq import zipf_frequency

from bot import answer_confidence
from bot.actions import NO_CLASS, NOT_URGENT, UrgencyFeedback, encode
from bot.answer_type import asks_for_list, holds_asked_type
from bot.named_terms import absent_names, absent_terms, library_text, unanswered_references
from bot.personal_data import gap_key, names_anyone, personal_details, redact
from bot.replies import ANSWER, NO_ANSWER, PII_WARNING, URGENT, Choice, Reply
from bot.urgency import assess
from bot.urgency_semantic import SemanticUrgency
from content.embeddings import embed
from content.model import ContentStore, Document, Item
from content.search import (
    Hit,
    Index,
    QueryExpander,
    load_word_frequencies,
    specific_tokens,
    tokens,
    words_and_tokens,
)
from content.semantic_index import SemanticIndex

logger = logging.getLogger(__name__)

# Share of the question's weight a further item must contain to join an answer. Whether the best one is
# given at all is the calibrated confidence's decision (bot/answer_confidence.py).
MIN_CONFIDENCE = 0.4
# A question half of whose words the library has never seen is not about its subject.
MAX_UNKNOWN_SHARE = 0.5
# Further items join the answer (up to three) when they cover a fair share of what the best one covers
# and score close to it: a question often spans two or three short items.
RELATED_COVERAGE_GAP = 0.35
RELATED_SCORE_RATIO = 0.6
MAX_ITEMS_PER_ANSWER = 3
# "What does IMR mean?", "what is an SCR", "what does CSE stand for": a definition is asked for.
_DEFINITION = re.compile(
    r"^\s*(?:what|whats|what's)\s+(?:does|do|is|are|s)?\s*(?:an?\s+|the\s+)?(?P<term>[\w&/'’ -]{1,60}?)"
    r"\s*(?:mean|stand for|stands for)?\s*\??\s*$",
    re.IGNORECASE,
)
_EXPANSION_ASKED = re.compile(r"\bstands? for\b", re.IGNORECASE)
# An item whose words are mostly (this share of the shorter text) in one already chosen would repeat it.
REPEAT_OVERLAP = 0.7
# A case's particulars: an age, a count ("a 4 year old ... missed three appointments").
_PARTICULARS = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[ -]?(?:years?|yrs?|months?|weeks?|"
    r"days?)[ -]old|[ -]?yo)?\b",
    re.IGNORECASE,
)
# An unknown word at least this common in English (wordfreq's Zipf scale) is a case's ("forgot", "row"); a rarer one
# is a term the library does not cover ("LADO", "mileage").
CASE_WORD_ZIPF = 4.5
# A tail after a question's mark of at most this many words is read as a pleasantry or an aside ("cheers, new to
# the team"), and the question is also tried without it.
TAIL_WORDS = 8
# Meaning (content/semantic_index.py): of BM25's candidates sharing a specific word of the question, the one
# closest in meaning (the question's best cosine to an item's title, questions and text) answers; fusing the two
# rankings instead (reciprocal rank fusion) let a small lead in shared words outvote a clear lead in meaning,
# and passed 14 fewer of 2,200 development questions. An item close to one of its authored questions answers
# even when few words are shared (SEMANTIC_ANSWER); a further item joins an answer only if it is close in
# meaning too (SEMANTIC_RELATED).
# A source passage (an imported document has no curated items yet) answers instead of the best item
# when it covers this much more of the question.
PASSAGE_MARGIN = 0.25
# A question asking for a whole list is answered by an item gathering one (LIST_QUOTES quotes or more) within
# LIST_MARGIN of the closest item in meaning, rather than by one point of the list.
LIST_QUOTES = 3
LIST_MARGIN = 0.05
SEMANTIC_ANSWER = 0.85
SEMANTIC_RELATED = 0.4


# What the gap log says of a question none of whose words could be kept (they may have been a name).
NOT_KEPT = "(no words kept)"


@dataclass(frozen=True)
class Candidate:
    """The best text found for a question, before the bot decides whether it is likely enough right."""

    hits: list[Hit]  # the items BM25 found, for the nearest topics of a refusal
    items: tuple[int, ...] = ()  # the answering items, best first
    passage: int | None = None  # a source passage answering instead
    features: dict[str, float] = field(default_factory=dict)  # bot/answer_confidence.FEATURES; empty: none found


class GapRecorder(Protocol):
    def record_gap(self, question: str) -> None: ...


# Asked to write something ("can you help me write a cover letter", "draft an out of office email"): the bot
# never generates text.
_WRITING_TASK = re.compile(
    r"^(?:(?:hi|hey|hello)\W+)?(?:(?:can|could|would|will) you |please |pls )?(?:please )?(?:help me |me )?(?:to )?"
    r"(?:write|draft|compose|rewrite|redraft|proof ?read|word)\b",
    re.IGNORECASE,
)
WRITES_NOTHING = (
    "I don't write letters, messages or other text: I answer safeguarding questions from the partnership's "
    "library, quoting it. Ask me about practice, or about what a review found."
)


def _item_search_text(item: Item, document: Document | None) -> str:
    """What an item is searched over: its own words, and what practitioners call its document, so a question
    scoped to a document ("in the cross-border learning briefing, how many ...") finds that document's items by the
    rest of its words."""
    names = document.also_called if document else ()
    return " ".join([item.title, *item.questions, item.text, item.term, item.expansion, *item.keywords, *names])


def _overlap(a: set[str], b: set[str]) -> float:
    """Share of the smaller word set found in the other."""
    return len(a & b) / (min(len(a), len(b)) or 1)


class Answerer:
    def __init__(self, store: ContentStore, gaps: GapRecorder | None = None, confidence=None):
        """`confidence`: an answer_confidence.AnswerModel; the one fitted by bench/calibrate.py when None."""
        self.store = store
        self.gaps = gaps
        glossary = [(i.term.lower(), i.expansion.lower()) for i in store.items if i.kind == "glossary"]
        self._expander = QueryExpander(store.synonyms + [g for g in glossary if g[0] != g[1]])
        search_texts = [_item_search_text(i, store.documents.get(i.document)) for i in store.items]
        self._items = Index(search_texts)
        self._item_words = [set(tokens(i.text)) for i in store.items]
        # The search tokens of the published reviews' names ("childn", "robyn"): a question naming one is about it.
        self._review_tokens = frozenset(t for name in store.partnership.review_pseudonyms for t in tokens(name))
        self._passages = Index([f"{p.section} {p.text}" for p in store.passages])
        self._meaning = SemanticIndex([[i.title, *i.questions, i.text] for i in store.items])
        self._glossary = {key: n for n, i in enumerate(store.items) if i.kind == "glossary"
                          for key in (i.term.lower(), i.expansion.lower()) if key}  # fmt: skip
        load_word_frequencies()
        self._semantic = SemanticUrgency(store)
        self._confidence = confidence or answer_confidence.load(Path(__file__).with_name(answer_confidence.MODEL_FILE))
        self._common_words = frozenset(
            word.lower() for item in store.items for word in item.title.replace("-", " ").split()
        )
        # The gap log keeps a word only if the library uses it or it is common English (see gap_key).
        self._vocabulary = frozenset(re.findall(r"[a-z]+", " ".join(search_texts).lower()))
        # Everything the library says, for the names a question asks about (bot/named_terms.py).
        self._library_text = library_text(
            [*search_texts, *(p.text for p in store.passages), *(d.title for d in store.documents.values())]
        )

    def screen(self, question: str, kept: bool = False) -> Reply | None:
        """The reply a message gets before anything else, or None: the emergency route when it describes a
        child at immediate risk now (docs/urgency.md), else `personal_warning`. Neither the message nor what was
        found in it is stored or logged. `kept`: the message will be stored (a question to an adviser)."""
        pseudonyms = self.store.partnership.review_pseudonyms
        urgency = assess(question, pseudonyms, self._semantic)
        found = personal_details(question, pseudonyms, self._common_words) if urgency.urgent else []
        if found and urgency.by == "semantic":
            # Names, numbers and a postcode say nothing of danger but sway the meaning-based detector ("the boy at
            # 14 Acacia Avenue HX1 2AB is not in school much"): it reads the message without them. The rules'
            # cues are words, so a rule's finding stands.
            urgency = assess(redact(question, pseudonyms, self._common_words), pseudonyms, self._semantic)
        if urgency.urgent:
            logger.info("urgent reply given (%s, by %s); message not stored", urgency.cls or "-", urgency.by)
            return self._urgent_reply(bool(found), urgency.cls)
        return self.personal_warning(question, kept)

    def personal_warning(self, text: str, kept: bool = False) -> Reply | None:
        """A `pii_warning` naming the kinds of identifying detail in `text` (never quoting them), or None. With
        `kept` (text that will be stored: a question to an adviser, an adviser's answer), a word that may be a
        name is enough (bot/personal_data.py `names_anyone`)."""
        pseudonyms = self.store.partnership.review_pseudonyms
        found = personal_details(text, pseudonyms, self._common_words)
        if kept and not found and names_anyone(text, pseudonyms, self._vocabulary):
            found = ["what may be a name"]
        if not found:
            return None
        logger.info("personal data warning given (%s); message not stored", ", ".join(found))
        kept_note = " Questions and answers sent to advisers are kept, so they must name nobody." if kept else ""
        return Reply(
            PII_WARNING,
            "Please don't share case details in chat. Your message seems to include "
            f"{', '.join(found)}. It has not been stored. Please delete it, and ask again without "
            f"names, dates of birth, addresses, postcodes or other identifying details.{kept_note}",
            confidence=1.0,
        )

    def answer(self, question: str) -> Reply:
        question = question.strip()
        partnership = self.store.partnership
        if not question:
            return Reply(NO_ANSWER, "Please type a question about safeguarding practice or the partnership's learning.")
        screened = self.screen(question)
        if screened is not None:
            return screened
        if _WRITING_TASK.match(question):  # not a question, and not a gap in the library either
            return Reply(NO_ANSWER, WRITES_NOTHING)
        reply = self._search(question)
        logger.info("reply kind=%s confidence=%.2f", reply.kind, reply.confidence)
        if reply.kind == NO_ANSWER and self.gaps is not None:
            self.gaps.record_gap(gap_key(question, partnership.review_pseudonyms, self._vocabulary) or NOT_KEPT)
        return reply

    def search_items(self, text: str, limit: int) -> list[Item]:
        """The curated items best matching `text`, best first, at most `limit`: the answering search (BM25 over
        title, questions and text, synonyms and acronyms expanded), with no judgement of whether one answers."""
        return [self.store.items[hit.index] for hit in self._items.search(self._expander.query(text), k=limit)]

    def _urgent_reply(self, has_personal_details: bool, cls: str) -> Reply:
        """999 first, then the partnership's route; it never quotes the message, and says it was not stored.
        It carries "Not an emergency", which records only the class the bot saw."""
        lines = list(self.store.partnership.emergency_route)
        if has_personal_details:
            lines.append("Your message included identifying details: it has not been stored. Please delete it.")
        else:
            lines.append("Your message has not been stored.")
        wrong = Choice("Not an emergency", encode(UrgencyFeedback(NOT_URGENT, cls or NO_CLASS)))
        return Reply(URGENT, "\n".join(lines), confidence=1.0, choices=(wrong,))

    def _search(self, question: str) -> Reply:
        defined = _DEFINITION.match(question)
        term = defined.group("term").strip().lower() if defined else ""
        if term in self._glossary:  # a definition asked for, and the glossary has the term: it answers
            item = self.store.items[self._glossary[term]]
            if _EXPANSION_ASKED.search(question) and item.expansion.lower() == item.term.lower():
                # what letters stand for, where the sources never spell them out ("what does CSC stand for?")
                return self._no_answer([Hit(self._glossary[term], 0.0, 0.0)], 0.0)
            return Reply(ANSWER, f"{item.text} [1]", (self.store.citation_for(item),), 1.0, item.topics)
        found = self.candidate(question)
        likely = self._likelihood(found)
        for reading in self._other_readings(question) if likely < self._confidence.threshold else ():
            other = self.candidate(reading)
            other_likely = self._likelihood(other)
            if other_likely >= self._confidence.threshold:
                found, likely = other, other_likely
                break
        if likely < self._confidence.threshold:
            return self._no_answer(found.hits, likely)
        reply = self.reply_for(found, likely)
        if not holds_asked_type(question, reply.text):  # "how long...?" answered by text that gives no time
            return self._no_answer(found.hits, likely)
        # "the Graded Care Profile 2" or "private fostering" asked of a library that never names it
        if absent_names(question, self._library_text) or absent_terms(
            question, self.store.field_terms, self._library_text
        ):
            return self._no_answer(found.hits, likely)
        if unanswered_references(question, reply.text):  # "section 47" asked, text about section 11 found
            return self._no_answer(found.hits, likely)
        return reply

    def _likelihood(self, found: Candidate) -> float:
        """The calibrated probability that `found` answers its question; 0.0 when nothing was found."""
        return self._confidence.probability(found.features) if found.features else 0.0

    def _uses(self, token: str) -> bool:
        """Whether the library (its items or its source passages) uses a search token."""
        return self._items.knows(token) or self._passages.knows(token)

    def _other_readings(self, question: str) -> list[str]:
        """Shorter readings of a question refused as asked, tried in turn: the question before a short tail
        ("what does was not brought mean? cheers, new to the team"), and the question without its case's
        particulars (ages, counts, and everyday words the library never uses: "a 4 year old ... missed three health
        appointments in a row and mum says she just forgot"), when it has an age or a count (it tells a case), no
        term the library never uses is in it, and a description the synonyms know remains."""
        readings = []
        head, mark, tail = question.partition("?")
        if mark and tail.strip() and len(tail.split()) <= TAIL_WORDS:
            readings.append(head + mark)
        general = _PARTICULARS.sub(" ", question)  # ages and counts: the case's, not the question's
        pairs = words_and_tokens(general)
        unknown = {word for word, token in pairs if not self._uses(token)}
        # a term the library never uses ("LADO", "MARAC", "mileage") says the question is beyond it; an everyday word
        # it never uses ("forgot", "row") is the case's
        everyday = {word for word in unknown if zipf_frequency(word, "en") >= CASE_WORD_ZIPF}
        # what is left must still name a term of art in a practitioner's words ("missed health appointments")
        described = self._expander.query(general).described - {token for word, token in pairs if word in unknown}
        if general != question and unknown == everyday and described:
            words = re.findall(r"[\w'’-]+|[?.!,]", general)
            readings.append(" ".join(word for word in words if word.lower() not in unknown))
        return readings

    def reply_for(self, found: Candidate, likely: float) -> Reply:
        """The answer a candidate gives, cited, with `likely` as its confidence."""
        if found.passage is not None:
            passage = self.store.passages[found.passage]
            return Reply(ANSWER, f"{passage.text} [1]", (self.store.passage_citation(passage),), likely)
        items = [self.store.items[i] for i in found.items]
        return Reply(
            ANSWER,
            "\n\n".join(f"{item.text} [{n}]" for n, item in enumerate(items, 1)),
            tuple(self.store.citation_for(item) for item in items),
            likely,
            tuple(dict.fromkeys(t for item in items for t in item.topics)),
        )

    def candidate(self, question: str) -> Candidate:
        """The best text for `question` (items, or a source passage) and the signals that say how likely
        it is right (bot/answer_confidence.py), before deciding whether to give it."""
        query = self._expander.query(question)
        asked, alternatives = query.asked, query.alternatives
        hits = self._items.search(query, k=8)
        unknown = self._unknown_share(asked)
        if unknown >= MAX_UNKNOWN_SHARE:
            return Candidate(hits)
        # a question in everyday words only ("parents say all the right things but nothing changes") is specific in
        # the description a synonym group knows as a term of art
        specific = specific_tokens(question) or query.described

        def share_of_specific(index: Index, hit: Hit) -> float:
            return sum(index.contains(hit.index, t, alternatives) for t in specific) / (len(specific) or 1)

        vector = embed([question])[0]
        meaning = self._meaning.scores_for(vector)
        pool = [h for h in hits if share_of_specific(self._items, h) > 0]
        # A question naming a review is not answered by an item about another review, close as their words are.
        named = self._review_tokens & set(asked)

        def about_another_review(hit: Hit) -> bool:
            return (
                bool(named)
                and not any(self._items.contains(hit.index, t, alternatives) for t in named)
                and any(self._items.contains(hit.index, t, alternatives) for t in self._review_tokens - named)
            )

        pool = [h for h in pool if not about_another_review(h)]
        # A question asking how many, how long or how old is led by an item giving a number, a time or an age, if one
        # was found ("how many CP medicals ... in the briefing": not the briefing's overview, which names none).
        pool = [h for h in pool if holds_asked_type(question, self.store.items[h.index].text)] or pool
        if pool:
            best = max(pool, key=lambda h: meaning[h.index])
            if asks_for_list(question) and len(self.store.items[best.index].quotes) < LIST_QUOTES:
                gathering = [h for h in pool if len(self.store.items[h.index].quotes) >= LIST_QUOTES
                             and meaning[h.index] >= meaning[best.index] - LIST_MARGIN]  # fmt: skip
                best = max(gathering, key=lambda h: meaning[h.index], default=best)
        else:
            best = self._close_in_meaning(meaning, hits, specific, alternatives)
        passage_hits = self._passages.search(query, k=3)
        passage = passage_hits[0] if passage_hits and share_of_specific(self._passages, passage_hits[0]) else None
        if passage is not None and (best is None or passage.confidence >= best.confidence + PASSAGE_MARGIN):
            close = float(embed([self.store.passages[passage.index].text])[0] @ vector)
            specific_share = share_of_specific(self._passages, passage)
            features = self._features(passage, close, meaning, unknown, asked, specific_share)
            # the passage search's first hit; first in meaning too when no item is closer
            features |= {"is_passage": 1.0, "bm25_first": 1.0, "meaning_first": float(features["meaning_gap"] == 0)}
            return Candidate(hits, passage=passage.index, features=features)
        if best is None:
            return Candidate(hits)
        related = [best.index] + [
            h.index
            for h in hits
            if h.index != best.index
            and self.store.items[h.index].kind != "glossary"
            and not about_another_review(h)
            and h.confidence >= max(MIN_CONFIDENCE, best.confidence - RELATED_COVERAGE_GAP)
            and h.score >= RELATED_SCORE_RATIO * best.score
            and meaning[h.index] >= SEMANTIC_RELATED
        ]
        features = self._features(best, float(meaning[best.index]), meaning, unknown, asked,
                                  share_of_specific(self._items, best))  # fmt: skip
        features["bm25_first"] = float(bool(hits) and hits[0].index == best.index)
        features["meaning_first"] = float(int(meaning.argmax()) == best.index)
        features["is_glossary"] = float(self.store.items[best.index].kind == "glossary")
        return Candidate(hits, items=tuple(self._without_repeats(related)[:MAX_ITEMS_PER_ANSWER]), features=features)

    @staticmethod
    def _features(hit: Hit, close: float, meaning, unknown: float, asked: list[str], specific: float) -> dict:
        top = max(float(meaning.max()) if len(meaning) else 0.0, close)
        return {
            "coverage": hit.confidence,
            "specific_share": specific,
            "meaning": close,
            "meaning_top": top,
            "meaning_gap": max(0.0, top - close),
            "bm25_first": 0.0,
            "meaning_first": 0.0,
            "unknown_share": unknown,
            "is_passage": 0.0,
            "is_glossary": 0.0,
            "question_words": float(np.log1p(len(asked))),
        }

    def _close_in_meaning(self, meaning, hits: list[Hit], specific: set[str], alternatives) -> Hit | None:
        """The item whose title or authored question the question restates, if one is that close and
        shares at least one of the question's specific words: a paraphrase BM25's coverage missed."""
        if not len(meaning):
            return None
        index = int(meaning.argmax())
        if meaning[index] < SEMANTIC_ANSWER or not any(self._items.contains(index, t, alternatives) for t in specific):
            return None
        found = next((h for h in hits if h.index == index), None)
        return found or Hit(index, 0.0, float(meaning[index]))

    def _without_repeats(self, indexes: list[int]) -> list[int]:
        """Drop items whose wording is mostly in an item kept before them."""
        kept: list[int] = []
        for index in indexes:
            words = self._item_words[index]
            if all(_overlap(words, self._item_words[k]) < REPEAT_OVERLAP for k in kept):
                kept.append(index)
        return kept

    def _unknown_share(self, asked: list[str]) -> float:
        """Share of the question's words found nowhere in the library, items or source passages."""
        distinct = set(asked)
        unknown = [t for t in distinct if not self._uses(t)]
        return len(unknown) / len(distinct) if distinct else 1.0

    def _no_answer(self, hits, confidence: float) -> Reply:
        topics = dict.fromkeys(t for h in hits for t in self.store.items[h.index].topics)
        labels = [self.store.topics[t] for t in list(topics)[:3]]
        nearest = f" The nearest topics I do cover: {'; '.join(labels)}." if labels else ""
        return Reply(
            NO_ANSWER,
            "The partnership's safeguarding library does not cover this, so I won't guess."
            f"{nearest} For advice, ask {self.store.partnership.who_to_ask}.",
            confidence=confidence,
            topics=tuple(topics)[:3],
        )
