"""The tables of a library, as peewee models bound to the open database."""

from __future__ import annotations

from datetime import UTC, datetime

from peewee import (
    AutoField,
    BooleanField,
    CompositeKey,
    DatabaseProxy,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

# One proxy, initialised by database.open_library(): peewee binds models to a database at
# class level, and a process works on one library at a time.
database_proxy = DatabaseProxy()


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class SchemaVersion(BaseModel):
    """One row per schema version applied, so a database says which code can read it."""

    version = IntegerField(primary_key=True)
    applied_at = DateTimeField(default=utc_now)


class LibraryFlag(BaseModel):
    """Facts about the library as a whole, such as whether the bundled articles were offered."""

    key = TextField(primary_key=True)
    value = TextField()


class Article(BaseModel):
    id = AutoField()
    title = TextField()
    # True once the user renamed the article: a re-import must not undo their title.
    title_edited = BooleanField(default=False)
    source_path = TextField(null=True, index=True)
    source_format = TextField()  # "txt" or "md"
    content_hash = TextField(unique=True)
    original_text = TextField()
    markdown = TextField()
    removed_lines = TextField(default="[]")  # JSON list of lines the cleaner hid
    cleaner_version = IntegerField(default=0)
    words = IntegerField(default=0)
    added_at = DateTimeField(default=utc_now, index=True)
    opened_at = DateTimeField(null=True, index=True)
    # Character offset in the rendered text of the first line in view: independent of
    # font size and window width, unlike a scroll fraction.
    reading_position = IntegerField(default=0)


class Highlight(BaseModel):
    """A highlighted passage: W3C selectors over the article's reading text, colour, note.

    ``start``/``end`` is the TextPositionSelector; ``exact``/``prefix``/``suffix`` the
    TextQuoteSelector. ``placed`` is False for an orphan: a highlight whose passage
    could not be found again. Orphans are never deleted; the user can place them by hand.

    A highlight that "needs a look" is unplaced with a proposed place: after its article
    changed, ``proposed_start``/``proposed_end`` (offsets in the current reading text) is
    where its passage plausibly is now, waiting for the user to confirm or reject it; its
    selectors still describe the passage as it was highlighted. Never set while placed.
    """

    id = TextField(primary_key=True)  # a UUID, stable across export and import
    article = ForeignKeyField(Article, backref="highlights", on_delete="CASCADE", index=True)
    start = IntegerField()
    end = IntegerField()
    exact = TextField()
    prefix = TextField(default="")
    suffix = TextField(default="")
    color = TextField(default="yellow")
    note = TextField(default="")
    placed = BooleanField(default=True)
    created_at = DateTimeField(default=utc_now)
    modified_at = DateTimeField(default=utc_now)
    proposed_start = IntegerField(null=True)
    proposed_end = IntegerField(null=True)


class ColorMeaning(BaseModel):
    """What a highlight colour means to this user ("yellow: definitions")."""

    color = TextField(primary_key=True)
    meaning = TextField()


class Concept(BaseModel):
    """A concept the student is learning; ``key`` is the name folded for uniqueness."""

    id = AutoField()
    name = TextField()
    key = TextField(unique=True)
    definition = TextField(default="")
    color = TextField(null=True)
    created_at = DateTimeField(default=utc_now)


class ConceptAlias(BaseModel):
    concept = ForeignKeyField(Concept, backref="aliases", on_delete="CASCADE")
    name = TextField()  # "alias" would shadow peewee's Model.alias()
    key = TextField(unique=True)


class HighlightConcept(BaseModel):
    highlight = ForeignKeyField(Highlight, backref="concept_links", on_delete="CASCADE")
    concept = ForeignKeyField(Concept, backref="highlight_links", on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("highlight", "concept")


class PendingAnnotation(BaseModel):
    """An imported annotation whose article is not in the library (yet).

    Kept as the W3C JSON it arrived as; when an article with the same content hash (or
    holding its quote) is imported, it becomes a highlight there.
    """

    id = TextField(primary_key=True)  # the highlight UUID it will get
    content_hash = TextField(null=True, index=True)  # of the article it was made on
    data = TextField()  # the annotation, JSON
    imported_at = DateTimeField(default=utc_now)


ALL_MODELS: list[type[BaseModel]] = [
    SchemaVersion,
    LibraryFlag,
    Article,
    Highlight,
    ColorMeaning,
    Concept,
    ConceptAlias,
    HighlightConcept,
    PendingAnnotation,
]
