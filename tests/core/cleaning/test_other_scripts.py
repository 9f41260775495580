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


JA_TITLE = "米朝首脳会談の舞台裏"
JA_ARTICLE = [
    "６月12日の歴史的な米朝首脳会談を巡って戦っていたのは、米大統領と北朝鮮の委員長ばかりでは"
    "なかった。中国の国家主席も重要な陰の参戦者だった。",
    "核放棄を巡って「検証可能な」措置を求める声は強く、会談の準備は最後まで難航した。"
    "関係者によると、合意文書の文言は前夜まで決まらなかったという。",
    "専門家は、今後の交渉では制裁の扱いが最大の焦点になると指摘している。",
]
# Short labels under the article: what a news site lists beside every story.
JA_AFTER = [
    "保存",
    "共有",
    "その他",
    "関連キーワード",
    "おすすめ情報",
    "アクセスランキング",
    "一覧",
    "日経からのお知らせ",
    "キャリア採用",
    "記者募集",
    "ランキング",
    "写真",
    "映像",
    "社説",
]


def test_short_labels_under_a_japanese_article_are_hidden() -> None:
    # Chinese and Japanese have no capital letters and no stop-word list: a label there
    # lacked the evidence that tells "Share" or "Rankings" from a sentence, and the labels
    # under an article were kept as its text.
    page = "\n\n".join([JA_TITLE, *MENU, JA_TITLE, *JA_ARTICLE, *JA_AFTER]) + "\n"
    doc = clean_text(page)
    lines = doc.markdown.splitlines()
    assert [paragraph for paragraph in JA_ARTICLE if paragraph not in doc.markdown] == []
    # The list goes; a label or two right under the last paragraph may stay with it.
    kept = [label for label in JA_AFTER if label in lines]
    assert kept == JA_AFTER[: len(kept)]
    assert len(kept) <= 2
