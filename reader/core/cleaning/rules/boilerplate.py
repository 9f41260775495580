"""Rule: remove the site furniture that is a single short line: ads, cookie banners,
newsletter and follow prompts, copyright footers, rating widgets, thank-you notes.
"""

from __future__ import annotations

from ..matching import pattern, remove_matching
from ..state import CleanState

_PATTERNS = (
    pattern(
        r"advertisement|advertisment|advertising|advert|ads|ad|iklan|sponsored(?: content)?"
        r"|konten bersponsor|promoted|paid content|paid partnership|scroll to continue"
        r"(?: with content| reading)?|scroll (?:ke bawah )?untuk melanjutkan(?: membaca)?"
        r"|(?:continue|lanjut(?:kan)?) (?:reading|membaca)(?: below| di bawah(?: ini)?)?"
        r"|continue reading (?:the )?(?:main |full )?(?:story|article)(?: below)?"
        r"|lanjut(?:kan)? membaca (?:artikel|berita)(?: ini)?(?: di bawah(?: ini)?)?"
        r"|story continues below(?: advertisement)?"
        r"|artikel berlanjut (?:di bawah ini|setelah iklan)"
        r"|iklan - scroll untuk melanjutkan|content continues below",
        "advertisement",
    ),
    pattern(
        r"(?:we use cookies|we and our partners use cookies|this (?:web)?site uses cookies"
        r"|by (?:continuing to use|using) this (?:web)?site|kami menggunakan cookie"
        r"|situs (?:web )?ini menggunakan cookie|dengan (?:melanjutkan|menggunakan) situs ini)"
        r".{0,300}"
        r"|accept(?: all)?(?: cookies)?|reject(?: all)?(?: cookies)?|decline(?: all)?"
        r"|cookie (?:settings|preferences|policy)|manage (?:cookies|preferences|consent)"
        r"|terima(?: semua)?(?: cookie)?|tolak(?: semua)?|pengaturan cookie|allow(?: all)? cookies"
        r"|allow all|got it|i agree|saya setuju",
        "cookie notice",
        max_chars=400,
    ),
    pattern(
        r"subscribe(?: now| here| for free| today)?"
        r"|subscribe to (?:our|the) .{0,40}newsletter.{0,80}"
        r"|sign up(?: now| for free| here| today)?|sign up (?:for|to) (?:our|the) .{0,60}"
        r"|berlangganan(?: sekarang| gratis)?|berlangganan (?:newsletter|buletin) .{0,80}"
        r"|langganan newsletter.{0,80}|daftar (?:newsletter|sekarang).{0,60}"
        r"|enter your email(?: address)?.{0,60}|masukkan (?:alamat )?email(?: anda)?.{0,60}"
        r"|newsletter|get (?:the latest|our) .{0,60}(?:newsletter|inbox).{0,40}"
        r"|dapatkan (?:berita|update|informasi|artikel) .{0,80}(?:email|inbox|newsletter).{0,40}",
        "newsletter prompt",
        max_chars=160,
    ),
    pattern(
        r"follow us(?: on .{1,60})?|ikuti kami(?: di .{1,60})?"
        r"|follow (?:@\S+|.{0,40}on (?:twitter|x|facebook|instagram|tiktok|youtube|linkedin"
        r"|threads|google news))"
        r"|(?:ikuti|simak|dapatkan) (?:berita|update|kabar|informasi|artikel)? ?.{0,80}"
        r"(?:google news|whatsapp channel|saluran whatsapp|telegram channel|kanal telegram).{0,60}"
        r"|join (?:us on|our) (?:whatsapp|telegram|discord).{0,60}",
        "follow prompt",
        max_chars=200,
    ),
    pattern(
        r"(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*(?:\d{4}|by)"
        r"|hak cipta\s*(?:©|\(c\))?\s*\d{4}).{0,150}"
        # Mid-line the phrase may be prose; a footer ends with it.
        r"|.{0,150}(?:all rights reserved|hak cipta dilindungi(?: undang-undang)?)\.?",
        "copyright footer",
        max_chars=250,
    ),
    pattern(
        r"rate this (?:post|article|page|story)!?|click to rate this (?:post|article)!?"
        r"|beri(?:kan)? (?:rating|nilai|penilaian)(?: untuk)?(?: artikel| postingan)?(?: ini)?!?"
        r"|no votes so far!.{0,60}|(?:average|rata-rata) rating.{0,40}|vote count.{0,20}"
        r"|\[?total:\s*\d+\s+average:.{0,20}|submit rating|(?:was|is) this (?:article|post|page)"
        r" helpful\??|apakah (?:artikel|tulisan|informasi) ini (?:membantu|bermanfaat)\??"
        r"|\d(?:[.,]\d)?\s*/\s*5(?:\s*\(\d+ (?:votes?|suara)\))?|\d+ votes?",
        "rating widget",
    ),
    pattern(
        r".{0,60}(?:terima ?kasih|terimakasih|makasih)\s*,?\s*(?:(?:telah|sudah)\s+"
        r"(?:berkunjung|membaca|mampir|mengunjungi)|atas kunjungan (?:anda|kamu))\b.{0,80}"
        r"|(?:thanks|thank you) for (?:reading|visiting|stopping by)\b.{0,80}",
        "thank-you note",
        max_chars=130,
    ),
)


def run(state: CleanState) -> None:
    """Remove whole short lines matching the furniture patterns above."""
    remove_matching(state, _PATTERNS)
