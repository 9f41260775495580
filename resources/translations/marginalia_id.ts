<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Unplaced</source>
        <translation>Belum ditempatkan</translation>
    </message>
    <message>
        <source>Check these</source>
        <translation>Periksa ini</translation>
    </message>
    <message>
        <source>The text here is not quite what these highlights were made on (the article changed, or they came from another tool). Is the dashed place the passage highlighted? Y: Yes, here. R: Not here (it stays unplaced).</source>
        <translation>Teks di sini tidak persis sama dengan teks tempat sorotan ini dibuat (artikelnya berubah, atau sorotannya berasal dari alat lain). Apakah tempat bergaris putus-putus itu bagian yang disorot? Y: Ya, di sini. R: Bukan di sini (tetap belum ditempatkan).</translation>
    </message>
    <message>
        <source>The passage of these highlights was not found in the current text. Select the passage in the article and choose Place at Selection.</source>
        <translation>Petikan sorotan ini tidak ditemukan di teks saat ini. Pilih petikannya di artikel, lalu pilih Tempatkan di Pilihan.</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Tulis catatan…</translation>
    </message>
    <message>
        <source>Select a highlight to write its note.</source>
        <translation>Pilih sorotan untuk menulis catatannya.</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotasi</translation>
    </message>
    <message>
        <source>Filter highlights by colour</source>
        <translation>Saring sorotan menurut warna</translation>
    </message>
    <message>
        <source>Shows only the highlights of the chosen colour</source>
        <translation>Hanya menampilkan sorotan dengan warna yang dipilih</translation>
    </message>
    <message>
        <source>Colours to show</source>
        <translation>Warna yang ditampilkan</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Semua warna</translation>
    </message>
    <message>
        <source>Filter highlights by concept</source>
        <translation>Saring sorotan menurut konsep</translation>
    </message>
    <message>
        <source>Shows only the highlights tagged with the chosen concept</source>
        <translation>Hanya menampilkan sorotan yang ditandai dengan konsep yang dipilih</translation>
    </message>
    <message>
        <source>Concepts to show</source>
        <translation>Konsep yang ditampilkan</translation>
    </message>
    <message>
        <source>All concepts</source>
        <translation>Semua konsep</translation>
    </message>
    <message>
        <source>Highlight count</source>
        <translation>Jumlah sorotan</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Sorotan</translation>
    </message>
    <message>
        <source>Enter shows the highlight in the article; Delete deletes it</source>
        <translation>Enter menampilkan sorotan di artikel; Delete menghapusnya</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Note for the selected highlight</source>
        <translation>Catatan untuk sorotan yang dipilih</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>Tersimpan saat Anda mengetik</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Ubah warna</translation>
    </message>
    <message>
        <source>Choose another colour for the selected highlight</source>
        <translation>Pilih warna lain untuk sorotan yang dipilih</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Place at Selection</source>
        <translation>Tempatkan di Pilihan</translation>
    </message>
    <message>
        <source>Attach this unplaced highlight to the passage selected in the article</source>
        <translation>Lekatkan sorotan yang belum ditempatkan ini ke petikan yang dipilih di artikel</translation>
    </message>
    <message>
        <source>Yes, Here</source>
        <translation>Ya, di Sini</translation>
    </message>
    <message>
        <source>Place this highlight at the dashed place in the article (Y)</source>
        <translation>Tempatkan sorotan ini di tempat bergaris putus-putus dalam artikel (Y)</translation>
    </message>
    <message>
        <source>Not Here</source>
        <translation>Bukan di Sini</translation>
    </message>
    <message>
        <source>The dashed place is not the passage: keep the highlight unplaced (R)</source>
        <translation>Tempat bergaris putus-putus itu bukan bagiannya: biarkan sorotan belum ditempatkan (R)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Hapus sorotan</translation>
    </message>
    <message>
        <source>Delete the selected highlight (Delete)</source>
        <translation>Hapus sorotan yang dipilih (Delete)</translation>
    </message>
    <message>
        <source>Study this</source>
        <translation>Pelajari ini</translation>
    </message>
    <message>
        <source>Study this highlight</source>
        <translation>Pelajari sorotan ini</translation>
    </message>
    <message>
        <source>Review this passage in View → Review: its note, its concepts&apos; words and any cloze you marked become cards</source>
        <translation>Ulas bagian ini di Tampilan → Ulas: catatannya, kata-kata konsepnya, dan setiap rumpang yang Anda tandai menjadi kartu</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Select a highlight to change its colour</source>
        <translation>Pilih sorotan untuk mengubah warnanya</translation>
    </message>
    <message>
        <source>Colour: {color}. Click to choose another.</source>
        <translation>Warna: {color}. Klik untuk memilih warna lain.</translation>
    </message>
    <message>
        <source>No highlights</source>
        <translation>Tidak ada sorotan</translation>
    </message>
    <message>
        <source>No highlights yet. Select a passage in the article to highlight it.</source>
        <translation>Belum ada sorotan. Pilih petikan di artikel untuk menyorotnya.</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n sorotan</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} to check</source>
        <translation>{count} perlu diperiksa</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n highlight(s)</source>
        <translation>
            <numerusform>{shown} dari %n sorotan</numerusform>
        </translation>
    </message>
    <message>
        <source>No {color} “{concept}” highlights in this article.</source>
        <translation>Tidak ada sorotan {color} bertanda “{concept}” di artikel ini.</translation>
    </message>
    <message>
        <source>No “{concept}” highlights in this article.</source>
        <translation>Tidak ada sorotan bertanda “{concept}” di artikel ini.</translation>
    </message>
    <message>
        <source>No {color} highlights in this article.</source>
        <translation>Tidak ada sorotan {color} di artikel ini.</translation>
    </message>
    <message>
        <source>teacher · read-only</source>
        <translation>guru · hanya-baca</translation>
    </message>
    <message>
        <source>Not found in the text</source>
        <translation>Tidak ditemukan di teks</translation>
    </message>
    <message>
        <source>{count} of {total} students</source>
        <translation>{count} dari {total} siswa</translation>
    </message>
    <message>
        <source>…and {count} more notes</source>
        <translation>…dan {count} catatan lagi</translation>
    </message>
    <message>
        <source>%n note(s)</source>
        <translation>%n catatan</translation>
    </message>
    <message>
        <source>{teacher} (teacher) · {count}</source>
        <translation>{teacher} (guru) · {count}</translation>
    </message>
    <message>
        <source>From the class pack: your teacher&apos;s notes, to read. Your own highlights stay yours.</source>
        <translation>Dari paket kelas: catatan guru Anda, untuk dibaca. Sorotan Anda sendiri tetap milik Anda.</translation>
    </message>
    <message>
        <source>%n student(s)</source>
        <translation>%n siswa</translation>
    </message>
    <message>
        <source>Class · {students}</source>
        <translation>Kelas · {students}</translation>
    </message>
    <message>
        <source>Each passage your students marked, and how many of them marked it.</source>
        <translation>Setiap bagian yang ditandai siswa Anda, dan berapa banyak siswa yang menandainya.</translation>
    </message>
    <message>
        <source>Class · {student}</source>
        <translation>Kelas · {student}</translation>
    </message>
    <message>
        <source>The passages {student} marked, with their notes.</source>
        <translation>Bagian yang ditandai {student}, beserta catatannya.</translation>
    </message>
</context>
<context>
    <name>ArticleController</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln kata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) hidden (Ctrl+U shows them)</source>
        <translation>
            <numerusform>%n baris disembunyikan (Ctrl+U menampilkannya)</numerusform>
        </translation>
    </message>
    <message>
        <source>{words} · {minutes} min read · {hidden}</source>
        <translation>{words} · {minutes} menit baca · {hidden}</translation>
    </message>
    <message>
        <source>{words} · {minutes} min read</source>
        <translation>{words} · {minutes} menit baca</translation>
    </message>
    <message>
        <source>The library was changed outside this window.</source>
        <translation>Pustaka diubah di luar jendela ini.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n highlight(s) and notes go with it.</source>
        <translation>
            <numerusform>%n sorotan beserta catatannya ikut terhapus.</numerusform>
        </translation>
    </message>
    <message>
        <source>It has no highlights.</source>
        <translation>Artikel ini tidak memiliki sorotan.</translation>
    </message>
    <message>
        <source>Delete article?</source>
        <translation>Hapus artikel?</translation>
    </message>
    <message>
        <source>Delete “{title}” from the library?

{what}
You can undo this with Ctrl+Z until you close Marginalia.</source>
        <translation>Hapus “{title}” dari pustaka?

{what}
Anda dapat mengurungkannya dengan Ctrl+Z sampai Marginalia ditutup.</translation>
    </message>
    <message>
        <source>Deleted “{title}” (Ctrl+Z brings it back).</source>
        <translation>“{title}” dihapus (Ctrl+Z mengembalikannya).</translation>
    </message>
    <message>
        <source>Cannot rename the article</source>
        <translation>Tidak dapat mengganti nama artikel</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Impor artikel</translation>
    </message>
    <message>
        <source>Articles ({patterns})</source>
        <translation>Artikel ({patterns})</translation>
    </message>
    <message>
        <source>Class packs and students&apos; notes (*.marginalia *.json)</source>
        <translation>Paket kelas dan catatan siswa (*.marginalia *.json)</translation>
    </message>
    <message>
        <source>Articles and class files ({patterns})</source>
        <translation>Artikel dan berkas kelas ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Impor sedang berjalan.</translation>
    </message>
    <message>
        <source>Imported {done} of {total}</source>
        <translation>{done} dari {total} diimpor</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; the others were.</source>
        <translation>
            <numerusform>%n berkas tidak dapat diimpor; berkas lainnya berhasil diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Beberapa berkas tidak diimpor</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Tidak dapat mencetak</translation>
    </message>
    <message>
        <source>Choose a highlight in the Annotations panel.</source>
        <translation>Pilih sorotan di panel Anotasi.</translation>
    </message>
    <message>
        <source>Highlight copied as Markdown.</source>
        <translation>Sorotan disalin sebagai Markdown.</translation>
    </message>
    <message>
        <source>This link names no passage in this library: {url}</source>
        <translation>Tautan ini tidak menunjuk petikan mana pun di pustaka ini: {url}</translation>
    </message>
    <message>
        <source>The library was restored from the backup.</source>
        <translation>Pustaka telah dipulihkan dari cadangan.</translation>
    </message>
</context>
<context>
    <name>BackgroundProgress</name>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Stop for now; the rest is done at the next start</source>
        <translation>Hentikan dulu; sisanya dikerjakan saat Marginalia dibuka lagi</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <source>daily</source>
        <translation>harian</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>before-restore</source>
        <translation>sebelum pemulihan</translation>
    </message>
    <message>
        <source>before-upgrade</source>
        <translation>sebelum pembaruan</translation>
    </message>
    <message>
        <source>{when} ({kind}, unreadable)</source>
        <translation>{when} ({kind}, tidak terbaca)</translation>
    </message>
    <message>
        <source>{when} ({kind}, {articles}, {highlights})</source>
        <translation>{when} ({kind}, {articles}, {highlights})</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n sorotan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <source>Edit Definition of “{concept}”</source>
        <translation>Sunting Definisi “{concept}”</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Sunting Catatan</translation>
    </message>
    <message>
        <source>The card&apos;s question</source>
        <translation>Pertanyaan kartu</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definisi</translation>
    </message>
    <message>
        <source>Note for the passage</source>
        <translation>Catatan untuk bagian ini</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>&amp;Definisi:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Ctrl+Z in the main window undoes this change.</source>
        <translation>Ctrl+Z di jendela utama mengurungkan perubahan ini.</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>What does this concept mean?</source>
        <translation>Apa arti konsep ini?</translation>
    </message>
    <message>
        <source>Fill the gap</source>
        <translation>Isi bagian yang rumpang</translation>
    </message>
    <message>
        <source>What did you note about this passage?</source>
        <translation>Apa catatan Anda tentang bagian ini?</translation>
    </message>
</context>
<context>
    <name>ColorMeaningsDialog</name>
    <message>
        <source>Highlight Colours</source>
        <translation>Warna Sorotan</translation>
    </message>
    <message>
        <source>What this colour means to you, e.g. “definitions”</source>
        <translation>Arti warna ini bagi Anda, mis. “definisi”</translation>
    </message>
    <message>
        <source>Meaning of {color}</source>
        <translation>Arti {color}</translation>
    </message>
</context>
<context>
    <name>ComfortController</name>
    <message>
        <source>Reading Font</source>
        <translation>Fon Bacaan</translation>
    </message>
</context>
<context>
    <name>ConceptBrowser</name>
    <message>
        <source>Filter concepts…</source>
        <translation>Saring konsep…</translation>
    </message>
    <message>
        <source>No concepts yet. Select a passage and press T to tag it.</source>
        <translation>Belum ada konsep. Pilih petikan dan tekan T untuk menandainya.</translation>
    </message>
    <message>
        <source>Choose a concept to review its passages.</source>
        <translation>Pilih konsep untuk meninjau petikannya.</translation>
    </message>
    <message>
        <source>No definition yet — add one in Manage…</source>
        <translation>Belum ada definisi — tambahkan di Kelola…</translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation>Belum ditempatkan</translation>
    </message>
    <message>
        <source>This passage was not found in the article&apos;s current text. Open the article to place it again.</source>
        <translation>Petikan ini tidak ditemukan di teks artikel saat ini. Buka artikelnya untuk menempatkannya kembali.</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>Konsep</translation>
    </message>
    <message>
        <source>Filter concepts</source>
        <translation>Saring konsep</translation>
    </message>
    <message>
        <source>Matches names and aliases, ignoring accents</source>
        <translation>Mencocokkan nama dan alias, tanpa memedulikan aksen</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Kosongkan saringan</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Kelola…</translation>
    </message>
    <message>
        <source>Manage concepts</source>
        <translation>Kelola konsep</translation>
    </message>
    <message>
        <source>Rename, merge, define and colour concepts</source>
        <translation>Ganti nama, gabungkan, definisikan, dan beri warna konsep</translation>
    </message>
    <message>
        <source>Concept list</source>
        <translation>Daftar konsep</translation>
    </message>
    <message>
        <source>Choose a concept to see its passages; Enter moves to the passages</source>
        <translation>Pilih konsep untuk melihat petikannya; Enter pindah ke daftar petikan</translation>
    </message>
    <message>
        <source>Concept name</source>
        <translation>Nama konsep</translation>
    </message>
    <message>
        <source>Passage count</source>
        <translation>Jumlah petikan</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definisi</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Petikan</translation>
    </message>
    <message>
        <source>Double-click a passage or press Enter to open the article there</source>
        <translation>Klik ganda petikan atau tekan Enter untuk membuka artikel di tempat itu</translation>
    </message>
    <message>
        <source>Selected concept</source>
        <translation>Konsep yang dipilih</translation>
    </message>
    <message>
        <source>Review this concept</source>
        <translation>Ulas konsep ini</translation>
    </message>
    <message>
        <source>Review the cards of this concept&apos;s definition and passages due today</source>
        <translation>Ulas kartu definisi dan bagian-bagian konsep ini yang jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>Concepts and passages</source>
        <translation>Konsep dan petikan</translation>
    </message>
    <message>
        <source>No concept matches “{text}”.</source>
        <translation>Tidak ada konsep yang cocok dengan “{text}”.</translation>
    </message>
    <message>
        <source>Also called: {names}</source>
        <translation>Disebut juga: {names}</translation>
    </message>
    <message>
        <source>No passages are tagged “{name}” yet.</source>
        <translation>Belum ada petikan yang ditandai “{name}”.</translation>
    </message>
</context>
<context>
    <name>ConceptController</name>
    <message>
        <source>Select some text, or choose a highlight, to tag it with a concept.</source>
        <translation>Pilih teks, atau pilih sebuah sorotan, untuk menandainya dengan konsep.</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>Konsep</translation>
    </message>
</context>
<context>
    <name>ConceptList</name>
    <message>
        <source>Filter concepts</source>
        <translation>Saring konsep</translation>
    </message>
    <message>
        <source>Matches names and aliases, ignoring case and accents</source>
        <translation>Mencocokkan nama dan alias, tanpa memedulikan huruf besar-kecil dan aksen</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Kosongkan saringan</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>Konsep</translation>
    </message>
    <message>
        <source>Choose a concept to edit it</source>
        <translation>Pilih konsep untuk menyuntingnya</translation>
    </message>
    <message>
        <source>Concept count</source>
        <translation>Jumlah konsep</translation>
    </message>
    <message>
        <source>No concept matches “{text}”.</source>
        <translation>Tidak ada konsep yang cocok dengan “{text}”.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n concept(s)</source>
        <translation>
            <numerusform>{shown} dari %n konsep</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concept(s)</source>
        <translation>
            <numerusform>%n konsep</numerusform>
        </translation>
    </message>
    <message>
        <source>colour {color}</source>
        <translation>warna {color}</translation>
    </message>
    <message>
        <source>also called {names}</source>
        <translation>disebut juga {names}</translation>
    </message>
</context>
<context>
    <name>ConceptListModel</name>
    <message>
        <source>{name}: {passages} in {articles}</source>
        <translation>{name}: {passages} dalam {articles}</translation>
    </message>
    <message>
        <source>Also called {names}</source>
        <translation>Disebut juga {names}</translation>
    </message>
    <message>
        <source>Colour: {color}</source>
        <translation>Warna: {color}</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n petikan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>{passages} · {articles}</source>
        <translation>{passages} · {articles}</translation>
    </message>
    <message>
        <source>Also called: {names}</source>
        <translation>Disebut juga: {names}</translation>
    </message>
</context>
<context>
    <name>ConceptManager</name>
    <message>
        <source>Changes can be undone with Ctrl+Z in the main window.</source>
        <translation>Perubahan dapat diurungkan dengan Ctrl+Z di jendela utama.</translation>
    </message>
    <message>
        <source>comma-separated, e.g. detente, relaksasi ketegangan</source>
        <translation>dipisahkan koma, mis. detente, relaksasi ketegangan</translation>
    </message>
    <message>
        <source>What this concept means, in your own words…</source>
        <translation>Arti konsep ini, dengan kata-kata Anda sendiri…</translation>
    </message>
    <message>
        <source>A concept needs a name.</source>
        <translation>Konsep harus memiliki nama.</translation>
    </message>
    <message>
        <source>No concepts yet. Tag a passage with a concept to start.</source>
        <translation>Belum ada konsep. Tandai petikan dengan konsep untuk memulai.</translation>
    </message>
    <message>
        <source>A concept name can be at most {limit} characters; this one has {count}.</source>
        <translation>Nama konsep paling panjang {limit} karakter; nama ini {count} karakter.</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>Konsep</translation>
    </message>
    <message>
        <source>Concept manager</source>
        <translation>Pengelola konsep</translation>
    </message>
    <message>
        <source>Concept name</source>
        <translation>Nama konsep</translation>
    </message>
    <message>
        <source>Press Enter to rename</source>
        <translation>Tekan Enter untuk mengganti nama</translation>
    </message>
    <message>
        <source>Edit the name and press Enter to rename the concept</source>
        <translation>Sunting namanya, lalu tekan Enter untuk mengganti nama konsep</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti Nama</translation>
    </message>
    <message>
        <source>Rename concept</source>
        <translation>Ganti nama konsep</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Penggunaan</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definisi</translation>
    </message>
    <message>
        <source>Saved when you leave the field</source>
        <translation>Tersimpan saat Anda meninggalkan kolom ini</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Other names for this concept, separated by commas; saved on Enter</source>
        <translation>Nama lain untuk konsep ini, dipisahkan koma; tersimpan saat Enter ditekan</translation>
    </message>
    <message>
        <source>Other names that find this concept, separated by commas (press Enter to save)</source>
        <translation>Nama lain yang juga menemukan konsep ini, dipisahkan koma (tekan Enter untuk menyimpan)</translation>
    </message>
    <message>
        <source>Concept colour</source>
        <translation>Warna konsep</translation>
    </message>
    <message>
        <source>The colour the concept&apos;s swatch is shown in</source>
        <translation>Warna kotak penanda konsep ini</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Tanpa warna</translation>
    </message>
    <message>
        <source>&amp;Study this</source>
        <translation>&amp;Pelajari ini</translation>
    </message>
    <message>
        <source>Study this concept</source>
        <translation>Pelajari konsep ini</translation>
    </message>
    <message>
        <source>Review this concept in View → Review: its definition, and its words hidden in its passages. A concept with a definition is studied unless you untick this.</source>
        <translation>Ulas konsep ini di Tampilan → Ulas: definisinya, dan kata-katanya yang dirumpangkan di bagian-bagiannya. Konsep yang punya definisi dipelajari kecuali Anda menghapus centang ini.</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>Gab&amp;ungkan ke…</translation>
    </message>
    <message>
        <source>Merge into another concept</source>
        <translation>Gabungkan ke konsep lain</translation>
    </message>
    <message>
        <source>Move this concept&apos;s passages to another concept</source>
        <translation>Pindahkan petikan konsep ini ke konsep lain</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Delete concept</source>
        <translation>Hapus konsep</translation>
    </message>
    <message>
        <source>Remove this tag; the passages stay highlighted</source>
        <translation>Hapus tanda ini; petikannya tetap tersorot</translation>
    </message>
    <message>
        <source>Selected concept</source>
        <translation>Konsep yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>De&amp;finition:</source>
        <translation>De&amp;finisi:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>&amp;Warna:</translation>
    </message>
    <message>
        <source>No concept selected</source>
        <translation>Tidak ada konsep yang dipilih</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Petunjuk</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>“{name}” is already an alias of “{owner}”. Merge “{concept}” into “{owner}” instead?</source>
        <translation>“{name}” sudah menjadi alias “{owner}”. Gabungkan “{concept}” ke “{owner}” saja?</translation>
    </message>
    <message>
        <source>“{owner}” already exists. Merge “{concept}” into “{owner}” instead?</source>
        <translation>“{owner}” sudah ada. Gabungkan “{concept}” ke “{owner}” saja?</translation>
    </message>
    <message>
        <source>Name Already Used</source>
        <translation>Nama Sudah Dipakai</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <source>There is no other concept to merge into.</source>
        <translation>Tidak ada konsep lain yang bisa menjadi tujuan penggabungan.</translation>
    </message>
    <message>
        <source>Merge Concepts</source>
        <translation>Gabungkan Konsep</translation>
    </message>
    <message>
        <source>Delete “{name}”? It tags {usage}. The passages stay highlighted; only the tag is removed.</source>
        <translation>Hapus “{name}”? Konsep ini menandai {usage}. Petikannya tetap tersorot; hanya tandanya yang dihapus.</translation>
    </message>
    <message>
        <source>Delete “{name}”? No passages are tagged with it.</source>
        <translation>Hapus “{name}”? Tidak ada petikan yang ditandai dengan konsep ini.</translation>
    </message>
    <message>
        <source>Delete Concept</source>
        <translation>Hapus Konsep</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>An alias is too long. {problem}</source>
        <translation>Ada alias yang terlalu panjang. {problem}</translation>
    </message>
    <message>
        <source>“{alias}” is already used by the concept “{owner}”. To make them one concept, use Merge Into….</source>
        <translation>“{alias}” sudah dipakai oleh konsep “{owner}”. Untuk menjadikannya satu konsep, gunakan Gabungkan ke….</translation>
    </message>
    <message>
        <source>Select a concept to edit it.</source>
        <translation>Pilih konsep untuk menyuntingnya.</translation>
    </message>
    <message>
        <source>Tags {usage}.</source>
        <translation>Menandai {usage}.</translation>
    </message>
    <message numerus="yes">
        <source>The %n passage(s) tagged “{source}” will be tagged “{target}”; “{source}” becomes an alias of “{target}”.</source>
        <translation>
            <numerusform>%n petikan yang ditandai “{source}” akan ditandai “{target}”; “{source}” menjadi alias “{target}”.</numerusform>
        </translation>
    </message>
    <message>
        <source>No passages are tagged “{source}”; “{source}” becomes an alias of “{target}”.</source>
        <translation>Tidak ada petikan yang ditandai “{source}”; “{source}” menjadi alias “{target}”.</translation>
    </message>
    <message>
        <source>“{target}” takes over its definition.</source>
        <translation>“{target}” mengambil alih definisinya.</translation>
    </message>
</context>
<context>
    <name>ConceptUsage</name>
    <message>
        <source>no passages yet</source>
        <translation>belum ada petikan</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n petikan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>{passages} in {articles}</source>
        <translation>{passages} dalam {articles}</translation>
    </message>
    <message>
        <source>{name} — {usage}</source>
        <translation>{name} — {usage}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>the disk is full</source>
        <translation>disk penuh</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>kuota disk terlampaui</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>izin ditolak</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>sistem berkas hanya-baca</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>folder tidak ada</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>itu adalah folder</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is a folder.</source>
        <translation>Tidak dapat menulis {path}: itu adalah folder.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>Tidak dapat menulis {path}: folder {folder} tidak ada.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Tidak dapat menulis {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is not a regular file (a pipe, device or socket); nothing was written.</source>
        <translation>Tidak dapat menulis {path}: ini bukan berkas biasa (pipa, perangkat, atau soket); tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>The template {template} does not exist.</source>
        <translation>Templat {template} tidak ada.</translation>
    </message>
    <message>
        <source>The template {template} is not a regular file (a pipe, device or socket), so it is not read.</source>
        <translation>Templat {template} bukan berkas biasa (pipa, perangkat, atau soket), jadi tidak dibaca.</translation>
    </message>
    <message>
        <source>The template {template} is larger than 1 MB; no layout is.</source>
        <translation>Templat {template} lebih besar dari 1 MB; tidak ada tata letak sebesar itu.</translation>
    </message>
    <message>
        <source>The template {template} cannot be read ({problem}).</source>
        <translation>Templat {template} tidak dapat dibaca ({problem}).</translation>
    </message>
    <message>
        <source>The template {file} has an error on line {line}: {message}</source>
        <translation>Templat {file} memiliki kesalahan pada baris {line}: {message}</translation>
    </message>
    <message>
        <source>The template {template} is not UTF-8 text.</source>
        <translation>Templat {template} bukan teks UTF-8.</translation>
    </message>
    <message>
        <source>The template {template} includes {name}, which is not one of Marginalia&apos;s own partials; a template may include only those.</source>
        <translation>Templat {template} menyertakan {name}, yang bukan salah satu bagian templat bawaan Marginalia; templat hanya boleh menyertakan bagian-bagian itu.</translation>
    </message>
    <message>
        <source>The template {template} calls itself too deeply (a recursion).</source>
        <translation>Templat {template} memanggil dirinya sendiri terlalu dalam (rekursi).</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, baris {line}</translation>
    </message>
    <message>
        <source>unknown name</source>
        <translation>nama tidak dikenal</translation>
    </message>
    <message>
        <source>not allowed in a template</source>
        <translation>tidak diizinkan dalam templat</translation>
    </message>
    <message>
        <source>The template {place} failed ({kind}): {error}</source>
        <translation>Templat {place} gagal ({kind}): {error}</translation>
    </message>
    <message>
        <source>The template {template} needs more memory than an export may use and was stopped; nothing was written.</source>
        <translation>Templat {template} memerlukan lebih banyak memori daripada yang boleh dipakai sebuah ekspor dan dihentikan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>{origin}: the annotations are nested more than {depth} levels deep; this is not a W3C annotation file.</source>
        <translation>{origin}: anotasinya bersarang lebih dari {depth} tingkat; ini bukan berkas anotasi W3C.</translation>
    </message>
    <message>
        <source>{origin} holds no W3C Web Annotations.</source>
        <translation>{origin} tidak berisi Anotasi Web W3C.</translation>
    </message>
    <message>
        <source>the text is damaged ({encoding} marker, {problem})</source>
        <translation>teksnya rusak (penanda {encoding}, {problem})</translation>
    </message>
    <message>
        <source>this is a binary file, not a text article (it holds NUL bytes)</source>
        <translation>ini berkas biner, bukan artikel teks (berisi bita NUL)</translation>
    </message>
    <message>
        <source>this looks like a binary file, not a text article</source>
        <translation>ini tampaknya berkas biner, bukan artikel teks</translation>
    </message>
    <message>
        <source>not a supported kind of file (Marginalia reads {kinds})</source>
        <translation>jenis berkas ini tidak didukung (Marginalia membaca {kinds})</translation>
    </message>
    <message>
        <source>the file is named {suffix} but is not one (it holds something else)</source>
        <translation>berkas ini bernama {suffix} tetapi bukan berkas jenis itu (isinya hal lain)</translation>
    </message>
    <message>
        <source>the file is {megabytes} MB; documents larger than 200 MB are refused</source>
        <translation>berkas ini {megabytes} MB; dokumen yang lebih besar dari 200 MB ditolak</translation>
    </message>
    <message>
        <source>the file is {megabytes} MB; articles larger than 20 MB are refused</source>
        <translation>ukuran berkas {megabytes} MB; artikel yang lebih besar dari 20 MB ditolak</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>berkas tidak ada</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>ini folder, bukan berkas</translation>
    </message>
    <message>
        <source>not a regular file (a pipe, device or socket), so it is not read</source>
        <translation>bukan berkas biasa (pipa, perangkat, atau soket), jadi tidak dibaca</translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation>izin ditolak: berkas tidak dapat dibaca</translation>
    </message>
    <message>
        <source>the file cannot be read ({problem})</source>
        <translation>berkas tidak dapat dibaca ({problem})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>berkasnya kosong</translation>
    </message>
    <message>
        <source>the text is too long to read as an article ({chars} characters in {lines} lines; at most {max_chars} characters and {max_lines} lines)</source>
        <translation>teksnya terlalu panjang untuk dibaca sebagai artikel ({chars} karakter dalam {lines} baris; paling banyak {max_chars} karakter dan {max_lines} baris)</translation>
    </message>
    <message>
        <source>this is a binary file, not a web page (it holds NUL bytes)</source>
        <translation>ini berkas biner, bukan halaman web (berisi bita NUL)</translation>
    </message>
    <message>
        <source>this web page is not read: {reason}</source>
        <translation>halaman web ini tidak dibaca: {reason}</translation>
    </message>
    <message>
        <source>no article text was found in this web page</source>
        <translation>tidak ditemukan teks artikel di halaman web ini</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}: berkas tidak ada.</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file.</source>
        <translation>{path}: ini folder, bukan berkas.</translation>
    </message>
    <message>
        <source>{path}: not a regular file (a pipe, device or socket), so it is not read.</source>
        <translation>{path}: bukan berkas biasa (pipa, perangkat, atau soket), jadi tidak dibaca.</translation>
    </message>
    <message>
        <source>{path}: the file is larger than 10 MB.</source>
        <translation>{path}: berkas lebih besar dari 10 MB.</translation>
    </message>
    <message>
        <source>{path}: cannot be read (permission denied).</source>
        <translation>{path}: tidak dapat dibaca (izin ditolak).</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({problem}).</source>
        <translation>{path}: tidak dapat dibaca ({problem}).</translation>
    </message>
    <message>
        <source>{path}: not UTF-8 text, so not a JSON annotation file.</source>
        <translation>{path}: bukan teks UTF-8, jadi bukan berkas anotasi JSON.</translation>
    </message>
    <message>
        <source>the library already holds {count} annotations waiting for their articles</source>
        <translation>perpustakaan sudah menyimpan {count} anotasi yang menunggu artikelnya</translation>
    </message>
    <message>
        <source>{origin} holds {count} annotations; at most {limit} are imported from one file. Nothing was imported.</source>
        <translation>{origin} berisi {count} anotasi; paling banyak {limit} diimpor dari satu berkas. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{origin} holds {count} characters of quotes and notes; at most {limit} are imported from one file. Nothing was imported.</source>
        <translation>{origin} berisi {count} karakter kutipan dan catatan; paling banyak {limit} diimpor dari satu berkas. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{path}: holds more than {limit} JSON objects; no annotation file is that large. Nothing was imported.</source>
        <translation>{path}: berisi lebih dari {limit} objek JSON; tidak ada berkas anotasi sebesar itu. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{path}: not valid JSON (line {line}: {problem}).</source>
        <translation>{path}: bukan JSON yang valid (baris {line}: {problem}).</translation>
    </message>
    <message>
        <source>{path}: the JSON is nested too deeply to be an annotation file.</source>
        <translation>{path}: JSON-nya bersarang terlalu dalam untuk sebuah berkas anotasi.</translation>
    </message>
    <message>
        <source>{path}: not valid JSON ({problem}).</source>
        <translation>{path}: bukan JSON yang sah ({problem}).</translation>
    </message>
    <message>
        <source>the folder holds no articles (.txt, .md or .html files)</source>
        <translation>folder ini tidak berisi artikel (berkas .txt, .md, atau .html)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>berkas atau folder tidak ada</translation>
    </message>
    <message>
        <source>There is no article with id {article_id} in this library.</source>
        <translation>Tidak ada artikel dengan id {article_id} di pustaka ini.</translation>
    </message>
    <message>
        <source>No article&apos;s title contains “{reference}”.</source>
        <translation>Tidak ada judul artikel yang memuat “{reference}”.</translation>
    </message>
    <message>
        <source>“{reference}” matches {count} articles ({names}); use the id or more words.</source>
        <translation>“{reference}” cocok dengan {count} artikel ({names}); gunakan id atau tambahkan kata.</translation>
    </message>
    <message>
        <source>An article&apos;s title cannot be empty.</source>
        <translation>Judul artikel tidak boleh kosong.</translation>
    </message>
    <message>
        <source>A title can be at most {limit} characters long.</source>
        <translation>Judul paling panjang {limit} karakter.</translation>
    </message>
    <message>
        <source>The backups folder {folder} cannot be created: {problem}.</source>
        <translation>Folder cadangan {folder} tidak dapat dibuat: {problem}.</translation>
    </message>
    <message>
        <source>Cannot write the backup {target}: it is a folder.</source>
        <translation>Tidak dapat menulis cadangan {target}: itu adalah folder.</translation>
    </message>
    <message>
        <source>Cannot write the backup {target}: the folder {folder} does not exist.</source>
        <translation>Tidak dapat menulis cadangan {target}: folder {folder} tidak ada.</translation>
    </message>
    <message>
        <source>Cannot write the backup {target}: {problem}.</source>
        <translation>Tidak dapat menulis cadangan {target}: {problem}.</translation>
    </message>
    <message>
        <source>the library</source>
        <translation>pustaka</translation>
    </message>
    <message>
        <source>Cannot back up {source} to {target}: {error}.</source>
        <translation>Tidak dapat mencadangkan {source} ke {target}: {error}.</translation>
    </message>
    <message>
        <source>{path} cannot be read as a Marginalia library ({error}).</source>
        <translation>{path} tidak dapat dibaca sebagai pustaka Marginalia ({error}).</translation>
    </message>
    <message>
        <source>The backup {backup} does not exist.</source>
        <translation>Cadangan {backup} tidak ada.</translation>
    </message>
    <message>
        <source>The backup {backup} cannot be restored: {error}</source>
        <translation>Cadangan {backup} tidak dapat dipulihkan: {error}</translation>
    </message>
    <message>
        <source>The backup {backup} is damaged ({problem}) and was not restored; nothing was changed.</source>
        <translation>Cadangan {backup} rusak ({problem}) dan tidak dipulihkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup {backup} is not a Marginalia library and was not restored; nothing was changed.</source>
        <translation>Cadangan {backup} bukan pustaka Marginalia dan tidak dipulihkan; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The backup {backup} was made by a newer Marginalia (schema {version}; this one reads up to {current}); nothing was changed.</source>
        <translation>Cadangan {backup} dibuat oleh Marginalia yang lebih baru (skema {version}; versi ini hanya membaca sampai skema {current}); tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{backup} is the library itself, not a backup.</source>
        <translation>{backup} adalah pustaka itu sendiri, bukan cadangan.</translation>
    </message>
    <message>
        <source>The library {library} is in use by another Marginalia window or command; close it and restore again. Nothing was changed.</source>
        <translation>Pustaka {library} sedang dipakai oleh jendela atau perintah Marginalia lain; tutup dulu, lalu pulihkan lagi. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The library {library} could not be restored: {error}.</source>
        <translation>Pustaka {library} tidak dapat dipulihkan: {error}.</translation>
    </message>
    <message>
        <source>The library {library} is busy; try the restore again ({error}).</source>
        <translation>Pustaka {library} sedang sibuk; coba pulihkan lagi ({error}).</translation>
    </message>
    <message>
        <source>There is no library in {folder} to back up.</source>
        <translation>Tidak ada pustaka di {folder} untuk dicadangkan.</translation>
    </message>
    <message>
        <source>A concept needs a name.</source>
        <translation>Konsep memerlukan nama.</translation>
    </message>
    <message>
        <source>A concept name can be at most {limit} characters; this one has {length}.</source>
        <translation>Nama konsep paling panjang {limit} karakter; nama ini {length} karakter.</translation>
    </message>
    <message>
        <source>There is no concept with id {concept_id}.</source>
        <translation>Tidak ada konsep dengan id {concept_id}.</translation>
    </message>
    <message>
        <source>There is no concept called “{name}”.</source>
        <translation>Tidak ada konsep bernama “{name}”.</translation>
    </message>
    <message>
        <source>A concept called “{name}” already exists.</source>
        <translation>Konsep bernama “{name}” sudah ada.</translation>
    </message>
    <message>
        <source>“{other}” already exists, so “{name}” cannot take that name. To make them one concept, merge them: marginalia concepts merge &quot;{name}&quot; &quot;{other}&quot;</source>
        <translation>“{other}” sudah ada, jadi “{name}” tidak dapat memakai nama itu. Untuk menjadikan keduanya satu konsep, gabungkan: marginalia concepts merge &quot;{name}&quot; &quot;{other}&quot;</translation>
    </message>
    <message>
        <source>Unknown colour {color}; choose one of: {choices}.</source>
        <translation>Warna {color} tidak dikenal; pilih salah satu dari: {choices}.</translation>
    </message>
    <message>
        <source>“{name}” is already used by the concept “{other}”.</source>
        <translation>“{name}” sudah dipakai oleh konsep “{other}”.</translation>
    </message>
    <message>
        <source>A concept cannot be merged into itself.</source>
        <translation>Konsep tidak dapat digabungkan ke dirinya sendiri.</translation>
    </message>
    <message>
        <source>The library folder {folder} cannot be created: {problem}.</source>
        <translation>Folder pustaka {folder} tidak dapat dibuat: {problem}.</translation>
    </message>
    <message>
        <source>The library database {path} cannot be opened: {reason}.</source>
        <translation>Basis data pustaka {path} tidak dapat dibuka: {reason}.</translation>
    </message>
    <message>
        <source>The library database {path} cannot be opened ({error}). Nothing was changed; if the file is damaged, move it aside and start again.</source>
        <translation>Basis data pustaka {path} tidak dapat dibuka ({error}). Tidak ada yang diubah; jika berkasnya rusak, pindahkan ke tempat lain lalu mulai lagi.</translation>
    </message>
    <message>
        <source>Your last change could not be saved: the disk is full. Nothing was half-written. Free some disk space, then try again.</source>
        <translation>Perubahan terakhir Anda tidak dapat disimpan: disk penuh. Tidak ada yang tertulis setengah jalan. Kosongkan sebagian ruang disk, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Your last change could not be saved: the library folder cannot be written to (it is read-only). Nothing was half-written. Make the folder writable, or start Marginalia with --data-dir elsewhere.</source>
        <translation>Perubahan terakhir Anda tidak dapat disimpan: folder pustaka tidak dapat ditulisi (hanya-baca). Tidak ada yang tertulis setengah jalan. Jadikan folder itu dapat ditulisi, atau jalankan Marginalia dengan --data-dir di tempat lain.</translation>
    </message>
    <message>
        <source>Your last change could not be saved: another program kept the library busy for too long. Nothing was half-written. Try again in a moment.</source>
        <translation>Perubahan terakhir Anda tidak dapat disimpan: program lain membuat pustaka sibuk terlalu lama. Tidak ada yang tertulis setengah jalan. Tunggu sebentar, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The library {path} is damaged: part of it cannot be read. Nothing was changed. `marginalia check` says what is damaged and which backup to restore.</source>
        <translation>Perpustakaan {path} rusak: sebagian isinya tidak dapat dibaca. Tidak ada yang diubah. `marginalia check` menjelaskan apa yang rusak dan cadangan mana yang dapat dipulihkan.</translation>
    </message>
    <message>
        <source>Notes can be grouped by {choices}, not by {by}.</source>
        <translation>Catatan dapat dikelompokkan menurut {choices}, bukan menurut {by}.</translation>
    </message>
    <message>
        <source>A handout&apos;s flavour is {choices}, not {flavor}.</source>
        <translation>Ragam handout adalah {choices}, bukan {flavor}.</translation>
    </message>
    <message>
        <source>There is no highlight with id {highlight_id}.</source>
        <translation>Tidak ada sorotan dengan id {highlight_id}.</translation>
    </message>
    <message>
        <source>A highlight needs some text selected inside the article.</source>
        <translation>Sorotan memerlukan teks yang dipilih di dalam artikel.</translation>
    </message>
    <message>
        <source>A highlight cannot be made of spaces alone.</source>
        <translation>Sorotan tidak boleh hanya berisi spasi.</translation>
    </message>
    <message>
        <source>The quote to highlight is empty.</source>
        <translation>Kutipan yang akan disorot kosong.</translation>
    </message>
    <message>
        <source>The quote was not found in “{title}”: {quote}</source>
        <translation>Kutipan tidak ditemukan di “{title}”: {quote}</translation>
    </message>
    <message>
        <source>The quote occurs {count} times in “{title}”; say which with --occurrence N.</source>
        <translation>Kutipan muncul {count} kali di “{title}”; sebutkan yang mana dengan --occurrence N.</translation>
    </message>
    <message>
        <source>--occurrence {occurrence} is out of range: the quote occurs {count} time(s).</source>
        <translation>--occurrence {occurrence} di luar jangkauan: kutipan muncul {count} kali.</translation>
    </message>
    <message>
        <source>The database {path} does not exist.</source>
        <translation>Basis data {path} tidak ada.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened ({error}).</source>
        <translation>Basis data {path} tidak dapat dibuka ({error}).</translation>
    </message>
    <message>
        <source>The database {path} cannot be checked ({error}).</source>
        <translation>Basis data {path} tidak dapat diperiksa ({error}).</translation>
    </message>
    <message>
        <source>The damaged database {path} cannot be moved aside: {problem}. Nothing was deleted.</source>
        <translation>Basis data rusak {path} tidak dapat dipindahkan: {problem}. Tidak ada yang dihapus.</translation>
    </message>
    <message>
        <source>it was written by a newer Marginalia (schema {found}; this one reads up to {current})</source>
        <translation>basis data ini ditulis oleh Marginalia yang lebih baru (skema {found}; versi ini hanya membaca sampai skema {current})</translation>
    </message>
    <message>
        <source>the folder cannot be read ({reason})</source>
        <translation>folder tidak dapat dibaca ({reason})</translation>
    </message>
    <message>
        <source>Unknown page size {size}; choose one of: {sizes}.</source>
        <translation>Ukuran kertas {size} tidak dikenal; pilih salah satu dari: {sizes}.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printer tidak dapat dijalankan.</translation>
    </message>
    <message>
        <source>The printer could not start a new page.</source>
        <translation>Printer tidak dapat memulai halaman baru.</translation>
    </message>
    <message>
        <source>The template {template} could not be run ({problem}).</source>
        <translation>Templat {template} tidak dapat dijalankan ({problem}).</translation>
    </message>
    <message>
        <source>The template {template} stopped without a result.</source>
        <translation>Templat {template} berhenti tanpa hasil.</translation>
    </message>
    <message>
        <source>The template {template} ran longer than {seconds} s and was stopped; nothing was written.</source>
        <translation>Templat {template} berjalan lebih lama dari {seconds} detik dan dihentikan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is the library&apos;s own database file ({file}); writing there would destroy the library. Choose another file; nothing was written.</source>
        <translation>Tidak dapat menulis {path}: ini berkas basis data perpustakaan sendiri ({file}); menulis ke sana akan merusak perpustakaan. Pilih berkas lain; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is in the library&apos;s backups folder ({folder}), where Marginalia keeps its backups. Choose another file; nothing was written.</source>
        <translation>Tidak dapat menulis {path}: berkas ini ada di folder cadangan perpustakaan ({folder}), tempat Marginalia menyimpan cadangannya. Pilih berkas lain; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>this is an old Word document (.doc); open it in Word or LibreOffice and save it as .docx, then import that</source>
        <translation>ini dokumen Word lama (.doc); buka di Word atau LibreOffice lalu simpan sebagai .docx, kemudian impor berkas itu</translation>
    </message>
    <message>
        <source>this is an RTF document; save it as .docx or .odt, then import that</source>
        <translation>ini dokumen RTF; simpan sebagai .docx atau .odt, kemudian impor berkas itu</translation>
    </message>
    <message>
        <source>this is a zip archive, not a document (unpack it and import its files)</source>
        <translation>ini arsip zip, bukan dokumen (ekstrak lalu impor berkas-berkas di dalamnya)</translation>
    </message>
    <message>
        <source>the document holds no text</source>
        <translation>dokumen ini tidak berisi teks</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>dokumen Word</translation>
    </message>
    <message>
        <source>EPUB</source>
        <translation>EPUB</translation>
    </message>
    <message>
        <source>the {kind} has {count} chapters; more than any book has</source>
        <translation>{kind} ini punya {count} bab; lebih banyak daripada buku mana pun</translation>
    </message>
    <message>
        <source>the EPUB is locked with DRM; only DRM-free books can be read</source>
        <translation>EPUB ini dikunci DRM; hanya buku tanpa DRM yang bisa dibaca</translation>
    </message>
    <message>
        <source>the EPUB has no chapters to read</source>
        <translation>EPUB ini tidak punya bab untuk dibaca</translation>
    </message>
    <message>
        <source>the EPUB holds no text</source>
        <translation>EPUB ini tidak berisi teks</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>teks OpenDocument</translation>
    </message>
    <message>
        <source>the {kind} holds no text (a spreadsheet or slides?)</source>
        <translation>{kind} ini tidak berisi teks (lembar kerja atau salindia?)</translation>
    </message>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>PDF ini dilindungi kata sandi</translation>
    </message>
    <message>
        <source>the PDF is encrypted in a way that cannot be read</source>
        <translation>PDF ini dienkripsi dengan cara yang tidak dapat dibaca</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>PDF ini rusak dan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>the PDF holds more text than Marginalia can show as one article</source>
        <translation>PDF ini berisi teks lebih banyak daripada yang dapat ditampilkan Marginalia sebagai satu artikel</translation>
    </message>
    <message>
        <source>this PDF has no text layer; it is probably a scan</source>
        <translation>PDF ini tidak punya lapisan teks; kemungkinan hasil pindaian</translation>
    </message>
    <message>
        <source>the PDF holds no text</source>
        <translation>PDF ini tidak berisi teks</translation>
    </message>
    <message>
        <source>the PDF has {count} pages; Marginalia imports up to {limit}</source>
        <translation>PDF ini punya {count} halaman; Marginalia mengimpor paling banyak {limit}</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>PDF ini tidak punya halaman</translation>
    </message>
    <message>
        <source>the {kind} is damaged (“{member}” cannot be read)</source>
        <translation>{kind} ini rusak (“{member}” tidak dapat dibaca)</translation>
    </message>
    <message>
        <source>the {kind} holds {count} files; more than any document has</source>
        <translation>{kind} ini berisi {count} berkas; lebih banyak daripada dokumen mana pun</translation>
    </message>
    <message>
        <source>the {kind} holds a file named “{name}” outside the document</source>
        <translation>{kind} ini berisi berkas bernama “{name}” di luar dokumen</translation>
    </message>
    <message>
        <source>the {kind} is damaged (its zip archive cannot be read)</source>
        <translation>{kind} ini rusak (arsip zip-nya tidak dapat dibaca)</translation>
    </message>
    <message>
        <source>the {kind} expands to far more data than a document holds (a zip bomb?)</source>
        <translation>{kind} ini mengembang menjadi data yang jauh lebih besar daripada isi dokumen (bom zip?)</translation>
    </message>
    <message>
        <source>the {kind} is incomplete (“{name}” is missing)</source>
        <translation>{kind} ini tidak lengkap (“{name}” tidak ada)</translation>
    </message>
    <message>
        <source>the {kind} is protected by a password</source>
        <translation>{kind} ini dilindungi kata sandi</translation>
    </message>
    <message>
        <source>Decks are made by {choices}, not by {by}.</source>
        <translation>Dek dibuat menurut {choices}, bukan menurut {by}.</translation>
    </message>
    <message>
        <source>There are no cards to export yet: write a note on a highlight, define a concept, or mark a cloze with Edit → Make Cloze.</source>
        <translation>Belum ada kartu untuk diekspor: tulis catatan pada sorotan, beri definisi pada konsep, atau tandai rumpang dengan Sunting → Buat Rumpang.</translation>
    </message>
    <message>
        <source>Select words inside one highlighted passage to make a cloze.</source>
        <translation>Pilih kata-kata di dalam satu bagian yang disorot untuk membuat rumpang.</translation>
    </message>
    <message>
        <source>A cloze hides words, not only spaces.</source>
        <translation>Rumpang menyembunyikan kata, bukan hanya spasi.</translation>
    </message>
    <message>
        <source>A cloze needs a few words of the passage left showing to be answered: select fewer words.</source>
        <translation>Rumpang perlu menyisakan beberapa kata dari bagian itu agar bisa dijawab: pilih lebih sedikit kata.</translation>
    </message>
    <message>
        <source>it is {megabytes} MB; pages over 20 MB are refused</source>
        <translation>ukurannya {megabytes} MB; halaman di atas 20 MB ditolak</translation>
    </message>
    <message>
        <source>it nests its parts more than {depth} levels deep</source>
        <translation>bagian-bagiannya bersarang lebih dari {depth} tingkat</translation>
    </message>
    <message>
        <source>it has more than {count} elements</source>
        <translation>isinya lebih dari {count} elemen</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>kutipan</translation>
    </message>
    <message>
        <source>quote&apos;s context</source>
        <translation>konteks kutipan</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>the annotation</source>
        <translation>anotasi itu</translation>
    </message>
    <message>
        <source>its {what} is not text</source>
        <translation>{what}-nya bukan teks</translation>
    </message>
    <message>
        <source>its {what} is longer than {limit} characters</source>
        <translation>{what}-nya lebih dari {limit} karakter</translation>
    </message>
    <message>
        <source>it has no target</source>
        <translation>anotasi itu tidak punya target</translation>
    </message>
    <message>
        <source>it is on an article the file does not hold</source>
        <translation>anotasi itu ada pada artikel yang tidak termuat di berkas</translation>
    </message>
    <message>
        <source>one of its selectors is not an object</source>
        <translation>salah satu selektornya bukan objek</translation>
    </message>
    <message>
        <source>its position is not two whole numbers</source>
        <translation>posisinya bukan dua bilangan bulat</translation>
    </message>
    <message>
        <source>its position is out of range</source>
        <translation>posisinya di luar jangkauan</translation>
    </message>
    <message>
        <source>it needs exactly one text quote to anchor</source>
        <translation>anotasi itu perlu tepat satu kutipan teks untuk ditambatkan</translation>
    </message>
    <message>
        <source>it has more than {limit} bodies</source>
        <translation>anotasi itu punya lebih dari {limit} isi</translation>
    </message>
    <message>
        <source>one of its bodies is not a TextualBody</source>
        <translation>salah satu isinya bukan TextualBody</translation>
    </message>
    <message>
        <source>one of its bodies has an unknown purpose</source>
        <translation>salah satu isinya punya tujuan yang tidak dikenal</translation>
    </message>
    <message>
        <source>it is not a W3C Annotation</source>
        <translation>itu bukan W3C Annotation</translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation>anotasi itu tidak punya id</translation>
    </message>
    <message>
        <source>its creator is not the file&apos;s author</source>
        <translation>pembuatnya bukan penulis berkas</translation>
    </message>
    <message>
        <source>it has no target, or more than one</source>
        <translation>anotasi itu tidak punya target, atau punya lebih dari satu</translation>
    </message>
    <message>
        <source>its time is not text</source>
        <translation>waktunya bukan teks</translation>
    </message>
    <message>
        <source>it has no text quote to anchor</source>
        <translation>anotasi itu tidak punya kutipan teks untuk ditambatkan</translation>
    </message>
    <message>
        <source>its annotations are not a list</source>
        <translation>anotasinya bukan daftar</translation>
    </message>
    <message>
        <source>it holds {count} annotations, more than {limit}</source>
        <translation>berkas memuat {count} anotasi, lebih dari {limit}</translation>
    </message>
    <message>
        <source>annotation {number} is malformed: {problem}</source>
        <translation>anotasi ke-{number} rusak: {problem}</translation>
    </message>
    <message>
        <source>the notes name no articles, or too many</source>
        <translation>catatan itu tidak menyebut artikel, atau terlalu banyak</translation>
    </message>
    <message>
        <source>an article the notes name is malformed</source>
        <translation>salah satu artikel yang disebut catatan itu rusak</translation>
    </message>
    <message>
        <source>the file is {megabytes} MB; students&apos; notes are at most {limit} MB</source>
        <translation>berkas berukuran {megabytes} MB; catatan siswa paling besar {limit} MB</translation>
    </message>
    <message>
        <source>not UTF-8 text, so not a student&apos;s notes</source>
        <translation>bukan teks UTF-8, jadi bukan catatan siswa</translation>
    </message>
    <message>
        <source>not valid JSON (line {line}: {problem})</source>
        <translation>bukan JSON yang sah (baris {line}: {problem})</translation>
    </message>
    <message>
        <source>not a student&apos;s notes for a class pack (W3C annotations of your own are imported with import-annotations)</source>
        <translation>bukan catatan siswa untuk paket kelas (anotasi W3C milik Anda sendiri diimpor dengan import-annotations)</translation>
    </message>
    <message>
        <source>the notes name no format version</source>
        <translation>catatan itu tidak menyebut versi format</translation>
    </message>
    <message>
        <source>the notes are format version {found}, made by a newer Marginalia; this one reads version {known}: update Marginalia to open them</source>
        <translation>catatan itu berformat versi {found}, dibuat oleh Marginalia yang lebih baru; versi ini membaca versi {known}: perbarui Marginalia untuk membukanya</translation>
    </message>
    <message>
        <source>the notes do not say which class pack they answer</source>
        <translation>catatan itu tidak menyebut paket kelas yang dijawabnya</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>catatan itu</translation>
    </message>
    <message>
        <source>{what} names no creator</source>
        <translation>{what} tidak menyebut pembuatnya</translation>
    </message>
    <message>
        <source>{what}: the creator has no id of the form urn:uuid:…</source>
        <translation>{what}: pembuatnya tidak punya id berbentuk urn:uuid:…</translation>
    </message>
    <message>
        <source>{what}: the creator&apos;s name is missing or too long</source>
        <translation>{what}: nama pembuatnya tidak ada atau terlalu panjang</translation>
    </message>
    <message>
        <source>class pack</source>
        <translation>paket kelas</translation>
    </message>
    <message>
        <source>the file is {megabytes} MB; class packs larger than {limit} MB are refused</source>
        <translation>berkas berukuran {megabytes} MB; paket kelas yang lebih besar dari {limit} MB ditolak</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>“{name}” is nested too deeply to be read</source>
        <translation>“{name}” bersarang terlalu dalam untuk dibaca</translation>
    </message>
    <message>
        <source>the class pack holds a symbolic link (“{name}”); packs hold files</source>
        <translation>paket kelas memuat tautan simbolik (“{name}”); paket hanya memuat berkas</translation>
    </message>
    <message>
        <source>the class pack&apos;s “{name}” declares {megabytes} MB; a pack&apos;s file may hold {limit} MB</source>
        <translation>“{name}” di paket kelas menyatakan {megabytes} MB; satu berkas di paket paling besar {limit} MB</translation>
    </message>
    <message>
        <source>the class pack&apos;s “{name}” expands {ratio} times (a zip bomb?); text expands at most some twenty times</source>
        <translation>“{name}” di paket kelas mengembang {ratio} kali (bom zip?); teks mengembang paling banyak sekitar dua puluh kali</translation>
    </message>
    <message>
        <source>the class pack expands to {megabytes} MB in all (a zip bomb?); a pack may hold {limit} MB</source>
        <translation>paket kelas mengembang menjadi {megabytes} MB seluruhnya (bom zip?); satu paket paling besar {limit} MB</translation>
    </message>
    <message>
        <source>the manifest lists no files</source>
        <translation>manifes tidak mendaftar berkas apa pun</translation>
    </message>
    <message>
        <source>the manifest&apos;s file list is malformed</source>
        <translation>daftar berkas di manifes rusak</translation>
    </message>
    <message>
        <source>the manifest names “{name}” without its checksum</source>
        <translation>manifes menyebut “{name}” tanpa checksum-nya</translation>
    </message>
    <message>
        <source>the class pack is damaged: “{name}” does not match its checksum</source>
        <translation>paket kelas rusak: “{name}” tidak cocok dengan checksum-nya</translation>
    </message>
    <message>
        <source>the class pack&apos;s “{name}” is not UTF-8 text</source>
        <translation>“{name}” di paket kelas bukan teks UTF-8</translation>
    </message>
    <message>
        <source>the class pack&apos;s “{name}” is not text of a length a pack holds</source>
        <translation>“{name}” di paket kelas bukan teks dengan panjang yang dapat dimuat paket</translation>
    </message>
    <message>
        <source>the class pack&apos;s “{name}” is not valid JSON (line {line}: {problem})</source>
        <translation>“{name}” di paket kelas bukan JSON yang sah (baris {line}: {problem})</translation>
    </message>
    <message>
        <source>this is not a class pack (it has no manifest.json)</source>
        <translation>ini bukan paket kelas (tidak ada manifest.json)</translation>
    </message>
    <message>
        <source>this is not a class pack (its mimetype differs)</source>
        <translation>ini bukan paket kelas (mimetype-nya berbeda)</translation>
    </message>
    <message>
        <source>the class pack&apos;s manifest.json is not valid JSON</source>
        <translation>manifest.json di paket kelas bukan JSON yang sah</translation>
    </message>
    <message>
        <source>this is not a class pack (its manifest says otherwise)</source>
        <translation>ini bukan paket kelas (manifesnya menyatakan lain)</translation>
    </message>
    <message>
        <source>the class pack&apos;s manifest has no format version</source>
        <translation>manifes paket kelas tidak menyebut versi format</translation>
    </message>
    <message>
        <source>the class pack is format version {found}, made by a newer Marginalia; this one reads version {known}: update Marginalia to open it</source>
        <translation>paket kelas berformat versi {found}, dibuat oleh Marginalia yang lebih baru; versi ini membaca versi {known}: perbarui Marginalia untuk membukanya</translation>
    </message>
    <message>
        <source>the class pack&apos;s creation time is malformed</source>
        <translation>waktu pembuatan paket kelas rusak</translation>
    </message>
    <message>
        <source>an article of the manifest is malformed</source>
        <translation>salah satu artikel di manifes rusak</translation>
    </message>
    <message>
        <source>the class pack is damaged: the text of “{title}” does not match its id</source>
        <translation>paket kelas rusak: teks “{title}” tidak cocok dengan id-nya</translation>
    </message>
    <message>
        <source>the article “{title}” is empty</source>
        <translation>artikel “{title}” kosong</translation>
    </message>
    <message>
        <source>the class pack&apos;s concepts are malformed</source>
        <translation>konsep di paket kelas rusak</translation>
    </message>
    <message>
        <source>the class pack&apos;s manifest has no id or title</source>
        <translation>manifes paket kelas tidak punya id atau judul</translation>
    </message>
    <message>
        <source>the manifest</source>
        <translation>manifes</translation>
    </message>
    <message>
        <source>the class pack holds no articles, or more than {limit}</source>
        <translation>paket kelas tidak memuat artikel, atau lebih dari {limit}</translation>
    </message>
    <message>
        <source>the class pack lists an article twice</source>
        <translation>paket kelas mendaftar satu artikel dua kali</translation>
    </message>
    <message>
        <source>A class pack needs at least one article.</source>
        <translation>Paket kelas perlu setidaknya satu artikel.</translation>
    </message>
    <message>
        <source>A class pack holds at most {limit} articles.</source>
        <translation>Paket kelas memuat paling banyak {limit} artikel.</translation>
    </message>
    <message>
        <source>The instruction can be at most {limit} characters long.</source>
        <translation>Instruksi paling panjang {limit} karakter.</translation>
    </message>
    <message>
        <source>The class pack would be larger than {limit} MB: choose fewer articles.</source>
        <translation>Paket kelas akan lebih besar dari {limit} MB: pilih lebih sedikit artikel.</translation>
    </message>
    <message>
        <source>this class pack was made in this library: its notes are your own highlights here</source>
        <translation>paket kelas ini dibuat di pustaka ini: catatannya adalah sorotan Anda sendiri di sini</translation>
    </message>
    <message>
        <source>No class pack {pack} was opened in this library.</source>
        <translation>Tidak ada paket kelas {pack} yang pernah dibuka di pustaka ini.</translation>
    </message>
    <message>
        <source>No class pack was opened in this library: notes go back to the teacher whose pack you opened.</source>
        <translation>Belum ada paket kelas yang dibuka di pustaka ini: catatan dikirim kembali kepada guru yang paketnya Anda buka.</translation>
    </message>
    <message>
        <source>“{reference}” names {count} class packs here; say which by its title.</source>
        <translation>“{reference}” cocok dengan {count} paket kelas di sini; sebutkan yang mana dengan judulnya.</translation>
    </message>
    <message>
        <source>You have not highlighted anything in “{pack}” yet: there is nothing to hand back.</source>
        <translation>Anda belum menyorot apa pun di “{pack}”: belum ada yang bisa dikirim kembali.</translation>
    </message>
    <message>
        <source>these notes were written in this library</source>
        <translation>catatan ini ditulis di pustaka ini</translation>
    </message>
    <message>
        <source>the notes are on “{title}”, which is not in this library</source>
        <translation>catatan itu ada pada “{title}”, yang tidak ada di pustaka ini</translation>
    </message>
    <message>
        <source>A name can be at most {limit} characters long.</source>
        <translation>Nama paling panjang {limit} karakter.</translation>
    </message>
    <message>
        <source>Say who you are first: set your name in Edit → Preferences (or give --name on the command line).</source>
        <translation>Sebutkan dulu siapa Anda: isi nama Anda di Sunting → Preferensi (atau berikan --name di baris perintah).</translation>
    </message>
    <message>
        <source>The highlight {highlight_id} has no proposed place to confirm or reject.</source>
        <translation>Sorotan {highlight_id} tidak punya usulan tempat untuk dikonfirmasi atau ditolak.</translation>
    </message>
    <message>
        <source>The translation file {path} is missing or unreadable. Build it with: make translations</source>
        <translation>Berkas terjemahan {path} tidak ada atau tidak dapat dibaca. Buat dengan: make translations</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Concepts:</source>
        <translation>Konsep:</translation>
    </message>
    <message>
        <source>open in Marginalia</source>
        <translation>buka di Marginalia</translation>
    </message>
    <message>
        <source>(unplaced)</source>
        <translation>(belum ditempatkan)</translation>
    </message>
    <message>
        <source>(needs a look: the article changed; perhaps now</source>
        <translation>(perlu dicek: artikelnya berubah; mungkin sekarang</translation>
    </message>
    <message>
        <source>p.</source>
        <translation>hlm.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosarium</translation>
    </message>
    <message>
        <source>no definition yet</source>
        <translation>belum ada definisi</translation>
    </message>
    <message>
        <source>No definition yet.</source>
        <translation>Belum ada definisi.</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tanda:</translation>
    </message>
    <message>
        <source>Passages not marked in the text</source>
        <translation>Petikan yang tidak ditandai dalam teks</translation>
    </message>
    <message>
        <source>Passages without a concept</source>
        <translation>Petikan tanpa konsep</translation>
    </message>
    <message>
        <source>No highlights yet.</source>
        <translation>Belum ada sorotan.</translation>
    </message>
    <message>
        <source>Nothing to export yet.</source>
        <translation>Belum ada yang dapat diekspor.</translation>
    </message>
    <message>
        <source>Notes: {title}</source>
        <translation>Catatan: {title}</translation>
    </message>
    <message>
        <source>Marginalia library</source>
        <translation>Perpustakaan Marginalia</translation>
    </message>
    <message>
        <source>Class notes: {title}</source>
        <translation>Catatan kelas: {title}</translation>
    </message>
    <message>
        <source>Students who handed in notes ({count}): {names}</source>
        <translation>Siswa yang mengumpulkan catatan ({count}): {names}</translation>
    </message>
    <message>
        <source>{count} of {total} students highlighted this: {names}</source>
        <translation>{count} dari {total} siswa menyorot bagian ini: {names}</translation>
    </message>
    <message>
        <source>No student has marked anything here yet.</source>
        <translation>Belum ada siswa yang menandai apa pun di sini.</translation>
    </message>
    <message>
        <source>No student&apos;s notes have been imported yet.</source>
        <translation>Belum ada catatan siswa yang diimpor.</translation>
    </message>
    <message>
        <source>Notes on “{pack}” from {name}</source>
        <translation>Catatan tentang “{pack}” dari {name}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Notes (Markdown)</source>
        <translation>Catatan (Markdown)</translation>
    </message>
    <message>
        <source>Handout: the article with highlights (Markdown)</source>
        <translation>Handout: artikel beserta sorotannya (Markdown)</translation>
    </message>
    <message>
        <source>Annotations (W3C Web Annotation JSON)</source>
        <translation>Anotasi (JSON W3C Web Annotation)</translation>
    </message>
    <message>
        <source>Handout as PDF</source>
        <translation>Handout sebagai PDF</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>==text== (Obsidian, markdown-it, pandoc 3)</source>
        <translation>==teks== (Obsidian, markdown-it, pandoc 3)</translation>
    </message>
    <message>
        <source>[text]{.mark} (pandoc 2 and 3)</source>
        <translation>[teks]{.mark} (pandoc 2 dan 3)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format ekspor</translation>
    </message>
    <message>
        <source>Notes, a handout of the article, or annotations for other programs</source>
        <translation>Catatan, handout artikel, atau anotasi untuk program lain</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Yang diekspor</translation>
    </message>
    <message>
        <source>One article, the passages of one concept, or the whole library</source>
        <translation>Satu artikel, kutipan dari satu konsep, atau seluruh pustaka</translation>
    </message>
    <message>
        <source>This article: {title}</source>
        <translation>Artikel ini: {title}</translation>
    </message>
    <message>
        <source>Concept: {name}</source>
        <translation>Konsep: {name}</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>Seluruh pustaka</translation>
    </message>
    <message>
        <source>Group notes by</source>
        <translation>Kelompokkan catatan menurut</translation>
    </message>
    <message>
        <source>Choose Layout File…</source>
        <translation>Pilih Berkas Tata Letak…</translation>
    </message>
    <message>
        <source>Choose a layout file</source>
        <translation>Pilih berkas tata letak</translation>
    </message>
    <message>
        <source>A layout file of your own that lays out the notes your way</source>
        <translation>Berkas tata letak Anda sendiri yang menata catatan dengan cara Anda</translation>
    </message>
    <message>
        <source>Use the default layout</source>
        <translation>Gunakan tata letak bawaan</translation>
    </message>
    <message>
        <source>How passages are marked</source>
        <translation>Cara petikan disorot</translation>
    </message>
    <message>
        <source>Pandoc 2 shows ==text== as it is; choose [text]{.mark} for pandoc</source>
        <translation>Pandoc 2 menampilkan ==teks== apa adanya; pilih [teks]{.mark} untuk pandoc</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Tata letak:</translation>
    </message>
    <message>
        <source>&amp;Marks:</source>
        <translation>&amp;Sorotan:</translation>
    </message>
    <message>
        <source>By article, in reading order</source>
        <translation>Menurut artikel, sesuai urutan baca</translation>
    </message>
    <message>
        <source>Study cards for Anki (.apkg)</source>
        <translation>Kartu belajar untuk Anki (.apkg)</translation>
    </message>
    <message>
        <source>By concept</source>
        <translation>Menurut konsep</translation>
    </message>
    <message>
        <source>One deck</source>
        <translation>Satu dek</translation>
    </message>
    <message>
        <source>A deck for each concept</source>
        <translation>Satu dek untuk setiap konsep</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Bawaan</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Ukuran kertas</translation>
    </message>
    <message>
        <source>Language of the export</source>
        <translation>Bahasa ekspor</translation>
    </message>
    <message>
        <source>The language of the export&apos;s own words; your notes stay as you wrote them</source>
        <translation>Bahasa kata-kata ekspor itu sendiri; catatan Anda tetap seperti yang Anda tulis</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Ekspor:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>Ke&amp;lompok:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Status ekspor</translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>Pratinjau ekspor</translation>
    </message>
    <message>
        <source>Exactly the text that Save writes</source>
        <translation>Persis teks yang ditulis oleh Simpan</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Simpan…</translation>
    </message>
    <message>
        <source>Choose a file and write the export</source>
        <translation>Pilih berkas, lalu tulis hasil ekspor ke sana</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy the export to the clipboard</source>
        <translation>Salin hasil ekspor ke papan klip</translation>
    </message>
    <message>
        <source>The default layout</source>
        <translation>Tata letak bawaan</translation>
    </message>
    <message>
        <source>A handout is made from one article: choose the article.</source>
        <translation>Handout dibuat dari satu artikel: pilih artikelnya.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n kartu</numerusform>
        </translation>
    </message>
    <message>
        <source>library</source>
        <translation>pustaka</translation>
    </message>
    <message>
        <source>export</source>
        <translation>ekspor</translation>
    </message>
    <message>
        <source>Save export</source>
        <translation>Simpan ekspor</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Disimpan ke {path}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No matches</source>
        <translation>Tidak ada yang cocok</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Cari di artikel</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Enter goes to the next match, Shift+Enter to the previous, Escape closes</source>
        <translation>Enter menuju kecocokan berikutnya, Shift+Enter ke kecocokan sebelumnya, Escape menutup</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Kecocokan</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Kecocokan sebelumnya</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Kecocokan sebelumnya (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Kecocokan berikutnya</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Kecocokan berikutnya (Enter, F3)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Tutup bilah pencarian</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n kecocokan</numerusform>
        </translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} dari {total}</translation>
    </message>
</context>
<context>
    <name>FirstPage</name>
    <message>
        <source>Opening the library…</source>
        <translation>Membuka pustaka…</translation>
    </message>
    <message>
        <source>Library, opening</source>
        <translation>Pustaka, sedang dibuka</translation>
    </message>
</context>
<context>
    <name>HandbackDialog</name>
    <message>
        <source>Notes for My Teacher</source>
        <translation>Catatan untuk Guru Saya</translation>
    </message>
    <message>
        <source>Your highlights, notes and concepts on the articles of a class pack, as one small file to send your teacher. Your teacher&apos;s own notes are not in it.</source>
        <translation>Sorotan, catatan, dan konsep Anda pada artikel-artikel sebuah paket kelas, dalam satu berkas kecil untuk dikirim kepada guru Anda. Catatan guru Anda sendiri tidak ikut di dalamnya.</translation>
    </message>
    <message>
        <source>Class pack</source>
        <translation>Paket kelas</translation>
    </message>
    <message>
        <source>{title} — from {teacher}</source>
        <translation>{title} — dari {teacher}</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>As your teacher knows you</source>
        <translation>Seperti guru Anda mengenal Anda</translation>
    </message>
    <message>
        <source>Save Notes…</source>
        <translation>Simpan Catatan…</translation>
    </message>
    <message>
        <source>&amp;Pack:</source>
        <translation>&amp;Paket:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Nama Anda:</translation>
    </message>
</context>
<context>
    <name>HighlightCardDelegate</name>
    <message>
        <source>Then</source>
        <translation>Dulu</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Kini</translation>
    </message>
    <message>
        <source>Check these · {count}</source>
        <translation>Periksa ini · {count}</translation>
    </message>
    <message>
        <source>Unplaced · {count}</source>
        <translation>Belum ditempatkan · {count}</translation>
    </message>
    <message>
        <source>Not found in the text</source>
        <translation>Tidak ditemukan di teks</translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation>Perlu diperiksa</translation>
    </message>
</context>
<context>
    <name>HighlightColors</name>
    <message>
        <source>Yellow</source>
        <translation>Kuning</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Hijau</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Biru</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Merah Muda</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Ungu</translation>
    </message>
    <message>
        <source>{color} — {meaning}</source>
        <translation>{color} — {meaning}</translation>
    </message>
</context>
<context>
    <name>HighlightController</name>
    <message numerus="yes">
        <source>%n highlight(s) to check in this article, under Check these in the Annotations panel.</source>
        <translation>
            <numerusform>%n sorotan di artikel ini perlu diperiksa, di bawah Periksa ini di panel Anotasi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The article changed: %n highlight(s) to check, under Check these in the Annotations panel.</source>
        <translation>
            <numerusform>Artikelnya berubah: %n sorotan perlu diperiksa, di bawah Periksa ini di panel Anotasi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) could not be placed; they are listed under Unplaced.</source>
        <translation>
            <numerusform>%n sorotan tidak dapat ditempatkan; sorotan itu tercantum di bawah Belum ditempatkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>This article has no highlights yet.</source>
        <translation>Artikel ini belum memiliki sorotan.</translation>
    </message>
    <message>
        <source>Select some text in the article first.</source>
        <translation>Pilih teks di artikel terlebih dahulu.</translation>
    </message>
    <message>
        <source>Highlights belong to the clean article; turn off Show Original Text first.</source>
        <translation>Sorotan hanya untuk artikel yang sudah dibersihkan; matikan Tampilkan Teks Asli terlebih dahulu.</translation>
    </message>
    <message>
        <source>Select some words, not only spaces.</source>
        <translation>Pilih beberapa kata, bukan hanya spasi.</translation>
    </message>
    <message numerus="yes">
        <source>The selection overlaps %n highlight(s). Merge into one highlight (notes joined, concepts kept), or keep both?</source>
        <translation>
            <numerusform>Pilihan ini bertumpang tindih dengan %n sorotan. Gabungkan menjadi satu sorotan (catatan disatukan, konsep dipertahankan), atau simpan keduanya?</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge highlights?</source>
        <translation>Gabungkan sorotan?</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>Simpan Keduanya</translation>
    </message>
    <message>
        <source>Select some text, or choose a highlight, to write a note.</source>
        <translation>Pilih teks, atau pilih sebuah sorotan, untuk menulis catatan.</translation>
    </message>
    <message>
        <source>Highlight deleted (Ctrl+Z brings it back).</source>
        <translation>Sorotan dihapus (Ctrl+Z mengembalikannya).</translation>
    </message>
    <message>
        <source>Choose a highlight in the Annotations panel.</source>
        <translation>Pilih sorotan di panel Anotasi.</translation>
    </message>
    <message>
        <source>Choose a highlight under Check these in the Annotations panel.</source>
        <translation>Pilih sorotan di bawah Periksa ini di panel Anotasi.</translation>
    </message>
    <message>
        <source>Placed here (Ctrl+Z undoes it).</source>
        <translation>Ditempatkan di sini (Ctrl+Z membatalkannya).</translation>
    </message>
    <message>
        <source>Kept unplaced; it is listed under Unplaced (Ctrl+Z undoes it).</source>
        <translation>Tetap belum ditempatkan; tercantum di bawah Belum ditempatkan (Ctrl+Z membatalkannya).</translation>
    </message>
</context>
<context>
    <name>HighlightListModel</name>
    <message numerus="yes">
        <source>Unplaced: %n highlight(s)</source>
        <translation>
            <numerusform>Belum ditempatkan: %n sorotan</numerusform>
        </translation>
    </message>
    <message>
        <source>{color} highlight: {quote}</source>
        <translation>Sorotan {color}: {quote}</translation>
    </message>
    <message>
        <source>{color} highlight that needs a look: it was “{quote}”; perhaps it is now “{now}”</source>
        <translation>Sorotan {color} yang perlu diperiksa: dulu “{quote}”; mungkin kini “{now}”</translation>
    </message>
    <message>
        <source>{color} unplaced highlight: {quote}</source>
        <translation>Sorotan {color} yang belum ditempatkan: {quote}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Catatan: {note}</translation>
    </message>
    <message>
        <source>Then: “{then}”
Now: “{now}”</source>
        <translation>Dulu: “{then}”
Kini: “{now}”</translation>
    </message>
    <message>
        <source>{count} of {total} students: {quote}</source>
        <translation>{count} dari {total} siswa: {quote}</translation>
    </message>
    <message>
        <source>{teacher}&apos;s note, read-only: {quote}</source>
        <translation>Catatan {teacher}, hanya-baca: {quote}</translation>
    </message>
    <message>
        <source>Concepts: {names}</source>
        <translation>Konsep: {names}</translation>
    </message>
    <message numerus="yes">
        <source>Check these: %n highlight(s)</source>
        <translation>
            <numerusform>Periksa ini: %n sorotan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Importing articles</source>
        <translation>Mengimpor artikel</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>Mencari artikel…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Kemajuan impor</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Tidak diimpor:</translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation>Berkas yang tidak diimpor</translation>
    </message>
    <message>
        <source>One line a file: its name and why</source>
        <translation>Satu baris per berkas: namanya dan alasannya</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Importing {number} of {total}: {file}</source>
        <translation>Mengimpor {number} dari {total}: {file}</translation>
    </message>
    <message>
        <source>Imported {done} of {total}</source>
        <translation>{done} dari {total} diimpor</translation>
    </message>
    <message>
        <source>all {pages} pages read, arranging the text…</source>
        <translation>semua {pages} halaman terbaca, menyusun teks…</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>halaman {page} dari {pages}</translation>
    </message>
    <message>
        <source>chapter {chapter} of {chapters}</source>
        <translation>bab {chapter} dari {chapters}</translation>
    </message>
    <message>
        <source>part {part} of {parts}</source>
        <translation>bagian {part} dari {parts}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Impor dibatalkan</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Cancelled: {file} was stopped partway; nothing of it was kept.</source>
        <translation>Dibatalkan: {file} dihentikan di tengah jalan; tidak ada bagiannya yang disimpan.</translation>
    </message>
    <message>
        <source>Cancelled: {imported} imported, {failed} not imported ({unchanged} already in the library), {not_tried} not tried.</source>
        <translation>Dibatalkan: {imported} diimpor, {failed} tidak diimpor ({unchanged} sudah ada di pustaka), {not_tried} tidak dicoba.</translation>
    </message>
    <message>
        <source>Cancelled: {imported} imported, {failed} not imported, {not_tried} not tried.</source>
        <translation>Dibatalkan: {imported} diimpor, {failed} tidak diimpor, {not_tried} tidak dicoba.</translation>
    </message>
    <message>
        <source>{imported} imported, {failed} not imported ({unchanged} already in the library).</source>
        <translation>{imported} diimpor, {failed} tidak diimpor ({unchanged} sudah ada di pustaka).</translation>
    </message>
    <message>
        <source>{imported} imported, {failed} not imported.</source>
        <translation>{imported} diimpor, {failed} tidak diimpor.</translation>
    </message>
    <message>
        <source>{file} was stopped partway; nothing of it was kept.</source>
        <translation>{file} dihentikan di tengah jalan; tidak ada bagiannya yang disimpan.</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>The import stopped: {reason}</source>
        <translation>Impor terhenti: {reason}</translation>
    </message>
    <message>
        <source>{path}: could not be imported ({reason})</source>
        <translation>{path}: tidak dapat diimpor ({reason})</translation>
    </message>
</context>
<context>
    <name>InstructionBanner</name>
    <message>
        <source>Instruction from your teacher</source>
        <translation>Instruksi dari guru Anda</translation>
    </message>
    <message>
        <source>{teacher} asks:</source>
        <translation>{teacher} meminta:</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>en</source>
        <translation>id</translation>
    </message>
</context>
<context>
    <name>LayerBar</name>
    <message>
        <source>Show your teacher&apos;s notes</source>
        <translation>Tampilkan catatan guru Anda</translation>
    </message>
    <message>
        <source>Shows or hides your teacher&apos;s notes in the article and in this list</source>
        <translation>Menampilkan atau menyembunyikan catatan guru Anda di artikel dan di daftar ini</translation>
    </message>
    <message>
        <source>Whose notes to show</source>
        <translation>Catatan siapa yang ditampilkan</translation>
    </message>
    <message>
        <source>All of your students&apos; notes, one student&apos;s, or none</source>
        <translation>Catatan semua siswa Anda, satu siswa, atau tidak ada</translation>
    </message>
    <message>
        <source>Summary…</source>
        <translation>Ringkasan…</translation>
    </message>
    <message>
        <source>Export the class summary</source>
        <translation>Ekspor ringkasan kelas</translation>
    </message>
    <message>
        <source>Every passage your students marked, who marked it and their notes, as Markdown</source>
        <translation>Setiap bagian yang ditandai siswa Anda, siapa yang menandainya, dan catatan mereka, sebagai Markdown</translation>
    </message>
    <message>
        <source>Show {teacher}&apos;s notes</source>
        <translation>Tampilkan catatan {teacher}</translation>
    </message>
    <message>
        <source>All {count} students</source>
        <translation>Semua {count} siswa</translation>
    </message>
    <message>
        <source>Only {student}</source>
        <translation>Hanya {student}</translation>
    </message>
    <message>
        <source>Hide the class&apos;s notes</source>
        <translation>Sembunyikan catatan kelas</translation>
    </message>
</context>
<context>
    <name>LayerMarks</name>
    <message>
        <source>{name} (teacher)</source>
        <translation>{name} (guru)</translation>
    </message>
    <message>
        <source>{count} of {total} students highlighted this</source>
        <translation>{count} dari {total} siswa menyorot bagian ini</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Kata</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>Waktu baca</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Sorotan</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>Terakhir dibuka</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} mnt</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Filter articles by title…</source>
        <translation>Saring artikel menurut judul…</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>Saring artikel</translation>
    </message>
    <message>
        <source>Shows only the articles whose title contains the typed words</source>
        <translation>Hanya menampilkan artikel yang judulnya memuat kata yang diketik</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Pustaka</translation>
    </message>
    <message>
        <source>Your articles; choose one to read it, press F2 to rename it</source>
        <translation>Artikel Anda; pilih salah satu untuk membacanya, tekan F2 untuk mengganti namanya</translation>
    </message>
    <message>
        <source>Show articles holding a concept</source>
        <translation>Tampilkan artikel yang memuat konsep</translation>
    </message>
    <message>
        <source>Narrows the library to the articles with a passage tagged with the concept</source>
        <translation>Mempersempit pustaka ke artikel yang memiliki petikan bertanda konsep tersebut</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>Konsep</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Semua artikel</translation>
    </message>
    <message>
        <source>Articles with {tag}</source>
        <translation>Artikel dengan {tag}</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n article(s)</source>
        <translation>
            <numerusform>{shown} dari %n artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <source>&amp;Notes and Annotations…</source>
        <translation>&amp;Catatan dan Anotasi…</translation>
    </message>
    <message>
        <source>&amp;Print Handout…</source>
        <translation>&amp;Cetak Handout…</translation>
    </message>
    <message>
        <source>&amp;Delete Article…</source>
        <translation>&amp;Hapus Artikel…</translation>
    </message>
    <message>
        <source>&amp;Rename Article…</source>
        <translation>&amp;Ganti Nama Artikel…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Class Pack…</source>
        <translation>&amp;Paket Kelas…</translation>
    </message>
    <message>
        <source>The article with your highlights and notes as one file for your class</source>
        <translation>Artikel beserta sorotan dan catatan Anda dalam satu berkas untuk kelas Anda</translation>
    </message>
    <message>
        <source>Notes for My &amp;Teacher…</source>
        <translation>Catatan untuk &amp;Guru Saya…</translation>
    </message>
    <message>
        <source>Your highlights on a class pack&apos;s articles, as one file for your teacher</source>
        <translation>Sorotan Anda pada artikel-artikel paket kelas, dalam satu berkas untuk guru Anda</translation>
    </message>
    <message>
        <source>Class &amp;Summary…</source>
        <translation>&amp;Ringkasan Kelas…</translation>
    </message>
    <message>
        <source>Every passage your students marked, who marked it, and their notes</source>
        <translation>Setiap bagian yang ditandai siswa Anda, siapa yang menandainya, dan catatan mereka</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;Sorot Pilihan</translation>
    </message>
    <message>
        <source>Highlight &amp;in Colour</source>
        <translation>Sorot dengan &amp;Warna</translation>
    </message>
    <message>
        <source>Add or Edit &amp;Note</source>
        <translation>Tambah atau Sunting &amp;Catatan</translation>
    </message>
    <message>
        <source>&amp;Tag with Concept…</source>
        <translation>&amp;Tandai dengan Konsep…</translation>
    </message>
    <message>
        <source>&amp;Manage Concepts…</source>
        <translation>&amp;Kelola Konsep…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <source>Set Highlight to &amp;Selection</source>
        <translation>Sesuaikan Sorotan dengan Pili&amp;han</translation>
    </message>
    <message>
        <source>Move the selected highlight&apos;s ends to the text selection, keeping its note</source>
        <translation>Pindahkan awal dan akhir sorotan yang dipilih ke teks yang dipilih; catatannya tetap disimpan</translation>
    </message>
    <message>
        <source>&amp;Yes, Here (Place Highlight)</source>
        <translation>&amp;Ya, di Sini (Tempatkan Sorotan)</translation>
    </message>
    <message>
        <source>Not He&amp;re (Keep Unplaced)</source>
        <translation>&amp;Bukan di Sini (Biarkan Belum Ditempatkan)</translation>
    </message>
    <message>
        <source>For a highlight under Check these: place it at the dashed place, or not</source>
        <translation>Untuk sorotan di bawah Periksa ini: tempatkan di tempat bergaris putus-putus, atau tidak</translation>
    </message>
    <message>
        <source>Copy Highlight as &amp;Markdown</source>
        <translation>Salin Sorotan sebagai &amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>&amp;Hapus Sorotan</translation>
    </message>
    <message>
        <source>Make C&amp;loze</source>
        <translation>&amp;Buat Rumpang</translation>
    </message>
    <message>
        <source>Hide the selected words of a highlight in a review card</source>
        <translation>Sembunyikan kata-kata yang dipilih dari sebuah sorotan dalam kartu ulasan</translation>
    </message>
    <message>
        <source>Ne&amp;xt Highlight</source>
        <translation>Sorotan Berikut&amp;nya</translation>
    </message>
    <message>
        <source>Pre&amp;vious Highlight</source>
        <translation>Sorotan Se&amp;belumnya</translation>
    </message>
    <message>
        <source>Highlight &amp;Colours…</source>
        <translation>Warna S&amp;orotan…</translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation>C&amp;ari di Pustaka…</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Cari di A&amp;rtikel…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Cari Berikutn&amp;ya</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Cari S&amp;ebelumnya</translation>
    </message>
    <message>
        <source>Show &amp;Original Text</source>
        <translation>Tampilkan Teks &amp;Asli</translation>
    </message>
    <message>
        <source>Show the text as it was imported, with the lines the cleaner hid struck through</source>
        <translation>Tampilkan teks seperti saat diimpor, dengan baris yang disembunyikan pembersih dicoret</translation>
    </message>
    <message>
        <source>Go to &amp;Library</source>
        <translation>Pindah ke &amp;Pustaka</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Ula&amp;s</translation>
    </message>
    <message>
        <source>Sort &amp;Library By</source>
        <translation>&amp;Urutkan Pustaka Menurut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Date Added (newest first)</source>
        <translation>Tanggal Ditambahkan (terbaru dulu)</translation>
    </message>
    <message>
        <source>Last Opened (latest first)</source>
        <translation>Terakhir Dibuka (terbaru dulu)</translation>
    </message>
    <message>
        <source>Length (longest first)</source>
        <translation>Panjang (terpanjang dulu)</translation>
    </message>
    <message>
        <source>Highlights (most first)</source>
        <translation>Sorotan (terbanyak dulu)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>Ikuti Sistem</translation>
    </message>
    <message>
        <source>Fo&amp;nt</source>
        <translation>Fo&amp;n</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Serif</translation>
    </message>
    <message>
        <source>Sans Serif</source>
        <translation>Sans Serif</translation>
    </message>
    <message>
        <source>Other Font…</source>
        <translation>Fon Lain…</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Teks Lebih &amp;Besar</translation>
    </message>
    <message>
        <source>S&amp;maller Text</source>
        <translation>Teks Lebih &amp;Kecil</translation>
    </message>
    <message>
        <source>&amp;Default Text Size</source>
        <translation>Ukuran Teks Ba&amp;waan</translation>
    </message>
    <message>
        <source>Line &amp;Spacing</source>
        <translation>&amp;Jarak Baris</translation>
    </message>
    <message>
        <source>Line &amp;Width</source>
        <translation>&amp;Lebar Baris</translation>
    </message>
    <message>
        <source>Show Teac&amp;her&apos;s Notes</source>
        <translation>Tampilkan Catatan &amp;Guru</translation>
    </message>
    <message>
        <source>Show or hide the notes of the teacher whose class pack you opened</source>
        <translation>Tampilkan atau sembunyikan catatan guru yang paket kelasnya Anda buka</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>Mode &amp;Fokus</translation>
    </message>
    <message>
        <source>Hide the panels and read the article alone</source>
        <translation>Sembunyikan panel dan baca artikelnya saja</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pintasan Papan Ketik</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Pulihkan dari &amp;Cadangan…</translation>
    </message>
    <message>
        <source>&amp;About Marginalia</source>
        <translation>&amp;Tentang Marginalia</translation>
    </message>
    <message>
        <source>Other Font ({family})…</source>
        <translation>Fon Lain ({family})…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Compact</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Nyaman</translation>
    </message>
    <message>
        <source>Airy</source>
        <translation>Lapang</translation>
    </message>
    <message>
        <source>Narrow (55 characters)</source>
        <translation>Sempit (55 karakter)</translation>
    </message>
    <message>
        <source>Medium (70 characters)</source>
        <translation>Sedang (70 karakter)</translation>
    </message>
    <message>
        <source>Wide (90)</source>
        <translation>Lebar (90)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>Konsep</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotasi</translation>
    </message>
    <message>
        <source>The highlights and notes of the open article</source>
        <translation>Sorotan dan catatan artikel yang sedang terbuka</translation>
    </message>
    <message>
        <source>Your concepts and the passages tagged with each, across the library</source>
        <translation>Konsep Anda dan petikan yang ditandai dengan setiap konsep, di seluruh pustaka</translation>
    </message>
    <message>
        <source>About the open article</source>
        <translation>Tentang artikel yang terbuka</translation>
    </message>
    <message>
        <source>Articles in the library</source>
        <translation>Artikel di pustaka</translation>
    </message>
    <message>
        <source>About Marginalia</source>
        <translation>Tentang Marginalia</translation>
    </message>
    <message>
        <source>&lt;b&gt;Marginalia {version}&lt;/b&gt;&lt;p&gt;An offline reader for studying articles.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Marginalia {version}&lt;/b&gt;&lt;p&gt;Pembaca luring untuk mempelajari artikel.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MergeTargetDialog</name>
    <message>
        <source>Merge Into</source>
        <translation>Gabungkan ke</translation>
    </message>
    <message>
        <source>Merge “{name}” &amp;into:</source>
        <translation>Gabungkan “{name}” &amp;ke:</translation>
    </message>
    <message>
        <source>Concept to merge “{name}” into</source>
        <translation>Konsep tujuan penggabungan “{name}”</translation>
    </message>
    <message>
        <source>Type or choose the concept that takes over the passages</source>
        <translation>Ketik atau pilih konsep yang akan mengambil alih petikannya</translation>
    </message>
    <message>
        <source>Type or choose a concept</source>
        <translation>Ketik atau pilih konsep</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>Konsep</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Pilih</translation>
    </message>
    <message>
        <source>Choose concept</source>
        <translation>Pilih konsep</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>OriginalTextBar</name>
    <message>
        <source>Showing the original text</source>
        <translation>Menampilkan teks asli</translation>
    </message>
    <message>
        <source>Original text as imported — highlights are hidden here; they are all kept and listed in the Annotations panel.</source>
        <translation>Teks asli seperti saat diimpor — sorotan disembunyikan di sini; semuanya tetap tersimpan dan tercantum di panel Anotasi.</translation>
    </message>
    <message>
        <source>Back to the clean article (Ctrl+U)</source>
        <translation>Kembali ke artikel yang bersih (Ctrl+U)</translation>
    </message>
    <message>
        <source>Back to the clean article</source>
        <translation>Kembali ke artikel yang bersih</translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message numerus="yes">
        <source>%n note(s) from your teacher could not be placed.</source>
        <translation>
            <numerusform>%n catatan guru Anda tidak dapat ditempatkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>{student}&apos;s notes on “{pack}” are in the class view.</source>
        <translation>Catatan {student} tentang “{pack}” sudah ada di tampilan kelas.</translation>
    </message>
    <message>
        <source>“{title}” is an earlier edition than the one you have; nothing changed.</source>
        <translation>“{title}” adalah edisi yang lebih lama daripada yang Anda punya; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>“{title}” from {teacher} was opened before.</source>
        <translation>“{title}” dari {teacher} sudah pernah dibuka.</translation>
    </message>
    <message>
        <source>“{title}”: {teacher}&apos;s newer notes replace the earlier ones.</source>
        <translation>“{title}”: catatan {teacher} yang lebih baru menggantikan yang lama.</translation>
    </message>
    <message>
        <source>Opened “{title}” from {teacher}.</source>
        <translation>“{title}” dari {teacher} dibuka.</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Tidak dibuka</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened and changed nothing.</source>
        <translation>
            <numerusform>%n berkas tidak dapat dibuka dan tidak mengubah apa pun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name not saved</source>
        <translation>Nama tidak disimpan</translation>
    </message>
    <message>
        <source>Save Class Pack</source>
        <translation>Simpan Paket Kelas</translation>
    </message>
    <message>
        <source>Class packs (*.marginalia)</source>
        <translation>Paket kelas (*.marginalia)</translation>
    </message>
    <message>
        <source>Class pack not saved</source>
        <translation>Paket kelas tidak disimpan</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n catatan</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the class pack {path} with {notes}.</source>
        <translation>Paket kelas {path} disimpan dengan {notes}.</translation>
    </message>
    <message>
        <source>No class pack</source>
        <translation>Belum ada paket kelas</translation>
    </message>
    <message>
        <source>Notes for your teacher go with a class pack your teacher sent: open it first (File → Import).</source>
        <translation>Catatan untuk guru Anda menyertai paket kelas yang dikirim guru Anda: buka paket itu dulu (Berkas → Impor).</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Catatan tidak disimpan</translation>
    </message>
    <message>
        <source>Save Notes for My Teacher</source>
        <translation>Simpan Catatan untuk Guru Saya</translation>
    </message>
    <message>
        <source>Notes from {name}</source>
        <translation>Catatan dari {name}</translation>
    </message>
    <message>
        <source>Notes for the teacher (*.json)</source>
        <translation>Catatan untuk guru (*.json)</translation>
    </message>
    <message>
        <source>Saved your notes for your teacher: {path}</source>
        <translation>Catatan Anda untuk guru disimpan: {path}</translation>
    </message>
    <message>
        <source>No class notes yet</source>
        <translation>Belum ada catatan kelas</translation>
    </message>
    <message>
        <source>Import your students&apos; notes first (File → Import): the summary shows who marked each passage.</source>
        <translation>Impor dulu catatan siswa Anda (Berkas → Impor): ringkasan menunjukkan siapa yang menandai setiap bagian.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Save Class Summary</source>
        <translation>Simpan Ringkasan Kelas</translation>
    </message>
    <message>
        <source>Class notes — {title}</source>
        <translation>Catatan kelas — {title}</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Saved the class summary: {path}</source>
        <translation>Ringkasan kelas disimpan: {path}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak disimpan</translation>
    </message>
</context>
<context>
    <name>PackExportDialog</name>
    <message>
        <source>Export Class Pack</source>
        <translation>Ekspor Paket Kelas</translation>
    </message>
    <message>
        <source>One file for your class: the articles with your highlights, notes and concepts. Students open it in Marginalia and see your notes beside their own.</source>
        <translation>Satu berkas untuk kelas Anda: artikel beserta sorotan, catatan, dan konsep Anda. Siswa membukanya di Marginalia dan melihat catatan Anda di samping catatan mereka sendiri.</translation>
    </message>
    <message>
        <source>Filter articles by title</source>
        <translation>Saring artikel menurut judul</translation>
    </message>
    <message>
        <source>Articles in the pack</source>
        <translation>Artikel di dalam paket</translation>
    </message>
    <message>
        <source>Title of the pack</source>
        <translation>Judul paket</translation>
    </message>
    <message>
        <source>Instruction for the class</source>
        <translation>Instruksi untuk kelas</translation>
    </message>
    <message>
        <source>What should the class do? For example: Read and tag every cause of the détente.</source>
        <translation>Apa yang harus dikerjakan kelas? Misalnya: Baca dan tandai setiap penyebab détente.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>As your class knows you, e.g. Bu Sari</source>
        <translation>Seperti kelas Anda mengenal Anda, mis. Bu Sari</translation>
    </message>
    <message>
        <source>What goes in the pack</source>
        <translation>Isi paket</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Instruction:</source>
        <translation>&amp;Instruksi:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Nama Anda:</translation>
    </message>
    <message>
        <source>Save Pack…</source>
        <translation>Simpan Paket…</translation>
    </message>
    <message>
        <source>Choose at least one article.</source>
        <translation>Pilih setidaknya satu artikel.</translation>
    </message>
    <message>
        <source>A pack holds at most {limit} articles.</source>
        <translation>Satu paket memuat paling banyak {limit} artikel.</translation>
    </message>
    <message>
        <source>Give your name: students see whose notes they are reading.</source>
        <translation>Isi nama Anda: siswa melihat catatan siapa yang mereka baca.</translation>
    </message>
    <message>
        <source>The instruction can be at most {limit} characters long.</source>
        <translation>Instruksi paling panjang {limit} karakter.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n sorotan</numerusform>
        </translation>
    </message>
    <message>
        <source>The pack holds {articles} and {notes} of yours.</source>
        <translation>Paket memuat {articles} dan {notes} milik Anda.</translation>
    </message>
</context>
<context>
    <name>PassageListModel</name>
    <message numerus="yes">
        <source>Article: {title}, %n passage(s)</source>
        <translation>
            <numerusform>Artikel: {title}, %n petikan</numerusform>
        </translation>
    </message>
    <message>
        <source>Highlight colour: {color}</source>
        <translation>Warna sorotan: {color}</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the article here.</source>
        <translation>Klik ganda atau tekan Enter untuk membuka artikel di sini.</translation>
    </message>
    <message>
        <source>Passage: {quote}</source>
        <translation>Petikan: {quote}</translation>
    </message>
    <message>
        <source>{section}: {passage}</source>
        <translation>{section}: {passage}</translation>
    </message>
    <message>
        <source>{passage}. Colour: {color}</source>
        <translation>{passage}. Warna: {color}</translation>
    </message>
    <message>
        <source>{passage}. Note: {note}</source>
        <translation>{passage}. Catatan: {note}</translation>
    </message>
    <message>
        <source>Press Enter to open the article at this passage</source>
        <translation>Tekan Enter untuk membuka artikel di petikan ini</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The language of Marginalia&apos;s menus, dialogs and messages</source>
        <translation>Bahasa untuk menu, dialog, dan pesan Marginalia</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Marginalia starts.</source>
        <translation>Bahasa baru berlaku saat Marginalia dijalankan lagi.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Bawaan</translation>
    </message>
    <message>
        <source>Notes layout</source>
        <translation>Tata letak catatan</translation>
    </message>
    <message>
        <source>Choose a layout file for notes</source>
        <translation>Pilih berkas tata letak untuk catatan</translation>
    </message>
    <message>
        <source>Use the default notes layout</source>
        <translation>Gunakan tata letak catatan bawaan</translation>
    </message>
    <message>
        <source>A layout file of your own for Markdown notes; the bundled ones, in resources/templates, show what it can use.</source>
        <translation>Berkas tata letak Anda sendiri untuk catatan Markdown; yang disertakan, di resources/templates, menunjukkan apa saja yang dapat dipakai.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <source>e.g. Bu Sari, or Ani Wijaya</source>
        <translation>mis. Bu Sari, atau Ani Wijaya</translation>
    </message>
    <message>
        <source>Shown on the class packs you make, and on the notes you hand back to your teacher.</source>
        <translation>Ditampilkan pada paket kelas yang Anda buat, dan pada catatan yang Anda kirim kembali kepada guru Anda.</translation>
    </message>
    <message>
        <source>Desired retention</source>
        <translation>Target ingatan</translation>
    </message>
    <message>
        <source>How much of what you review you want to still know when it comes back</source>
        <translation>Seberapa banyak dari yang Anda ulas yang ingin masih Anda ingat saat kartunya kembali</translation>
    </message>
    <message>
        <source>New cards a day</source>
        <translation>Kartu baru per hari</translation>
    </message>
    <message>
        <source>Reviews come back just before you would forget them. A higher retention means more reviews a day; 90% suits most students.</source>
        <translation>Kartu kembali tepat sebelum Anda melupakannya. Target ingatan yang lebih tinggi berarti lebih banyak ulasan per hari; 90% cocok untuk kebanyakan siswa.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Notes layout:</source>
        <translation>Tata letak catatan:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Nama Anda:</translation>
    </message>
    <message>
        <source>Desired &amp;retention:</source>
        <translation>&amp;Target ingatan:</translation>
    </message>
    <message>
        <source>New &amp;cards a day:</source>
        <translation>&amp;Kartu baru per hari:</translation>
    </message>
    <message>
        <source>The default layout</source>
        <translation>Tata letak bawaan</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Halaman {page} dari {count}</translation>
    </message>
    <message>
        <source>Print Handout</source>
        <translation>Cetak Handout</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Ekspor sebagai PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Handout</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Tidak dapat mencetak</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Tidak dapat mengekspor</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>{name}: {percent} remembered</source>
        <translation>{name}: {percent} diingat</translation>
    </message>
    <message>
        <source>(%n review(s))</source>
        <translation>(%n ulasan)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) today</source>
        <translation>
            <numerusform>%n ulasan hari ini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) due today</source>
        <translation>
            <numerusform>%n kartu jatuh tempo hari ini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Across the library: {percent} of %n review(s) after days away remembered</source>
        <translation>
            <numerusform>Di seluruh pustaka: {percent} dari %n ulasan setelah beberapa hari masih diingat</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews per day, last 30 days</source>
        <translation>Ulasan per hari, 30 hari terakhir</translation>
    </message>
    <message>
        <source>Cards due, next 30 days</source>
        <translation>Kartu jatuh tempo, 30 hari ke depan</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>What you remember</source>
        <translation>Yang Anda ingat</translation>
    </message>
    <message>
        <source>No card has come back after a day yet: what you remember shows here once reviews span days.</source>
        <translation>Belum ada kartu yang kembali setelah sehari: yang Anda ingat tampil di sini begitu ulasan berlangsung beberapa hari.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Kandar</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Berkas %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Pilih Semua</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Turunkan</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cari di:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Nama &amp;berkas:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Simpan Sebagai</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Cari Folder</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Semua Berkas (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kembali ke sebelumnya</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Maju ke berikutnya</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folder Induk</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Buat Folder Baru</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Tampilan Daftar</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Beralih ke tampilan daftar</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Tampilan Rinci</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Beralih ke tampilan rinci</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bilah samping</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan markah</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Tempat Terkini</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Tampilkan </translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti Nama</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;Baru</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Folder Baru</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Ganti berkas itu?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Periksa apakah nama berkasnya benar.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Folder tidak ditemukan.
Periksa apakah nama foldernya benar.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Yakin ingin menghapus &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; dilindungi dari penulisan.
Tetap hapus?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Folder tidak dapat dihapus.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tanggal Diubah</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Tutup tanpa Menyimpan</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan Rincian...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan Rincian...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk Semua</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan Bawaan</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Gulir ke sini</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Atas</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Bawah</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Tepi kiri</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Tepi kanan</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Satu halaman ke atas</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Satu halaman ke bawah</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Satu halaman ke kiri</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Satu halaman ke kanan</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Gulir ke atas</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Gulir ke bawah</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Gulir ke kiri</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Gulir ke kanan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;Alamat Tautan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Article text</source>
        <translation>Teks artikel</translation>
    </message>
    <message>
        <source>The arrow keys move through the text and Shift with an arrow selects; then H highlights the selection and N adds a note.</source>
        <translation>Tombol panah bergerak di dalam teks dan Shift dengan tombol panah memilih teks; lalu H menyorot pilihan dan N menambahkan catatan.</translation>
    </message>
    <message>
        <source>Needs a look: is this the passage you highlighted?</source>
        <translation>Perlu diperiksa: apakah ini bagian yang Anda sorot?</translation>
    </message>
    <message>
        <source>Then: “{then}”</source>
        <translation>Dulu: “{then}”</translation>
    </message>
    <message>
        <source>Y: Yes, here · R: Not here</source>
        <translation>Y: Ya, di sini · R: Bukan di sini</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Sorot</translation>
    </message>
    <message>
        <source>Highlight and Add Note</source>
        <translation>Sorot dan Tambah Catatan</translation>
    </message>
    <message>
        <source>Yes, Here</source>
        <translation>Ya, di Sini</translation>
    </message>
    <message>
        <source>Not Here</source>
        <translation>Bukan di Sini</translation>
    </message>
    <message>
        <source>Change Highlight Colour</source>
        <translation>Ubah Warna Sorotan</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Sunting Catatan</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>Hapus Sorotan</translation>
    </message>
    <message>
        <source>Not opened: {address} — only web and e-mail links can be followed.</source>
        <translation>Tidak dibuka: {address} — hanya tautan web dan surel yang dapat diikuti.</translation>
    </message>
    <message>
        <source>Open link in browser?</source>
        <translation>Buka tautan di peramban?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

{address}</source>
        <translation>Buka alamat ini di peramban web Anda?

{address}</translation>
    </message>
</context>
<context>
    <name>RecleanController</name>
    <message>
        <source>Tidying articles with the improved reader mode…</source>
        <translation>Merapikan artikel dengan mode baca yang lebih baik…</translation>
    </message>
    <message>
        <source>Stopping after this article…</source>
        <translation>Berhenti setelah artikel ini…</translation>
    </message>
    <message>
        <source>Tidying {done} of {total} articles with the improved reader mode…</source>
        <translation>Merapikan {done} dari {total} artikel dengan mode baca yang lebih baik…</translation>
    </message>
    <message>
        <source>Tidying the articles stopped: {reason}. It goes on at the next start.</source>
        <translation>Perapian artikel terhenti: {reason}. Dilanjutkan saat Marginalia dibuka lagi.</translation>
    </message>
    <message>
        <source>Tidying stopped with {done} of {total} articles done; the rest are tidied at the next start</source>
        <translation>Perapian dihentikan setelah {done} dari {total} artikel; sisanya dirapikan saat Marginalia dibuka lagi</translation>
    </message>
    <message numerus="yes">
        <source>Tidied %n article(s) with the improved reader mode</source>
        <translation>
            <numerusform>%n artikel dirapikan dengan mode baca yang lebih baik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) moved</source>
        <translation>
            <numerusform>%n sorotan berpindah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) to look at (Unplaced, in the Annotations panel)</source>
        <translation>
            <numerusform>%n sorotan perlu dilihat (Belum ditempatkan, di panel Anotasi)</numerusform>
        </translation>
    </message>
    <message>
        <source>{what}: {details}.</source>
        <translation>{what}: {details}.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Sorotan</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Pulihkan dari Cadangan</translation>
    </message>
    <message>
        <source>Marginalia backs up the library each day it starts. Restoring replaces the whole library with the chosen backup; the current library is backed up first.</source>
        <translation>Marginalia mencadangkan pustaka setiap hari saat dijalankan. Memulihkan akan mengganti seluruh pustaka dengan cadangan yang dipilih; pustaka saat ini dicadangkan terlebih dahulu.</translation>
    </message>
    <message>
        <source>There are no backups yet. Marginalia makes one each day it starts; `marginalia backup` makes one now.</source>
        <translation>Belum ada cadangan. Marginalia membuat satu cadangan setiap hari saat dijalankan; `marginalia backup` membuatnya sekarang.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Each backup with its time, kind, counts, size and check; newest first</source>
        <translation>Setiap cadangan dengan waktu, jenis, jumlah isi, ukuran, dan hasil pemeriksaannya; yang terbaru di atas</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>tidak terbaca</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <source>Replace the library with the chosen backup, after asking</source>
        <translation>Ganti pustaka dengan cadangan yang dipilih, setelah meminta konfirmasi</translation>
    </message>
    <message>
        <source>Replace the whole library with the backup from {backup}?

The current library is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Ganti seluruh pustaka dengan cadangan dari {backup}?

Pustaka saat ini dicadangkan terlebih dahulu, sehingga langkah ini dapat dibatalkan dengan memulihkan cadangan tersebut.</translation>
    </message>
    <message>
        <source>The library was restored from {backup}. The library as it was before is kept in {kept}.</source>
        <translation>Pustaka telah dipulihkan dari {backup}. Pustaka sebelumnya disimpan di {kept}.</translation>
    </message>
    <message>
        <source>The library was restored from {backup}.</source>
        <translation>Pustaka telah dipulihkan dari {backup}.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>baik</translation>
    </message>
    <message>
        <source>damaged: {problem}</source>
        <translation>rusak: {problem}</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>%n min</source>
        <translation>%n mnt</translation>
    </message>
    <message>
        <source>%n h</source>
        <translation>%n jam</translation>
    </message>
    <message>
        <source>%n d</source>
        <translation>%n hr</translation>
    </message>
    <message>
        <source>%n mo</source>
        <translation>%n bln</translation>
    </message>
    <message>
        <source>{years} y</source>
        <translation>{years} thn</translation>
    </message>
    <message>
        <source>%n y</source>
        <translation>%n thn</translation>
    </message>
    <message>
        <source>Review — Marginalia</source>
        <translation>Ulas — Marginalia</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Ulas</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>Yang diulas</translation>
    </message>
    <message>
        <source>Left today</source>
        <translation>Sisa hari ini</translation>
    </message>
    <message>
        <source>Done for now</source>
        <translation>Selesai untuk sekarang</translation>
    </message>
    <message>
        <source>Show Answer (Space)</source>
        <translation>Tampilkan Jawaban (Spasi)</translation>
    </message>
    <message>
        <source>U undo the last rating · E edit the card · O open the passage · P progress · Esc close</source>
        <translation>U urungkan nilai terakhir · E sunting kartu · O buka bagiannya · P kemajuan · Esc tutup</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Status ulasan</translation>
    </message>
    <message>
        <source>Show Answer</source>
        <translation>Tampilkan Jawaban</translation>
    </message>
    <message>
        <source>Undo Last Rating</source>
        <translation>Urungkan Nilai Terakhir</translation>
    </message>
    <message>
        <source>Edit Card</source>
        <translation>Sunting Kartu</translation>
    </message>
    <message>
        <source>Open Passage</source>
        <translation>Buka Bagian</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Lagi</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Sulit</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Mudah</translation>
    </message>
    <message>
        <source>Reviewing “{concept}”</source>
        <translation>Mengulas “{concept}”</translation>
    </message>
    <message>
        <source>Reviewing the whole library</source>
        <translation>Mengulas seluruh pustaka</translation>
    </message>
    <message>
        <source>Review: {concept} — Marginalia</source>
        <translation>Ulas: {concept} — Marginalia</translation>
    </message>
    <message>
        <source>{answer}: back in {interval}</source>
        <translation>{answer}: kembali dalam {interval}</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) left today</source>
        <translation>
            <numerusform>%n kartu tersisa hari ini</numerusform>
        </translation>
    </message>
    <message>
        <source>{new} new · {learning} learning · {review} to review</source>
        <translation>{new} baru · {learning} dipelajari · {review} diulas</translation>
    </message>
    <message>
        <source>Nothing to review right now. A card you are learning comes back at {time}; this window shows it then.</source>
        <translation>Belum ada yang perlu diulas sekarang. Kartu yang sedang Anda pelajari kembali pukul {time}; jendela ini akan menampilkannya saat itu.</translation>
    </message>
    <message>
        <source>No cards yet. Cards are made from what you annotate: write a note on a highlight, give a concept a definition, or select words in a highlight and choose Edit → Make Cloze.</source>
        <translation>Belum ada kartu. Kartu dibuat dari anotasi Anda: tulis catatan pada sorotan, beri definisi pada konsep, atau pilih kata-kata dalam sorotan lalu pilih Sunting → Buat Rumpang.</translation>
    </message>
    <message>
        <source>All done for today. Well done!</source>
        <translation>Semua selesai untuk hari ini. Kerja bagus!</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Sorotan</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Konsep</translation>
    </message>
    <message>
        <source>Search articles, highlights, notes and concepts…</source>
        <translation>Cari artikel, sorotan, catatan, dan konsep…</translation>
    </message>
    <message>
        <source>Type a word or two: a half-remembered phrase is enough.</source>
        <translation>Ketik satu atau dua kata: frasa yang hanya setengah teringat pun cukup.</translation>
    </message>
    <message>
        <source>No results for “{query}”</source>
        <translation>Tidak ada hasil untuk “{query}”</translation>
    </message>
    <message>
        <source>Search the Library</source>
        <translation>Cari di Pustaka</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Cari di pustaka</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Up and Down choose a result, Enter opens it, Escape closes the search</source>
        <translation>Atas dan Bawah memilih hasil, Enter membukanya, Escape menutup pencarian</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Jumlah hasil</translation>
    </message>
    <message numerus="yes">
        <source>%n+ result(s)</source>
        <translation>
            <numerusform>%n+ hasil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n hasil</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>{kind}: {title}. {snippet}</source>
        <translation>{kind}: {title}. {snippet}</translation>
    </message>
</context>
<context>
    <name>SelectionToolbar</name>
    <message>
        <source>Highlight toolbar</source>
        <translation>Bilah alat sorotan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Highlight and write a note (N)</source>
        <translation>Sorot dan tulis catatan (N)</translation>
    </message>
    <message>
        <source>Highlight and write a note</source>
        <translation>Sorot dan tulis catatan</translation>
    </message>
    <message>
        <source>Highlight: {color} (H)</source>
        <translation>Sorot: {color} (H)</translation>
    </message>
    <message>
        <source>Highlight: {color}</source>
        <translation>Sorot: {color}</translation>
    </message>
    <message>
        <source>Highlight {color}</source>
        <translation>Sorot {color}</translation>
    </message>
    <message>
        <source>Highlights the selected text in {color}</source>
        <translation>Menyorot teks yang dipilih dengan warna {color}</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>{keys} or {key}</source>
        <translation>{keys} atau {key}</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Perintah</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pintasan Papan Ketik</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Marginalia cannot open the library</source>
        <translation>Marginalia tidak dapat membuka pustaka</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>Details were saved in {log}.</source>
        <translation>Rinciannya disimpan di {log}.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>Marginalia hit an unexpected error: {error}
{where}</source>
        <translation>Marginalia mengalami kesalahan tak terduga: {error}
{where}</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>The library database is damaged ({problem}). It has been moved aside to {moved_to}; nothing was deleted.

There is no good backup to restore. Start with an empty library?</source>
        <translation>Basis data pustaka rusak ({problem}). Berkasnya telah dipindahkan ke {moved_to}; tidak ada yang dihapus.

Tidak ada cadangan yang baik untuk dipulihkan. Mulai dengan pustaka kosong?</translation>
    </message>
    <message>
        <source>The library database is damaged ({problem}). It has been moved aside to {moved_to}; nothing was deleted.

Restore the newest good backup from {backup}?

Quit puts the damaged file back where it was, so Marginalia asks again next time.</source>
        <translation>Basis data pustaka rusak ({problem}). Berkasnya telah dipindahkan ke {moved_to}; tidak ada yang dihapus.

Pulihkan cadangan baik yang terbaru dari {backup}?

Keluar akan mengembalikan berkas yang rusak ke tempat semula, sehingga Marginalia akan bertanya lagi lain kali.</translation>
    </message>
    <message>
        <source>the database file is missing but {names} is still there</source>
        <translation>berkas basis data hilang, tetapi {names} masih ada</translation>
    </message>
    <message>
        <source>Marginalia: the library is damaged</source>
        <translation>Marginalia: pustaka rusak</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Start with an empty library</source>
        <translation>Mulai dengan pustaka kosong</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>StudyController</name>
    <message>
        <source>There is no rating to undo in this review.</source>
        <translation>Tidak ada nilai yang bisa diurungkan dalam ulasan ini.</translation>
    </message>
    <message>
        <source>The last rating was undone.</source>
        <translation>Nilai terakhir diurungkan.</translation>
    </message>
    <message>
        <source>This card has no passage to open.</source>
        <translation>Kartu ini tidak punya bagian untuk dibuka.</translation>
    </message>
    <message>
        <source>Select words inside a highlighted passage, then choose Make Cloze.</source>
        <translation>Pilih kata-kata di dalam bagian yang disorot, lalu pilih Buat Rumpang.</translation>
    </message>
    <message>
        <source>These words are already a cloze of this passage.</source>
        <translation>Kata-kata ini sudah menjadi rumpang bagian ini.</translation>
    </message>
    <message>
        <source>Cloze made: these words will be hidden in a review card.</source>
        <translation>Rumpang dibuat: kata-kata ini akan disembunyikan dalam kartu ulasan.</translation>
    </message>
    <message>
        <source>Cloze made, but this highlight is not studied: tick “Study this” in the Annotations panel to review it.</source>
        <translation>Rumpang dibuat, tetapi sorotan ini tidak dipelajari: centang “Pelajari ini” di panel Anotasi untuk mengulasnya.</translation>
    </message>
</context>
<context>
    <name>TagPopup</name>
    <message>
        <source>Tag with concepts</source>
        <translation>Tandai dengan konsep</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tag with a concept&lt;/b&gt; — Enter adds, Esc closes</source>
        <translation>&lt;b&gt;Tandai dengan konsep&lt;/b&gt; — Enter menambahkan, Esc menutup</translation>
    </message>
    <message>
        <source>Concept, e.g. détente</source>
        <translation>Konsep, mis. détente</translation>
    </message>
    <message>
        <source>Concept name</source>
        <translation>Nama konsep</translation>
    </message>
    <message>
        <source>Type a concept and press Enter to tag the passage; a new name creates the concept. Escape closes.</source>
        <translation>Ketik konsep dan tekan Enter untuk menandai petikan; nama baru akan menjadi konsep baru. Escape menutup.</translation>
    </message>
    <message>
        <source>Concepts to tag with</source>
        <translation>Konsep untuk menandai</translation>
    </message>
    <message>
        <source>Tagging problem</source>
        <translation>Masalah penandaan</translation>
    </message>
    <message>
        <source>Mentioned in the passage:</source>
        <translation>Disebut dalam petikan:</translation>
    </message>
    <message>
        <source>Tagged:</source>
        <translation>Ditandai:</translation>
    </message>
    <message>
        <source>Not tagged yet.</source>
        <translation>Belum ditandai.</translation>
    </message>
    <message>
        <source>Remove concept {name}</source>
        <translation>Lepas konsep {name}</translation>
    </message>
    <message>
        <source>Take “{name}” off this passage</source>
        <translation>Lepaskan “{name}” dari petikan ini</translation>
    </message>
    <message>
        <source>Add concept {name}</source>
        <translation>Tambah konsep {name}</translation>
    </message>
    <message>
        <source>Tag this passage “{name}”</source>
        <translation>Tandai petikan ini “{name}”</translation>
    </message>
    <message>
        <source>Create concept “{name}”</source>
        <translation>Buat konsep “{name}”</translation>
    </message>
    <message>
        <source>Type a concept&apos;s name, then press Enter.</source>
        <translation>Ketik nama konsep, lalu tekan Enter.</translation>
    </message>
    <message>
        <source>A concept name can be at most {limit} characters; this one has {count}.</source>
        <translation>Nama konsep paling panjang {limit} karakter; nama ini {count} karakter.</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <source>Choose a layout file</source>
        <translation>Pilih berkas tata letak</translation>
    </message>
    <message>
        <source>Layout files (*.j2 *.md);;All files (*)</source>
        <translation>Berkas tata letak (*.j2 *.md);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Rename Concept</source>
        <translation>Ganti Nama Konsep</translation>
    </message>
    <message>
        <source>Merge Concepts</source>
        <translation>Gabungkan Konsep</translation>
    </message>
    <message>
        <source>Delete Concept</source>
        <translation>Hapus Konsep</translation>
    </message>
    <message>
        <source>Edit Definition</source>
        <translation>Sunting Definisi</translation>
    </message>
    <message>
        <source>Edit Aliases</source>
        <translation>Sunting Alias</translation>
    </message>
    <message>
        <source>Concept Colour</source>
        <translation>Warna Konsep</translation>
    </message>
    <message>
        <source>Place Highlight Here</source>
        <translation>Tempatkan Sorotan di Sini</translation>
    </message>
    <message>
        <source>Keep Highlight Unplaced</source>
        <translation>Biarkan Sorotan Belum Ditempatkan</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Sorot</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>Hapus Sorotan</translation>
    </message>
    <message>
        <source>Colour {color}</source>
        <translation>Warna {color}</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Sunting Catatan</translation>
    </message>
    <message>
        <source>Place Highlight</source>
        <translation>Tempatkan Sorotan</translation>
    </message>
    <message>
        <source>Resize Highlight</source>
        <translation>Ubah Rentang Sorotan</translation>
    </message>
    <message>
        <source>Merge Highlights</source>
        <translation>Gabungkan Sorotan</translation>
    </message>
    <message>
        <source>Tag “{name}”</source>
        <translation>Tandai “{name}”</translation>
    </message>
    <message>
        <source>Remove Concept</source>
        <translation>Lepas Konsep</translation>
    </message>
    <message>
        <source>Delete Article</source>
        <translation>Hapus Artikel</translation>
    </message>
    <message>
        <source>Study This</source>
        <translation>Pelajari Ini</translation>
    </message>
    <message>
        <source>Do Not Study This</source>
        <translation>Jangan Pelajari Ini</translation>
    </message>
    <message>
        <source>Make Cloze</source>
        <translation>Buat Rumpang</translation>
    </message>
</context>
</TS>
