"""Exports of notes and annotations: one walk over the library, several small writers.

The store gathers what is exported into an :class:`~reader.core.exporting.document.ExportDocument`
once (articles, their highlights in reading order, the concepts used); each writer only
writes that document out: ``notes_writer`` (Markdown through templates), ``handout_writer``
(the article with its passages marked), ``web_annotation`` (W3C JSON-LD). Nothing here
imports Qt or the store; paths to templates are passed in.
"""
