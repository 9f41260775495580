"""Making libraries of a class and rewriting packs into hostile ones, for the class pack tests.

A process works on one library at a time, so a class is a row of data dirs opened in
turn: the teacher's, then each student's.
"""

from __future__ import annotations

import hashlib
import io
import json
import struct
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reader.store.database import close_library, open_library

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@contextmanager
def opened(data_dir: Path) -> Iterator[Path]:
    """The library in ``data_dir`` open for the block, closed after it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    db = open_library(data_dir)
    try:
        yield data_dir
    finally:
        close_library(db)


def members(pack: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(pack)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rezip(
    pack: bytes,
    changed: dict[str, bytes] | None = None,
    manifest_edit: dict[str, object] | None = None,
    checksums: bool = True,
) -> bytes:
    """``pack`` with members replaced or added (and, with ``checksums``, a manifest that
    lists them correctly, so the check under test is the one that fires)."""
    files = members(pack)
    files.update(changed or {})
    if "manifest.json" not in (changed or {}):
        files["manifest.json"] = _manifest(files, changed or {}, manifest_edit, checksums)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _manifest(
    files: dict[str, bytes],
    changed: dict[str, bytes],
    manifest_edit: dict[str, object] | None,
    checksums: bool,
) -> bytes:
    manifest = json.loads(files["manifest.json"])
    manifest.update(manifest_edit or {})
    if checksums:
        for name, data in files.items():
            listed = name in manifest["files"] or name in changed
            if listed and name not in ("mimetype", "manifest.json"):
                digest = hashlib.sha256(data).hexdigest()
                manifest["files"][name] = {"sha256": digest, "bytes": len(data)}
    return json.dumps(manifest).encode()


def with_symlink(pack: bytes, name: str, target: str) -> bytes:
    buffer = io.BytesIO(pack)
    with zipfile.ZipFile(buffer, "a") as archive:
        link = zipfile.ZipInfo(name)
        link.create_system = 3  # Unix, where the mode bits mean what they say
        link.external_attr = 0o120777 << 16  # a symbolic link
        archive.writestr(link, target)
    return buffer.getvalue()


def with_raw_name(pack: bytes, name: str, data: bytes) -> bytes:
    """A member named exactly ``name`` (zipfile itself would keep "../" as it is)."""
    buffer = io.BytesIO(pack)
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr(zipfile.ZipInfo(name), data)
    return buffer.getvalue()


def declaring(pack: bytes, name: str, size: int, compressed: int | None = None) -> bytes:
    """``pack`` whose central directory declares ``name`` to be ``size`` bytes (and
    ``compressed`` bytes packed): what a forged archive says before anything is read."""
    data = bytearray(pack)
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + length].decode() == name:
            if compressed is not None:
                struct.pack_into("<I", data, at + 20, compressed)
            struct.pack_into("<I", data, at + 24, size)
            return bytes(data)
        at = data.find(b"PK\x01\x02", at + 4)
    raise KeyError(name)
