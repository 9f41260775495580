"""Files made to break an importer: bombs, traversal, remote resources, broken PDFs.

Each maker writes one file and returns its path. None of them needs a network or an
external tool, except :func:`encrypted_pdf` (qpdf, in CI's apt list).
"""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

CONTAINER = (
    '<?xml version="1.0"?><container version="1.0" '
    'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
    '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
    "</rootfiles></container>"
)


def _opf(items: list[tuple[str, str]], title: str = "Buku Uji") -> str:
    manifest = "".join(
        f'<item id="i{n}" href="{href}" media-type="application/xhtml+xml"/>'
        for n, (href, _) in enumerate(items)
    )
    spine = "".join(f'<itemref idref="i{n}"/>' for n in range(len(items)))
    return (
        '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{title}</dc:title><dc:creator>Penulis Uji</dc:creator></metadata>"
        f"<manifest>{manifest}</manifest><spine>{spine}</spine></package>"
    )


def _chapter(body: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
        f"<head><title>Bab</title></head><body>{body}</body></html>"
    )


def _epub(path: Path, members: list[tuple[str, str | bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/epub+zip", zipfile.ZIP_STORED)
        archive.writestr("META-INF/container.xml", CONTAINER)
        for name, data in members:
            archive.writestr(name, data)
    return path


def zip_bomb_docx(path: Path, megabytes: int = 100) -> Path:
    """A "Word document" whose document.xml inflates from ~100 KB to ``megabytes`` MB."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            block = b" " * (1024 * 1024)
            for _ in range(megabytes):
                member.write(block)
    return path


def zip_bomb_epub(path: Path, megabytes: int = 100) -> Path:
    """An EPUB whose one chapter inflates to ``megabytes`` MB of spaces."""
    _epub(path, [("OEBPS/content.opf", _opf([("ch1.xhtml", "")]))])
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("OEBPS/ch1.xhtml", "w", force_zip64=True) as member,
    ):
        member.write(_chapter("<p>").encode()[:-4])
        block = b" " * (1024 * 1024)
        for _ in range(megabytes):
            member.write(block)
    return path


def traversal_epub(path: Path) -> Path:
    """An EPUB holding a member named to land outside any folder it is unpacked into."""
    return _epub(
        path,
        [
            ("OEBPS/content.opf", _opf([("ch1.xhtml", "")])),
            ("OEBPS/ch1.xhtml", _chapter("<p>Teks biasa.</p>")),
            ("../../../tmp/marginalia-pwned.xhtml", _chapter("<p>jahat</p>")),
        ],
    )


REMOTE_TEXT = "Diplomasi kawasan dibahas di sini tanpa memuat apa pun dari jaringan."


def remote_epub(path: Path) -> Path:
    """An EPUB that points at remote images, styles, scripts and frames, and at files
    outside itself from its manifest; only its own text should come in."""
    body = (
        '<link rel="stylesheet" href="http://example.invalid/style.css"/>'
        '<script src="http://example.invalid/track.js"></script>'
        "<script>document.write('skrip berjalan')</script>"
        "<h1>Bab Satu</h1>"
        f"<p>{REMOTE_TEXT}</p>"
        '<p><img src="http://example.invalid/peta.png" alt="Peta kawasan"/></p>'
        '<iframe src="http://example.invalid/frame.html">bingkai</iframe>'
        '<p><a href="http://example.invalid/">tautan luar</a></p>'
    )
    opf = _opf(
        [
            ("ch1.xhtml", ""),
            ("http://example.invalid/remote.xhtml", ""),
            ("../../../../etc/passwd", ""),
        ]
    )
    return _epub(path, [("OEBPS/content.opf", opf), ("OEBPS/ch1.xhtml", _chapter(body))])


def _pdf_bytes(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF file with these objects (numbered from 1) and a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        xref,
    )
    return bytes(out)


def _text_page_objects(count: int) -> list[bytes]:
    content = b"BT /F1 12 Tf 20 100 Td (Halaman uji dengan teks) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, filled in below
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    kids = []
    for _ in range(count):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 3 0 R "
            b"/Resources << /Font << /F1 4 0 R >> >> >>"
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % count
    return objects


def many_pages_pdf(path: Path, pages: int = 10_000) -> Path:
    """A valid PDF of ``pages`` small pages, each with one line of text."""
    path.write_bytes(_pdf_bytes(_text_page_objects(pages)))
    return path


def malformed_pdfs(folder: Path, sample: Path) -> list[Path]:
    """PDFs that trip naive parsers: cut short, a page tree that loops, arrays nested
    100,000 deep, a lying cross-reference table, garbage after the header. ``sample``
    is a real PDF to cut."""
    data = sample.read_bytes()
    cases = {
        "truncated.pdf": data[: len(data) // 2],
        "loop.pdf": _pdf_bytes(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
            ]
        ),
        "nested.pdf": _pdf_bytes(
            [
                b"<< /Type /Catalog /Pages 2 0 R /Junk " + b"[" * 100_000 + b"]" * 100_000 + b" >>",
                b"<< /Type /Pages /Kids [] /Count 0 >>",
            ]
        ),
        "lying-xref.pdf": _pdf_bytes(_text_page_objects(2)).replace(b"0000000009", b"0000099999"),
        "garbage.pdf": b"%PDF-1.7\n" + bytes(range(256)) * 64,
    }
    paths = []
    for name, content in cases.items():
        target = folder / name
        target.write_bytes(content)
        paths.append(target)
    return paths


def encrypted_pdf(source: Path, target: Path, user_password: str = "rahasia") -> Path:
    """``source`` encrypted with AES-256 by qpdf; an empty user password opens freely."""
    subprocess.run(
        ["qpdf", "--encrypt", user_password, "pemilik", "256", "--", str(source), str(target)],
        check=True,
        capture_output=True,
    )
    return target
