"""Class packs: a teacher's annotated articles as one file, and students' notes coming back.

A class pack (``.marginalia``, :mod:`pack_format`) is a zip archive holding the articles
as clean Markdown with the text they were cleaned from, the teacher's annotations as W3C
Web Annotations with a ``creator``, the concepts' definitions, an optional instruction
and a manifest with a format version and every file's checksum. :mod:`pack_writer`
writes one; :mod:`pack_reader` reads one as the untrusted input it is. A student's notes
go back as one W3C JSON file (:mod:`handback`); the teacher's class view groups every
student's marks into passages (:mod:`passages`) and writes a summary
(:mod:`summary_writer`). Nothing here touches the library or Qt.
"""
