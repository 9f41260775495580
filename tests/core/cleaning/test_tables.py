"""Tables flattened into lines are rebuilt as GFM pipe tables."""

from __future__ import annotations

from reader.core.cleaning import clean_text

from .support import clean_body, tokens

ROWS = (
    "Aspek Deskripsi\n"
    "Latar Belakang Kebutuhan ekonomi, politik, dan faktor historis\n"
    "Tujuan Meningkatkan kesejahteraan | memperkuat diplomasi\n"
    "Faktor Pendorong Politik, ekonomi, dan krisis global\n"
)


def test_label_rows_become_a_two_column_table() -> None:
    markdown = clean_body(f"Judul\n\nTabel Ringkas\n\n{ROWS}\nPenutup artikel.")
    assert (
        "| Aspek | Deskripsi |\n| --- | --- |\n"
        "| Latar Belakang | Kebutuhan ekonomi, politik, dan faktor historis |\n"
        "| Tujuan | Meningkatkan kesejahteraan \\| memperkuat diplomasi |\n"
        "| Faktor Pendorong | Politik, ekonomi, dan krisis global |"
    ) in markdown


def test_table_parses_as_gfm_with_exact_cells() -> None:
    stream = tokens(clean_text(f"Judul\n\n{ROWS}").markdown)
    cells = [
        stream[i + 1].content for i, t in enumerate(stream) if t.type in ("th_open", "td_open")
    ]
    assert cells[:2] == ["Aspek", "Deskripsi"]
    assert cells[2::2] == ["Latar Belakang", "Tujuan", "Faktor Pendorong"]
    assert "|" in cells[5]


def test_tab_separated_rows_keep_their_cells() -> None:
    text = "Judul\nCity\tPopulation\tBudget\nRotterdam\t650,000\t€1.2bn\nMiami\t440,000\t$4bn\n"
    assert clean_body(text) == (
        "| City | Population | Budget |\n| --- | --- | --- |\n"
        "| Rotterdam | 650,000 | €1.2bn |\n| Miami | 440,000 | $4bn |"
    )


def test_one_row_is_not_a_table() -> None:
    text = "Judul\n\nAspek Deskripsi\nTujuan Meningkatkan kesejahteraan\n\nLanjutan artikel."
    assert "|" not in clean_body(text)


def test_heading_followed_by_paragraphs_is_not_a_table() -> None:
    text = (
        "Judul\nLatar Belakang\nIndonesia Raya adalah lagu kebangsaan. Lagu itu dinyanyikan.\n"
        "Sejarah Panjang lagu itu dimulai pada tahun 1928. Banyak yang belum tahu.\n"
    )
    assert "|" not in clean_body(text)
