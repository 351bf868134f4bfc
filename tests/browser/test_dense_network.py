"""A hub's depth-2 network in a real browser: readable, not a hairball; and its person page lists
repeated delegations once, with a count. The store is `dense_store` (facts written directly)."""
from __future__ import annotations

import pytest

from tests.browser import dense_store
from tests.browser.conftest import _local_page, serve_store, shot

pytestmark = pytest.mark.slow

HUB_ID = "ada-hubbard"


@pytest.fixture(scope="module")
def dense_server(tmp_path_factory):
    yield from serve_store(dense_store.build(tmp_path_factory.mktemp("dense") / "store"))


@pytest.fixture()
def dense_page(browser_context, dense_server):
    yield from _local_page(browser_context, dense_server)


def _depth_two(page, server: str) -> None:
    page.goto(server + f"/#/network/{HUB_ID}")
    page.wait_for_function("window.ngCy && ngCy.nodes().length > 1")
    page.select_option("#depth", "2")
    page.wait_for_function("document.querySelector('#net-count') && document.querySelector('#net-count').innerText.includes('within 2 meetings')")


def _drawn(page) -> dict:
    return page.evaluate("""() => {
        const centre = ngCy.nodes('[centre = 1]')[0].position();
        const r = (n) => Math.hypot(n.position().x - centre.x, n.position().y - centre.y);
        const ring = (h) => ngCy.nodes().filter((n) => n.data('hops') === h);
        const labelled = ngCy.nodes().filter((n) => n.style('label') !== '');
        const boxes = labelled.map((n) => n.boundingBox({includeNodes: false, includeEdges: false, includeLabels: true}));
        const meet = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
        let overlaps = 0, covered = 0;  // pairs of names whose boxes meet, as drawn; names over another's dot
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => { if (meet(a, b)) overlaps += 1; }));
        labelled.forEach((n, i) => ngCy.nodes().forEach((m) => {
          if (m.id() !== n.id() && meet(boxes[i], m.boundingBox({includeLabels: false}))) covered += 1; }));
        return {people: ngCy.nodes().length, lines: ngCy.edges().length,
                first: ring(1).map(r), second: ring(2).map(r), labelled: labelled.length, overlaps, covered,
                centreNamed: ngCy.nodes('[centre = 1]')[0].style('label') !== '',
                lonely: ngCy.nodes().filter((n) => n.degree() === 0).length,
                secondOpacity: ring(2).length ? +ring(2)[0].style('opacity') : null};
    }""")


def test_a_hubs_depth_two_network_is_drawn_in_rings_with_the_strongest_lines(dense_page, dense_server):
    page = dense_page
    _depth_two(page, dense_server)
    shot(page, "13-dense-depth2")
    drawn = _drawn(page)
    net = page.evaluate("state.network")
    every_line = len(net["edges"])
    assert drawn["people"] == len(net["nodes"]) == 201  # the hub, 40 in the first ring, 160 in the second
    # each person keeps a line (the one placing them), the centre keeps all of its own: far fewer lines
    assert drawn["lonely"] == 0
    assert drawn["lines"] <= 40 + 160 + 60 < every_line
    # rings: everyone of the second ring is drawn further out than anyone of the first
    assert min(drawn["second"]) > max(drawn["first"])
    assert len(drawn["first"]) == 40 and len(drawn["second"]) == 160
    assert drawn["labelled"] <= 16 and drawn["secondOpacity"] < 1  # names on the biggest; the outer ring faded
    # no name covers another or a dot (such a name moves above its node, else is hidden); most stay
    assert drawn["overlaps"] == 0 and drawn["covered"] == 0 and drawn["centreNamed"] and drawn["labelled"] >= 10
    counted = page.inner_text("#net-count")
    assert f"{drawn['lines']} lines drawn" in counted and f"{every_line} lines" in counted
    # a second-ring person sits next to the first-ring person who reached them
    near = page.evaluate("""() => {
        const pos = (n) => n.position();
        const angle = (p) => Math.atan2(p.y, p.x);
        const c = ngCy.nodes('[centre = 1]')[0].position();
        let worst = 0;
        ngCy.nodes().filter((n) => n.data('hops') === 2).forEach((n) => {
          const up = n.neighborhood('node').filter((m) => m.data('hops') === 1).sort((a, b) =>
            ngCy.edges().filter((e) => e.connectedNodes().contains(n) && e.connectedNodes().contains(b))[0].data('weight') -
            ngCy.edges().filter((e) => e.connectedNodes().contains(n) && e.connectedNodes().contains(a))[0].data('weight'))[0];
          const a = angle({x: pos(n).x - c.x, y: pos(n).y - c.y}), b = angle({x: pos(up).x - c.x, y: pos(up).y - c.y});
          worst = Math.max(worst, Math.min(Math.abs(a - b), 2 * Math.PI - Math.abs(a - b)));
        });
        return worst; }""")
    assert near < 0.35  # radians: within a small sector of its first-ring person
    page.hover("#cy")  # nothing to assert: the page stays free of errors
    page.check("#all-lines")
    page.wait_for_function(f"ngCy.edges().length === {every_line}")
    shot(page, "14-dense-depth2-all-lines")
    page.uncheck("#all-lines")
    page.wait_for_function(f"ngCy.edges().length === {drawn['lines']}")
    assert page.outside == [] and page.errors == []


def test_small_networks_are_drawn_as_before(dense_page, dense_server):
    """A first-ring person's own network at depth 1 is small: every line, every name, a force layout."""
    page = dense_page
    page.goto(dense_server + "/#/network/ring-two-aa")
    page.wait_for_function("window.ngCy && ngCy.nodes().length > 1")
    drawn = _drawn(page)
    assert drawn["lines"] == len(page.evaluate("state.network")["edges"])
    assert drawn["labelled"] == drawn["people"]
    assert "drawn" not in page.inner_text("#net-count")


def test_repeated_delegations_are_one_line_with_a_count_and_their_articles(dense_page, dense_server):
    page = dense_page
    page.goto(dense_server + f"/#/person/{HUB_ID}")
    page.locator("#view-person li.delegation").first.wait_for()
    items = page.locator("#view-person li.delegation")
    assert items.count() == 1
    summary = items.first.inner_text()
    assert "head of the delegation of Norland" in summary and "in 12 articles" in summary
    assert not page.locator("#view-person .delegation-sources").first.is_visible()  # folded until asked
    shot(page, "15-person-delegations-folded")
    page.click("#view-person li.delegation summary")
    sources = page.locator("#view-person .delegation-sources li")
    sources.first.wait_for()
    assert sources.count() == 12
    assert "Talks, day" in sources.first.inner_text()
    page.screenshot(path=str(shot(page, "16-person-delegations-open")), full_page=True)
    sources.first.locator("a.article-link").click()
    page.locator("#view-article h1").wait_for()
    assert "Talks, day" in page.inner_text("#view-article h1")
    assert page.outside == [] and page.errors == []
