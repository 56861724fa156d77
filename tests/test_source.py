"""The source is pinned: a missing or altered file gives an error naming the checksum."""

from __future__ import annotations

from pathlib import Path

import pytest

from ruchina_ai_data.hashing import sha256_bytes
from ruchina_ai_data.source import pin as source
from ruchina_ai_data.source.pin import (
    REPORT_SHA256,
    SourceError,
    read_source,
    resolve_source_path,
)


def test_missing_source_names_the_path_and_the_expected_checksum(tmp_path: Path):
    missing = tmp_path / "nowhere" / "report.md"
    with pytest.raises(SourceError) as error:
        read_source(missing)
    message = str(error.value)
    assert str(missing) in message
    assert REPORT_SHA256 in message
    assert "--source" in message


def test_altered_source_is_refused_with_both_checksums(tmp_path: Path):
    altered = tmp_path / "report.md"
    altered.write_text("# not the report\n", encoding="utf-8")
    with pytest.raises(SourceError) as error:
        read_source(altered)
    message = str(error.value)
    assert REPORT_SHA256 in message
    assert sha256_bytes(altered.read_bytes()) in message
    assert "refusing" in message


def test_path_precedence_is_flag_then_environment_then_default(monkeypatch, tmp_path: Path):
    monkeypatch.setenv(source.ENV_VAR, str(tmp_path / "env.md"))
    assert resolve_source_path(tmp_path / "flag.md") == tmp_path / "flag.md"
    assert resolve_source_path(None) == tmp_path / "env.md"
    monkeypatch.delenv(source.ENV_VAR)
    assert resolve_source_path(None) == source.default_source_path()
    assert source.default_source_path().parts[-3:] == ("shared", "source", "report.md")


def test_the_real_report_matches_the_pin(report_text: str):
    assert "Russian-Chinese alliance in artificial intelligence" in report_text


def test_missing_source_outside_a_checkout_names_no_installation_path(monkeypatch, tmp_path):
    monkeypatch.delenv(source.ENV_VAR, raising=False)
    monkeypatch.setattr(source, "REPO_ROOT", tmp_path / "site-packages")
    with pytest.raises(SourceError) as error:
        read_source(None)
    message = str(error.value)
    assert "site-packages" not in message and "not shipped with the package" in message
    assert "Russian-Chinese alliance in artificial intelligence" in message
    assert REPORT_SHA256 in message and "--source" in message


def test_an_altered_announcement_beside_the_report_is_refused(pinned, tmp_path: Path):
    from ruchina_ai_data.source.announcement import ANNOUNCEMENT_SHA256

    copy = tmp_path / "report.md"
    copy.write_bytes(pinned.path.read_bytes())
    assert read_source(copy).sha256 == REPORT_SHA256  # the report alone is enough
    (tmp_path / "announcement.md").write_text("We are proud to announce\n", encoding="utf-8")
    with pytest.raises(SourceError) as error:
        read_source(copy)
    message = str(error.value)
    assert f"announcement at {tmp_path / 'announcement.md'} has sha256" in message
    assert ANNOUNCEMENT_SHA256 in message and "Refusing to build" in message


def test_the_announcement_is_the_pinned_one_and_prints_its_title(pinned):
    from ruchina_ai_data.source.announcement import ANNOUNCEMENT_FILE, announcement_problem

    assert (pinned.path.parent / ANNOUNCEMENT_FILE).is_file()
    assert announcement_problem(pinned.path) is None


def test_the_missing_report_message_says_where_it_was_announced(tmp_path: Path):
    with pytest.raises(SourceError) as error:
        read_source(tmp_path / "report.md")
    message = str(error.value)
    assert "announced by FACE (Hinterbrühl, Austria)" in message
    assert '"The Evolving Russian-Chinese Alliance in Artificial Intelligence"' in message
