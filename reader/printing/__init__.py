"""Printed and PDF handouts: Qt's GUI module (documents, painters, PDF), no widgets.

Here rather than in reader/ui because the command line prints too (``marginalia export
--format pdf`` runs without a display) and must not import the window's code; and not in
reader/core, which stays free of Qt. The dialogs that ask for a printer or a file name
are widgets: reader/ui/dialogs/print_dialogs.py.
"""
