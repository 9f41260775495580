"""The library database: peewee models over SQLite, connection discipline, schema versions."""
