"""Standard metadata accepted by the tools that read it: Croissant, CITATION.cff, versions."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import mlcroissant as mlc
import pytest
import yaml

from ruchina_ai_data import __version__
from ruchina_ai_data.spec import TABLES

REPO = Path(__file__).resolve().parents[1]
# mlcroissant 1.1 keeps state in a Dataset: asked for one record set and then another that
# references it, the same object has returned 14 of 278 entities and failed on joins. One
# Dataset per record set yields every row of every record set (the README says so).


@pytest.fixture(scope="module")
def croissant() -> mlc.Dataset:
    return mlc.Dataset(jsonld=str(REPO / "croissant.json"))


def test_croissant_validates_with_mlcroissant(croissant):
    assert croissant.metadata.name == "ruchina-ai-data"
    assert {rs.name for rs in croissant.metadata.record_sets} == {t.name for t in TABLES}


def test_croissant_has_every_file_with_its_sha256():
    metadata = json.loads((REPO / "croissant.json").read_text("utf-8"))
    files = {item["contentUrl"]: item["sha256"] for item in metadata["distribution"]}
    assert len(files) == 2 * len(TABLES)
    assert all(len(digest) == 64 for digest in files.values())


def test_croissant_declares_foreign_keys_as_references():
    metadata = json.loads((REPO / "croissant.json").read_text("utf-8"))
    amounts = next(rs for rs in metadata["recordSet"] if rs["name"] == "amounts")
    metric = next(f for f in amounts["field"] if f["name"] == "metric")
    assert metric["references"] == {"field": {"@id": "metrics/metric"}}


QUICK = ("entities", "ownership", "relations")  # the record sets of the reported bug


@pytest.mark.parametrize(
    "name",
    [
        name if name in QUICK else pytest.param(name, marks=pytest.mark.slow)
        for name in (t.name for t in TABLES)
    ],
)
def test_one_croissant_dataset_per_record_set_yields_every_row(name):
    from ruchina_ai_data import load

    records = list(mlc.Dataset(jsonld=str(REPO / "croissant.json")).records(name))
    table = next(t for t in TABLES if t.name == name)
    assert len(records) == len(load(name))
    assert set(records[0]) == {f"{name}/{c}" for c in table.column_names}


def test_citation_cff_is_valid_cff_1_2():
    schema = json.loads((REPO / "tests/data/cff-1.2.0.schema.json").read_text("utf-8"))
    citation = yaml.safe_load((REPO / "CITATION.cff").read_text("utf-8"))
    jsonschema.validate(citation, schema)
    assert citation["type"] == "dataset"
    assert citation["references"][0]["authors"][0]["family-names"] == "Linke"


def test_an_invalid_citation_cff_is_rejected():
    schema = json.loads((REPO / "tests/data/cff-1.2.0.schema.json").read_text("utf-8"))
    citation = yaml.safe_load((REPO / "CITATION.cff").read_text("utf-8"))
    citation["type"] = "spreadsheet"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(citation, schema)


def test_one_version_everywhere():
    import tomllib

    citation = yaml.safe_load((REPO / "CITATION.cff").read_text("utf-8"))
    descriptor = json.loads((REPO / "datapackage.json").read_text("utf-8"))
    croissant_json = json.loads((REPO / "croissant.json").read_text("utf-8"))
    changelog = (REPO / "CHANGELOG.md").read_text("utf-8")
    assert (
        "version"
        in tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]["dynamic"]
    )
    assert citation["version"] == citation["preferred-citation"]["version"] == __version__
    assert descriptor["version"] == croissant_json["version"] == __version__
    assert f"## {__version__} " in changelog


def test_data_dictionary_lists_every_column():
    text = (REPO / "docs/data-dictionary.md").read_text("utf-8")
    for table in TABLES:
        assert f"## `{table.name}`" in text
        for column in table.columns:
            assert f"| `{column.name}` |" in text


def test_one_home_everywhere():
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    descriptor = json.loads((REPO / "datapackage.json").read_text("utf-8"))
    croissant_json = json.loads((REPO / "croissant.json").read_text("utf-8"))
    home = project["urls"]["Homepage"]
    assert home == descriptor["id"] == croissant_json["url"]
    assert all(url.startswith(home) for url in project["urls"].values())
