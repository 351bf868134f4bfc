"""The notebook runs top to bottom and produces its tables and pictures."""
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"


@pytest.mark.slow
def test_notebook_runs(tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") for c in notebook.cells if c.cell_type == "code"), "saved without outputs"
    monkeypatch.chdir(NOTEBOOK.parent)
    monkeypatch.delenv("NEWSGRAPH_ARTICLES", raising=False)
    client = nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    tables = [o for o in outputs if "<table" in o.get("data", {}).get("text/html", "")]
    interactive = [o for o in outputs if "<svg" in o.get("data", {}).get("text/html", "")]
    assert len(images) >= 3 and len(tables) >= 4 and len(interactive) == 1
    assert "Erdoğan" in tables[0]["data"]["text/html"]
    assert (tmp_path / "newsgraph-sample.ttl").exists()
