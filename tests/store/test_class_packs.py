"""A class, end to end: the teacher's pack goes out, the students' notes come back.

Each library is a data dir of its own, opened in turn as each person would open theirs.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from reader.core.errors import DocumentError
from reader.core.importing import content_hash
from reader.core.packs.passages import group_passages
from reader.store import class_packs, handbacks, identity, layers
from reader.store.articles import find_article, import_paths, list_articles
from reader.store.class_files import import_class_files
from reader.store.class_packs import PackImport, PackStatus
from reader.store.concepts import concept_named, describe_concept, find_concept
from reader.store.handbacks import HandbackImport
from reader.store.highlights import create_highlight, find_quote, list_highlights, set_note
from tests.core.exporting.checks import must_failures
from tests.packs_support import SEEDS, opened

ARTICLE = "Strategi Diplomasi?"
TEACHER_QUOTE = "Konflik internasional sering kali dianggap sebagai masalah besar"
TEACHER_NOTE = "Why *big* powers?\n# not a heading <script>x</script>"
KEY_SENTENCE = (
    "Diplomasi dan mediasi internasional menjadi kunci untuk menyelesaikan perbedaan "
    "antarnegara secara damai."
)
MEDIATION = (
    "Mediasi memungkinkan para pihak yang bertikai untuk mencapai kesepakatan tanpa harus "
    "terlibat dalam pertempuran."
)
# Three students mark the key sentence, each a little differently; one marks another.
STUDENTS = {
    "Ani": [(KEY_SENTENCE, "The thesis <b>here</b>")],
    "Budi": [("Diplomasi dan mediasi internasional menjadi kunci", "")],
    "Citra": [
        ("mediasi internasional menjadi kunci untuk menyelesaikan perbedaan", "# same idea"),
        (MEDIATION, "Mediation needs a *neutral* party"),
    ],
}


def _highlight(article_id: int, quote: str, note: str = "", **extra: object):
    start, end = find_quote(article_id, quote)
    return create_highlight(article_id, start, end, note=note, **extra)  # type: ignore[arg-type]


def _teacher_library(folder: Path) -> int:
    """The teacher's library: the seeds, two highlights, a concept with a definition."""
    list(import_paths([SEEDS]))
    article = find_article(ARTICLE)
    _highlight(article.id, TEACHER_QUOTE, TEACHER_NOTE, concepts=["diplomasi"])
    _highlight(article.id, "aliansi strategis memainkan peran penting", color="green")
    describe_concept(concept_named("diplomasi").id, "Seni menjaga hubungan antarnegara")
    identity.set_your_name("Bu Sari")
    return article.id


def _state() -> dict[str, object]:
    """Everything a refused pack must leave as it was."""
    from reader.store.models import (
        AnnotationLayer,
        Article,
        ClassPack,
        Concept,
        Highlight,
        LayerHighlight,
        PackArticle,
    )

    return {
        "articles": sorted((a.id, a.title, a.content_hash) for a in Article.select()),
        "highlights": sorted((h.id, h.note, h.start) for h in Highlight.select()),
        "layers": AnnotationLayer.select().count(),
        "layer highlights": LayerHighlight.select().count(),
        "packs": ClassPack.select().count(),
        "pack articles": PackArticle.select().count(),
        "concepts": sorted((c.name, c.definition) for c in Concept.select()),
    }


@pytest.fixture
def class_dirs(tmp_path: Path) -> dict[str, Path]:
    names = ["teacher", "student", *STUDENTS]
    return {name: tmp_path / name for name in names}


@pytest.fixture
def pack_file(class_dirs: dict[str, Path], tmp_path: Path) -> Path:
    path = tmp_path / "diplomasi.marginalia"
    with opened(class_dirs["teacher"]):
        article_id = _teacher_library(class_dirs["teacher"])
        class_packs.export_pack(path, [article_id], "Read and tag every cause of the détente")
    return path


def _open_pack(path: Path) -> PackImport:
    [outcome] = list(import_class_files([path]))
    assert isinstance(outcome, PackImport), outcome
    return outcome


def test_a_pack_from_the_seeds_opens_in_an_empty_library_as_the_teachers_layer(
    class_dirs: dict[str, Path], pack_file: Path
):
    with opened(class_dirs["student"]):
        assert list_articles() == []
        outcome = _open_pack(pack_file)
        assert outcome.status is PackStatus.ADDED and outcome.teacher == "Bu Sari"
        [article_id] = outcome.article_ids
        [summary] = list_articles()
        assert summary.title.startswith("Strategi Diplomasi")
        # The teacher's notes are a layer: none of them is the student's own.
        assert list_highlights(article_id) == []
        items = layers.teacher_items(article_id)
        assert [i.exact for i in items] == [
            TEACHER_QUOTE,
            "aliansi strategis memainkan peran penting",
        ]
        assert all(i.placed and i.person == "Bu Sari" for i in items)
        assert items[0].note == TEACHER_NOTE and items[0].concepts == ("diplomasi",)
        assert layers.instruction_for(article_id) == (
            "Bu Sari",
            "Read and tag every cause of the détente",
        )
        # The teacher's concepts come with their definitions, ready to tag with.
        concept = find_concept("diplomasi")
        assert concept is not None and concept.definition == "Seni menjaga hubungan antarnegara"


def test_a_pack_matches_the_article_a_library_already_has(
    class_dirs: dict[str, Path], pack_file: Path
):
    with opened(class_dirs["student"]):
        list(import_paths([SEEDS]))
        before = {s.id for s in list_articles()}
        own = _highlight(find_article(ARTICLE).id, KEY_SENTENCE, "my own note")
        outcome = _open_pack(pack_file)
        assert {s.id for s in list_articles()} == before  # nothing added
        assert outcome.article_ids == (own.article_id,)
        assert [h.note for h in list_highlights(own.article_id)] == ["my own note"]
        assert len(layers.teacher_items(own.article_id)) == 2


def test_the_pack_is_w3c_annotations_with_a_creator_and_a_checked_manifest(pack_file: Path):
    from tests.packs_support import members

    files = members(pack_file.read_bytes())
    assert next(iter(files)) == "mimetype" and files["mimetype"] == b"application/x-marginalia-pack"
    manifest = json.loads(files["manifest.json"])
    assert manifest["format"] == "application/x-marginalia-pack" and manifest["version"] == 1
    assert manifest["creator"]["name"] == "Bu Sari"
    assert manifest["creator"]["id"].startswith("urn:uuid:")
    import hashlib

    for name, entry in manifest["files"].items():
        assert hashlib.sha256(files[name]).hexdigest() == entry["sha256"], name
    collection = json.loads(files["annotations.json"])
    assert must_failures(collection, "collections/collectionMusts.test") == []
    for item in collection["first"]["items"]:
        assert must_failures(item, "annotations/annotationMusts.test") == []
        assert item["creator"] == manifest["creator"]
    concepts = json.loads(files["concepts.json"])["concepts"]
    assert concepts == [{"name": "diplomasi", "definition": "Seni menjaga hubungan antarnegara"}]
    assert files["instruction.txt"].decode() == "Read and tag every cause of the détente"


def _student_hands_back(folder: Path, name: str, pack: Path, out: Path) -> Path:
    with opened(folder):
        [article_id] = _open_pack(pack).article_ids
        for quote, note in STUDENTS[name]:
            _highlight(article_id, quote, note)
        identity.set_your_name(name)
        handback = handbacks.handback_json()
        path = out / f"{name}.json"
        path.write_text(json.dumps(handback), encoding="utf-8")
    return path


def test_three_students_hand_back_and_the_teacher_sees_the_class(
    class_dirs: dict[str, Path], pack_file: Path, tmp_path: Path
):
    returned = [
        _student_hands_back(class_dirs[name], name, pack_file, tmp_path) for name in STUDENTS
    ]
    ani = json.loads(returned[0].read_text("utf-8"))
    assert ani["creator"]["name"] == "Ani"
    assert must_failures(ani, "collections/collectionMusts.test") == []
    assert all(item["creator"]["name"] == "Ani" for item in ani["first"]["items"])
    assert returned[0].stat().st_size < 20_000  # one small file

    with opened(class_dirs["teacher"]):
        article_id = find_article(ARTICLE).id
        own_before = list_highlights(article_id)
        outcomes = list(import_class_files(returned))
        assert all(isinstance(o, HandbackImport) for o in outcomes), outcomes
        assert list_highlights(article_id) == own_before  # the students' are layers beside
        roster = [name for _id, name in layers.class_roster(article_id)]
        assert roster == ["Ani", "Budi", "Citra"]
        passages = group_passages(layers.class_marks(article_id))
        counts = {p.count: sorted(p.students) for p in passages}
        assert counts == {3: ["Ani", "Budi", "Citra"], 1: ["Citra"]}

        summary = handbacks.class_summary(article_id)
        assert "3 of 3 students highlighted this: Ani, Budi, Citra" in summary
        assert "1 of 3 students highlighted this: Citra" in summary
        # Notes read literally: no HTML, no heading, no emphasis.
        assert "\\<b\\>here\\</b\\>" in summary
        assert "**Citra**: \\# same idea" in summary
        assert "\\*neutral\\*" in summary
        assert "<b>" not in summary and not re.search(r"^#+ # ", summary, re.M)
        # The passage shared by three comes before the one only Citra marked.
        assert summary.index("3 of 3") < summary.index("1 of 3")

        # A student's second hand-back replaces their first, never adds to it.
        again = list(import_class_files(returned[:1]))
        assert isinstance(again[0], HandbackImport) and again[0].replaced
        assert len(group_passages(layers.class_marks(article_id))) == 2


def test_reopening_an_edited_pack_updates_the_teacher_and_keeps_the_students_notes(
    class_dirs: dict[str, Path], pack_file: Path, tmp_path: Path
):
    with opened(class_dirs["student"]):
        [article_id] = _open_pack(pack_file).article_ids
        mine = _highlight(article_id, KEY_SENTENCE, "my note, mine alone", concepts=["tesis"])
    edited = tmp_path / "diplomasi-2.marginalia"
    with opened(class_dirs["teacher"]):
        teacher_article = find_article(ARTICLE).id
        first = list_highlights(teacher_article)[0]
        set_note(first.id, "A clearer note")
        _highlight(teacher_article, MEDIATION, "Added later")
        class_packs.export_pack(edited, [teacher_article], "Now tag the mediators too")
    with opened(class_dirs["student"]):
        outcome = _open_pack(edited)
        assert outcome.status is PackStatus.UPDATED and outcome.article_ids == (article_id,)
        notes = sorted(i.note for i in layers.teacher_items(article_id))
        assert notes == ["", "A clearer note", "Added later"]
        [kept] = list_highlights(article_id)
        assert (kept.id, kept.note, kept.concepts, kept.exact) == (
            mine.id,
            "my note, mine alone",
            ("tesis",),
            mine.exact,
        )
        assert layers.instruction_for(article_id) == ("Bu Sari", "Now tag the mediators too")
        # The earlier edition, opened again, changes nothing.
        before = _state()
        assert _open_pack(pack_file).status is PackStatus.OLDER
        assert _state() == before
        assert _open_pack(edited).status is PackStatus.UNCHANGED


def test_a_newer_edition_with_a_changed_text_reanchors_the_students_notes(
    class_dirs: dict[str, Path], pack_file: Path, tmp_path: Path
):
    from reader.store.articles import get_article
    from reader.store.models import Article

    with opened(class_dirs["student"]):
        [article_id] = _open_pack(pack_file).article_ids
        mine = _highlight(article_id, MEDIATION, "kept through the edit")
    edited = tmp_path / "fixed.marginalia"
    with opened(class_dirs["teacher"]):
        teacher_article = find_article(ARTICLE)
        # The teacher fixes the article's text (a sentence added near the top).
        fixed = teacher_article.original_text.replace(
            "Namun, dalam", "Ini kalimat baru. Namun, dalam", 1
        )
        Article.update(
            original_text=fixed,
            markdown=teacher_article.markdown.replace(
                "Namun, dalam", "Ini kalimat baru. Namun, dalam", 1
            ),
            content_hash=content_hash(fixed),
        ).where(Article.id == teacher_article.id).execute()
        class_packs.export_pack(edited, [teacher_article.id])
    with opened(class_dirs["student"]):
        assert _open_pack(edited).article_ids == (article_id,)
        assert "Ini kalimat baru." in get_article(article_id).markdown
        [kept] = list_highlights(article_id)
        assert kept.note == "kept through the edit" and kept.placed
        assert kept.exact == MEDIATION and kept.start == mine.start + len("Ini kalimat baru. ")
        assert all(i.placed for i in layers.teacher_items(article_id))


def test_a_pack_made_here_is_not_opened_as_someone_elses(
    class_dirs: dict[str, Path], pack_file: Path
):
    with opened(class_dirs["teacher"]):
        [refused] = list(import_class_files([pack_file]))
        assert isinstance(refused, DocumentError)
        assert "made in this library" in str(refused)


def test_nothing_to_hand_back_says_so(class_dirs: dict[str, Path], pack_file: Path):
    from reader.core.errors import UserError

    with opened(class_dirs["student"]):
        _open_pack(pack_file)
        identity.set_your_name("Ani")
        with pytest.raises(UserError, match="nothing to hand back"):
            handbacks.handback_json()


def test_a_pack_or_handback_needs_a_name(class_dirs: dict[str, Path], tmp_path: Path):
    from reader.core.errors import UserError

    with opened(class_dirs["teacher"]):
        list(import_paths([SEEDS]))
        with pytest.raises(UserError, match="Preferences"):
            class_packs.export_pack(tmp_path / "x.marginalia", [find_article(ARTICLE).id])
        assert not (tmp_path / "x.marginalia").exists()


def test_a_schema_5_library_opens_a_pack_after_its_upgrade(tmp_path: Path, pack_file: Path):
    import shutil

    from reader.store.location import database_path

    folder = tmp_path / "old"
    folder.mkdir()
    fixture = Path(__file__).resolve().parents[1] / "_files" / "library-schema-5.sqlite3"
    shutil.copy(fixture, database_path(folder))
    with opened(folder):
        from reader.store.models import Highlight

        [kept] = list(Highlight.select())
        assert kept.note == "catatan v5"
        outcome = _open_pack(pack_file)
        [article_id] = outcome.article_ids
        assert len(layers.teacher_items(article_id)) == 2
        assert [h.note for h in Highlight.select()] == ["catatan v5"]


def test_the_teachers_notes_stay_out_of_the_students_exports_and_come_back_on_undo(
    class_dirs: dict[str, Path], pack_file: Path
):
    from reader.store import exports
    from reader.store.articles import delete_article, restore_article

    with opened(class_dirs["student"]):
        [article_id] = _open_pack(pack_file).article_ids
        _highlight(article_id, KEY_SENTENCE, "mine")
        collection = exports.annotations_json(article_id)
        assert collection["total"] == 1  # the student's own, not the teacher's
        assert TEACHER_NOTE.split("\n")[0] not in exports.notes_markdown(article_id)
        # Deleting the article and undoing it brings the teacher's layer back with it.
        snapshot = delete_article(article_id)
        assert layers.teacher_items(article_id) == []
        restore_article(snapshot)
        assert len(layers.teacher_items(article_id)) == 2
        assert layers.instruction_for(article_id) is not None


def test_the_teachers_notes_follow_the_text_when_it_changes(
    class_dirs: dict[str, Path], pack_file: Path
):
    from reader.store.models import Article

    with opened(class_dirs["student"]):
        [article_id] = _open_pack(pack_file).article_ids
        before = {i.exact: i.start for i in layers.teacher_items(article_id)}
        assert layers.anchor_layers_again(article_id) == 0  # nothing moved: nothing done
        # A newer cleaner (or an edit) puts a sentence before the teacher's passages.
        article = Article.get_by_id(article_id)
        Article.update(
            markdown=article.markdown.replace("Konflik", "Kalimat baru. Konflik", 1)
        ).where(Article.id == article_id).execute()
        assert layers.anchor_layers_again(article_id) == 0  # every note found again
        after = {i.exact: i.start for i in layers.teacher_items(article_id)}
        assert after == {quote: start + len("Kalimat baru. ") for quote, start in before.items()}
