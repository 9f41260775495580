"""The tables of a library, as peewee models bound to the open database."""

from __future__ import annotations

from datetime import UTC, datetime

from peewee import (
    AutoField,
    BooleanField,
    DatabaseProxy,
    DateTimeField,
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


ALL_MODELS: list[type[BaseModel]] = [SchemaVersion, LibraryFlag, Article]
