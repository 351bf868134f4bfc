"""The service: one article-id policy, per-article outcomes, long texts, and a read-only snapshot."""
from __future__ import annotations

import json

import pytest

from newsgraph import NewsGraph
from newsgraph.graph.service import ArticleConflict, NewsService
from newsgraph.graph.store import OxigraphStore, StoreError
from tests.extract.test_long_texts import LIMIT, SECOND, long_article, max_length

TEXT_1 = "Chancellor Mira Holt met President Ivo Sand in Vienna on Tuesday."
TEXT_2 = "Chancellor Mira Holt met Prime Minister Lena Dorn in Prague on Friday."


@pytest.fixture()
def service(nlp):
    return NewsService(OxigraphStore(), nlp=nlp)


def test_two_files_with_one_name_in_two_folders_are_both_stored(service, tmp_path):
    for folder, text in (("a", TEXT_1), ("b", TEXT_2)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(text, encoding="utf-8")
    summary = service.ingest([tmp_path])
    assert [(o.id, o.status) for o in summary.outcomes] == [("story", "created"), ("b-story", "created")]
    assert "taken by" in summary.outcomes[1].note
    assert sorted(r["id"] for r in service.articles()) == ["b-story", "story"]


def test_a_duplicate_id_in_one_jsonl_is_refused_and_reported(service, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"id": "x", "text": t}) for t in (TEXT_1, TEXT_2)), encoding="utf-8")
    summary = service.ingest([feed])
    assert [o.id for o in summary.outcomes] == ["x"]
    assert len(summary.errors) == 1 and "feed.jsonl:2" in summary.errors[0] and "duplicate id 'x'" in summary.errors[0]
    assert service.article_details("x")["people"] == 2  # the first line's article, not the second's


def test_outcomes_created_unchanged_replaced(service, tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(TEXT_1, encoding="utf-8")
    assert [o.status for o in service.ingest([path]).outcomes] == ["created"]
    assert [o.status for o in service.ingest([path]).outcomes] == ["unchanged"]
    path.write_text(TEXT_2, encoding="utf-8")
    assert [o.status for o in service.ingest([path]).outcomes] == ["replaced"]


def test_texts_without_id_never_replace_each_other(service):
    same_start = "Chancellor Mira Holt met President Ivo Sand in Vienna on Tuesday and on Wednesday"
    first = service.ingest_one(service.article(same_start + " they talked."), replace=False)
    second = service.ingest_one(service.article(same_start + " they argued."), replace=False)
    assert first.id != second.id and {first.status, second.status} == {"created"}
    again = service.ingest_one(service.article(same_start + " they talked."), replace=False)
    assert (again.id, again.status) == (first.id, "unchanged")


def test_an_explicit_id_with_other_content_is_a_conflict_unless_replacing(service):
    service.ingest_one(service.article(TEXT_1, article_id="n1"), replace=False)
    with pytest.raises(ArticleConflict, match="PUT"):
        service.ingest_one(service.article(TEXT_2, article_id="n1"), replace=False)
    assert service.ingest_one(service.article(TEXT_2, article_id="n1"), replace=True).status == "replaced"


def test_a_text_over_the_pipeline_limit_is_stored_whole_and_one_over_ours_is_one_error(nlp, tmp_path):
    service = NewsService(OxigraphStore(), nlp=nlp, max_article_chars=20_000)
    (tmp_path / "good.txt").write_text(TEXT_1, encoding="utf-8")
    (tmp_path / "huge.txt").write_text("Word and word. " * 2_000, encoding="utf-8")  # over our limit
    (tmp_path / "long.txt").write_text(long_article(), encoding="utf-8")  # over the pipeline's
    with max_length(nlp, LIMIT):
        summary = service.ingest([tmp_path])
    assert [o.id for o in summary.outcomes] == ["good", "long"]
    assert len(summary.errors) == 1 and "huge.txt" in summary.errors[0] and "too long" in summary.errors[0]
    graph = summary.outcomes[1].iri
    assert service.store.articles().count(graph) == 1
    rows = service.store.select(f"""PREFIX ng: <https://w3id.org/newsgraph/ontology#>
        PREFIX schema: <https://schema.org/>
        SELECT ?body ?sentence ?start ?end WHERE {{ GRAPH <{graph}> {{
            ?a schema:articleBody ?body . ?e ng:sentence ?sentence ; ng:startOffset ?start ; ng:endOffset ?end }} }}""")
    body = rows[0]["body"]
    assert body == long_article()
    assert all(body[int(r["start"]):int(r["end"])] == r["sentence"] for r in rows)
    assert any(SECOND in r["sentence"] and int(r["start"]) > LIMIT for r in rows)


def test_read_only_snapshot_holds_no_lock_and_refuses_a_held_store(nlp, tmp_path):
    path = tmp_path / "store"
    writer = NewsService(OxigraphStore(path), nlp=nlp)
    writer.ingest([(TEXT_1, {"id": "one"})])
    with pytest.raises(StoreError, match="in use by another process"):
        NewsGraph.open(path, read_only=True)
    del writer
    kg = NewsGraph.open(path, read_only=True)
    assert list(kg.articles()["id"]) == ["one"]
    again = OxigraphStore(path)  # the snapshot took the folder's lock for an instant only
    again.replace_article("https://example.org/g", [])
    assert len(kg.articles()) == 1  # and it does not see later writes
