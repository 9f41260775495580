"""Word documents (.docx) as articles, through mammoth's semantic HTML.

mammoth maps Word's paragraph styles to HTML (Heading 1 → ``h1``, lists, tables, footnotes
and endnotes) and leaves out what a reader should not see: comments, deleted text of
tracked changes (inserted text is kept: the document reads as if the changes were
accepted), headers, footers and page furniture. A few more built-in styles are mapped
here: Title becomes the article's title, quotes become block quotes. Images are never
decoded; each becomes its description.
"""

from __future__ import annotations

import io
from pathlib import Path

import lxml.html  # type: ignore[import-untyped,unused-ignore]

from reader.core.errors import QT_TRANSLATE_NOOP, Phrase
from reader.core.formats import html_document
from reader.core.formats.metadata import core_properties_title, plausible_title
from reader.core.formats.zip_reading import DocumentArchive

KIND_NAME = Phrase(QT_TRANSLATE_NOOP("Errors", "Word document"))

# Style names are Word's own (stored in English whatever the interface language).
STYLE_MAP = """
p[style-name='Title'] => h1.doc-title:fresh
p[style-name='Subtitle'] => p.doc-subtitle:fresh
p[style-name='Quote'] => blockquote > p:fresh
p[style-name='Intense Quote'] => blockquote > p:fresh
p[style-name='Block Text'] => blockquote > p:fresh
p[style-name='Caption'] => p.caption:fresh
p[style-name='Image Caption'] => p.caption:fresh
comment-reference => !
"""


def document_html(archive: DocumentArchive) -> str:
    """The document body as HTML, by mammoth; images carry only their descriptions."""
    import mammoth  # type: ignore[import-untyped,unused-ignore]

    # mammoth reads the archive itself; every member was size-checked by DocumentArchive.
    data = io.BytesIO(archive.data)
    result = mammoth.convert_to_html(
        data,
        style_map=STYLE_MAP,
        convert_image=mammoth.images.img_element(lambda image: {"src": ""}),
    )
    return str(result.value)


def prepare_docx(data: bytes, path: Path) -> tuple[str, str, str]:
    """(title, Markdown, HTML kept as the original) for a Word document's bytes."""
    archive = DocumentArchive(data, path, KIND_NAME)
    archive.check_members()
    try:
        html = document_html(archive)
    except Exception as exc:  # mammoth raises plain exceptions on malformed documents
        raise archive.damaged() from exc
    root = lxml.html.fragment_fromstring(html or "<p></p>", create_parent="div")
    title = ""
    for heading in root.findall(".//h1[@class='doc-title']"):
        if not title:
            title = html_document.text_of(heading)
        heading.drop_tree()
    if not title:
        core = archive.read_optional("docProps/core.xml")
        title = core_properties_title(core) if core else ""
    title = plausible_title(title, path)
    return title, html_document.article_markdown(root, title), html
