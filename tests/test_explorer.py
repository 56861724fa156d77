"""The explorer: the SQLite database, the Datasette metadata and canned queries, and the
served site driven in a real browser (Debian's Chromium through Playwright)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from ruchina_ai_data.explore.database import searched_columns, write_database
from ruchina_ai_data.explore.metadata import datasette_metadata
from ruchina_ai_data.explore.queries import QUERIES
from ruchina_ai_data.spec import TABLES

pytest.importorskip("sqlite_utils")
ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_database(tmp_path_factory.mktemp("explore") / "ruchina.db")


def test_every_table_is_in_the_database_with_its_rows(database: Path):
    rows = {
        r["name"]: r["rows"]
        for r in json.loads((ROOT / "datapackage.json").read_text("utf-8"))["resources"]
        if r["path"].endswith(".csv")
    }
    with sqlite3.connect(database) as db:
        for table in TABLES:
            (count,) = db.execute(f'select count(*) from "{table.name}"').fetchone()
            assert count == rows[table.name], table.name


def test_keys_are_declared_and_hold(database: Path):
    with sqlite3.connect(database) as db:
        for table in TABLES:
            found = {
                (row[3], row[2], row[4])
                for row in db.execute(f'pragma foreign_key_list("{table.name}")')
            }
            declared = {(k.fields[0], k.resource, k.reference[0]) for k in table.foreign_keys}
            assert found == declared, table.name
            pk = [r[1] for r in db.execute(f'pragma table_info("{table.name}")') if r[5]]
            assert tuple(pk) == table.primary_key, table.name
        assert db.execute("pragma foreign_key_check").fetchall() == []


def test_full_text_search_finds_evidence_and_footnotes(database: Path):
    with sqlite3.connect(database) as db:
        hits = db.execute(
            "select relation_id from relations where rowid in "
            "(select rowid from relations_fts where relations_fts match 'Kaspersky')"
        ).fetchall()
        assert ("kaspersky-developed-fusionsphere",) in hits
        notes = db.execute(
            "select count(*) from footnotes_en_fts where footnotes_en_fts match 'Edmonds'"
        )
        assert notes.fetchone()[0] > 5
    assert "evidence_en" in searched_columns(next(t for t in TABLES if t.name == "figures"))


def test_metadata_describes_every_table_and_column_from_the_spec():
    meta = datasette_metadata("ruchina")
    tables = meta["databases"]["ruchina"]["tables"]
    for table in TABLES:
        assert tables[table.name]["description"] == table.description
        assert tables[table.name]["columns"] == {c.name: c.description for c in table.columns}
    assert "predicate" in tables["relations"]["facets"]
    assert {"ownership_type", "sector"} <= set(tables["entities"]["facets"])
    assert "Cite" in meta["description_html"]


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_canned_queries_run_and_return_rows(database: Path, name: str):
    with sqlite3.connect(database) as db:
        rows = db.execute(QUERIES[name]["sql"], {"entity_id": "huawei"}).fetchall()
    assert rows, name


def test_serving_a_missing_database_says_what_to_do(tmp_path: Path):
    from ruchina_ai_data.cli import main

    assert main(["serve", str(tmp_path / "none.db")]) == 2


# -- in a real browser ------------------------------------------------------------------


def _browser_or_skip() -> None:
    if Path(CHROMIUM).exists():
        return
    message = f"no Chromium at {CHROMIUM}: apt-get install chromium chromium-driver"
    if os.environ.get("RUCHINA_REQUIRE_BROWSER"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def site(database: Path) -> Iterator[str]:
    _browser_or_skip()
    pytest.importorskip("datasette")
    from ruchina_ai_data.explore.serve import running

    with running(database) as url:
        yield url


@pytest.fixture(scope="module")
def page(site: str) -> Iterator:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )  # fmt: skip
        yield browser.new_page()
        browser.close()


def test_home_page_says_what_the_data_is_and_how_to_cite_it(page, site: str, tmp_path: Path):
    page.goto(site + "/")
    assert "DGRIS" in page.title()
    assert "Cite" in page.inner_text("body")
    page.screenshot(path=str(tmp_path / "home.png"), full_page=True)
    assert (tmp_path / "home.png").stat().st_size > 10_000


def test_a_fact_links_to_its_footnote_and_the_footnote_to_its_work(page, site: str, database):
    with sqlite3.connect(database) as db:
        note, text, work, title = db.execute(
            "select n.number, n.text, c.work_id, b.title from figures f "
            "join footnotes_en n on n.number = f.footnote_en "
            "join citations c on c.footnote_en = n.number "
            "join bibliography b on b.work_id = c.work_id "
            "where f.figure_id = 'huawei-employee-shareholders-2021'"
        ).fetchone()
    page.goto(site + "/ruchina/figures?figure_id=huawei-employee-shareholders-2021")
    page.click("td.col-footnote_en a")
    assert page.url.endswith(f"/ruchina/footnotes_en/{note}")
    assert text in page.inner_text("body")
    page.click("a[href*='/ruchina/citations?footnote_en=']")
    page.click("td.col-work_id a")
    assert page.url.endswith(f"/ruchina/bibliography/{work}")
    assert title in page.inner_text("body")


def test_a_canned_query_runs_in_the_browser(page, site: str):
    page.goto(site + "/ruchina/about_entity?entity_id=ntechlab")
    body = page.inner_text("body")
    assert "Everything about one entity" in body and "ntechlab-supplies-moscow" in body


def test_full_text_search_in_the_browser(page, site: str):
    page.goto(site + "/ruchina/relations")
    page.fill("input[name=_search]", "Kaspersky")
    page.press("input[name=_search]", "Enter")
    page.wait_for_url("**_search=Kaspersky**")
    assert "kaspersky-developed-fusionsphere" in page.inner_text("body")


@pytest.mark.parametrize("fmt", ["graphml", "json"])
def test_the_graph_holds_every_entity_and_relation_and_is_deterministic(tmp_path, fmt):
    nx = pytest.importorskip("networkx")
    import ruchina_ai_data as rd
    from ruchina_ai_data.explore.graph import write_graph

    found = rd.graph()
    assert found.number_of_nodes() == len(rd.load("entities"))
    assert found.number_of_edges() == len(rd.load("relations"))
    edge = found.get_edge_data("kaspersky", "fusionsphere")["kaspersky-developed-fusionsphere"]
    assert edge["predicate"] == "developed" and edge["footnote_fr"] == 125
    first, second = write_graph(tmp_path / f"a.{fmt}", fmt), write_graph(tmp_path / f"b.{fmt}", fmt)
    assert first.read_bytes() == second.read_bytes()
    if fmt == "graphml":
        assert nx.read_graphml(first).number_of_edges() == found.number_of_edges()


def test_an_unknown_graph_format_is_refused(tmp_path):
    from ruchina_ai_data.explore.graph import write_graph

    with pytest.raises(ValueError, match="unknown graph format 'gexf'"):
        write_graph(tmp_path / "x", "gexf")


# -- charts and the dataset card ----------------------------------------------------------


def _marks(spec: dict, marktype: str) -> int:
    """How many items the rendered chart draws with a data mark of `marktype` (axes and
    legends left out)."""
    vlc = pytest.importorskip("vl_convert")

    def walk(node) -> int:
        if isinstance(node, list):
            return sum(walk(item) for item in node)
        if not isinstance(node, dict):
            return 0
        own = (
            len(node["items"])
            if node.get("role") == "mark" and node.get("marktype") == marktype
            else 0
        )
        return (
            own
            + sum(walk(v) for k, v in node.items() if k != "items")
            + (0 if own else walk(node.get("items", [])))
        )

    return walk(vlc.vegalite_to_scenegraph(spec)["scenegraph"])


def test_each_chart_draws_one_mark_per_row_of_its_query():
    pytest.importorskip("altair")
    from ruchina_ai_data.explore import charts

    nodes, edges = charts.network_data()
    assert _marks(charts.chart_spec("timeline"), "rect") == len(charts.timeline_data())
    assert _marks(charts.chart_spec("network"), "rule") == len(edges)
    assert _marks(charts.chart_spec("network"), "symbol") == len(nodes)
    assert _marks(charts.chart_spec("amounts"), "symbol") == len(charts.amounts_data())
    assert _marks(charts.chart_spec("ownership"), "rect") == len(charts.ownership_data())
    assert len(edges) > 50 and len(charts.amounts_data()) == 17


def test_the_committed_charts_are_what_the_tables_draw(tmp_path: Path):
    pytest.importorskip("altair")
    from ruchina_ai_data.explore.charts import write_charts

    for fresh in write_charts(tmp_path):
        committed = ROOT / "docs" / "charts" / fresh.name
        assert committed.read_bytes() == fresh.read_bytes(), f"{committed} is stale: run `run`"


def test_the_dataset_card_lists_every_table_as_a_loadable_config():
    yaml = pytest.importorskip("yaml")
    from ruchina_ai_data.publish.card import CARD, card_text

    text = (ROOT / CARD).read_text("utf-8")
    resources = json.loads((ROOT / "datapackage.json").read_text("utf-8"))["resources"]
    rows = {r["name"]: r["rows"] for r in resources if r["path"].endswith(".csv")}
    assert text == card_text(rows)
    front = yaml.safe_load(text.split("---")[1])
    assert front["license"] == "cc-by-4.0"
    configs = {c["config_name"]: c["data_files"] for c in front["configs"]}
    assert set(configs) == {t.name for t in TABLES}
    for name, data_file in configs.items():
        assert (ROOT / "datasets" / data_file).is_file(), name
    for chart in ("timeline", "network", "amounts", "ownership"):
        assert f"../docs/charts/{chart}.svg" in text
