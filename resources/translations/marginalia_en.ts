<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnotationsPanel</name>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n highlight(s)</source>
        <translation>
            <numerusform>{shown} of %n highlight</numerusform>
            <numerusform>{shown} of %n highlights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleController</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) hidden (Ctrl+U shows them)</source>
        <translation>
            <numerusform>%n line hidden (Ctrl+U shows them)</numerusform>
            <numerusform>%n lines hidden (Ctrl+U shows them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n highlight(s) and notes go with it.</source>
        <translation>
            <numerusform>Its %n highlight and notes go with it.</numerusform>
            <numerusform>Its %n highlights and notes go with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; the others were.</source>
        <translation>
            <numerusform>%n file could not be imported; the others were.</numerusform>
            <numerusform>%n files could not be imported; the others were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConceptList</name>
    <message numerus="yes">
        <source>{shown} of %n concept(s)</source>
        <translation>
            <numerusform>{shown} of %n concept</numerusform>
            <numerusform>{shown} of %n concepts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concept(s)</source>
        <translation>
            <numerusform>%n concept</numerusform>
            <numerusform>%n concepts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConceptListModel</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConceptManager</name>
    <message numerus="yes">
        <source>The %n passage(s) tagged “{source}” will be tagged “{target}”; “{source}” becomes an alias of “{target}”.</source>
        <translation>
            <numerusform>The %n passage tagged “{source}” will be tagged “{target}”; “{source}” becomes an alias of “{target}”.</numerusform>
            <numerusform>The %n passages tagged “{source}” will be tagged “{target}”; “{source}” becomes an alias of “{target}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConceptUsage</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HighlightController</name>
    <message numerus="yes">
        <source>%n highlight(s) to check in this article, under Check these in the Annotations panel.</source>
        <translation>
            <numerusform>%n highlight to check in this article, under Check these in the Annotations panel.</numerusform>
            <numerusform>%n highlights to check in this article, under Check these in the Annotations panel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The article changed: %n highlight(s) to check, under Check these in the Annotations panel.</source>
        <translation>
            <numerusform>The article changed: %n highlight to check, under Check these in the Annotations panel.</numerusform>
            <numerusform>The article changed: %n highlights to check, under Check these in the Annotations panel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) could not be placed; they are listed under Unplaced.</source>
        <translation>
            <numerusform>%n highlight could not be placed; they are listed under Unplaced.</numerusform>
            <numerusform>%n highlights could not be placed; they are listed under Unplaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selection overlaps %n highlight(s). Merge into one highlight (notes joined, concepts kept), or keep both?</source>
        <translation>
            <numerusform>The selection overlaps %n highlight. Merge into one highlight (notes joined, concepts kept), or keep both?</numerusform>
            <numerusform>The selection overlaps %n highlights. Merge into one highlight (notes joined, concepts kept), or keep both?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HighlightListModel</name>
    <message numerus="yes">
        <source>Check these: %n highlight(s)</source>
        <translation>
            <numerusform>Check these: %n highlight</numerusform>
            <numerusform>Check these: %n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unplaced: %n highlight(s)</source>
        <translation>
            <numerusform>Unplaced: %n highlight</numerusform>
            <numerusform>Unplaced: %n highlights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n article(s)</source>
        <translation>
            <numerusform>{shown} of %n article</numerusform>
            <numerusform>{shown} of %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackController</name>
    <message numerus="yes">
        <source>%n note(s) from your teacher could not be placed.</source>
        <translation>
            <numerusform>%n note from your teacher could not be placed.</numerusform>
            <numerusform>%n notes from your teacher could not be placed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be opened and changed nothing.</source>
        <translation>
            <numerusform>%n file could not be opened and changed nothing.</numerusform>
            <numerusform>%n files could not be opened and changed nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackExportDialog</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassageListModel</name>
    <message numerus="yes">
        <source>Article: {title}, %n passage(s)</source>
        <translation>
            <numerusform>Article: {title}, %n passage</numerusform>
            <numerusform>Article: {title}, %n passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message numerus="yes">
        <source>%n review(s) today</source>
        <translation>
            <numerusform>%n review today</numerusform>
            <numerusform>%n reviews today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) due today</source>
        <translation>
            <numerusform>%n card due today</numerusform>
            <numerusform>%n cards due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Across the library: {percent} of %n review(s) after days away remembered</source>
        <translation>
            <numerusform>Across the library: {percent} of %n review after days away remembered</numerusform>
            <numerusform>Across the library: {percent} of %n reviews after days away remembered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecleanController</name>
    <message numerus="yes">
        <source>Tidied %n article(s) with the improved reader mode</source>
        <translation>
            <numerusform>Tidied %n article with the improved reader mode</numerusform>
            <numerusform>Tidied %n articles with the improved reader mode</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) moved</source>
        <translation>
            <numerusform>%n highlight moved</numerusform>
            <numerusform>%n highlights moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) to look at (Unplaced, in the Annotations panel)</source>
        <translation>
            <numerusform>%n highlight to look at (Unplaced, in the Annotations panel)</numerusform>
            <numerusform>%n highlights to look at (Unplaced, in the Annotations panel)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message numerus="yes">
        <source>%n card(s) left today</source>
        <translation>
            <numerusform>%n card left today</numerusform>
            <numerusform>%n cards left today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>%n+ result(s)</source>
        <translation>
            <numerusform>%n+ result</numerusform>
            <numerusform>%n+ results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
</TS>
