"""The tables of a library, as peewee models bound to the open database."""

from __future__ import annotations

from datetime import UTC, datetime

from peewee import (
    AutoField,
    BooleanField,
    CompositeKey,
    DatabaseProxy,
    DateTimeField,
    FloatField,
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
    source_format = TextField()  # "txt", "md", "html", "pdf", "docx", "odt" or "epub"
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
    # For a PDF: where each page's text begins in the Markdown, as JSON (core.page_map).
    page_map = TextField(default="")


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
    article_id: int  # peewee's accessor for the raw key: reads no Article row
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
    concept_id: int  # the raw key (peewee's accessor)
    name = TextField()  # "alias" would shadow peewee's Model.alias()
    key = TextField(unique=True)


class HighlightConcept(BaseModel):
    highlight = ForeignKeyField(Highlight, backref="concept_links", on_delete="CASCADE")
    concept = ForeignKeyField(Concept, backref="highlight_links", on_delete="CASCADE")
    highlight_id: str  # the raw keys (peewee's accessors)
    concept_id: int

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


class AnnotationLayer(BaseModel):
    """Another person's annotations in this library: a teacher's, from a class pack, or a
    student's, from the notes they handed back. Never the user's own, never edited here."""

    id = AutoField()
    kind = TextField()  # "teacher" or "student"
    person_id = TextField()  # the W3C creator's id (urn:uuid), the same in every file
    name = TextField()  # as the latest file gave it
    imported_at = DateTimeField(default=utc_now)

    class Meta:
        indexes = ((("kind", "person_id"), True),)


class ClassPack(BaseModel):
    """A class pack opened here: whose, which edition, and what it asks the class to do."""

    id = TextField(primary_key=True)  # the pack's id (urn:uuid), the same in every edition
    title = TextField()
    teacher = ForeignKeyField(AnnotationLayer, on_delete="CASCADE")
    teacher_id: int  # the raw key (peewee's accessor)
    instruction = TextField(default="")
    created = DateTimeField()  # the edition: when the teacher made it (UTC)
    imported_at = DateTimeField(default=utc_now)


class PackArticle(BaseModel):
    """An article of a class pack, as it is in this library."""

    pack = ForeignKeyField(ClassPack, backref="articles", on_delete="CASCADE")
    article = ForeignKeyField(Article, on_delete="CASCADE", index=True)
    pack_id: str  # the raw keys (peewee's accessors)
    article_id: int
    key = TextField()  # the teacher's key for it, the same in every edition
    content_hash = TextField()  # its id in the pack (this library's copy may differ)
    position = IntegerField(default=0)

    class Meta:
        primary_key = CompositeKey("pack", "article")


class LayerArticle(BaseModel):
    """An article a layer covers: a teacher's pack holds it, a student handed in notes on it
    (marking nothing counts too: "3 of 24 students highlighted this" counts them)."""

    layer = ForeignKeyField(AnnotationLayer, on_delete="CASCADE")
    article = ForeignKeyField(Article, on_delete="CASCADE", index=True)
    layer_id: int  # the raw keys (peewee's accessors)
    article_id: int
    pack_id = TextField()  # the pack it came with or answers
    updated_at = DateTimeField(default=utc_now)

    class Meta:
        primary_key = CompositeKey("layer", "article")


class LayerHighlight(BaseModel):
    """One annotation of a layer, anchored in this library's copy of the article like a
    highlight (W3C selectors, ``placed`` False when its passage is not found)."""

    id = AutoField()
    layer = ForeignKeyField(AnnotationLayer, backref="highlights", on_delete="CASCADE")
    article = ForeignKeyField(Article, on_delete="CASCADE", index=True)
    layer_id: int  # the raw keys (peewee's accessors)
    article_id: int
    annotation_id = TextField()  # the annotation's UUID in the file it came from
    start = IntegerField()
    end = IntegerField()
    exact = TextField()
    prefix = TextField(default="")
    suffix = TextField(default="")
    color = TextField(default="yellow")
    note = TextField(default="")  # plain text, never HTML
    concepts = TextField(default="[]")  # JSON list of concept names, as the person wrote them
    placed = BooleanField(default=True)
    created_at = DateTimeField(default=utc_now)
    modified_at = DateTimeField(default=utc_now)

    class Meta:
        indexes = ((("layer", "annotation_id"), True),)


# The tables of class packs and their layers (schema 6), in the order they are created.
LAYER_MODELS: list[type[BaseModel]] = [
    AnnotationLayer,
    ClassPack,
    PackArticle,
    LayerArticle,
    LayerHighlight,
]


class StudyCard(BaseModel):
    """A card of study mode, made from a highlight or a concept, with its FSRS schedule.

    A card only points at what it is made of (no foreign keys): a deleted highlight
    leaves its card inactive, history and all, and undo finds it again by the same ids.
    ``concept_born`` is the concept's created_at, since SQLite may give a deleted
    concept's id to a new one. Times are UTC text of one width (reader.core.study.times).
    """

    id = AutoField()
    kind = TextField()  # reader.core.study.cards.CardKind
    highlight_id = TextField(default="")
    concept_id = IntegerField(default=0)
    concept_born = TextField(default="")
    phrase = TextField(default="")  # a cloze the student marked: the words hidden
    phrase_at = IntegerField(default=0)  # where in the passage they were marked
    section = TextField(default="")  # the passage's heading, the cloze's cue
    active = BooleanField(default=True)  # False: suspended (opted out, or its source gone)
    state = IntegerField(default=1)  # fsrs.State: 1 learning, 2 review, 3 relearning
    step = IntegerField(null=True, default=0)
    stability = FloatField(null=True)
    difficulty = FloatField(null=True)
    due = TextField()
    last_review = TextField(null=True)
    created_at = TextField()


class ReviewLog(BaseModel):
    """One rating, kept for good: the schedule can be recomputed or optimised from these.

    ``before_*`` hold the card as it was, so the rating can be undone exactly (U).
    """

    id = AutoField()
    card_id = IntegerField(index=True)
    reviewed_at = TextField(index=True)
    rating = IntegerField()  # 1 Again, 2 Hard, 3 Good, 4 Easy
    elapsed_days = FloatField(null=True)  # since the card's previous review; None: its first
    duration_ms = IntegerField(null=True)  # how long the answer took
    before_state = IntegerField()
    before_step = IntegerField(null=True)
    before_stability = FloatField(null=True)
    before_difficulty = FloatField(null=True)
    before_due = TextField()
    before_last_review = TextField(null=True)


class StudyChoice(BaseModel):
    """A student's "Study this" (or not) for a highlight or a concept.

    ``source`` is the highlight's id, or ``<concept id>@<created_at>`` for a concept.
    Without a row, a highlight is studied and a concept is when it has a definition.
    """

    kind = TextField()  # "highlight" or "concept"
    source = TextField()
    studied = BooleanField()

    class Meta:
        primary_key = CompositeKey("kind", "source")


class StudyPending(BaseModel):
    """Highlights and concepts changed since study mode last looked (kept by triggers)."""

    kind = TextField()  # "highlight", "concept" or "all"
    source = TextField()

    class Meta:
        primary_key = CompositeKey("kind", "source")


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
    *LAYER_MODELS,
    StudyCard,
    ReviewLog,
    StudyChoice,
    StudyPending,
]
