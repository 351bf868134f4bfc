"""A real `newsgraph serve` on the sample article and Debian's Chromium driven by Playwright.

Chromium is `/usr/bin/chromium` (or NEWSGRAPH_CHROMIUM); `.ci/run` installs it. Without it the
browser tests are skipped on a developer's machine, never in CI (env CI set): there they fail.
Screenshots go to tests/artifacts/ (ignored by git) to be looked at.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.api.cli.main import app
from newsgraph.extract.sources import SAMPLE_ARTICLE
from tests.live_server import free_port, get_json, newsgraph_process

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM = os.environ.get("NEWSGRAPH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


# An article of our own with a phone call and a meeting in person (the sample has no calls).
CALLS_ARTICLE = """Holt talks to Sand by phone, meets Orr in Vienna

VIENNA, May 14 - Austrian Chancellor Mira Holt spoke by phone with Chilean President Ivo Sand on Tuesday, her office said.

Holt met Czech Prime Minister Lena Orr in Vienna on Monday to discuss energy prices.
"""


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """The base URL of `newsgraph serve` on a store built from the bundled sample article."""
    yield from _serve(tmp_path_factory.mktemp("browser"), SAMPLE_ARTICLE)


@pytest.fixture(scope="session")
def calls_server(tmp_path_factory):
    """The base URL of `newsgraph serve` on a store with one article that tells a call and a meeting."""
    folder = tmp_path_factory.mktemp("browser-calls")
    article = folder / "holt-calls.txt"
    article.write_text(CALLS_ARTICLE, encoding="utf-8")
    yield from _serve(folder, article)


def _serve(folder: Path, article: Path):
    store = folder / "store"
    built = CliRunner().invoke(app, ["ingest", str(article), "--published", "2025-05-15", "--store", str(store)])
    assert built.exit_code == 0, built.output
    yield from serve_store(store)


def serve_store(store: Path):
    """`newsgraph serve` (read-only) on a built store until the generator is closed: yields its base URL."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_TOKEN"}
    log = store.parent / "serve.log"
    with newsgraph_process(["serve", "--store", str(store), "--port", str(port), "--log-level", "warning"], env, log) as proc:
        base = f"http://127.0.0.1:{port}"
        get_json(base + "/health", proc, log)
        yield base


@pytest.fixture(scope="session")
def browser_context(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"Chromium is missing at {CHROMIUM}; .ci/run installs it (apt-get install chromium)")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api") if not os.environ.get("CI") else __import__(
        "playwright.sync_api", fromlist=["sync_playwright"])
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM, headless=True,
            args=CHROMIUM_ARGS, viewport={"width": 1400, "height": 900})
        context.set_default_timeout(20_000)
        try:
            yield context
        finally:
            context.close()


@pytest.fixture()
def page(browser_context, server):
    """A page that may only reach the server: any other request is aborted and recorded (offline check)."""
    yield from _local_page(browser_context, server)


@pytest.fixture()
def calls_page(browser_context, calls_server):
    """A page, as `page`, that may only reach the server with the calls article."""
    yield from _local_page(browser_context, calls_server)


def _local_page(browser_context, server: str):
    page = browser_context.new_page()
    page.outside = []
    page.errors = []

    def only_local(route):
        if route.request.url.startswith(server):
            route.continue_()
        else:
            page.outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    yield page
    page.close()


def shot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path
