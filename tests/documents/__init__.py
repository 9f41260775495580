"""Documents the tests and benchmarks make for themselves, each with its known text.

``corpus`` holds the known text (from the bundled articles, so real Indonesian vocabulary);
``pdf_maker`` typesets it with Qt's PDF writer (columns, running headers, page numbers,
hyphenation, footnotes); ``pandoc_maker`` writes DOCX, ODT and EPUB from it; ``hostile``
builds the files meant to break an importer.
"""
