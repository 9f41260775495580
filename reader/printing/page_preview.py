"""Pictures of a PDF's pages, for a preview of what an export writes.

The Export dialog shows a handout PDF as its pages, not as the Markdown it is printed
from: the PDF is made by the very code that saves it (handout_pdf.pdf_bytes), and its
pages are drawn here by pdfium, the engine Marginalia already reads PDFs with, as a
viewer would show them.
"""

from __future__ import annotations

import pypdfium2  # type: ignore[import-untyped,unused-ignore]
from PySide6.QtGui import QImage


def page_images(pdf: bytes, width: int, limit: int = 3) -> list[QImage]:
    """The first ``limit`` pages of ``pdf``, each ``width`` pixels wide."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        images = []
        for number in range(min(limit, len(document))):
            page = document[number]
            scale = width / page.get_width()
            bitmap = page.render(scale=scale, rev_byteorder=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888
                if bitmap.n_channels == 4
                else QImage.Format.Format_RGB888,
            )
            images.append(image.copy())  # its own pixels: pdfium's go with the page
            page.close()
        return images
    finally:
        document.close()
