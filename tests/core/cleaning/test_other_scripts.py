"""Copied pages in scripts that write vowels as marks: the menu goes, the article stays.

In Hindi (and Bengali, Tamil, Thai, Burmese...) most vowels are combining marks. Read as
symbols, they made every line of such a page look like furniture to the cleaner, and the
language went undetected, so its stop words gave no evidence.
"""

from __future__ import annotations

from reader.core.cleaning import clean_text

TITLE = "भारत और इंडोनेशिया का बढ़ता सहयोग"
MENU = ["मुखपृष्ठ", "देश", "विदेश", "खेल", "मनोरंजन", "व्यापार", "तकनीक", "वीडियो", "फोटो"]
ARTICLE = [
    "भारत और इंडोनेशिया के बीच द्विपक्षीय सहयोग पिछले दस वर्षों में लगातार बढ़ा है।",
    "दोनों देशों ने व्यापार, शिक्षा और समुद्री सुरक्षा के क्षेत्र में कई समझौतों पर हस्ताक्षर"
    " किए हैं, जिनसे आम लोगों को भी लाभ मिला है।",
    "विशेषज्ञों का मानना है कि यह साझेदारी हिंद महासागर में स्थिरता बनाए रखने के लिए बहुत"
    " महत्वपूर्ण है और आने वाले समय में इसका महत्व और बढ़ेगा।",
    "छात्रों के लिए भी नए अवसर खुले हैं, क्योंकि दोनों देशों के विश्वविद्यालय अब आदान-प्रदान कार्यक्रम चला रहे हैं।",
    "फिर भी कुछ चुनौतियाँ बनी हुई हैं, जैसे व्यापार घाटा और बंदरगाहों के बीच सीधे संपर्क की"
    " कमी, जिन पर सरकारें अभी काम कर रही हैं।",
]
FOOTER = ["हमारे बारे में", "संपर्क करें", "गोपनीयता नीति", "विज्ञापन"]


def test_a_hindi_page_loses_its_menu_and_keeps_its_article() -> None:
    page = "\n\n".join([TITLE, *MENU, TITLE, *ARTICLE, *FOOTER]) + "\n"
    doc = clean_text(page)
    lines = doc.markdown.splitlines()
    assert [item for item in MENU if item in lines] == []
    assert [paragraph for paragraph in ARTICLE if paragraph not in doc.markdown] == []
    assert doc.title == TITLE
