"""Reading inputs: bad files give one clear error and never stop the others."""
import json

from newsgraph.extract.sources import ArticleError, ArticleInput, read_articles


def test_folder_and_bad_inputs(tmp_path):
    (tmp_path / "good.txt").write_text("Headline here\n\nPresident Ana Lopes spoke.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    items = list(read_articles([tmp_path, tmp_path / "missing.txt"]))
    good = [i for i in items if isinstance(i, ArticleInput)]
    errors = {str(e).split("/")[-1] for e in items if isinstance(e, ArticleError)}
    assert [g.meta.id for g in good] == ["good"]
    assert good[0].meta.title == "Headline here"
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("binary.txt" in e and "binary" in e for e in errors)
    assert any("latin1.txt" in e and "UTF-8" in e for e in errors)
    assert any("missing.txt" in e for e in errors)


def test_jsonl_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"id": "x1", "text": "Mayor Tim Hale spoke.", "published": "2024-01-02", "title": "T"}),
             "{not json",
             json.dumps({"id": "x2", "text": "Hello there.", "published": "02/01/2024"}),
             json.dumps({"id": "x3"}),
             json.dumps({"id": "x4", "text": "Governor Ann Cole spoke."})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_articles([path]))
    good = [i for i in items if isinstance(i, ArticleInput)]
    errors = [e for e in items if isinstance(e, ArticleError)]
    assert [g.meta.id for g in good] == ["x1", "x4"]
    assert str(good[0].meta.published) == "2024-01-02"
    assert sorted(e.line for e in errors) == [2, 3, 4]
    assert any("bad published date" in e.message for e in errors)


def test_extract_many_in_two_processes_keeps_order(nlp):
    from newsgraph.extract.facts import ArticleMeta
    from newsgraph.extract.pipeline import extract_many
    texts = [(f"President Ana Lopes{i} met Governor Tim Hale in Lisbon.", ArticleMeta(id=f"a{i}")) for i in range(5)]
    single = [f.meta.id for f in extract_many(texts, nlp=nlp)]
    multi = list(extract_many(texts, nlp=nlp, n_process=2, batch_size=2))
    assert [f.meta.id for f in multi] == single
    assert all(len(f.meetings) == 1 for f in multi)
