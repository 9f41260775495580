"""The Qt binding must not leak or corrupt Python objects on ordinary calls.

PySide6 6.12.0 dropped a reference to None on every Qt call returning void; after some
thousands of calls a long reading session aborted with "deallocating None". This guards
against installing a binding with that fault again.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextOption


def test_void_qt_calls_keep_pythons_none_alive():
    option = QTextOption()
    before = sys.getrefcount(None)
    for _ in range(5000):
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
    # Other threads may touch None a little; a leak per call would be 5000.
    assert sys.getrefcount(None) > before - 500
