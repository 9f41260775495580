"""Odd but harmless arguments: links as values, relative library folders, odd article ids.

Each of these once ended in "unexpected error … Please report it" or a refusal of a
correct command; each must now do what was asked or say plainly what is wrong.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.cli import main
from reader.store.location import resolve_data_dir

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ONE_SEED = SEEDS / "002_bd535fe2fb284044.txt"


def _library(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    data = tmp_path / "lib"
    assert main(["--data-dir", str(data), "import", str(ONE_SEED)]) == 0
    capsys.readouterr()
    return data


def test_a_note_that_looks_like_a_link_is_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    data = _library(tmp_path, capsys)
    note = "marginalia://open/3/x"
    quote = ["--quote", "Diplomasi", "--occurrence", "1"]
    status = main(["--data-dir", str(data), "highlight", "1", *quote, "--note", note])
    assert status == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main(["--data-dir", str(data), "export", "--format", "json"]) == 0
    assert f'"value": "{note}"' in capsys.readouterr().out


def test_a_search_for_a_link_searches(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    data = _library(tmp_path, capsys)
    # Searched, not taken for a link (which left "search" without its words): the search
    # runs and says what it found (nothing, with exit status 1, as grep does).
    assert main(["--data-dir", str(data), "search", "marginalia://open"]) in (0, 1)
    captured = capsys.readouterr()
    assert "error" not in captured.err
    assert "marginalia://open" in captured.out + captured.err


def test_a_link_alone_still_opens_the_window(tmp_path: Path):
    opened: list[tuple[Path, str | None]] = []

    def open_window(data: Path, link: str | None) -> int:
        opened.append((data, link))
        return 0

    link = "marginalia://open/1/abc"
    assert main(["--data-dir", str(tmp_path), link], open_window) == 0
    assert opened == [(tmp_path, link)]


def test_a_relative_library_folder_is_made_absolute_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.chdir(tmp_path)
    assert resolve_data_dir("lib") == tmp_path / "lib"
    monkeypatch.setenv("MARGINALIA_DATA_DIR", "envlib")
    assert resolve_data_dir() == tmp_path / "envlib"


def test_a_relative_library_folder_opens_the_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.chdir(tmp_path)
    seen: list[Path] = []

    def open_window(data: Path, link: str | None) -> int:
        seen.append(data)
        return 0

    assert main(["--data-dir", "lib"], open_window) == 0
    assert seen == [tmp_path / "lib"]
    # The window's first page reads titles through a file URI, which needs a full path.
    from reader.ui.startup.first_page import first_titles

    os.makedirs("lib", exist_ok=True)
    assert main(["--data-dir", "lib", "import", str(ONE_SEED)]) == 0
    assert "Apa Itu Diplomasi Detente?" in first_titles(Path("lib") / "library.sqlite3")


@pytest.mark.parametrize(
    "article", ["²", "١", "99999999999999999999", "9" * 5000, "-1", "0", "1e3", " 1 2 "]
)
def test_an_odd_article_reference_is_a_plain_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], article: str
):
    data = _library(tmp_path, capsys)
    for command in (
        ["export", "--format", "md", "--article", article],
        ["highlight", article, "--quote", "Diplomasi"],
    ):
        status = main(["--data-dir", str(data), *command])
        err = capsys.readouterr().err
        assert status == 1
        assert "unexpected" not in err and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1
        assert "article" in err.lower()
