import re

import pytest

from content.loader import InvalidContent, load_content
from content.passages import normalise_space
from tests.conftest import ITEMS, write_content


def _errors(root) -> list[str]:
    with pytest.raises(InvalidContent) as caught:
        load_content(root)
    return [str(e) for e in caught.value.errors]


def test_loader_shipped_content_is_valid_and_broad(shipped_store):
    kinds = {item.kind for item in shipped_store.items}
    assert kinds == {"guide", "review", "learning", "fact", "glossary"}
    assert len(shipped_store.documents) == 5
    assert sum(item.kind == "glossary" for item in shipped_store.items) > 40
    assert len(shipped_store.passages) > 100


def test_loader_every_shipped_quote_is_in_its_document(shipped_store):
    texts = {name: normalise_space(text) for name, text in shipped_store.document_texts.items()}
    for item in shipped_store.items:
        for quote in item.quotes:
            assert normalise_space(quote) in texts[item.document], item.id


def test_loader_every_shipped_link_comes_from_a_source(shipped_store):
    every_source = " ".join(shipped_store.document_texts.values())
    for item in shipped_store.items:
        if item.url:
            assert item.url in every_source, item.id


def test_loader_names_every_review_in_the_sources(shipped_store):
    all_text = " ".join(item.text for item in shipped_store.items)
    for review in ("Child N", "Child K", "Child M", "Nadiya", "Robyn", "24 national"):
        assert review in all_text


def test_loader_reads_a_valid_folder(mini_content):
    store = load_content(mini_content)
    assert [item.id for item in store.items] == ["brief-was-not-brought", "brief-fathers"]
    assert store.items[0].keywords == ("DNA",)
    assert store.citation_for(store.items[0]).url == "https://example.org/b"
    assert store.synonyms == [("did not attend", "dna", "not brought")]


def test_loader_broken_yaml_is_reported_with_file_and_line(tmp_path):
    root = write_content(tmp_path / "c", ITEMS.replace("    kind: learning", "    kind: [learning"))
    errors = _errors(root)
    assert len(errors) == 1
    assert re.fullmatch(r".*items/briefing\.yaml:\d+: broken YAML: .*", errors[0])
    line = int(errors[0].split(":")[1])
    assert 14 <= line <= 16  # the broken "kind:" line is 14


def test_loader_missing_field_is_reported_at_the_item(tmp_path):
    root = write_content(tmp_path / "c", ITEMS.replace("    title: Ask about every adult\n", ""))
    assert _errors(root) == [f"{root}/items/briefing.yaml:13: item brief-fathers: missing title"]


def test_loader_duplicate_id_names_both_places(tmp_path):
    root = write_content(tmp_path / "c", ITEMS.replace("id: brief-fathers", "id: brief-was-not-brought"))
    (error,) = _errors(root)
    assert error.startswith(f"{root}/items/briefing.yaml:13: duplicate id 'brief-was-not-brought'")
    assert "briefing.yaml:2" in error


def test_loader_unknown_topic_is_reported_on_its_line(tmp_path):
    root = write_content(tmp_path / "c", ITEMS.replace("topics: [fathers]", "topics: [fathers, cooking]"))
    assert _errors(root) == [f"{root}/items/briefing.yaml:16: unknown topic 'cooking' (add it to topics.yaml)"]


def test_loader_quote_not_in_source_is_reported_on_its_line(tmp_path):
    root = write_content(tmp_path / "c", ITEMS.replace("including new partners.\n", "including new boyfriends.\n", 2))
    (error,) = _errors(root)
    assert error.startswith(f"{root}/items/briefing.yaml:22: quote not found in briefing.txt")


def test_loader_quote_matches_across_line_breaks(mini_content):
    # The source breaks "think of the child as" over two lines; the quote may not.
    store = load_content(mini_content)
    assert "Was Not Brought rather than" in store.items[0].quotes[0]


def test_loader_unknown_document_and_bad_kind_and_long_text(tmp_path):
    items = (
        ITEMS.replace("document: briefing.txt\n      section: 2.", "document: other.txt\n      section: 2.")
        .replace("kind: guide", "kind: poster")
        .replace("text: Think of", "text: " + "word " * 150 + "Think of")
    )
    errors = _errors(write_content(tmp_path / "c", items))
    assert any("unknown kind 'poster'" in e for e in errors)
    assert any("more than 700" in e for e in errors)
    assert any("unknown document 'other.txt'" in e for e in errors)


def test_loader_glossary_item_needs_term_and_expansion(tmp_path):
    root = write_content(tmp_path / "c", ITEMS.replace("kind: learning", "kind: glossary"))
    assert any("glossary item needs 'term' and 'expansion'" in e for e in _errors(root))


def test_loader_missing_source_file_and_partnership_fields(mini_content):
    (mini_content / "sources" / "briefing.txt").unlink()
    (mini_content / "partnership.yaml").write_text("name: X\n")
    errors = _errors(mini_content)
    assert any("documents.yaml:2: source file sources/briefing.txt is missing" in e for e in errors)
    assert any("partnership.yaml:1: missing website, who_to_ask, emergency_route" in e for e in errors)


def test_loader_reads_what_practitioners_call_a_document(mini_content):
    documents = mini_content / "documents.yaml"
    documents.write_text(documents.read_text() + "    also_called: [the test briefing, TB]\n")
    assert load_content(mini_content).documents["briefing.txt"].also_called == ("the test briefing", "TB")
    documents.write_text(documents.read_text().replace("[the test briefing, TB]", "{name: 3}"))
    assert any("documents.yaml:5: 'also_called' must be a list of names" in e for e in _errors(mini_content))


def test_loader_items_file_of_wrong_shape(mini_content):
    (mini_content / "items" / "extra.yaml").write_text("- just a list\n")
    assert _errors(mini_content) == [
        f"{mini_content}/items/extra.yaml:1: expected a mapping with a list under 'items:'"
    ]


def test_loader_field_terms_are_optional_lower_cased_and_each_listed_once(tmp_path):
    root = write_content(tmp_path / "content")
    assert load_content(root).field_terms == ()  # no field_terms.yaml: no terms
    (root / "field_terms.yaml").write_text('terms:\n  - term: "Private  Fostering"\n  - term: care order\n')
    assert load_content(root).field_terms == ("private fostering", "care order")
    (root / "field_terms.yaml").write_text("terms:\n  - term: care order\n  - term: Care Order\n  - nothing: here\n")
    errors = _errors(root)
    assert any("field_terms.yaml:3" in e and "listed twice (first at line 2)" in e for e in errors), errors
    assert any("field_terms.yaml:4" in e and "needs 'term:'" in e for e in errors), errors
