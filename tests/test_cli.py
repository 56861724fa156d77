"""The command line: what a person sees for each command and each mistake."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ruchina_ai_data.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruchina_ai_data", *args], capture_output=True, text=True
    )


def test_list_names_every_table(capsys):
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert "footnotes_en" in out and "Exchange rates stated by the report" in out


def test_show_prints_columns_and_rows(capsys):
    assert main(["show", "exchange_rates", "--rows", "3"]) == 0
    out = capsys.readouterr().out
    assert "rate_id" in out and "eur-usd-2023-02-26" in out and "3 rows" in out


@pytest.mark.slow
def test_show_unknown_table_exits_2_with_the_valid_names():
    result = run("show", "footnote")
    assert result.returncode == 2
    assert "error: unknown table 'footnote'; valid names:" in result.stderr
    assert "footnotes_fr" in result.stderr


def test_validate_exits_0_on_the_shipped_package(capsys, report_text):
    assert main(["validate"]) == 0
    out = capsys.readouterr().out
    assert "VALID:" in out and "exchange_rates" in out


def test_validate_exits_1_and_names_the_defect(package_copy: Path, capsys):
    (package_copy / "datasets/anomalies.csv").unlink()
    assert main(["validate", str(package_copy), "--no-source"]) == 1
    err = capsys.readouterr().err
    assert "INVALID" in err and "datasets/anomalies.csv: file is missing" in err


@pytest.mark.slow
def test_build_with_a_wrong_source_says_what_is_expected(tmp_path: Path):
    wrong = tmp_path / "report.md"
    wrong.write_text("not it", "utf-8")
    result = run("build", "--source", str(wrong), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "error: source report at" in result.stderr
    assert "expected a29607cd22d1e41ecafa74ab94cac3c6638cb8e9558a9817e3631363cd6c93f6" in (
        result.stderr
    )


@pytest.mark.slow
def test_build_writes_to_the_folder_given(tmp_path: Path, report_text):
    out = tmp_path / "out"
    result = run("build", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert (out / "datapackage.json").is_file()
    assert main(["validate", str(out)]) == 0


def test_sql_runs_a_query_over_the_tables(capsys):
    assert main(["sql", "SELECT count(*) AS n FROM exchange_rates"]) == 0
    assert "3" in capsys.readouterr().out


def test_sql_with_a_broken_query_says_why(capsys):
    assert main(["sql", "SELEC 1"]) == 2
    assert "error: Parser Error" in capsys.readouterr().err


def test_sql_without_duckdb_says_how_to_install_it(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "duckdb", None)
    assert main(["sql", "SELECT 1"]) == 2
    assert "pip install 'ruchina-ai-data[sql]'" in capsys.readouterr().err


def test_diff_against_itself_needs_no_bump(capsys):
    from ruchina_ai_data.loader import data_root

    assert main(["diff", str(data_root())]) == 0
    assert "required bump: none" in capsys.readouterr().out


def test_version(capsys):
    from ruchina_ai_data import __version__

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"ruchina-ai-data {__version__}"


@pytest.mark.parametrize(
    "fmt, expected",
    [
        ("csv", "relation_id,predicate\nkaspersky-developed-fusionsphere,developed\n"),
        ("json", '[{"relation_id":"kaspersky-developed-fusionsphere","predicate":"developed"}]\n'),
        ("markdown", "| relation_id | predicate |\n| --- | --- |\n"
         "| kaspersky-developed-fusionsphere | developed |\n"),
    ],
)  # fmt: skip
def test_sql_writes_csv_json_and_markdown(capsys, fmt, expected):
    query = (
        "select relation_id, predicate from relations "
        "where relation_id = 'kaspersky-developed-fusionsphere'"
    )
    assert main(["sql", query, "--format", fmt]) == 0
    assert capsys.readouterr().out == expected


def test_sql_keeps_long_cells_whole_except_in_the_table_format(capsys):
    query = "select repeat('x', 100) as long"
    assert main(["sql", query, "--format", "csv"]) == 0
    assert "x" * 100 in capsys.readouterr().out
    assert main(["sql", query, "--width", "20"]) == 0
    assert "x" * 21 not in capsys.readouterr().out


def test_sql_names_the_tables_when_one_is_unknown_and_refuses_an_empty_query(capsys):
    assert main(["sql", "select * from nothere"]) == 2
    assert "the tables are: editions, sections" in capsys.readouterr().err
    assert main(["sql", "  "]) == 2
    assert "the query is empty" in capsys.readouterr().err


def test_validate_takes_the_descriptor_and_refuses_a_missing_path_in_one_line(capsys, tmp_path):
    from ruchina_ai_data.cli import package_folder
    from ruchina_ai_data.loader import data_root

    assert package_folder(str(data_root() / "datapackage.json")) == data_root()
    assert main(["validate", str(tmp_path / "nowhere")]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip().count("\n") == 0 and "expected a folder holding" in captured.err


def test_a_closed_pipe_ends_the_command_quietly():
    command = [sys.executable, "-m", "ruchina_ai_data", "show", "numerals", "--rows", "2000"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.readline()
    process.stdout.close()  # what `| head -1` does
    _, err = process.communicate(timeout=60)
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err.decode()


def test_show_puts_a_wide_row_in_a_block_with_wrapped_cells(capsys):
    assert main(["show", "relations", "--rows", "1", "--width", "80"]) == 0
    out = capsys.readouterr().out
    block = out[out.index("-- row 1 of 332 --") :].splitlines()
    assert all(len(line) <= 80 for line in block), [x for x in block if len(x) > 80]
    first = block[1].split()
    assert first[0] == "relation_id"
    evidence = [line for line in block if line.startswith("evidence_en")]
    assert evidence  # every column has its line, long cells wrapped under the value


def test_show_keeps_rows_side_by_side_when_they_fit_or_when_asked(capsys):
    assert main(["show", "exchange_rates", "--rows", "2", "--layout", "wide"]) == 0
    assert "-- row 1" not in capsys.readouterr().out
    assert main(["show", "metrics", "--rows", "2", "--width", "400"]) == 0
    out = capsys.readouterr().out
    assert "-- row 1" not in out and "metric" in out.splitlines()[-3]


def test_search_finds_names_spellings_and_evidence_without_case_or_accents(capsys):
    assert main(["search", "pekin", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("table,key,column,text\n")
    assert "entity_aliases,fr:Pékin,alias,Pékin" in out
    assert main(["search", "Sberbank", "--table", "entity_attributes", "--format", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    assert rows and all(r.startswith("entity_attributes,") for r in rows)


def test_search_with_nothing_found_or_nothing_asked(capsys):
    assert main(["search", "no such words anywhere"]) == 1
    assert capsys.readouterr().err == "nothing found for 'no such words anywhere'\n"
    assert main(["search", " "]) == 2
    assert "nothing to search for" in capsys.readouterr().err
