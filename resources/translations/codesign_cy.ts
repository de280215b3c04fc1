<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../codesign/ui/dialogs/about_dialog.py" />
      <source>About Codesign</source>
      <translation>Ynghylch Codesign</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/about_dialog.py" />
      <source>An offline canvas for co-design workshops: notes, themes, journeys, votes.</source>
      <translation>Cynfas all-lein ar gyfer gweithdai cydgynllunio: nodiadau, themâu, teithiau, pleidleisiau.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/about_dialog.py" />
      <source>Codesign</source>
      <translation>Codesign</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/about_dialog.py" />
      <source>Copied</source>
      <translation>Wedi copïo</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/about_dialog.py" />
      <source>Copy details</source>
      <translation>Copïo’r manylion</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/about_dialog.py" />
      <source>Copy these details, to paste into a bug report</source>
      <translation>Copïwch y manylion hyn i’w gludo mewn adroddiad am nam</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/about_dialog.py" />
      <source>Font</source>
      <translation>Ffont</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/about_dialog.py" />
      <source>Icons</source>
      <translation>Eiconau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/about_dialog.py" />
      <source>Licence</source>
      <translation>Trwydded</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/about_dialog.py" />
      <source>Lucide {version}, ISC License</source>
      <translation>Lucide {version}, Trwydded ISC</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/about_dialog.py" />
      <source>MIT</source>
      <translation>MIT</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/about_dialog.py" />
      <source>Noto Sans, SIL Open Font License 1.1</source>
      <translation>Noto Sans, Trwydded Ffont Agored SIL 1.1</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/about_dialog.py" />
      <source>Python</source>
      <translation>Python</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/about_dialog.py" />
      <source>Qt</source>
      <translation>Qt</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/about_dialog.py" />
      <source>Qt {qt}, PySide6 {pyside}</source>
      <translation>Qt {qt}, PySide6 {pyside}</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/about_dialog.py" />
      <source>Recovery files</source>
      <translation>Ffeiliau adfer</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/about_dialog.py" />
      <source>Settings</source>
      <translation>Gosodiadau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/about_dialog.py" />
      <source>Version {version}</source>
      <translation>Fersiwn {version}</translation>
    </message>
  </context>
  <context>
    <name>Autosaver</name>
    <message>
      <location filename="../../codesign/document/autosave.py" />
      <source>an unexpected error ({name})</source>
      <translation>gwall annisgwyl ({name})</translation>
    </message>
  </context>
  <context>
    <name>BilingualActions</name>
    <message>
      <location filename="../../codesign/ui/editing/bilingual_actions.py" />
      <source>Add English text…</source>
      <translation>Ychwanegu testun Saesneg…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/bilingual_actions.py" />
      <source>Add Welsh text…</source>
      <translation>Ychwanegu testun Cymraeg…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/bilingual_actions.py" />
      <source>Board &amp;language</source>
      <translation>&amp;Iaith y bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/bilingual_actions.py" />
      <source>Both</source>
      <translation>Y ddwy</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/bilingual_actions.py" />
      <source>Edit English text…</source>
      <translation>Golygu testun Saesneg…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/bilingual_actions.py" />
      <source>Edit Welsh text…</source>
      <translation>Golygu testun Cymraeg…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/bilingual_actions.py" />
      <source>Projector lan&amp;guage</source>
      <translation>Ia&amp;ith y taflunydd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/bilingual_actions.py" />
      <source>Same as the board</source>
      <translation>Yr un fath â’r bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/bilingual_actions.py" />
      <source>Select one note, label, theme or journey map first.</source>
      <translation>Dewiswch un nodyn, label, thema neu fap taith yn gyntaf.</translation>
    </message>
  </context>
  <context>
    <name>BilingualDialog</name>
    <message>
      <location filename="../../codesign/ui/editing/bilingual_dialog.py" />
      <source>Tab moves to the other language; Ctrl+Enter keeps both.</source>
      <translation>Mae Tab yn symud i’r iaith arall; mae Ctrl+Enter yn cadw’r ddwy.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/bilingual_dialog.py" />
      <source>Text in Welsh and English</source>
      <translation>Testun yn Gymraeg ac yn Saesneg</translation>
    </message>
  </context>
  <context>
    <name>BlankCover</name>
    <message>
      <location filename="../../codesign/ui/front_of_room/blank_cover.py" />
      <source>The wall is blank</source>
      <translation>Mae’r wal yn wag</translation>
    </message>
  </context>
  <context>
    <name>Bridge</name>
    <message>
      <location filename="../../codesign/room/bridge.py" />
      <source>Edit from the room</source>
      <translation>Golygiad o’r ystafell</translation>
    </message>
    <message>
      <location filename="../../codesign/room/bridge.py" />
      <source>Guest {number}</source>
      <translation>Gwestai {number}</translation>
    </message>
    <message>
      <location filename="../../codesign/room/bridge.py" />
      <source>Join the room</source>
      <translation>Ymuno â’r ystafell</translation>
    </message>
    <message>
      <location filename="../../codesign/room/bridge.py" />
      <source>Join the room again.</source>
      <translation>Ymunwch â’r ystafell eto.</translation>
    </message>
    <message>
      <location filename="../../codesign/room/bridge.py" />
      <source>The board refused this vote.</source>
      <translation>Gwrthododd y bwrdd y bleidlais hon.</translation>
    </message>
    <message>
      <location filename="../../codesign/room/bridge.py" />
      <source>This round is not taking private votes.</source>
      <translation>Nid yw’r rownd hon yn derbyn pleidleisiau preifat.</translation>
    </message>
    <message>
      <location filename="../../codesign/room/bridge.py" />
      <source>Vote from the room</source>
      <translation>Pleidlais o’r ystafell</translation>
    </message>
    <message>
      <location filename="../../codesign/room/bridge.py" />
      <source>Voting is paused.</source>
      <translation>Mae pleidleisio wedi’i oedi.</translation>
    </message>
  </context>
  <context>
    <name>ClipboardActions</name>
    <message numerus="yes">
      <location filename="../../codesign/ui/editing/clipboard_actions.py" />
      <source>%n note(s) made from the pasted lines (Ctrl+Z takes them away)</source>
      <translation>
        <numerusform>%n nodyn wedi’u creu o’r llinellau a ludwyd (mae Ctrl+Z yn eu tynnu)</numerusform>
        <numerusform>%n nodyn wedi’u creu o’r llinellau a ludwyd (mae Ctrl+Z yn eu tynnu)</numerusform>
        <numerusform>%n nodyn wedi’u creu o’r llinellau a ludwyd (mae Ctrl+Z yn eu tynnu)</numerusform>
        <numerusform>%n nodyn wedi’u creu o’r llinellau a ludwyd (mae Ctrl+Z yn eu tynnu)</numerusform>
        <numerusform>%n nodyn wedi’u creu o’r llinellau a ludwyd (mae Ctrl+Z yn eu tynnu)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/clipboard_actions.py" />
      <source>1 note made from the pasted text</source>
      <translation>1 nodyn wedi’i greu o’r testun a ludwyd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/clipboard_actions.py" />
      <source>Nothing pasted: the clipboard does not hold board items</source>
      <translation>Dim wedi’i ludo: nid oes eitemau bwrdd ar y clipfwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/clipboard_actions.py" />
      <source>a line longer than {count} characters was cut to fit a note</source>
      <translation>cafodd llinell hirach na {count} nod ei thorri i ffitio nodyn</translation>
    </message>
  </context>
  <context>
    <name>ClusterActions</name>
    <message>
      <location filename="../../codesign/ui/themes/cluster_actions.py" />
      <source>Drag on the board to draw the theme, or click to place it.</source>
      <translation>Llusgwch ar y bwrdd i lunio’r thema, neu cliciwch i’w gosod.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/themes/cluster_actions.py" />
      <source>No theme drawn.</source>
      <translation>Dim thema wedi’i llunio.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/ui/themes/cluster_actions.py" />
      <source>No themes to suggest: the %n free note(s) share no meaningful word.</source>
      <translation>
        <numerusform>Dim themâu i’w hawgrymu: nid oes gair ystyrlon yn gyffredin rhwng y %n nodyn rhydd.</numerusform>
        <numerusform>Dim themâu i’w hawgrymu: nid oes gair ystyrlon yn gyffredin rhwng y %n nodyn rhydd.</numerusform>
        <numerusform>Dim themâu i’w hawgrymu: nid oes gair ystyrlon yn gyffredin rhwng y %n nodyn rhydd.</numerusform>
        <numerusform>Dim themâu i’w hawgrymu: nid oes gair ystyrlon yn gyffredin rhwng y %n nodyn rhydd.</numerusform>
        <numerusform>Dim themâu i’w hawgrymu: nid oes gair ystyrlon yn gyffredin rhwng y %n nodyn rhydd.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/ui/themes/cluster_actions.py" />
      <source>Notes on a journey map stay in its cells: drag them off to theme them.</source>
      <translation>Mae nodiadau ar fap taith yn aros yn ei gelloedd: llusgwch nhw oddi arno i’w rhoi mewn thema.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/themes/cluster_actions.py" />
      <source>Nothing to suggest: every note is already in a theme or on a journey map.</source>
      <translation>Dim i’w awgrymu: mae pob nodyn mewn thema neu ar fap taith yn barod.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/themes/cluster_actions.py" />
      <source>Select a theme first.</source>
      <translation>Dewiswch thema yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/themes/cluster_actions.py" />
      <source>Select the notes to group into a theme.</source>
      <translation>Dewiswch y nodiadau i’w grwpio mewn thema.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/themes/cluster_actions.py" />
      <source>There are no votes to sort by yet.</source>
      <translation>Does dim pleidleisiau i drefnu yn eu hôl eto.</translation>
    </message>
  </context>
  <context>
    <name>CoEditor</name>
    <message>
      <location filename="../../codesign/room/client.py" />
      <source>Cannot join the room at {address}: {reason}</source>
      <translation>Methu ymuno â’r ystafell yn {address}: {reason}</translation>
    </message>
    <message>
      <location filename="../../codesign/room/client.py" />
      <source>Edit from the room</source>
      <translation>Golygiad o’r ystafell</translation>
    </message>
    <message>
      <location filename="../../codesign/room/client.py" />
      <source>The room did not let us in (HTTP {status}).</source>
      <translation>Ni wnaeth yr ystafell ein gadael i mewn (HTTP {status}).</translation>
    </message>
    <message>
      <location filename="../../codesign/room/client.py" />
      <source>This room is closed to new people, or not on this network.</source>
      <translation>Mae’r ystafell hon ar gau i bobl newydd, neu nid yw ar y rhwydwaith hwn.</translation>
    </message>
    <message>
      <location filename="../../codesign/room/client.py" />
      <source>Too many wrong PINs: try again in {seconds} s.</source>
      <translation>Gormod o PINau anghywir: rhowch gynnig arall ymhen {seconds} eiliad.</translation>
    </message>
    <message>
      <location filename="../../codesign/room/client.py" />
      <source>Wrong PIN: check the PIN shown with the room's address.</source>
      <translation>PIN anghywir: gwiriwch y PIN a ddangosir gyda chyfeiriad yr ystafell.</translation>
    </message>
  </context>
  <context>
    <name>ConnectorLabelEditor</name>
    <message>
      <location filename="../../codesign/canvas/connector_label.py" />
      <source>Label</source>
      <translation>Label</translation>
    </message>
  </context>
  <context>
    <name>CustomDuration</name>
    <message>
      <location filename="../../codesign/ui/front_of_room/timer_widget.py" />
      <source> min</source>
      <translation> mun</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/timer_widget.py" />
      <source>Set timer</source>
      <translation>Gosod yr amserydd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/timer_widget.py" />
      <source>Timer length in minutes</source>
      <translation>Hyd yr amserydd mewn munudau</translation>
    </message>
  </context>
  <context>
    <name>DiskNotice</name>
    <message>
      <location filename="../../codesign/ui/files/disk_notice.py" />
      <source>Changed on disk</source>
      <translation>Newidiwyd ar y ddisg</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/disk_notice.py" />
      <source>Dismiss</source>
      <translation>Diystyru</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/disk_notice.py" />
      <source>Open the version on disk in place of this one</source>
      <translation>Agor y fersiwn ar y ddisg yn lle’r un yma</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/disk_notice.py" />
      <source>Reload</source>
      <translation>Ail-lwytho</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/disk_notice.py" />
      <source>Saving will ask before overwriting it.</source>
      <translation>Bydd cadw yn gofyn cyn ei drosysgrifo.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/disk_notice.py" />
      <source>“{name}” was changed on disk by another program or person.</source>
      <translation>Newidiwyd “{name}” ar y ddisg gan raglen neu berson arall.</translation>
    </message>
  </context>
  <context>
    <name>DrawActions</name>
    <message>
      <location filename="../../codesign/ui/editing/draw_actions.py" />
      <source>Drag from one item to another to connect them.</source>
      <translation>Llusgwch o un eitem i un arall i’w cysylltu.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/draw_actions.py" />
      <source>Drag on the board to draw the line.</source>
      <translation>Llusgwch ar y bwrdd i lunio’r llinell.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/draw_actions.py" />
      <source>Drag on the board to draw the shape.</source>
      <translation>Llusgwch ar y bwrdd i lunio’r siâp.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/draw_actions.py" />
      <source>Draw on the board; Escape puts the pen down.</source>
      <translation>Tynnwch lun ar y bwrdd; mae Escape yn rhoi’r pen i lawr.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/draw_actions.py" />
      <source>Draw round what you want to select.</source>
      <translation>Tynnwch linell o amgylch yr hyn rydych am ei ddewis.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/draw_actions.py" />
      <source>Select a connector first.</source>
      <translation>Dewiswch gysylltydd yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/draw_actions.py" />
      <source>Select a text or heading first.</source>
      <translation>Dewiswch destun neu bennawd yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/draw_actions.py" />
      <source>Touch ink strokes to rub them out.</source>
      <translation>Cyffyrddwch â strociau inc i’w rhwbio allan.</translation>
    </message>
  </context>
  <context>
    <name>DrawingTools</name>
    <message>
      <location filename="../../codesign/canvas/drawing_tools.py" />
      <source>Drop the connector on another item to join them.</source>
      <translation>Gollyngwch y cysylltydd ar eitem arall i’w cysylltu.</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/drawing_tools.py" />
      <source>Press on an item and drag to another to connect them.</source>
      <translation>Pwyswch ar eitem a’i llusgo i un arall i’w cysylltu.</translation>
    </message>
  </context>
  <context>
    <name>EditActions</name>
    <message>
      <location filename="../../codesign/ui/editing/edit_actions.py" />
      <source>New notes will be {colour}</source>
      <translation>Bydd nodiadau newydd yn {colour}</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/edit_actions.py" />
      <source>These colours are for notes, themes and shapes; right-click a connector for its colour.</source>
      <translation>Mae’r lliwiau hyn ar gyfer nodiadau, themâu a siapiau; de-gliciwch ar gysylltydd i ddewis ei liw.</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message numerus="yes">
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>%n page(s), {paper} {sheet}</source>
      <translation>
        <numerusform>%n tudalen, {paper} {sheet}</numerusform>
        <numerusform>%n dudalen, {paper} {sheet}</numerusform>
        <numerusform>%n tudalen, {paper} {sheet}</numerusform>
        <numerusform>%n tudalen, {paper} {sheet}</numerusform>
        <numerusform>%n tudalen, {paper} {sheet}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>%n page(s), {paper} {sheet}: an index and the sheets to tape up</source>
      <translation>
        <numerusform>%n tudalen, {paper} {sheet}: mynegai a’r dalennau i’w tapio at ei gilydd</numerusform>
        <numerusform>%n dudalen, {paper} {sheet}: mynegai a’r dalennau i’w tapio at ei gilydd</numerusform>
        <numerusform>%n tudalen, {paper} {sheet}: mynegai a’r dalennau i’w tapio at ei gilydd</numerusform>
        <numerusform>%n tudalen, {paper} {sheet}: mynegai a’r dalennau i’w tapio at ei gilydd</numerusform>
        <numerusform>%n tudalen, {paper} {sheet}: mynegai a’r dalennau i’w tapio at ei gilydd</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_dialog.py" />
      <source>&amp;Export…</source>
      <translation>&amp;Allforio…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_dialog.py" />
      <source>&amp;Format:</source>
      <translation>&amp;Fformat:</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_dialog.py" />
      <source>&amp;Layout:</source>
      <translation>&amp;Cynllun:</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_dialog.py" />
      <source>&amp;Orientation:</source>
      <translation>Cy&amp;feiriadaeth:</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_dialog.py" />
      <source>&amp;Paper:</source>
      <translation>&amp;Papur:</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_dialog.py" />
      <source>&amp;Resolution:</source>
      <translation>&amp;Cydraniad:</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_dialog.py" />
      <source>&amp;What:</source>
      <translation>&amp;Beth:</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>A note prints {width} mm wide</source>
      <translation>Mae nodyn yn argraffu {width} mm o led</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_dialog.py" />
      <source>A picture shows the board as drawn, names included</source>
      <translation>Mae llun yn dangos y bwrdd fel y mae, gan gynnwys enwau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>Accessible report (HTML, to publish)</source>
      <translation>Adroddiad hygyrch (HTML, i’w gyhoeddi)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>Automatic (follows the board)</source>
      <translation>Awtomatig (yn dilyn y bwrdd)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>Board: the whole board on one page</source>
      <translation>Bwrdd: y bwrdd cyfan ar un dudalen</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>CSV spreadsheet (notes)</source>
      <translation>Taenlen CSV (nodiadau)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_dialog.py" />
      <source>Closing as soon as the file is written…</source>
      <translation>Yn cau cyn gynted ag y bydd y ffeil wedi’i hysgrifennu…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_dialog.py" />
      <source>Counting pages…</source>
      <translation>Yn cyfrif tudalennau…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_dialog.py" />
      <source>Export board</source>
      <translation>Allforio’r bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_dialog.py" />
      <source>Exported to {path}</source>
      <translation>Wedi allforio i {path}</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_dialog.py" />
      <source>Exported {path}</source>
      <translation>Wedi allforio {path}</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>JSON Canvas (Obsidian and others)</source>
      <translation>JSON Canvas (Obsidian ac eraill)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>Journey map: {title}</source>
      <translation>Map taith: {title}</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>Landscape</source>
      <translation>Tirlun</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_dialog.py" />
      <source>Leave out names (authors, voters, facilitator)</source>
      <translation>Hepgor enwau (awduron, pleidleiswyr, hwylusydd)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>Markdown text</source>
      <translation>Testun Markdown</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>Note text prints at {points} pt, too small: choose the Poster layout</source>
      <translation>Mae testun nodyn yn argraffu ar {points} pt, yn rhy fach: dewiswch y cynllun Poster</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>Note text prints at {points} pt, too small: choose {paper} or the Poster layout</source>
      <translation>Mae testun nodyn yn argraffu ar {points} pt, yn rhy fach: dewiswch {paper} neu’r cynllun Poster</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>PDF document</source>
      <translation>Dogfen PDF</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_dialog.py" />
      <source>PDF points per canvas unit: at 1× a new note prints 56 mm wide</source>
      <translation>Pwyntiau PDF fesul uned cynfas: ar 1× mae nodyn newydd yn argraffu 56 mm o led</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>PNG image</source>
      <translation>Delwedd PNG</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>Portrait</source>
      <translation>Portread</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_dialog.py" />
      <source>Poster &amp;scale:</source>
      <translation>&amp;Graddfa’r poster:</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>Poster: tiled sheets to tape together</source>
      <translation>Poster: dalennau teils i’w tapio at ei gilydd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>Report: cover, themes, journeys, votes</source>
      <translation>Adroddiad: clawr, themâu, teithiau, pleidleisiau</translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>Selection (%n item(s))</source>
      <translation>
        <numerusform>Y dewis (%n eitem)</numerusform>
        <numerusform>Y dewis (%n eitem)</numerusform>
        <numerusform>Y dewis (%n eitem)</numerusform>
        <numerusform>Y dewis (%n eitem)</numerusform>
        <numerusform>Y dewis (%n eitem)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>Theme: {title}</source>
      <translation>Thema: {title}</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>Whole board</source>
      <translation>Y bwrdd cyfan</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>landscape</source>
      <translation>tirlun</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>portrait</source>
      <translation>portread</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>too large: choose a lower resolution</source>
      <translation>rhy fawr: dewiswch gydraniad is</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/export_choices.py" />
      <source>{width} × {height} pixels</source>
      <translation>{width} × {height} picsel</translation>
    </message>
  </context>
  <context>
    <name>FileCommands</name>
    <message>
      <location filename="../../codesign/ui/files/file_commands.py" />
      <source>Board not saved</source>
      <translation>Heb gadw’r bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_commands.py" />
      <source>Cannot open board</source>
      <translation>Methu agor y bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_commands.py" />
      <source>Cannot reload board</source>
      <translation>Methu ail-lwytho’r bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_commands.py" />
      <source>Codesign boards (*.codesign.json *.json);;Codesign PDF (*.pdf);;All files (*)</source>
      <translation>Byrddau Codesign (*.codesign.json *.json);;PDF Codesign (*.pdf);;Pob ffeil (*)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_commands.py" />
      <source>Kept in the recovery copy: the facilitator saves it to a file after unlocking</source>
      <translation>Wedi’i gadw yn y copi adfer: bydd yr hwylusydd yn ei gadw mewn ffeil ar ôl datgloi</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_commands.py" />
      <source>Save the changes to “{name}” before closing?</source>
      <translation>Cadw’r newidiadau i “{name}” cyn cau?</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_commands.py" />
      <source>Saved {path}</source>
      <translation>Wedi cadw {path}</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_commands.py" />
      <source>The board is in participant mode: unlock it to open another</source>
      <translation>Mae’r bwrdd yn y modd cyfranogwyr: datglowch ef i agor un arall</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_commands.py" />
      <source>Unsaved changes</source>
      <translation>Newidiadau heb eu cadw</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message numerus="yes">
      <location filename="../../codesign/ui/editing/find_bar.py" />
      <source>%n match(es)</source>
      <translation>
        <numerusform>%n canlyniad</numerusform>
        <numerusform>%n canlyniad</numerusform>
        <numerusform>%n canlyniad</numerusform>
        <numerusform>%n canlyniad</numerusform>
        <numerusform>%n canlyniad</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/find_bar.py" />
      <source>Close (Esc)</source>
      <translation>Cau (Esc)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/find_bar.py" />
      <source>Find notes</source>
      <translation>Canfod nodiadau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/find_bar.py" />
      <source>Next match (F3)</source>
      <translation>Y canlyniad nesaf (F3)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/find_bar.py" />
      <source>No matches</source>
      <translation>Dim canlyniadau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/find_bar.py" />
      <source>Previous match (Shift+F3)</source>
      <translation>Y canlyniad blaenorol (Shift+F3)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/find_bar.py" />
      <source>{current} of {total}</source>
      <translation>{current} o {total}</translation>
    </message>
  </context>
  <context>
    <name>FrameList</name>
    <message>
      <location filename="../../codesign/ui/front_of_room/frame_list.py" />
      <source>Delete view</source>
      <translation>Dileu’r olwg</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/frame_list.py" />
      <source>Down</source>
      <translation>I lawr</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/frame_list.py" />
      <source>Frames</source>
      <translation>Fframiau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/frame_list.py" />
      <source>Present</source>
      <translation>Cyflwyno</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/frame_list.py" />
      <source>Presentation order</source>
      <translation>Trefn y cyflwyniad</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/frame_list.py" />
      <source>Save view</source>
      <translation>Cadw’r olwg</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/frame_list.py" />
      <source>The order of the show: drag to reorder.</source>
      <translation>Trefn y sioe: llusgwch i aildrefnu.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/frame_list.py" />
      <source>Untitled</source>
      <translation>Dideitl</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/frame_list.py" />
      <source>Up</source>
      <translation>I fyny</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/frame_list.py" />
      <source>journey map</source>
      <translation>map taith</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/frame_list.py" />
      <source>saved view</source>
      <translation>golwg wedi’i chadw</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/frame_list.py" />
      <source>theme</source>
      <translation>thema</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/frame_list.py" />
      <source>{0}. {1} ({2})</source>
      <translation>{0}. {1} ({2})</translation>
    </message>
  </context>
  <context>
    <name>JoinCard</name>
    <message>
      <location filename="../../codesign/ui/room/join_card.py" />
      <source>QR code for {url}</source>
      <translation>Cod QR ar gyfer {url}</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/join_card.py" />
      <source>Room PIN</source>
      <translation>PIN yr ystafell</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/join_card.py" />
      <source>Scan or type the address, then the PIN</source>
      <translation>Sganiwch neu teipiwch y cyfeiriad, yna’r PIN</translation>
    </message>
  </context>
  <context>
    <name>JoinRoomActions</name>
    <message>
      <location filename="../../codesign/ui/room/join_room.py" />
      <source>Codesign</source>
      <translation>Codesign</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/join_room.py" />
      <source>Joined the room as {name}</source>
      <translation>Wedi ymuno â’r ystafell fel {name}</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/join_room.py" />
      <source>The room has ended: this board stays open here, no longer shared.</source>
      <translation>Mae’r ystafell wedi dod i ben: mae’r bwrdd hwn yn aros ar agor yma, heb ei rannu mwyach.</translation>
    </message>
  </context>
  <context>
    <name>JoinRoomDialog</name>
    <message>
      <location filename="../../codesign/ui/room/join_dialog.py" />
      <source>Address</source>
      <translation>Cyfeiriad</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/join_dialog.py" />
      <source>Join</source>
      <translation>Ymuno</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/join_dialog.py" />
      <source>Join a room</source>
      <translation>Ymuno ag ystafell</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/join_dialog.py" />
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/join_dialog.py" />
      <source>Your name</source>
      <translation>Eich enw</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/join_dialog.py" />
      <source>e.g. 192.168.1.20:8765</source>
      <translation>e.e. 192.168.1.20:8765</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/join_dialog.py" />
      <source>e.g. Table 2</source>
      <translation>e.e. Grŵp 2</translation>
    </message>
  </context>
  <context>
    <name>JourneyActions</name>
    <message>
      <location filename="../../codesign/ui/journeys/journey_actions.py" />
      <source>A journey map keeps at least one lane.</source>
      <translation>Mae map taith yn cadw o leiaf un lôn.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/journeys/journey_actions.py" />
      <source>A journey map keeps at least one stage.</source>
      <translation>Mae map taith yn cadw o leiaf un cam.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/journeys/journey_actions.py" />
      <source>Journey map title</source>
      <translation>Teitl y map taith</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/journeys/journey_actions.py" />
      <source>Right-click a journey map first.</source>
      <translation>De-gliciwch ar fap taith yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/journeys/journey_actions.py" />
      <source>Right-click a lane of the journey map.</source>
      <translation>De-gliciwch ar lôn yn y map taith.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/journeys/journey_actions.py" />
      <source>Right-click a stage of the journey map.</source>
      <translation>De-gliciwch ar gam yn y map taith.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/journeys/journey_actions.py" />
      <source>Select the notes to give a feeling.</source>
      <translation>Dewiswch y nodiadau i roi teimlad iddyn nhw.</translation>
    </message>
  </context>
  <context>
    <name>LargeEditor</name>
    <message>
      <location filename="../../codesign/ui/editing/large_editor.py" />
      <source>A note holds at most {count} characters; the rest was left out.</source>
      <translation>Mae nodyn yn dal {count} nod ar y mwyaf; cafodd y gweddill ei hepgor.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/large_editor.py" />
      <source>Cancel</source>
      <translation>Canslo</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/large_editor.py" />
      <source>Done</source>
      <translation>Gorffen</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/large_editor.py" />
      <source>Edit note</source>
      <translation>Golygu nodyn</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/large_editor.py" />
      <source>New note</source>
      <translation>Nodyn newydd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/large_editor.py" />
      <source>Note text</source>
      <translation>Testun y nodyn</translation>
    </message>
  </context>
  <context>
    <name>LargeTimerDisplay</name>
    <message>
      <location filename="../../codesign/ui/front_of_room/timer_widget.py" />
      <source>Time's up</source>
      <translation>Mae’r amser ar ben</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/timer_widget.py" />
      <source>Workshop timer</source>
      <translation>Amserydd y gweithdy</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../codesign/ui/shell/main_window.py" />
      <source>No recent boards</source>
      <translation>Dim byrddau diweddar</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/shell/main_window.py" />
      <source>Open &amp;Recent</source>
      <translation>Agor Di&amp;weddar</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/shell/main_window.py" />
      <source>Tools</source>
      <translation>Offer</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/shell/main_window.py" />
      <source>{name}[*] — Codesign</source>
      <translation>{name}[*] — Codesign</translation>
    </message>
  </context>
  <context>
    <name>Minimap</name>
    <message>
      <location filename="../../codesign/canvas/minimap.py" />
      <source>Board overview</source>
      <translation>Trosolwg o’r bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/minimap.py" />
      <source>Overview of the board: click or drag to go there</source>
      <translation>Trosolwg o’r bwrdd: cliciwch neu lusgwch i fynd yno</translation>
    </message>
  </context>
  <context>
    <name>ParticipantModeBadge</name>
    <message>
      <location filename="../../codesign/ui/front_of_room/pin_dialog.py" />
      <source>Participant mode: unlock…</source>
      <translation>Modd cyfranogwyr: datgloi…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/pin_dialog.py" />
      <source>The board is locked for participants; the PIN unlocks it</source>
      <translation>Mae’r bwrdd wedi’i gloi ar gyfer cyfranogwyr; mae’r PIN yn ei ddatgloi</translation>
    </message>
  </context>
  <context>
    <name>PenBar</name>
    <message>
      <location filename="../../codesign/ui/editing/ink_names.py" />
      <source>Black</source>
      <translation>Du</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/ink_names.py" />
      <source>Blue</source>
      <translation>Glas</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/pen_bar.py" />
      <source>Fine</source>
      <translation>Main</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/ink_names.py" />
      <source>Green</source>
      <translation>Gwyrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/pen_bar.py" />
      <source>Marker</source>
      <translation>Marciwr</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/pen_bar.py" />
      <source>Medium</source>
      <translation>Canolig</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/ink_names.py" />
      <source>Orange</source>
      <translation>Oren</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/pen_bar.py" />
      <source>Pen</source>
      <translation>Pen</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/ink_names.py" />
      <source>Purple</source>
      <translation>Porffor</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/ink_names.py" />
      <source>Red</source>
      <translation>Coch</translation>
    </message>
  </context>
  <context>
    <name>PictureActions</name>
    <message>
      <location filename="../../codesign/ui/editing/picture_actions.py" />
      <source>Insert picture</source>
      <translation>Mewnosod llun</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/picture_actions.py" />
      <source>Keep the original size (larger file)</source>
      <translation>Cadw’r maint gwreiddiol (ffeil fwy)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/picture_actions.py" />
      <source>Nothing pasted: the picture on the clipboard is empty</source>
      <translation>Dim wedi’i ludo: mae’r llun ar y clipfwrdd yn wag</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/picture_actions.py" />
      <source>Pictures (*.jpg *.jpeg *.png *.webp *.heic *.heif)</source>
      <translation>Lluniau (*.jpg *.jpeg *.png *.webp *.heic *.heif)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/picture_actions.py" />
      <source>Select a picture to crop it</source>
      <translation>Dewiswch lun i’w docio</translation>
    </message>
  </context>
  <context>
    <name>PinDialog</name>
    <message>
      <location filename="../../codesign/ui/front_of_room/pin_dialog.py" />
      <source>Enter the PIN again.</source>
      <translation>Rhowch y PIN eto.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/pin_dialog.py" />
      <source>Enter the facilitator's PIN to unlock the board.</source>
      <translation>Rhowch PIN yr hwylusydd i ddatgloi’r bwrdd.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/pin_dialog.py" />
      <source>Leave participant mode</source>
      <translation>Gadael y modd cyfranogwyr</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/pin_dialog.py" />
      <source>Lock board</source>
      <translation>Cloi’r bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/pin_dialog.py" />
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/pin_dialog.py" />
      <source>PIN again</source>
      <translation>Y PIN eto</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/pin_dialog.py" />
      <source>PIN message</source>
      <translation>Neges y PIN</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/pin_dialog.py" />
      <source>Participant mode</source>
      <translation>Modd cyfranogwyr</translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/ui/front_of_room/pin_dialog.py" />
      <source>People can add, move, edit and vote on notes, but cannot delete themes or journey maps, open another board or quit. Choose a PIN of at least %n digits to leave this mode later.</source>
      <translation>
        <numerusform>Gall pobl ychwanegu, symud, golygu a phleidleisio ar nodiadau, ond ni allan nhw ddileu themâu na mapiau taith, agor bwrdd arall na gadael. Dewiswch PIN o %n digid o leiaf i adael y modd hwn yn nes ymlaen.</numerusform>
        <numerusform>Gall pobl ychwanegu, symud, golygu a phleidleisio ar nodiadau, ond ni allan nhw ddileu themâu na mapiau taith, agor bwrdd arall na gadael. Dewiswch PIN o %n digid o leiaf i adael y modd hwn yn nes ymlaen.</numerusform>
        <numerusform>Gall pobl ychwanegu, symud, golygu a phleidleisio ar nodiadau, ond ni allan nhw ddileu themâu na mapiau taith, agor bwrdd arall na gadael. Dewiswch PIN o %n digid o leiaf i adael y modd hwn yn nes ymlaen.</numerusform>
        <numerusform>Gall pobl ychwanegu, symud, golygu a phleidleisio ar nodiadau, ond ni allan nhw ddileu themâu na mapiau taith, agor bwrdd arall na gadael. Dewiswch PIN o %n digid o leiaf i adael y modd hwn yn nes ymlaen.</numerusform>
        <numerusform>Gall pobl ychwanegu, symud, golygu a phleidleisio ar nodiadau, ond ni allan nhw ddileu themâu na mapiau taith, agor bwrdd arall na gadael. Dewiswch PIN o %n digid o leiaf i adael y modd hwn yn nes ymlaen.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/pin_dialog.py" />
      <source>The two PINs are different.</source>
      <translation>Mae’r ddau PIN yn wahanol.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/pin_dialog.py" />
      <source>Unlock</source>
      <translation>Datgloi</translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/ui/front_of_room/pin_dialog.py" />
      <source>Use at least %n digits.</source>
      <translation>
        <numerusform>Defnyddiwch %n digid o leiaf.</numerusform>
        <numerusform>Defnyddiwch %n digid o leiaf.</numerusform>
        <numerusform>Defnyddiwch %n digid o leiaf.</numerusform>
        <numerusform>Defnyddiwch %n digid o leiaf.</numerusform>
        <numerusform>Defnyddiwch %n digid o leiaf.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/pin_dialog.py" />
      <source>Wrong PIN. Wrong tries so far: {0}.</source>
      <translation>PIN anghywir. Cynigion anghywir hyd yma: {0}.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/pin_dialog.py" />
      <source>Wrong PIN. Wrong tries so far: {0}. Next try in {1}:{2:02d}.</source>
      <translation>PIN anghywir. Cynigion anghywir hyd yma: {0}. Cynnig nesaf ymhen {1}:{2:02d}.</translation>
    </message>
  </context>
  <context>
    <name>PresenceOverlay</name>
    <message>
      <location filename="../../codesign/ui/room/presence_overlay.py" />
      <source>Anonymous</source>
      <translation>Dienw</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/presence_overlay.py" />
      <source>In the room: {names}</source>
      <translation>Yn yr ystafell: {names}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/ui/room/presence_overlay.py" />
      <source>In the room: {names} and %n more</source>
      <translation>
        <numerusform>Yn yr ystafell: {names} a %n arall</numerusform>
        <numerusform>Yn yr ystafell: {names} a %n arall</numerusform>
        <numerusform>Yn yr ystafell: {names} a %n arall</numerusform>
        <numerusform>Yn yr ystafell: {names} a %n arall</numerusform>
        <numerusform>Yn yr ystafell: {names} a %n arall</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PresentationBanner</name>
    <message>
      <location filename="../../codesign/ui/front_of_room/presentation.py" />
      <source>   ·   ← → to move, Esc to leave</source>
      <translation>   ·   ← → i symud, Esc i adael</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/presentation.py" />
      <source>No frames to present yet: add a cluster, journey map or saved view</source>
      <translation>Dim fframiau i’w cyflwyno eto: ychwanegwch thema, map taith neu olwg wedi’i chadw</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/presentation.py" />
      <source>Presentation</source>
      <translation>Cyflwyniad</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/presentation.py" />
      <source>Untitled</source>
      <translation>Dideitl</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/presentation.py" />
      <source>{0} of {1}: {2}</source>
      <translation>{0} o {1}: {2}</translation>
    </message>
  </context>
  <context>
    <name>RecoveryActions</name>
    <message>
      <location filename="../../codesign/ui/files/recovery_actions.py" />
      <source>Already recovered</source>
      <translation>Wedi’i adfer yn barod</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_actions.py" />
      <source>Another Codesign window has just recovered “{title}”.</source>
      <translation>Mae ffenestr Codesign arall newydd adfer “{title}”.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_actions.py" />
      <source>Autosave failed: {reason}.</source>
      <translation>Methodd y cadw awtomatig: {reason}.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_actions.py" />
      <source>Cannot recover board</source>
      <translation>Methu adfer y bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_actions.py" />
      <source>Recovered “{title}”: save it to keep it.</source>
      <translation>Wedi adfer “{title}”: cadwch ef i’w gadw.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_actions.py" />
      <source>Save the board to keep your changes.</source>
      <translation>Cadwch y bwrdd i gadw eich newidiadau.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_actions.py" />
      <source>Saved automatically</source>
      <translation>Wedi’i gadw’n awtomatig</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_actions.py" />
      <source>Trying again in {seconds} s.</source>
      <translation>Rhoi cynnig arall ymhen {seconds} eiliad.</translation>
    </message>
  </context>
  <context>
    <name>RecoveryDialog</name>
    <message numerus="yes">
      <location filename="../../codesign/ui/files/recovery_dialog.py" />
      <source>%n note(s)</source>
      <translation>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_dialog.py" />
      <source>&amp;Discard…</source>
      <translation>&amp;Gwaredu…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_dialog.py" />
      <source>&amp;Restore</source>
      <translation>&amp;Adfer</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_dialog.py" />
      <source>Boards to recover</source>
      <translation>Byrddau i’w hadfer</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_dialog.py" />
      <source>Codesign closed without saving these boards, perhaps after a crash or a power cut. Restore one to carry on where it stopped; save it to keep it.</source>
      <translation>Caeodd Codesign heb gadw’r byrddau hyn, efallai ar ôl chwalfa neu doriad pŵer. Adferwch un i barhau lle daeth i ben; cadwch ef i’w gadw.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_dialog.py" />
      <source>Decide &amp;later</source>
      <translation>Penderfynu’n &amp;nes ymlaen</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_dialog.py" />
      <source>Discard recovered board</source>
      <translation>Gwaredu’r bwrdd a adferwyd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_dialog.py" />
      <source>Discard the recovered copy of “{title}”? Its unsaved changes will be lost.</source>
      <translation>Gwaredu’r copi a adferwyd o “{title}”? Bydd ei newidiadau heb eu cadw yn cael eu colli.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_dialog.py" />
      <source>Keep the copies and offer them again at the next start</source>
      <translation>Cadw’r copïau a’u cynnig eto y tro nesaf</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_dialog.py" />
      <source>Locked for participants: restore it and unlock it with the PIN to discard it</source>
      <translation>Wedi’i gloi ar gyfer cyfranogwyr: adferwch ef a’i ddatgloi gyda’r PIN i’w waredu</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_dialog.py" />
      <source>Preview of the board</source>
      <translation>Rhagolwg o’r bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_dialog.py" />
      <source>Recover boards</source>
      <translation>Adfer byrddau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_dialog.py" />
      <source>There are no unsaved boards to recover.</source>
      <translation>Does dim byrddau heb eu cadw i’w hadfer.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_dialog.py" />
      <source>locked for participants</source>
      <translation>wedi’i gloi ar gyfer cyfranogwyr</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_dialog.py" />
      <source>never saved</source>
      <translation>heb ei gadw erioed</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_dialog.py" />
      <source>today at {time}</source>
      <translation>heddiw am {time}</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/recovery_dialog.py" />
      <source>{date} at {time}</source>
      <translation>{date} am {time}</translation>
    </message>
  </context>
  <context>
    <name>ResultsView</name>
    <message numerus="yes">
      <location filename="../../codesign/ui/voting/vote_results.py" />
      <source>%n vote(s)</source>
      <translation>
        <numerusform>%n pleidlais</numerusform>
        <numerusform>%n bleidlais</numerusform>
        <numerusform>%n pleidlais</numerusform>
        <numerusform>%n pleidlais</numerusform>
        <numerusform>%n pleidlais</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/vote_results.py" />
      <source>&lt;b&gt;Themes&lt;/b&gt;</source>
      <translation>&lt;b&gt;Themâu&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/vote_results.py" />
      <source>No dots on any note yet.</source>
      <translation>Dim dotiau ar unrhyw nodyn eto.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/vote_results.py" />
      <source>No votes yet.</source>
      <translation>Dim pleidleisiau eto.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/vote_results.py" />
      <source>Results ({state}): “{title}”</source>
      <translation>Canlyniadau ({state}): “{title}”</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/vote_results.py" />
      <source>The tally is hidden until you reveal it.</source>
      <translation>Mae’r cyfrif yn gudd nes i chi ei ddatgelu.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/vote_results.py" />
      <source>Untitled theme</source>
      <translation>Thema ddideitl</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/vote_results.py" />
      <source>final</source>
      <translation>terfynol</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/vote_results.py" />
      <source>so far</source>
      <translation>hyd yma</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/vote_results.py" />
      <source>… and 1 more note ranked below</source>
      <translation>… ac 1 nodyn arall yn is yn y drefn</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/vote_results.py" />
      <source>… and {count} more notes ranked below</source>
      <translation>… a {count} nodyn arall yn is yn y drefn</translation>
    </message>
  </context>
  <context>
    <name>Room</name>
    <message>
      <location filename="../../codesign/room/room.py" />
      <source>A room listens on the local network only.</source>
      <translation>Dim ond ar y rhwydwaith lleol y mae ystafell yn gwrando.</translation>
    </message>
    <message>
      <location filename="../../codesign/room/room.py" />
      <source>Cannot open the room on port {port}: {reason}</source>
      <translation>Methu agor yr ystafell ar borth {port}: {reason}</translation>
    </message>
    <message>
      <location filename="../../codesign/room/room.py" />
      <source>Facilitator</source>
      <translation>Hwylusydd</translation>
    </message>
    <message>
      <location filename="../../codesign/room/room.py" />
      <source>The room PIN must be 4 to 8 digits.</source>
      <translation>Rhaid i PIN yr ystafell fod rhwng 4 ac 8 digid.</translation>
    </message>
    <message>
      <location filename="../../codesign/room/room.py" />
      <source>The room is closed.</source>
      <translation>Mae’r ystafell ar gau.</translation>
    </message>
  </context>
  <context>
    <name>RoomControl</name>
    <message>
      <location filename="../../codesign/ui/room/room_control.py" />
      <source>Every network of this laptop</source>
      <translation>Pob rhwydwaith ar y gliniadur hwn</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/room_control.py" />
      <source>The room is closed</source>
      <translation>Mae’r ystafell ar gau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/room_control.py" />
      <source>The room is open at {url}</source>
      <translation>Mae’r ystafell ar agor yn {url}</translation>
    </message>
  </context>
  <context>
    <name>RoomJoin</name>
    <message numerus="yes">
      <location filename="../../codesign/ui/room/quit_question.py" />
      <source>%n phone(s) connected to your room will be disconnected: joining another room stops yours.</source>
      <translation>
        <numerusform>Bydd pob ffôn sydd wedi’i gysylltu â’ch ystafell (%n) yn cael ei ddatgysylltu: mae ymuno ag ystafell arall yn cau eich ystafell chi.</numerusform>
        <numerusform>Bydd pob ffôn sydd wedi’i gysylltu â’ch ystafell (%n) yn cael ei ddatgysylltu: mae ymuno ag ystafell arall yn cau eich ystafell chi.</numerusform>
        <numerusform>Bydd pob ffôn sydd wedi’i gysylltu â’ch ystafell (%n) yn cael ei ddatgysylltu: mae ymuno ag ystafell arall yn cau eich ystafell chi.</numerusform>
        <numerusform>Bydd pob ffôn sydd wedi’i gysylltu â’ch ystafell (%n) yn cael ei ddatgysylltu: mae ymuno ag ystafell arall yn cau eich ystafell chi.</numerusform>
        <numerusform>Bydd pob ffôn sydd wedi’i gysylltu â’ch ystafell (%n) yn cael ei ddatgysylltu: mae ymuno ag ystafell arall yn cau eich ystafell chi.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/quit_question.py" />
      <source>Stop the room and join</source>
      <translation>Cau’r ystafell ac ymuno</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/quit_question.py" />
      <source>Your room is open. Joining another room stops it, and no phone can join.</source>
      <translation>Mae eich ystafell ar agor. Mae ymuno ag ystafell arall yn ei chau, ac ni all unrhyw ffôn ymuno.</translation>
    </message>
  </context>
  <context>
    <name>RoomPanel</name>
    <message>
      <location filename="../../codesign/ui/room/room_panel.py" />
      <source>Disconnect the chosen person: they must join again with the PIN</source>
      <translation>Datgysylltu’r person a ddewiswyd: rhaid iddynt ymuno eto gyda’r PIN</translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/ui/room/room_panel.py" />
      <source>Joined (%n)</source>
      <translation>
        <numerusform>Wedi ymuno (%n)</numerusform>
        <numerusform>Wedi ymuno (%n)</numerusform>
        <numerusform>Wedi ymuno (%n)</numerusform>
        <numerusform>Wedi ymuno (%n)</numerusform>
        <numerusform>Wedi ymuno (%n)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/room_panel.py" />
      <source>Network</source>
      <translation>Rhwydwaith</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/room_panel.py" />
      <source>Open to new people</source>
      <translation>Ar agor i bobl newydd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/room_panel.py" />
      <source>People on the same Wi-Fi join this board from their phones: no app, no account, nothing leaves the room.</source>
      <translation>Mae pobl ar yr un Wi-Fi yn ymuno â’r bwrdd hwn o’u ffonau: dim ap, dim cyfrif, a dim byd yn gadael yr ystafell.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/room_panel.py" />
      <source>Phones may now</source>
      <translation>Caiff ffonau nawr</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/room_panel.py" />
      <source>Remove</source>
      <translation>Tynnu allan</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/room_panel.py" />
      <source>Room</source>
      <translation>Ystafell</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/room_panel.py" />
      <source>See the board's notes</source>
      <translation>Gweld nodiadau’r bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/room_panel.py" />
      <source>Send notes</source>
      <translation>Anfon nodiadau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/room_panel.py" />
      <source>Start the room</source>
      <translation>Agor yr ystafell</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/room_panel.py" />
      <source>Stop the room</source>
      <translation>Cau’r ystafell</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/room_panel.py" />
      <source>Vote in the open round</source>
      <translation>Pleidleisio yn y rownd agored</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/room_panel.py" />
      <source>{name} (Codesign)</source>
      <translation>{name} (Codesign)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/room_panel.py" />
      <source>{name} (Codesign, away)</source>
      <translation>{name} (Codesign, i ffwrdd)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/room_panel.py" />
      <source>{name} (phone)</source>
      <translation>{name} (ffôn)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/room_panel.py" />
      <source>{name} (phone, away)</source>
      <translation>{name} (ffôn, i ffwrdd)</translation>
    </message>
  </context>
  <context>
    <name>RoomQuit</name>
    <message>
      <location filename="../../codesign/ui/room/quit_question.py" />
      <source>Phones are connected to this room. Quitting stops the room and they lose the board.</source>
      <translation>Mae ffonau wedi’u cysylltu â’r ystafell hon. Mae gadael yn cau’r ystafell a byddan nhw’n colli’r bwrdd.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/quit_question.py" />
      <source>Stop the room and quit</source>
      <translation>Cau’r ystafell a gadael</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/quit_question.py" />
      <source>Stop the room?</source>
      <translation>Cau’r ystafell?</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/room/quit_question.py" />
      <source>The room is open. Quitting stops it, and no phone can join this board.</source>
      <translation>Mae’r ystafell ar agor. Mae gadael yn ei chau, ac ni all unrhyw ffôn ymuno â’r bwrdd hwn.</translation>
    </message>
  </context>
  <context>
    <name>RoundDialog</name>
    <message>
      <location filename="../../codesign/ui/voting/round_dialog.py" />
      <source> dots each</source>
      <translation> dot yr un</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/round_dialog.py" />
      <source>A voter may put several dots on one note</source>
      <translation>Caiff pleidleisiwr roi sawl dot ar un nodyn</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/round_dialog.py" />
      <source>Dots</source>
      <translation>Dotiau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/round_dialog.py" />
      <source>Every note on the board</source>
      <translation>Pob nodyn ar y bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/round_dialog.py" />
      <source>Hide the tally until I reveal it</source>
      <translation>Cuddio’r cyfrif nes i mi ei ddatgelu</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/round_dialog.py" />
      <source>Only the notes of these themes:</source>
      <translation>Dim ond nodiadau’r themâu hyn:</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/round_dialog.py" />
      <source>Question</source>
      <translation>Cwestiwn</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/round_dialog.py" />
      <source>Start a voting round</source>
      <translation>Dechrau rownd bleidleisio</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/round_dialog.py" />
      <source>Start voting</source>
      <translation>Dechrau pleidleisio</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/round_dialog.py" />
      <source>Untitled theme</source>
      <translation>Thema ddideitl</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/round_dialog.py" />
      <source>Vote</source>
      <translation>Pleidleisio</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/round_dialog.py" />
      <source>What can be voted on</source>
      <translation>Beth y gellir pleidleisio arno</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/round_dialog.py" />
      <source>What matters most?</source>
      <translation>Beth sydd bwysicaf?</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../codesign/ui/dialogs/settings_dialog.py" />
      <source> seconds</source>
      <translation> eiliad</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/settings_dialog.py" />
      <source>&amp;High contrast (plain white background)</source>
      <translation>&amp;Cyferbyniad uchel (cefndir gwyn plaen)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/settings_dialog.py" />
      <source>&amp;Larger note text</source>
      <translation>&amp;Testun nodiadau mwy</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/settings_dialog.py" />
      <source>A recovery copy is always kept, whether or not this is ticked.</source>
      <translation>Mae copi adfer yn cael ei gadw bob tro, p’un a yw hwn wedi’i dicio ai peidio.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/settings_dialog.py" />
      <source>Also save boards that have a file to that file automatically</source>
      <translation>Cadw byrddau sydd â ffeil i’r ffeil honno’n awtomatig hefyd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/settings_dialog.py" />
      <source>Autosave</source>
      <translation>Cadw’n awtomatig</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/settings_dialog.py" />
      <source>Default &amp;paper size:</source>
      <translation>Maint &amp;papur rhagosodedig:</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/settings_dialog.py" />
      <source>Export</source>
      <translation>Allforio</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/language.py" />
      <source>Follow the system</source>
      <translation>Dilyn y system</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/settings_dialog.py" />
      <source>Lan&amp;guage of the app:</source>
      <translation>Iait&amp;h yr ap:</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/settings_dialog.py" />
      <source>Language</source>
      <translation>Iaith</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/settings_dialog.py" />
      <source>Projector</source>
      <translation>Taflunydd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/settings_dialog.py" />
      <source>Save a recovery copy &amp;after:</source>
      <translation>Cadw copi adfer &amp;ar ôl:</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/settings_dialog.py" />
      <source>Seconds after an edit</source>
      <translation>Eiliadau ar ôl golygiad</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/settings_dialog.py" />
      <source>Settings</source>
      <translation>Gosodiadau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/settings_dialog.py" />
      <source>The Present menu changes these for this session only.</source>
      <translation>Mae’r ddewislen Cyflwyno yn newid y rhain ar gyfer y sesiwn hon yn unig.</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsSheet</name>
    <message>
      <location filename="../../codesign/ui/dialogs/shortcuts_sheet.py" />
      <source>Action</source>
      <translation>Gweithred</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/shortcuts_sheet.py" />
      <source>Keyboard shortcuts</source>
      <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/shortcuts_sheet.py" />
      <source>Keys</source>
      <translation>Bysellau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/dialogs/shortcuts_sheet.py" />
      <source>Menu</source>
      <translation>Dewislen</translation>
    </message>
  </context>
  <context>
    <name>SuggestDialog</name>
    <message numerus="yes">
      <location filename="../../codesign/ui/themes/suggest_dialog.py" />
      <source>%n free note(s) (in no theme and on no journey map) share a word or phrase. Untick any theme you do not want; ticked themes are laid out below the board.</source>
      <translation>
        <numerusform>Mae %n nodyn rhydd (heb fod mewn thema nac ar fap taith) yn rhannu gair neu ymadrodd. Dad-diciwch unrhyw thema nad ydych ei heisiau; bydd y themâu wedi’u ticio yn cael eu gosod o dan y bwrdd.</numerusform>
        <numerusform>Mae %n nodyn rhydd (heb fod mewn thema nac ar fap taith) yn rhannu gair neu ymadrodd. Dad-diciwch unrhyw thema nad ydych ei heisiau; bydd y themâu wedi’u ticio yn cael eu gosod o dan y bwrdd.</numerusform>
        <numerusform>Mae %n nodyn rhydd (heb fod mewn thema nac ar fap taith) yn rhannu gair neu ymadrodd. Dad-diciwch unrhyw thema nad ydych ei heisiau; bydd y themâu wedi’u ticio yn cael eu gosod o dan y bwrdd.</numerusform>
        <numerusform>Mae %n nodyn rhydd (heb fod mewn thema nac ar fap taith) yn rhannu gair neu ymadrodd. Dad-diciwch unrhyw thema nad ydych ei heisiau; bydd y themâu wedi’u ticio yn cael eu gosod o dan y bwrdd.</numerusform>
        <numerusform>Mae %n nodyn rhydd (heb fod mewn thema nac ar fap taith) yn rhannu gair neu ymadrodd. Dad-diciwch unrhyw thema nad ydych ei heisiau; bydd y themâu wedi’u ticio yn cael eu gosod o dan y bwrdd.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/ui/themes/suggest_dialog.py" />
      <source>%n note(s)</source>
      <translation>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/ui/themes/suggest_dialog.py" />
      <source>Make %n theme(s)</source>
      <translation>
        <numerusform>Creu %n thema</numerusform>
        <numerusform>Creu %n thema</numerusform>
        <numerusform>Creu %n thema</numerusform>
        <numerusform>Creu %n thema</numerusform>
        <numerusform>Creu %n thema</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/ui/themes/suggest_dialog.py" />
      <source>Suggested themes</source>
      <translation>Themâu a awgrymir</translation>
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="../../codesign/ui/files/template_dialog.py" />
      <source>New from template</source>
      <translation>Newydd o dempled</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/template_dialog.py" />
      <source>Templates</source>
      <translation>Templedi</translation>
    </message>
  </context>
  <context>
    <name>TextEditor</name>
    <message>
      <location filename="../../codesign/canvas/editor.py" />
      <source>A note holds at most {count} characters; the rest was left out.</source>
      <translation>Mae nodyn yn dal {count} nod ar y mwyaf; cafodd y gweddill ei hepgor.</translation>
    </message>
  </context>
  <context>
    <name>ThemesPanel</name>
    <message numerus="yes">
      <location filename="../../codesign/ui/themes/themes_panel.py" />
      <source>%n note(s)</source>
      <translation>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/ui/themes/themes_panel.py" />
      <source>%n vote(s)</source>
      <translation>
        <numerusform>%n pleidlais</numerusform>
        <numerusform>%n bleidlais</numerusform>
        <numerusform>%n pleidlais</numerusform>
        <numerusform>%n pleidlais</numerusform>
        <numerusform>%n pleidlais</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/ui/themes/themes_panel.py" />
      <source>(empty)</source>
      <translation>(gwag)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/themes/themes_panel.py" />
      <source>In reading order. Click one to find it on the board.</source>
      <translation>Yn nhrefn darllen. Cliciwch ar un i’w ganfod ar y bwrdd.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/themes/themes_panel.py" />
      <source>Themes</source>
      <translation>Themâu</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/themes/themes_panel.py" />
      <source>Untitled theme</source>
      <translation>Thema ddideitl</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/themes/themes_panel.py" />
      <source>{title} — {notes}</source>
      <translation>{title} — {notes}</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/themes/themes_panel.py" />
      <source>{title} — {notes} · {votes}</source>
      <translation>{title} — {notes} · {votes}</translation>
    </message>
  </context>
  <context>
    <name>TimerControl</name>
    <message numerus="yes">
      <location filename="../../codesign/ui/front_of_room/timer_widget.py" />
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n munud</numerusform>
        <numerusform>%n munud</numerusform>
        <numerusform>%n munud</numerusform>
        <numerusform>%n munud</numerusform>
        <numerusform>%n munud</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/timer_widget.py" />
      <source>+1 min</source>
      <translation>+1 mun</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/timer_widget.py" />
      <source>Choose how long the timer runs</source>
      <translation>Dewiswch pa mor hir mae’r amserydd yn rhedeg</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/timer_widget.py" />
      <source>Custom…</source>
      <translation>Arall…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/timer_widget.py" />
      <source>One more minute</source>
      <translation>Un funud arall</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/timer_widget.py" />
      <source>Pause</source>
      <translation>Saib</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/timer_widget.py" />
      <source>Reset</source>
      <translation>Ailosod</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/timer_widget.py" />
      <source>Resume</source>
      <translation>Ailddechrau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/timer_widget.py" />
      <source>Set</source>
      <translation>Gosod</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/timer_widget.py" />
      <source>Sound at the end</source>
      <translation>Sain ar y diwedd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/timer_widget.py" />
      <source>Start</source>
      <translation>Dechrau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/timer_widget.py" />
      <source>Time remaining</source>
      <translation>Amser sy’n weddill</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/timer_widget.py" />
      <source>Time's up</source>
      <translation>Mae’r amser ar ben</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/timer_widget.py" />
      <source>Workshop timer</source>
      <translation>Amserydd y gweithdy</translation>
    </message>
  </context>
  <context>
    <name>TitleEditor</name>
    <message>
      <location filename="../../codesign/ui/common/title_editor.py" />
      <source>Name this theme</source>
      <translation>Enwch y thema hon</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/title_editor.py" />
      <source>Theme title</source>
      <translation>Teitl y thema</translation>
    </message>
  </context>
  <context>
    <name>TouchToolbar</name>
    <message>
      <location filename="../../codesign/ui/editing/touch_toolbar.py" />
      <source>Colour</source>
      <translation>Lliw</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/touch_toolbar.py" />
      <source>Drag to move the toolbar</source>
      <translation>Llusgwch i symud y bar offer</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/touch_toolbar.py" />
      <source>New note</source>
      <translation>Nodyn newydd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/touch_toolbar.py" />
      <source>Pen</source>
      <translation>Pen</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/touch_toolbar.py" />
      <source>Touch toolbar</source>
      <translation>Bar offer cyffwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/touch_toolbar.py" />
      <source>Undo</source>
      <translation>Dadwneud</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/touch_toolbar.py" />
      <source>Vote</source>
      <translation>Pleidleisio</translation>
    </message>
  </context>
  <context>
    <name>ViewActions</name>
    <message numerus="yes">
      <location filename="../../codesign/ui/shell/view_actions.py" />
      <source>%n selected</source>
      <translation>
        <numerusform>%n wedi’u dewis</numerusform>
        <numerusform>%n wedi’u dewis</numerusform>
        <numerusform>%n wedi’u dewis</numerusform>
        <numerusform>%n wedi’u dewis</numerusform>
        <numerusform>%n wedi’u dewis</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/ui/shell/view_actions.py" />
      <source>Zoom level</source>
      <translation>Lefel chwyddo</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/shell/view_actions.py" />
      <source>under {percent} %</source>
      <translation>llai na {percent} %</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/shell/view_actions.py" />
      <source>{percent} %</source>
      <translation>{percent} %</translation>
    </message>
  </context>
  <context>
    <name>VotingActions</name>
    <message>
      <location filename="../../codesign/ui/voting/voting_actions.py" />
      <source>Add the people voting in the Voting panel.</source>
      <translation>Ychwanegwch y bobl sy’n pleidleisio yn y panel Pleidleisio.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_actions.py" />
      <source>No round is open.</source>
      <translation>Does dim rownd ar agor.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_actions.py" />
      <source>No round is open: start a voting round first.</source>
      <translation>Does dim rownd ar agor: dechreuwch rownd bleidleisio yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_actions.py" />
      <source>No voting round yet: start one from the Voting menu.</source>
      <translation>Dim rownd bleidleisio eto: dechreuwch un o’r ddewislen Pleidleisio.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_actions.py" />
      <source>Results of “{title}” are on the board and in the presentation (F5).</source>
      <translation>Mae canlyniadau “{title}” ar y bwrdd ac yn y cyflwyniad (F5).</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_actions.py" />
      <source>The tally is hidden: reveal it before showing results.</source>
      <translation>Mae’r cyfrif yn gudd: datgelwch ef cyn dangos y canlyniadau.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_actions.py" />
      <source>There is no hidden tally to reveal.</source>
      <translation>Does dim cyfrif cudd i’w ddatgelu.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_actions.py" />
      <source>{name} is voting</source>
      <translation>{name} sy’n pleidleisio</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_actions.py" />
      <source>“{title}” closed: results in the Voting panel.</source>
      <translation>Caewyd “{title}”: canlyniadau yn y panel Pleidleisio.</translation>
    </message>
  </context>
  <context>
    <name>VotingPanel</name>
    <message numerus="yes">
      <location filename="../../codesign/ui/voting/voting_panel.py" />
      <source>%n dot(s) each</source>
      <translation>
        <numerusform>%n dot yr un</numerusform>
        <numerusform>%n dot yr un</numerusform>
        <numerusform>%n dot yr un</numerusform>
        <numerusform>%n dot yr un</numerusform>
        <numerusform>%n dot yr un</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_panel.py" />
      <source>&lt;b&gt;No voting round yet&lt;/b&gt;</source>
      <translation>&lt;b&gt;Dim rownd bleidleisio eto&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_panel.py" />
      <source>&lt;b&gt;{title}&lt;/b&gt; ({state})</source>
      <translation>&lt;b&gt;{title}&lt;/b&gt; ({state})</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_panel.py" />
      <source>Add a person: type a name, press Enter</source>
      <translation>Person newydd: enw, yna Enter</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_panel.py" />
      <source>Add a voter called “Voter n”, for a vote without names</source>
      <translation>Ychwanegu pleidleisiwr o’r enw “Pleidleisiwr n”, ar gyfer pleidlais heb enwau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_panel.py" />
      <source>Anonymous</source>
      <translation>Dienw</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_panel.py" />
      <source>Round</source>
      <translation>Rownd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_panel.py" />
      <source>Rounds kept in this board: pick one to see its results</source>
      <translation>Rowndiau sydd yn y bwrdd hwn: dewiswch un i weld ei chanlyniadau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_panel.py" />
      <source>Start a round to let people place dots.</source>
      <translation>Dechreuwch rownd i adael i bobl osod dotiau.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_panel.py" />
      <source>Tap your name to vote</source>
      <translation>Tapiwch eich enw i bleidleisio</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_panel.py" />
      <source>Vote as {name}</source>
      <translation>Pleidleisio fel {name}</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_panel.py" />
      <source>Voters</source>
      <translation>Pleidleiswyr</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_panel.py" />
      <source>Voting</source>
      <translation>Pleidleisio</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_panel.py" />
      <source>chosen themes only</source>
      <translation>themâu dewisedig yn unig</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_panel.py" />
      <source>closed</source>
      <translation>ar gau</translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/ui/voting/voting_panel.py" />
      <source>dot(s) left for {name}</source>
      <translation>
        <numerusform>dot ar ôl i {name}</numerusform>
        <numerusform>dot ar ôl i {name}</numerusform>
        <numerusform>dot ar ôl i {name}</numerusform>
        <numerusform>dot ar ôl i {name}</numerusform>
        <numerusform>dot ar ôl i {name}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_panel.py" />
      <source>dots left for {name}: all placed, pass it on</source>
      <translation>dotiau ar ôl i {name}: pob un wedi’i osod, rhowch y tro i rywun arall</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_panel.py" />
      <source>one per note</source>
      <translation>un i bob nodyn</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_panel.py" />
      <source>open</source>
      <translation>ar agor</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_panel.py" />
      <source>stacking allowed</source>
      <translation>caniateir pentyrru</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/voting/voting_panel.py" />
      <source>tally hidden</source>
      <translation>cyfrif yn gudd</translation>
    </message>
  </context>
  <context>
    <name>actions</name>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;About Codesign</source>
      <translation>&amp;Ynghylch Codesign</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Actual size (100 %)</source>
      <translation>&amp;Maint gwirioneddol (100 %)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Add a minute to the timer</source>
      <translation>Ychwanegu m&amp;unud at yr amserydd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/shell/context_menu.py" />
      <source>&amp;Align and distribute</source>
      <translation>&amp;Alinio a dosbarthu</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Arrange</source>
      <translation>&amp;Trefnu</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Blank the wall</source>
      <translation>&amp;Gwagio’r wal</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Close round</source>
      <translation>&amp;Cau’r rownd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Colour</source>
      <translation>&amp;Lliw</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Connector</source>
      <translation>&amp;Cysylltydd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Copy</source>
      <translation>&amp;Copïo</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Draw empty theme</source>
      <translation>&amp;Llunio thema wag</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Duplicate</source>
      <translation>D&amp;yblygu</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Edit</source>
      <translation>&amp;Golygu</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Ellipse</source>
      <translation>&amp;Elips</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Export…</source>
      <translation>Allf&amp;orio…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/shell/context_menu.py" />
      <source>&amp;Feeling</source>
      <translation>&amp;Teimlad</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;File</source>
      <translation>&amp;Ffeil</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Find…</source>
      <translation>Canf&amp;od…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Frames panel</source>
      <translation>Panel &amp;fframiau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Group into theme</source>
      <translation>&amp;Grwpio mewn thema</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Heading</source>
      <translation>&amp;Pennawd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;High-contrast projector</source>
      <translation>Taflunydd &amp;cyferbyniad uchel</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Import…</source>
      <translation>&amp;Mewnforio…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Insert</source>
      <translation>&amp;Mewnosod</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Join room…</source>
      <translation>&amp;Ymuno ag ystafell…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Journey</source>
      <translation>T&amp;aith</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/shell/context_menu.py" />
      <source>&amp;Lane “{name}”</source>
      <translation>&amp;Lôn “{name}”</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Larger text on the projector</source>
      <translation>Testun m&amp;wy ar y taflunydd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Line</source>
      <translation>&amp;Llinell</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Minimap</source>
      <translation>Ma&amp;p bach</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;New board</source>
      <translation>Bwrdd &amp;newydd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Open…</source>
      <translation>&amp;Agor…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Paste</source>
      <translation>&amp;Gludo</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Pen</source>
      <translation>Pe&amp;n</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Present</source>
      <translation>C&amp;yflwyno</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Gadael</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Redo</source>
      <translation>&amp;Ailwneud</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/shell/enabled_states.py" />
      <source>&amp;Redo {step}</source>
      <translation>&amp;Ailwneud {step}</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Rename theme</source>
      <translation>Ail&amp;enwi’r thema</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Reset the timer</source>
      <translation>Ailosod yr amse&amp;rydd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Reveal tally</source>
      <translation>Datgelu’r c&amp;yfrif</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Save</source>
      <translation>&amp;Cadw</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Settings…</source>
      <translation>Go&amp;sodiadau…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Spotlight</source>
      <translation>&amp;Sbotolau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/shell/context_menu.py" />
      <source>&amp;Stage “{name}”</source>
      <translation>&amp;Cam “{name}”</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Start voting round…</source>
      <translation>&amp;Dechrau rownd bleidleisio…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Suggest themes…</source>
      <translation>&amp;Awgrymu themâu…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Text</source>
      <translation>&amp;Testun</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Themes</source>
      <translation>Th&amp;emâu</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Tidy theme</source>
      <translation>&amp;Tacluso’r thema</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Touch toolbar</source>
      <translation>Bar &amp;offer cyffwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Dadwneud</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/shell/enabled_states.py" />
      <source>&amp;Undo {step}</source>
      <translation>&amp;Dadwneud {step}</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Ungroup</source>
      <translation>Dadg&amp;rwpio</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/shell/context_menu.py" />
      <source>&amp;Unlock background</source>
      <translation>&amp;Datgloi’r cefndir</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;View</source>
      <translation>G&amp;weld</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>&amp;Voting mode</source>
      <translation>&amp;Modd pleidleisio</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>A black wall, as a clicker's blank key asks; again to bring it back</source>
      <translation>Wal ddu, fel y mae botwm gwag clicer yn gofyn; eto i’w chael yn ôl</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>A plain white background for washed-out projectors</source>
      <translation>Cefndir gwyn plaen ar gyfer taflunyddion gwan</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Add a heading at the pointer and type it</source>
      <translation>Ychwanegu pennawd wrth y pwyntydd a’i deipio</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Add a journey map, stages across and lanes down, at the pointer</source>
      <translation>Ychwanegu map taith, camau ar draws a lonydd i lawr, wrth y pwyntydd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Add a sticky note at the pointer</source>
      <translation>Ychwanegu nodyn gludiog wrth y pwyntydd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Add free text at the pointer and type it</source>
      <translation>Ychwanegu testun rhydd wrth y pwyntydd a’i deipio</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Add lane ab&amp;ove</source>
      <translation>Ychwanegu lôn &amp;uwchben</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Add lane b&amp;elow</source>
      <translation>Ychwanegu lôn &amp;oddi tani</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Align &amp;centre</source>
      <translation>Alinio i’r &amp;canol</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Align &amp;left</source>
      <translation>Alinio i’r c&amp;hwith</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Align &amp;middle</source>
      <translation>Alinio i’r canol fer&amp;tigol</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Align &amp;right</source>
      <translation>Alinio i’r &amp;dde</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Align &amp;top</source>
      <translation>Alinio i’r b&amp;rig</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Align b&amp;ottom</source>
      <translation>Alinio i’r &amp;gwaelod</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Arrange the theme's notes in a neat grid and fit the theme to them</source>
      <translation>Trefnu nodiadau’r thema mewn grid taclus a ffitio’r thema o’u cwmpas</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Arrowhead at the &amp;start</source>
      <translation>Pen saeth ar y dec&amp;hrau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Arrowhead at the e&amp;nd</source>
      <translation>Pen saeth ar y d&amp;iwedd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Autosave, default paper size, projector look and language</source>
      <translation>Cadw’n awtomatig, maint papur rhagosodedig, golwg y taflunydd ac iaith</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Big buttons on the board for the people at the touchscreen</source>
      <translation>Botymau mawr ar y bwrdd ar gyfer y bobl wrth y sgrin gyffwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/style.py" />
      <source>Blue</source>
      <translation>Glas</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Bo&amp;dy text size</source>
      <translation>Maint testun &amp;arferol</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Boards that Codesign could not save before it closed</source>
      <translation>Byrddau nad oedd Codesign yn gallu eu cadw cyn cau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Bring to &amp;front</source>
      <translation>Dod â’r &amp;blaen</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/shell/context_menu.py" />
      <source>Connector &amp;colour</source>
      <translation>Lliw’r &amp;cysylltydd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Cro&amp;p picture</source>
      <translation>Toc&amp;io’r llun</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Cu&amp;t</source>
      <translation>&amp;Torri</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>De&amp;lete</source>
      <translation>D&amp;ileu</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Delete theme &amp;with its notes</source>
      <translation>Dileu’r thema gyda’i &amp;nodiadau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Delete theme, &amp;keep notes</source>
      <translation>Dileu’r thema, &amp;cadw’r nodiadau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Dim everything but the frame presented or the theme selected</source>
      <translation>Pylu popeth ond y ffrâm a gyflwynir neu’r thema a ddewiswyd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Distribute &amp;horizontally</source>
      <translation>Dosbarthu’n &amp;llorweddol</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Distribute &amp;vertically</source>
      <translation>Dosbarthu’n &amp;fertigol</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Drag from one item to another to join them with an arrow</source>
      <translation>Llusgo o un eitem i un arall i’w cysylltu â saeth</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Drag on the board to draw a line</source>
      <translation>Llusgo ar y bwrdd i lunio llinell</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Drag on the board to draw a rectangle</source>
      <translation>Llusgo ar y bwrdd i lunio petryal</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Drag on the board to draw an ellipse</source>
      <translation>Llusgo ar y bwrdd i lunio elips</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Drag out a rectangle on the board to make an empty theme</source>
      <translation>Llusgwch betryal ar y bwrdd i greu thema wag</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Drag over the part to keep, then press Enter (Esc cancels)</source>
      <translation>Llusgwch dros y rhan i’w chadw, yna pwyswch Enter (mae Esc yn canslo)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Draw freehand ink; a stylus draws with its pressure</source>
      <translation>Tynnu llun ag inc yn rhydd; mae stylus yn tynnu yn ôl ei bwysau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Draw round strokes and items to select them</source>
      <translation>Tynnu llinell o amgylch strociau ac eitemau i’w dewis</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Draw with &amp;finger</source>
      <translation>Tynnu llun â’r &amp;bys</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>E&amp;raser</source>
      <translation>&amp;Rhwbiwr</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Edit a board another Codesign hosts on this network, together</source>
      <translation>Golygu gyda’ch gilydd fwrdd y mae Codesign arall yn ei gynnal ar y rhwydwaith hwn</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Edit connector la&amp;bel</source>
      <translation>Golygu label y cysylltyd&amp;d</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Feels bad</source>
      <translation>Teimlo’n wael</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Feels good</source>
      <translation>Teimlo’n dda</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Feels neither good nor bad</source>
      <translation>Teimlo’n ddim da na drwg</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Feels very bad</source>
      <translation>Teimlo’n wael iawn</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Feels very good</source>
      <translation>Teimlo’n dda iawn</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Find ne&amp;xt</source>
      <translation>Canfod y n&amp;esaf</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Find notes by their text</source>
      <translation>Canfod nodiadau yn ôl eu testun</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Find pre&amp;vious</source>
      <translation>Canfod y &amp;blaenorol</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Fit</source>
      <translation>Ffitio</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Fit &amp;board</source>
      <translation>Ffitio’r &amp;bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Fit &amp;selection</source>
      <translation>Ffitio’r &amp;dewis</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Give the theme the next theme colour</source>
      <translation>Rhoi lliw’r thema nesaf i’r thema</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/style.py" />
      <source>Green</source>
      <translation>Gwyrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/style.py" />
      <source>Grey</source>
      <translation>Llwyd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Group</source>
      <translation>Grwpio</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Heading &amp;1 size</source>
      <translation>Maint pennawd &amp;1</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Heading &amp;2 size</source>
      <translation>Maint pennawd &amp;2</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Insert &amp;picture…</source>
      <translation>Mewnosod &amp;llun…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Insert stage &amp;after</source>
      <translation>Mewnosod cam &amp;ar ôl</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Insert stage &amp;before</source>
      <translation>Mewnosod cam c&amp;yn</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>L&amp;asso select</source>
      <translation>Dewis â’r la&amp;sŵ</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Lay the theme's notes out most-voted first</source>
      <translation>Gosod nodiadau’r thema gyda’r mwyaf o bleidleisiau yn gyntaf</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Line notes up on the grid as they are moved</source>
      <translation>Rhoi nodiadau yn unol â’r grid wrth eu symud</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>List the themes and their notes to read out</source>
      <translation>Rhestru’r themâu a’u nodiadau i’w darllen yn uchel</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Lock as bac&amp;kground</source>
      <translation>Cloi fel cef&amp;ndir</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Lock the board with a PIN: people add, move and vote, not delete</source>
      <translation>Cloi’r bwrdd gyda PIN: mae pobl yn ychwanegu, symud a phleidleisio, nid dileu</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Make a new board from JSON Canvas, CSV, plain text or a PDF</source>
      <translation>Creu bwrdd newydd o JSON Canvas, CSV, testun plaen neu PDF</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Make a theme cluster of the selected notes</source>
      <translation>Creu thema o’r nodiadau a ddewiswyd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Move lane &amp;down</source>
      <translation>Symud y lôn i law&amp;r</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Move lane &amp;up</source>
      <translation>Symud y lôn i &amp;fyny</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Move stage &amp;right</source>
      <translation>Symud y cam i’r &amp;dde</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Move stage lef&amp;t</source>
      <translation>Symud y cam i’r c&amp;hwith</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>New &amp;journey map</source>
      <translation>&amp;Map taith newydd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>New &amp;note</source>
      <translation>&amp;Nodyn newydd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>New from &amp;template…</source>
      <translation>Newydd o &amp;dempled…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>No feeling</source>
      <translation>Dim teimlad</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Note text never smaller than 24 pixels on the wall</source>
      <translation>Testun nodiadau byth yn llai na 24 picsel ar y wal</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>On a touchscreen a finger draws with the pen instead of panning</source>
      <translation>Ar sgrin gyffwrdd mae bys yn tynnu llun â’r pen yn lle symud y bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>One more minute on the running timer, or after time is up</source>
      <translation>Un funud arall ar yr amserydd sy’n rhedeg, neu ar ôl i’r amser ddod i ben</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/style.py" />
      <source>Orange</source>
      <translation>Oren</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Participant &amp;mode…</source>
      <translation>&amp;Modd cyfranogwyr…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Participants, whose turn it is, dots left and results</source>
      <translation>Cyfranogwyr, tro pwy yw hi, dotiau ar ôl a chanlyniadau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Paste items, or one note per line of copied text</source>
      <translation>Gludo eitemau, neu un nodyn i bob llinell o destun a gopïwyd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Phones on the local network join this board with a QR code and PIN</source>
      <translation>Ffonau ar y rhwydwaith lleol yn ymuno â’r bwrdd hwn gyda chod QR a PIN</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/style.py" />
      <source>Pink</source>
      <translation>Pinc</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Pro&amp;jector window</source>
      <translation>Ffe&amp;nestr y taflunydd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Projector &amp;follows the presentation</source>
      <translation>Taflunydd yn &amp;dilyn y cyflwyniad</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Propose themes for unclustered notes by the words they share</source>
      <translation>Cynnig themâu ar gyfer nodiadau heb thema yn ôl y geiriau sy’n gyffredin iddyn nhw</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/style.py" />
      <source>Purple</source>
      <translation>Porffor</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Put photos or images (JPEG, PNG, WebP, HEIC) on the board</source>
      <translation>Rhowch ffotograffau neu ddelweddau (JPEG, PNG, WebP, HEIC) ar y bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Put the picture under everything, where it cannot be moved</source>
      <translation>Rhowch y llun o dan bopeth, lle na ellir ei symud</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>R&amp;oom: phones join</source>
      <translation>Ystaf&amp;ell: ffonau’n ymuno</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Re&amp;colour theme</source>
      <translation>Ailli&amp;wio’r thema</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Re&amp;cover unsaved boards…</source>
      <translation>Adfer byrddau &amp;heb eu cadw…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Rectan&amp;gle</source>
      <translation>Petr&amp;yal</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Redo</source>
      <translation>Ailwneud</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Remove lane (kee&amp;p its notes)</source>
      <translation>&amp;Tynnu’r lôn (cadw ei nodiadau)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Remove lane and &amp;its notes</source>
      <translation>Tynnu’r lôn a’i nod&amp;iadau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Remove stage (&amp;keep its notes)</source>
      <translation>Tynnu’r cam (cadw &amp;ei nodiadau)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Remove stage and its &amp;notes</source>
      <translation>Tynnu’r cam a’i &amp;nodiadau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Remove the theme and keep its notes where they are</source>
      <translation>Tynnu’r thema a chadw ei nodiadau lle maen nhw</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Rename &amp;lane</source>
      <translation>Ailenwi’r &amp;lôn</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Rename &amp;map</source>
      <translation>Ailen&amp;wi’r map</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Rename &amp;stage</source>
      <translation>Ailenwi’r &amp;cam</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>S&amp;nap to grid</source>
      <translation>&amp;Glynu wrth y grid</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Save &amp;As…</source>
      <translation>Cadw &amp;fel…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Save current &amp;view as a frame</source>
      <translation>Cadw’r &amp;olwg bresennol fel ffrâm</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Save the board as PDF, PNG, JSON Canvas, CSV or Markdown</source>
      <translation>Cadw’r bwrdd fel PDF, PNG, JSON Canvas, CSV neu Markdown</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Select &amp;All</source>
      <translation>Dewis y cy&amp;fan</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Send to &amp;back</source>
      <translation>Anfon i’r c&amp;efn</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Show a small overview of the whole board</source>
      <translation>Dangos trosolwg bach o’r bwrdd cyfan</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Show everyone's dots and the totals</source>
      <translation>Dangos dotiau pawb a’r cyfansymiau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Show or hide the arrowhead where the connector ends</source>
      <translation>Dangos neu guddio’r pen saeth lle mae’r cysylltydd yn gorffen</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Show or hide the arrowhead where the connector starts</source>
      <translation>Dangos neu guddio’r pen saeth lle mae’r cysylltydd yn dechrau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Show res&amp;ults on the board</source>
      <translation>Dangos y canlyn&amp;iadau ar y bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Show the frames one by one; arrows or a clicker move, Escape leaves</source>
      <translation>Dangos y fframiau fesul un; mae’r saethau neu glicer yn symud, mae Escape yn gadael</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Show votes on the &amp;board</source>
      <translation>Dangos pleidleisiau ar y &amp;bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Sort theme by &amp;votes</source>
      <translation>Trefnu’r thema yn ôl &amp;pleidleisiau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Start a board from a journey map, empathy map or other template</source>
      <translation>Dechrau bwrdd o fap taith, map empathi neu dempled arall</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Start or pause the &amp;timer</source>
      <translation>Dechrau neu oedi’r &amp;amserydd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Stop voting and show the results</source>
      <translation>Rhoi’r gorau i bleidleisio a dangos y canlyniadau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Tap a note to place the current voter's dot</source>
      <translation>Tapiwch nodyn i osod dot y pleidleisiwr presennol</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/style.py" />
      <source>Teal</source>
      <translation>Gwyrddlas</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Text in &amp;Welsh and English…</source>
      <translation>Test&amp;un yn Gymraeg ac yn Saesneg…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>The board full screen on the second screen, without toolbars</source>
      <translation>Y bwrdd ar sgrin lawn ar yr ail sgrin, heb fariau offer</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>The lane's notes wait in a row below the map</source>
      <translation>Mae nodiadau’r lôn yn aros mewn rhes o dan y map</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>The presentation order: reorder, jump, save the current view</source>
      <translation>Trefn y cyflwyniad: aildrefnu, neidio, cadw’r olwg bresennol</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>The selected note, label, theme or map in a second language</source>
      <translation>Y nodyn, label, thema neu fap a ddewiswyd mewn ail iaith</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>The stage's notes wait in a row below the map</source>
      <translation>Mae nodiadau’r cam yn aros mewn rhes o dan y map</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>The top notes and their votes on the board, as a frame to present</source>
      <translation>Y nodiadau uchaf a’u pleidleisiau ar y bwrdd, fel ffrâm i’w chyflwyno</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Themes &amp;panel</source>
      <translation>Panel the&amp;mâu</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Touch ink strokes to rub them out</source>
      <translation>Cyffwrdd â strociau inc i’w rhwbio allan</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Undo</source>
      <translation>Dadwneud</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>V&amp;oting</source>
      <translation>&amp;Pleidleisio</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Version, licences, and where recovery files and settings are kept</source>
      <translation>Fersiwn, trwyddedau, a ble mae ffeiliau adfer a gosodiadau’n cael eu cadw</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Vote</source>
      <translation>Pleidleisio</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Voting &amp;panel</source>
      <translation>Panel &amp;pleidleisio</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/style.py" />
      <source>White</source>
      <translation>Gwyn</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/style.py" />
      <source>Yellow</source>
      <translation>Melyn</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Zoom &amp;in</source>
      <translation>&amp;Chwyddo i mewn</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/common/actions.py" />
      <source>Zoom &amp;out</source>
      <translation>Chwyddo &amp;allan</translation>
    </message>
  </context>
  <context>
    <name>canvas</name>
    <message>
      <location filename="../../codesign/canvas/items/note.py" />
      <source> — {author}</source>
      <translation> — {author}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/canvas/view.py" />
      <source>%n item(s) selected</source>
      <translation>
        <numerusform>%n eitem wedi’u dewis</numerusform>
        <numerusform>%n eitem wedi’u dewis</numerusform>
        <numerusform>%n eitem wedi’u dewis</numerusform>
        <numerusform>%n eitem wedi’u dewis</numerusform>
        <numerusform>%n eitem wedi’u dewis</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/canvas/items/journey.py" />
      <source>%n lane(s)</source>
      <translation>
        <numerusform>%n lôn</numerusform>
        <numerusform>%n lôn</numerusform>
        <numerusform>%n lôn</numerusform>
        <numerusform>%n lôn</numerusform>
        <numerusform>%n lôn</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/canvas/items/cluster.py" />
      <source>%n note(s)</source>
      <translation>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/canvas/items/journey.py" />
      <source>%n stage(s)</source>
      <translation>
        <numerusform>%n cam</numerusform>
        <numerusform>%n cam</numerusform>
        <numerusform>%n cam</numerusform>
        <numerusform>%n cam</numerusform>
        <numerusform>%n cam</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/canvas/items/cluster.py" />
      <source>%n vote(s)</source>
      <translation>
        <numerusform>%n pleidlais</numerusform>
        <numerusform>%n bleidlais</numerusform>
        <numerusform>%n pleidlais</numerusform>
        <numerusform>%n pleidlais</numerusform>
        <numerusform>%n pleidlais</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/items/connector.py" />
      <source>Arrow from {source} to {target}</source>
      <translation>Saeth o {source} i {target}</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/items/picture.py" />
      <source>Background picture, {w} × {h} pixels</source>
      <translation>Llun cefndir, {w} × {h} picsel</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/view.py" />
      <source>Board: {title}</source>
      <translation>Bwrdd: {title}</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/items/cluster.py" />
      <source>Cluster “{title}”: {count}</source>
      <translation>Thema “{title}”: {count}</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/items/shape.py" />
      <source>Ellipse</source>
      <translation>Elips</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/items/stroke.py" />
      <source>Ink stroke</source>
      <translation>Strôc inc</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/items/journey.py" />
      <source>Journey map “{title}”: {stages}, {lanes}</source>
      <translation>Map taith “{title}”: {stages}, {lanes}</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/items/label.py" />
      <source>Label: {text}</source>
      <translation>Label: {text}</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/items/shape.py" />
      <source>Line</source>
      <translation>Llinell</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/items/unknown.py" />
      <source>Made by a newer Codesign</source>
      <translation>Wedi’i greu gan Codesign mwy newydd</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/items/note.py" />
      <source>Note ({colour}): {text}</source>
      <translation>Nodyn ({colour}): {text}</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/items/picture.py" />
      <source>Picture, {w} × {h} pixels</source>
      <translation>Llun, {w} × {h} picsel</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/items/shape.py" />
      <source>Rectangle</source>
      <translation>Petryal</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/scene.py" />
      <source>The text does not fit: double-click the …+ badge to make the note bigger</source>
      <translation>Nid yw’r testun yn ffitio: cliciwch ddwywaith ar y bathodyn …+ i wneud y nodyn yn fwy</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/items/cluster.py" />
      <source>{notes} · {votes}</source>
      <translation>{notes} · {votes}</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/items/unknown.py" />
      <source>“{kind}”: made by a newer Codesign; kept as it is</source>
      <translation>“{kind}”: wedi’i greu gan Codesign mwy newydd; wedi’i gadw fel y mae</translation>
    </message>
  </context>
  <context>
    <name>canvas export</name>
    <message numerus="yes">
      <location filename="../../codesign/export/canvas_export.py" />
      <source>%n item(s) of newer kinds kept for Codesign only</source>
      <translation>
        <numerusform>%n eitem o fathau mwy newydd wedi’u cadw ar gyfer Codesign yn unig</numerusform>
        <numerusform>%n eitem o fathau mwy newydd wedi’u cadw ar gyfer Codesign yn unig</numerusform>
        <numerusform>%n eitem o fathau mwy newydd wedi’u cadw ar gyfer Codesign yn unig</numerusform>
        <numerusform>%n eitem o fathau mwy newydd wedi’u cadw ar gyfer Codesign yn unig</numerusform>
        <numerusform>%n eitem o fathau mwy newydd wedi’u cadw ar gyfer Codesign yn unig</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/export/canvas_export.py" />
      <source>%n note author(s) kept for Codesign only; other apps hide them</source>
      <translation>
        <numerusform>%n awdur nodyn wedi’u cadw ar gyfer Codesign yn unig; mae apiau eraill yn eu cuddio</numerusform>
        <numerusform>%n awdur nodyn wedi’u cadw ar gyfer Codesign yn unig; mae apiau eraill yn eu cuddio</numerusform>
        <numerusform>%n awdur nodyn wedi’u cadw ar gyfer Codesign yn unig; mae apiau eraill yn eu cuddio</numerusform>
        <numerusform>%n awdur nodyn wedi’u cadw ar gyfer Codesign yn unig; mae apiau eraill yn eu cuddio</numerusform>
        <numerusform>%n awdur nodyn wedi’u cadw ar gyfer Codesign yn unig; mae apiau eraill yn eu cuddio</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/export/canvas_export.py" />
      <source>%n round(s)</source>
      <translation>
        <numerusform>%n rownd</numerusform>
        <numerusform>%n rownd</numerusform>
        <numerusform>%n rownd</numerusform>
        <numerusform>%n rownd</numerusform>
        <numerusform>%n rownd</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/export/canvas_export.py" />
      <source>%n vote dot(s)</source>
      <translation>
        <numerusform>%n dot pleidleisio</numerusform>
        <numerusform>%n dot pleidleisio</numerusform>
        <numerusform>%n dot pleidleisio</numerusform>
        <numerusform>%n dot pleidleisio</numerusform>
        <numerusform>%n dot pleidleisio</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/export/canvas_export.py" />
      <source>journey map {title} becomes a plain group; its stages, lanes and emotion curve are kept for Codesign only</source>
      <translation>mae’r map taith {title} yn troi’n grŵp plaen; mae ei gamau, ei lonydd a’i gromlin emosiwn wedi’u cadw ar gyfer Codesign yn unig</translation>
    </message>
    <message>
      <location filename="../../codesign/export/canvas_export.py" />
      <source>{dots} in {rounds} kept for Codesign only; other apps do not show votes</source>
      <translation>{dots} mewn {rounds} wedi’u cadw ar gyfer Codesign yn unig; nid yw apiau eraill yn dangos pleidleisiau</translation>
    </message>
    <message>
      <location filename="../../codesign/export/canvas_export.py" />
      <source>{items} could not be carried into JSON Canvas and are left out</source>
      <translation>ni ellid cario {items} i JSON Canvas, felly maen nhw wedi’u hepgor</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message numerus="yes">
      <location filename="../../codesign/cli/board_commands.py" />
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n eitem</numerusform>
        <numerusform>%n eitem</numerusform>
        <numerusform>%n eitem</numerusform>
        <numerusform>%n eitem</numerusform>
        <numerusform>%n eitem</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/cli/transfer_commands.py" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n tudalen</numerusform>
        <numerusform>%n dudalen</numerusform>
        <numerusform>%n tudalen</numerusform>
        <numerusform>%n tudalen</numerusform>
        <numerusform>%n tudalen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/cli/board_commands.py" />
      <source>%n participant(s)</source>
      <translation>
        <numerusform>%n cyfranogwr</numerusform>
        <numerusform>%n cyfranogwr</numerusform>
        <numerusform>%n cyfranogwr</numerusform>
        <numerusform>%n cyfranogwr</numerusform>
        <numerusform>%n cyfranogwr</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/cli/board_commands.py" />
      <source>%n voting round(s)</source>
      <translation>
        <numerusform>%n rownd bleidleisio</numerusform>
        <numerusform>%n rownd bleidleisio</numerusform>
        <numerusform>%n rownd bleidleisio</numerusform>
        <numerusform>%n rownd bleidleisio</numerusform>
        <numerusform>%n rownd bleidleisio</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/cli/room_commands.py" />
      <source>--port must be 0 to 65535, not {port}</source>
      <translation>rhaid i --port fod rhwng 0 a 65535, nid {port}</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/__init__.py" />
      <source>COMMAND</source>
      <translation>GORCHYMYN</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/__init__.py" />
      <source>Codesign: an offline canvas for co-design workshops.</source>
      <translation>Codesign: cynfas all-lein ar gyfer gweithdai cyd-ddylunio.</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/transfer_commands.py" />
      <source>PDF layout</source>
      <translation>cynllun y PDF</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/transfer_commands.py" />
      <source>PDF paper: {sizes}</source>
      <translation>papur y PDF: {sizes}</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/room_commands.py" />
      <source>Room ended; board saved to {path}</source>
      <translation>Daeth yr ystafell i ben; cadwyd y bwrdd yn {path}</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/room_commands.py" />
      <source>Room open (resumed from its recovery copy): {url}  PIN {pin}  (Ctrl+C ends the room)</source>
      <translation>Ystafell ar agor (wedi ailddechrau o’i chopi adfer): {url}  PIN {pin}  (mae Ctrl+C yn cau’r ystafell)</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/room_commands.py" />
      <source>Room open: {url}  PIN {pin}  (Ctrl+C ends the room)</source>
      <translation>Ystafell ar agor: {url}  PIN {pin}  (mae Ctrl+C yn cau’r ystafell)</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/__init__.py" />
      <source>Run 'codesign BOARD' to open a board in the app.</source>
      <translation>Rhedwch 'codesign BWRDD' i agor bwrdd yn yr ap.</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/transfer_commands.py" />
      <source>The format follows INPUT's extension: {suffixes}.</source>
      <translation>Mae’r fformat yn dilyn estyniad INPUT: {suffixes}.</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/transfer_commands.py" />
      <source>The format follows OUTPUT's extension: {suffixes}.</source>
      <translation>Mae’r fformat yn dilyn estyniad OUTPUT: {suffixes}.</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/__init__.py" />
      <source>a board file (.codesign.json) to open</source>
      <translation>ffeil bwrdd (.codesign.json) i’w hagor</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/parser.py" />
      <source>argument {name}: {problem}</source>
      <translation>dadl {name}: {problem}</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/transfer_commands.py" />
      <source>board layout: draw only this item (a cluster, a journey map, a note); repeatable</source>
      <translation>cynllun bwrdd: lluniwch yr eitem hon yn unig (thema, map taith, nodyn); gellir ei ailadrodd</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/transfer_commands.py" />
      <source>codesign: warning: {warning}</source>
      <translation>codesign: rhybudd: {warning}</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/parser.py" />
      <source>expected one value</source>
      <translation>roedd angen un gwerth</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/transfer_commands.py" />
      <source>export a board to PDF, an accessible HTML report, JSON Canvas, CSV or Markdown</source>
      <translation>allforio bwrdd i PDF, adroddiad HTML hygyrch, JSON Canvas, CSV neu Markdown</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/room_commands.py" />
      <source>host BOARD as a room on the local network</source>
      <translation>cynnal BOARD fel ystafell ar y rhwydwaith lleol</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/parser.py" />
      <source>invalid choice: {value} (choose from {choices})</source>
      <translation>dewis annilys: {value} (dewiswch o {choices})</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/transfer_commands.py" />
      <source>keep the paper upright</source>
      <translation>cadw’r papur ar ei sefyll</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/transfer_commands.py" />
      <source>leave out names: authors, voters and the facilitator</source>
      <translation>hepgor enwau: awduron, pleidleiswyr a’r hwylusydd</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/board_commands.py" />
      <source>list the board templates</source>
      <translation>rhestru templedi’r byrddau</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/transfer_commands.py" />
      <source>make a board from JSON Canvas, CSV, plain text or a Codesign PDF</source>
      <translation>creu bwrdd o JSON Canvas, CSV, testun plaen neu PDF Codesign</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/room_commands.py" />
      <source>no board at {path} (make one with 'codesign new')</source>
      <translation>does dim bwrdd yn {path} (crëwch un gyda 'codesign new')</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/parser.py" />
      <source>not a valid number: {value}</source>
      <translation>nid yw’n rhif dilys: {value}</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/parser.py" />
      <source>not allowed with {other}</source>
      <translation>ni chaniateir gyda {other}</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/__init__.py" />
      <source>open the app, with BOARD if given (the default)</source>
      <translation>agor yr ap, gyda BOARD os yw wedi’i roi (y rhagosodiad)</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/parser.py" />
      <source>options</source>
      <translation>dewisiadau</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/board_commands.py" />
      <source>overwrite OUTPUT if it exists</source>
      <translation>trosysgrifo OUTPUT os yw’n bodoli</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/parser.py" />
      <source>positional arguments</source>
      <translation>dadleuon safle</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/transfer_commands.py" />
      <source>poster: PDF points per canvas unit (1.0); PNG: pixels per canvas unit (2.0)</source>
      <translation>poster: pwyntiau PDF fesul uned cynfas (1.0); PNG: picseli fesul uned cynfas (2.0)</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/board_commands.py" />
      <source>print the JSON Schema of board files</source>
      <translation>argraffu JSON Schema ffeiliau’r byrddau</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/parser.py" />
      <source>see --help</source>
      <translation>gweler --help</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/__init__.py" />
      <source>show the version and exit</source>
      <translation>dangos y fersiwn a gadael</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/parser.py" />
      <source>show this help message and exit</source>
      <translation>dangos y neges gymorth hon a gadael</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/board_commands.py" />
      <source>template name (see 'templates')</source>
      <translation>enw’r templed (gweler 'templates')</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/room_commands.py" />
      <source>the address to listen on (default: every interface; peers must be local)</source>
      <translation>y cyfeiriad i wrando arno (rhagosodiad: pob rhyngwyneb; rhaid i’r cyfoedion fod yn lleol)</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/room_commands.py" />
      <source>the board file (.codesign.json) to host</source>
      <translation>ffeil y bwrdd (.codesign.json) i’w chynnal</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/board_commands.py" />
      <source>the board file to check</source>
      <translation>ffeil y bwrdd i’w gwirio</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/transfer_commands.py" />
      <source>the board file to export</source>
      <translation>ffeil y bwrdd i’w hallforio</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/board_commands.py" />
      <source>the board file to write</source>
      <translation>ffeil y bwrdd i’w hysgrifennu</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/png_command.py" />
      <source>the board's picture: {error}</source>
      <translation>llun y bwrdd: {error}</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/transfer_commands.py" />
      <source>the export's headings, counts and dates: en (English) or cy (Cymraeg); the messages' language when not given</source>
      <translation>penawdau, cyfrifon a dyddiadau’r allforio: en (English) neu cy (Cymraeg); iaith y negeseuon os na chaiff ei rhoi</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/transfer_commands.py" />
      <source>the file to import</source>
      <translation>y ffeil i’w mewnforio</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/transfer_commands.py" />
      <source>the file to write</source>
      <translation>y ffeil i’w hysgrifennu</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/parser.py" />
      <source>the following arguments are required: {names}</source>
      <translation>mae angen y dadleuon hyn: {names}</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/__init__.py" />
      <source>the language of messages and help: en (English) or cy (Cymraeg)</source>
      <translation>iaith y negeseuon a’r cymorth: en (English) neu cy (Cymraeg)</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/room_commands.py" />
      <source>the port (default 8765)</source>
      <translation>y porth (rhagosodiad 8765)</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/room_commands.py" />
      <source>the room PIN, 4 to 8 digits (default: drawn at random)</source>
      <translation>PIN yr ystafell, 4 i 8 digid (rhagosodiad: wedi’i ddewis ar hap)</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/transfer_commands.py" />
      <source>turn the paper sideways</source>
      <translation>troi’r papur ar ei ochr</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/parser.py" />
      <source>unrecognised arguments: {words}</source>
      <translation>dadleuon anhysbys: {words}</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/parser.py" />
      <source>usage: </source>
      <translation>defnydd: </translation>
    </message>
    <message>
      <location filename="../../codesign/cli/board_commands.py" />
      <source>validate a board and summarise it in one line</source>
      <translation>dilysu bwrdd a’i grynhoi mewn un llinell</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/board_commands.py" />
      <source>write a new board, blank or from a template</source>
      <translation>ysgrifennu bwrdd newydd, gwag neu o dempled</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/board_commands.py" />
      <source>{board}: valid, {summary}</source>
      <translation>{board}: dilys, {summary}</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/board_commands.py" />
      <source>{output}: already exists (use --force to overwrite it)</source>
      <translation>{output}: mae’n bodoli’n barod (defnyddiwch --force i’w drosysgrifo)</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/transfer_commands.py" />
      <source>{output}: exported {title}</source>
      <translation>{output}: wedi allforio {title}</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/png_command.py" />
      <source>{output}: exported {title}, {width} × {height} pixels</source>
      <translation>{output}: wedi allforio {title}, {width} × {height} picsel</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/transfer_commands.py" />
      <source>{output}: imported {summary}</source>
      <translation>{output}: wedi mewnforio {summary}</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/board_commands.py" />
      <source>{output}: new board from template {template}</source>
      <translation>{output}: bwrdd newydd o’r templed {template}</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/png_command.py" />
      <source>{output}: no item with id {id} on this board</source>
      <translation>{output}: does dim eitem â’r id {id} ar y bwrdd hwn</translation>
    </message>
    <message>
      <location filename="../../codesign/cli/transfer_commands.py" />
      <source>{path}: is the file being read; choose another OUTPUT</source>
      <translation>{path}: dyma’r ffeil sy’n cael ei darllen; dewiswch OUTPUT arall</translation>
    </message>
  </context>
  <context>
    <name>colours</name>
    <message>
      <location filename="../../codesign/model/palette.py" />
      <source>blue</source>
      <translation>glas</translation>
    </message>
    <message>
      <location filename="../../codesign/model/palette.py" />
      <source>green</source>
      <translation>gwyrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/model/palette.py" />
      <source>grey</source>
      <translation>llwyd</translation>
    </message>
    <message>
      <location filename="../../codesign/model/palette.py" />
      <source>orange</source>
      <translation>oren</translation>
    </message>
    <message>
      <location filename="../../codesign/model/palette.py" />
      <source>pink</source>
      <translation>pinc</translation>
    </message>
    <message>
      <location filename="../../codesign/model/palette.py" />
      <source>purple</source>
      <translation>porffor</translation>
    </message>
    <message>
      <location filename="../../codesign/model/palette.py" />
      <source>teal</source>
      <translation>gwyrddlas</translation>
    </message>
    <message>
      <location filename="../../codesign/model/palette.py" />
      <source>white</source>
      <translation>gwyn</translation>
    </message>
    <message>
      <location filename="../../codesign/model/palette.py" />
      <source>yellow</source>
      <translation>melyn</translation>
    </message>
  </context>
  <context>
    <name>commands</name>
    <message numerus="yes">
      <location filename="../../codesign/commands/vote_results.py" />
      <source>%n vote(s)</source>
      <translation>
        <numerusform>%n pleidlais</numerusform>
        <numerusform>%n bleidlais</numerusform>
        <numerusform>%n pleidlais</numerusform>
        <numerusform>%n pleidlais</numerusform>
        <numerusform>%n pleidlais</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/commands/vote_results.py" />
      <source>(joint winner)</source>
      <translation>(cydenillydd)</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/vote_results.py" />
      <source>(winner)</source>
      <translation>(enillydd)</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/cluster_suggestions.py" />
      <source>Accept suggested clusters</source>
      <translation>Derbyn y themâu a awgrymwyd</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/second_texts.py" />
      <source>Add English text</source>
      <translation>Ychwanegu testun Saesneg</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/second_texts.py" />
      <source>Add Welsh text</source>
      <translation>Ychwanegu testun Cymraeg</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/votes.py" />
      <source>Add anonymous voters</source>
      <translation>Ychwanegu pleidleiswyr dienw</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/clusters.py" />
      <source>Add cluster</source>
      <translation>Ychwanegu thema</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/drawing.py" />
      <source>Add connector</source>
      <translation>Ychwanegu cysylltydd</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/drawing.py" />
      <source>Add item</source>
      <translation>Ychwanegu eitem</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Add journey map</source>
      <translation>Ychwanegu map taith</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Add lane</source>
      <translation>Ychwanegu lôn</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/text_edits.py" />
      <source>Add note</source>
      <translation>Ychwanegu nodyn</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/votes.py" />
      <source>Add participant</source>
      <translation>Ychwanegu cyfranogwr</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/presentation.py" />
      <source>Add saved view</source>
      <translation>Ychwanegu golwg wedi’i chadw</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/drawing.py" />
      <source>Add shape</source>
      <translation>Ychwanegu siâp</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Add stage</source>
      <translation>Ychwanegu cam</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/drawing.py" />
      <source>Add text</source>
      <translation>Ychwanegu testun</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/arrange.py" />
      <source>Align</source>
      <translation>Alinio</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/second_texts.py" />
      <source>Board language</source>
      <translation>Iaith y bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/notes.py" />
      <source>Bring to front</source>
      <translation>Dod â’r blaen</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/notes.py" />
      <source>Change colour</source>
      <translation>Newid lliw</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/drawing.py" />
      <source>Change connector</source>
      <translation>Newid y cysylltydd</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/drawing.py" />
      <source>Change text size</source>
      <translation>Newid maint y testun</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/votes.py" />
      <source>Close voting round</source>
      <translation>Cau’r rownd bleidleisio</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/pictures.py" />
      <source>Crop picture</source>
      <translation>Tocio llun</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/editing/clipboard_actions.py" />
      <source>Cut</source>
      <translation>Torri</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/removal.py" />
      <source>Delete</source>
      <translation>Dileu</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/clusters.py" />
      <source>Delete cluster</source>
      <translation>Dileu’r thema</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/clusters.py" />
      <source>Delete cluster and notes</source>
      <translation>Dileu’r thema a’r nodiadau</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/presentation.py" />
      <source>Delete saved view</source>
      <translation>Dileu’r olwg a gadwyd</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/arrange.py" />
      <source>Distribute</source>
      <translation>Dosbarthu</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/drawing.py" />
      <source>Draw ink</source>
      <translation>Tynnu ag inc</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/clipboard.py" />
      <source>Duplicate</source>
      <translation>Dyblygu</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/second_texts.py" />
      <source>Edit English text</source>
      <translation>Golygu testun Saesneg</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/second_texts.py" />
      <source>Edit Welsh text</source>
      <translation>Golygu testun Cymraeg</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/drawing.py" />
      <source>Edit connector label</source>
      <translation>Golygu label y cysylltydd</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/text_edits.py" />
      <source>Edit label text</source>
      <translation>Golygu testun y label</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/text_edits.py" />
      <source>Edit note text</source>
      <translation>Golygu testun y nodyn</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/text_edits.py" />
      <source>Edit shape text</source>
      <translation>Golygu testun y siâp</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/drawing.py" />
      <source>Erase ink</source>
      <translation>Rhwbio inc allan</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/clusters.py" />
      <source>Group into cluster</source>
      <translation>Grwpio mewn thema</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/votes.py" />
      <source>Hide tally</source>
      <translation>Cuddio’r cyfrif</translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/commands/pictures.py" />
      <source>Insert %n picture(s)</source>
      <translation>
        <numerusform>Mewnosod %n llun</numerusform>
        <numerusform>Mewnosod %n llun</numerusform>
        <numerusform>Mewnosod %n llun</numerusform>
        <numerusform>Mewnosod %n llun</numerusform>
        <numerusform>Mewnosod %n llun</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/commands/pictures.py" />
      <source>Lock as background</source>
      <translation>Cloi fel cefndir</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/moves.py" />
      <source>Move items</source>
      <translation>Symud eitemau</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/moves.py" />
      <source>Move notes</source>
      <translation>Symud nodiadau</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/vote_results.py" />
      <source>No dots on any note yet: there are no results to show.</source>
      <translation>Dim dotiau ar unrhyw nodyn eto: does dim canlyniadau i’w dangos.</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/clipboard.py" />
      <source>Paste</source>
      <translation>Gludo</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/clipboard.py" />
      <source>Paste notes</source>
      <translation>Gludo nodiadau</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/votes.py" />
      <source>Place dot</source>
      <translation>Gosod dot</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Place note in journey map</source>
      <translation>Gosod nodyn yn y map taith</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/second_texts.py" />
      <source>Projector language</source>
      <translation>Iaith y taflunydd</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Remove lane</source>
      <translation>Tynnu lôn</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Remove stage</source>
      <translation>Tynnu cam</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/clusters.py" />
      <source>Rename cluster</source>
      <translation>Ailenwi’r thema</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Rename journey map</source>
      <translation>Ailenwi’r map taith</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Rename lane</source>
      <translation>Ailenwi’r lôn</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Rename stage</source>
      <translation>Ailenwi’r cam</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/presentation.py" />
      <source>Reorder frames</source>
      <translation>Aildrefnu fframiau</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Reorder lanes</source>
      <translation>Aildrefnu lonydd</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Reorder stages</source>
      <translation>Aildrefnu camau</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Resize lane</source>
      <translation>Newid maint y lôn</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/notes.py" />
      <source>Resize note</source>
      <translation>Newid maint y nodyn</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/pictures.py" />
      <source>Resize picture</source>
      <translation>Newid maint y llun</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/drawing.py" />
      <source>Resize shape</source>
      <translation>Newid maint y siâp</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Resize stage</source>
      <translation>Newid maint y cam</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/vote_results.py" />
      <source>Results: {title}</source>
      <translation>Canlyniadau: {title}</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/votes.py" />
      <source>Reveal tally</source>
      <translation>Datgelu’r cyfrif</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/notes.py" />
      <source>Send to back</source>
      <translation>Anfon i’r cefn</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Set feeling</source>
      <translation>Gosod teimlad</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Set how it feels</source>
      <translation>Gosod sut mae’n teimlo</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/vote_results.py" />
      <source>Show results on the board</source>
      <translation>Dangos y canlyniadau ar y bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/clusters.py" />
      <source>Sort cluster by votes</source>
      <translation>Trefnu’r thema yn ôl pleidleisiau</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/votes.py" />
      <source>Start voting round</source>
      <translation>Dechrau rownd bleidleisio</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/votes.py" />
      <source>Take back dot</source>
      <translation>Tynnu dot yn ôl</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/clusters.py" />
      <source>Tidy cluster</source>
      <translation>Tacluso’r thema</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/clusters.py" />
      <source>Ungroup</source>
      <translation>Dadgrwpio</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/pictures.py" />
      <source>Unlock background</source>
      <translation>Datgloi’r cefndir</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/presentation.py" />
      <source>View {0}</source>
      <translation>Golwg {0}</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/vote_results.py" />
      <source>Voting round</source>
      <translation>Rownd bleidleisio</translation>
    </message>
  </context>
  <context>
    <name>csv</name>
    <message>
      <location filename="../../codesign/export/csv_notes.py" />
      <source>author</source>
      <translation>awdur</translation>
    </message>
    <message>
      <location filename="../../codesign/export/csv_notes.py" />
      <source>cluster</source>
      <translation>thema</translation>
    </message>
    <message>
      <location filename="../../codesign/export/csv_notes.py" />
      <source>colour</source>
      <translation>lliw</translation>
    </message>
    <message>
      <location filename="../../codesign/export/csv_notes.py" />
      <source>id</source>
      <translation>id</translation>
    </message>
    <message>
      <location filename="../../codesign/export/csv_notes.py" />
      <source>text</source>
      <translation>testun</translation>
    </message>
    <message>
      <location filename="../../codesign/export/csv_notes.py" />
      <source>votes</source>
      <translation>pleidleisiau</translation>
    </message>
  </context>
  <context>
    <name>dates</name>
    <message>
      <location filename="../../codesign/export/pdf/page_furniture.py" />
      <source>April</source>
      <translation>Ebrill</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/page_furniture.py" />
      <source>August</source>
      <translation>Awst</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/page_furniture.py" />
      <source>December</source>
      <translation>Rhagfyr</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/page_furniture.py" />
      <source>February</source>
      <translation>Chwefror</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/page_furniture.py" />
      <source>January</source>
      <translation>Ionawr</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/page_furniture.py" />
      <source>July</source>
      <translation>Gorffennaf</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/page_furniture.py" />
      <source>June</source>
      <translation>Mehefin</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/page_furniture.py" />
      <source>March</source>
      <translation>Mawrth</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/page_furniture.py" />
      <source>May</source>
      <translation>Mai</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/page_furniture.py" />
      <source>November</source>
      <translation>Tachwedd</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/page_furniture.py" />
      <source>October</source>
      <translation>Hydref</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/page_furniture.py" />
      <source>September</source>
      <translation>Medi</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message numerus="yes">
      <location filename="../../codesign/export/unsupported.py" />
      <source> and %n more</source>
      <translation>
        <numerusform>, %n arall</numerusform>
        <numerusform>, %n arall</numerusform>
        <numerusform>, %n arall</numerusform>
        <numerusform>, %n arall</numerusform>
        <numerusform>, %n arall</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/export/unsupported.py" />
      <source>%n character(s) no bundled font can draw ({named}) shown as {placeholder}</source>
      <translation>
        <numerusform>%n nod na all yr un ffont sydd wedi’i chynnwys ei luniadu ({named}), wedi’u dangos fel {placeholder}</numerusform>
        <numerusform>%n nod na all yr un ffont sydd wedi’i chynnwys ei luniadu ({named}), wedi’u dangos fel {placeholder}</numerusform>
        <numerusform>%n nod na all yr un ffont sydd wedi’i chynnwys ei luniadu ({named}), wedi’u dangos fel {placeholder}</numerusform>
        <numerusform>%n nod na all yr un ffont sydd wedi’i chynnwys ei luniadu ({named}), wedi’u dangos fel {placeholder}</numerusform>
        <numerusform>%n nod na all yr un ffont sydd wedi’i chynnwys ei luniadu ({named}), wedi’u dangos fel {placeholder}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/export/files.py" />
      <source>Imported board</source>
      <translation>Bwrdd wedi’i fewnforio</translation>
    </message>
    <message>
      <location filename="../../codesign/export/files.py" />
      <source>PNG images are exported from the app (File &gt; Export) for now</source>
      <translation>Am y tro, caiff delweddau PNG eu hallforio o’r ap (Ffeil &gt; Allforio)</translation>
    </message>
    <message>
      <location filename="../../codesign/export/files.py" />
      <source>a file without an extension</source>
      <translation>ffeil heb estyniad</translation>
    </message>
    <message>
      <location filename="../../codesign/export/files.py" />
      <source>cannot export to {suffix} (choose {suffixes})</source>
      <translation>methu allforio i {suffix} (dewiswch {suffixes})</translation>
    </message>
    <message>
      <location filename="../../codesign/export/files.py" />
      <source>cannot import {suffix} (choose {suffixes})</source>
      <translation>methu mewnforio {suffix} (dewiswch {suffixes})</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/legibility.py" />
      <source>note text prints at {points} pt, too small to read (under {readable} pt): {fix}</source>
      <translation>mae testun y nodiadau’n argraffu ar {points} pt, yn rhy fach i’w ddarllen (o dan {readable} pt): {fix}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/legibility.py" />
      <source>use --layout poster</source>
      <translation>defnyddiwch --layout poster</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/legibility.py" />
      <source>use --paper {paper} or --layout poster</source>
      <translation>defnyddiwch --paper {paper} neu --layout poster</translation>
    </message>
  </context>
  <context>
    <name>file_prompts</name>
    <message>
      <location filename="../../codesign/ui/files/file_prompts.py" />
      <source>Board already open</source>
      <translation>Mae’r bwrdd ar agor yn barod</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_prompts.py" />
      <source>Changed on disk</source>
      <translation>Newidiwyd ar y ddisg</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_prompts.py" />
      <source>If both copies are edited, one set of changes will be lost.</source>
      <translation>Os caiff y ddau gopi eu golygu, bydd un set o newidiadau’n cael ei cholli.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_prompts.py" />
      <source>Open anyway</source>
      <translation>Agor beth bynnag</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_prompts.py" />
      <source>Open board</source>
      <translation>Agor bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_prompts.py" />
      <source>Overwrite</source>
      <translation>Trosysgrifo</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_prompts.py" />
      <source>Overwrite replaces that version with yours; Save As… keeps both.</source>
      <translation>Mae Trosysgrifo yn rhoi’ch fersiwn chi yn lle’r fersiwn honno; mae Cadw fel… yn cadw’r ddwy.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_prompts.py" />
      <source>Replace</source>
      <translation>Disodli</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_prompts.py" />
      <source>Replace board?</source>
      <translation>Disodli’r bwrdd?</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_prompts.py" />
      <source>Save As…</source>
      <translation>Cadw fel…</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_prompts.py" />
      <source>Save anyway</source>
      <translation>Cadw beth bynnag</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_prompts.py" />
      <source>Save board as</source>
      <translation>Cadw’r bwrdd fel</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_prompts.py" />
      <source>Saving over it means one set of changes will be lost.</source>
      <translation>Os byddwch yn cadw drosto, bydd un set o newidiadau’n cael ei cholli.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_prompts.py" />
      <source>someone</source>
      <translation>rhywun</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_prompts.py" />
      <source>“{name}” already exists. Replace it?</source>
      <translation>Mae “{name}” yn bodoli’n barod. Ei ddisodli?</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_prompts.py" />
      <source>“{name}” is open in Codesign by {user} on {host} (process {pid}) since {time}.</source>
      <translation>Mae “{name}” ar agor yn Codesign gan {user} ar {host} (proses {pid}) ers {time}.</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/file_prompts.py" />
      <source>“{name}” was changed on disk since you opened it, by another program or person.</source>
      <translation>Newidiwyd “{name}” ar y ddisg ers i chi ei agor, gan raglen neu berson arall.</translation>
    </message>
  </context>
  <context>
    <name>front_of_room</name>
    <message>
      <location filename="../../codesign/ui/front_of_room/front_of_room.py" />
      <source>Blank works on the projector, or while presenting (F5)</source>
      <translation>Mae Gwagio’n gweithio ar y taflunydd, neu wrth gyflwyno (F5)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/front_of_room.py" />
      <source>Frames</source>
      <translation>Fframiau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/front_of_room.py" />
      <source>No screens found</source>
      <translation>Heb ganfod sgriniau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/front_of_room.py" />
      <source>One screen: the projector opened in a window. Escape closes it; F5 presents</source>
      <translation>Un sgrin: agorwyd y taflunydd mewn ffenestr. Mae Escape yn ei chau; mae F5 yn cyflwyno</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/front_of_room.py" />
      <source>Projector &amp;screen</source>
      <translation>Sgrin y &amp;taflunydd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/front_of_room.py" />
      <source>Spotlight: select a theme, or present, to light it alone</source>
      <translation>Sbotolau: dewiswch thema, neu cyflwynwch, i’w goleuo ar ei phen ei hun</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/front_of_room.py" />
      <source>The board is in participant mode: unlock it to close</source>
      <translation>Mae’r bwrdd yn y modd cyfranogwyr: datglowch ef i gau</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/front_of_room.py" />
      <source>The current view is saved as a frame</source>
      <translation>Mae’r olwg bresennol wedi’i chadw fel ffrâm</translation>
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <location filename="../../codesign/export/csv_notes.py" />
      <source> and {count} more</source>
      <translation>, {count} arall</translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/ui/files/import_actions.py" />
      <source>%n thing(s) did not carry over</source>
      <translation>
        <numerusform>Ni ddaeth %n peth drosodd</numerusform>
        <numerusform>Ni ddaeth %n peth drosodd</numerusform>
        <numerusform>Ni ddaeth %n peth drosodd</numerusform>
        <numerusform>Ni ddaeth %n peth drosodd</numerusform>
        <numerusform>Ni ddaeth %n peth drosodd</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/import_actions.py" />
      <source>Boards from other tools (*.canvas *.csv *.txt *.pdf);;JSON Canvas (*.canvas);;CSV spreadsheet (*.csv);;Plain text, one note per line (*.txt);;Codesign PDF (*.pdf);;All files (*)</source>
      <translation>Byrddau o offer eraill (*.canvas *.csv *.txt *.pdf);;JSON Canvas (*.canvas);;Taenlen CSV (*.csv);;Testun plaen, un nodyn i bob llinell (*.txt);;PDF Codesign (*.pdf);;Pob ffeil (*)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/import_actions.py" />
      <source>Cannot import</source>
      <translation>Methu mewnforio</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/import_actions.py" />
      <source>Import</source>
      <translation>Mewnforio</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/import_actions.py" />
      <source>Imported with notes</source>
      <translation>Wedi mewnforio gyda sylwadau</translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/ui/files/import_actions.py" />
      <source>Imported {name}: %n note(s)</source>
      <translation>
        <numerusform>Wedi mewnforio {name}: %n nodyn</numerusform>
        <numerusform>Wedi mewnforio {name}: %n nodyn</numerusform>
        <numerusform>Wedi mewnforio {name}: %n nodyn</numerusform>
        <numerusform>Wedi mewnforio {name}: %n nodyn</numerusform>
        <numerusform>Wedi mewnforio {name}: %n nodyn</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/export/csv_notes.py" />
      <source>colour {colour} became {name}, the nearest in the palette</source>
      <translation>trodd y lliw {colour} yn {name}, yr agosaf yn y palet</translation>
    </message>
    <message>
      <location filename="../../codesign/export/canvas_import.py" />
      <source>edge {edge} is not an object with an id</source>
      <translation>nid yw’r cyswllt {edge} yn wrthrych ag id</translation>
    </message>
    <message>
      <location filename="../../codesign/export/canvas_import.py" />
      <source>edge {edge} points at missing node {node} ({end})</source>
      <translation>mae’r cyswllt {edge} yn pwyntio at nod {node}, sydd ar goll ({end})</translation>
    </message>
    <message>
      <location filename="../../codesign/export/canvas_import.py" />
      <source>file node {node} became a note holding its path {path}</source>
      <translation>trodd y nod ffeil {node} yn nodyn sy’n dal ei lwybr {path}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/text_files.py" />
      <source>has more than {limit} {what}, more than a board can hold</source>
      <translation>mae ganddi fwy na {limit} {what}, mwy nag y gall bwrdd ei ddal</translation>
    </message>
    <message>
      <location filename="../../codesign/export/csv_notes.py" />
      <source>has no 'text' column (a header Text, Note or Content; found: {found})</source>
      <translation>does dim colofn 'text' ynddi (pennawd Text, Note, Content neu Testun; cafwyd: {found})</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf_import.py" />
      <source>has no Codesign board inside (only PDFs exported by Codesign can be reopened)</source>
      <translation>does dim bwrdd Codesign ynddi (dim ond PDFs a allforiwyd gan Codesign y gellir eu hailagor)</translation>
    </message>
    <message>
      <location filename="../../codesign/export/csv_notes.py" />
      <source>ignored column(s) not used by Codesign: {names}</source>
      <translation>anwybyddwyd colofnau nad yw Codesign yn eu defnyddio: {names}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/csv_notes.py" />
      <source>is empty (expected a header row with a 'text' column)</source>
      <translation>mae’n wag (roedd disgwyl rhes bennawd â cholofn 'text')</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf_import.py" />
      <source>is not a readable PDF ({error})</source>
      <translation>nid yw’n PDF y gellir ei ddarllen ({error})</translation>
    </message>
    <message>
      <location filename="../../codesign/export/plain_text.py" />
      <source>is not a text file</source>
      <translation>nid yw’n ffeil testun</translation>
    </message>
    <message>
      <location filename="../../codesign/export/csv_notes.py" />
      <source>is not a text file, so not a CSV file</source>
      <translation>nid yw’n ffeil testun, felly nid yw’n ffeil CSV</translation>
    </message>
    <message>
      <location filename="../../codesign/export/csv_notes.py" />
      <source>is not valid CSV ({error})</source>
      <translation>nid yw’n CSV dilys ({error})</translation>
    </message>
    <message>
      <location filename="../../codesign/export/csv_notes.py" />
      <source>line {line} has {fields} fields but the header has {columns}</source>
      <translation>mae gan linell {line} {fields} maes ond mae gan y pennawd {columns}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/plain_text.py" />
      <source>lines</source>
      <translation>llinell</translation>
    </message>
    <message>
      <location filename="../../codesign/export/canvas_import.py" />
      <source>link node {node} became a note holding its address {url}</source>
      <translation>trodd y nod dolen {node} yn nodyn sy’n dal ei gyfeiriad {url}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/canvas_import.py" />
      <source>node {node}</source>
      <translation>nod {node}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/canvas_import.py" />
      <source>nodes</source>
      <translation>nod</translation>
    </message>
    <message>
      <location filename="../../codesign/export/canvas_import.py" />
      <source>not a JSON Canvas file ("edges" is not a list)</source>
      <translation>nid yw’n ffeil JSON Canvas (nid yw "edges" yn rhestr)</translation>
    </message>
    <message>
      <location filename="../../codesign/export/canvas_import.py" />
      <source>not a JSON Canvas file (expected {nodes})</source>
      <translation>nid yw’n ffeil JSON Canvas (roedd disgwyl {nodes})</translation>
    </message>
    <message>
      <location filename="../../codesign/export/canvas_import.py" />
      <source>not a text file, so not a JSON Canvas file</source>
      <translation>nid yw’n ffeil testun, felly nid yw’n ffeil JSON Canvas</translation>
    </message>
    <message>
      <location filename="../../codesign/export/csv_notes.py" />
      <source>rows</source>
      <translation>rhes</translation>
    </message>
    <message>
      <location filename="../../codesign/export/text_files.py" />
      <source>text longer than {limit} characters was cut to fit a note</source>
      <translation>cafodd testun hirach na {limit} nod ei dorri i ffitio nodyn</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf_import.py" />
      <source>the embedded board is damaged: {problem}</source>
      <translation>mae’r bwrdd sydd ynddi wedi’i ddifrodi: {problem}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf_import.py" />
      <source>the embedded board is larger than 1 GiB</source>
      <translation>mae’r bwrdd sydd ynddi yn fwy nag 1 GiB</translation>
    </message>
    <message>
      <location filename="../../codesign/export/plain_text.py" />
      <source>the file has no text, so the board is empty</source>
      <translation>does dim testun yn y ffeil, felly mae’r bwrdd yn wag</translation>
    </message>
    <message>
      <location filename="../../codesign/export/csv_notes.py" />
      <source>the votes column was not imported: dots need to know who placed them</source>
      <translation>ni fewnforiwyd y golofn pleidleisiau: mae angen i ddotiau wybod pwy a’u gosododd</translation>
    </message>
    <message>
      <location filename="../../codesign/export/csv_notes.py" />
      <source>unknown colour {colour} became yellow</source>
      <translation>trodd y lliw anhysbys {colour} yn felyn</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/files/import_actions.py" />
      <source>{name} was imported. Some of it could only be approximated:</source>
      <translation>Mewnforiwyd {name}. Dim ond yn fras y gellid cyfleu rhywfaint ohono:</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf_import.py" />
      <source>{source} (embedded board)</source>
      <translation>{source} (y bwrdd sydd ynddi)</translation>
    </message>
    <message>
      <location filename="../../codesign/export/canvas_import.py" />
      <source>{where} has a width or height that is not positive</source>
      <translation>mae gan {where} led neu uchder nad yw’n bositif</translation>
    </message>
    <message>
      <location filename="../../codesign/export/canvas_import.py" />
      <source>{where} has no id</source>
      <translation>does dim id gan {where}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/canvas_import.py" />
      <source>{where} has no number for {key}</source>
      <translation>does dim rhif ar gyfer {key} gan {where}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/canvas_import.py" />
      <source>{where} has unknown type {type}</source>
      <translation>mae gan {where} fath anhysbys {type}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/canvas_import.py" />
      <source>{where} is not an object</source>
      <translation>nid yw {where} yn wrthrych</translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/ui/files/import_actions.py" />
      <source>…and %n more</source>
      <translation>
        <numerusform>…%n arall hefyd</numerusform>
        <numerusform>…%n arall hefyd</numerusform>
        <numerusform>…%n arall hefyd</numerusform>
        <numerusform>…%n arall hefyd</numerusform>
        <numerusform>…%n arall hefyd</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>journeys</name>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Assessment</source>
      <translation>Asesu</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Customer journey</source>
      <translation>Taith y cwsmer</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Doing</source>
      <translation>Gwneud</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>First contact</source>
      <translation>Cyswllt cyntaf</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>How it feels</source>
      <translation>Sut mae’n teimlo</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Looking for help</source>
      <translation>Chwilio am help</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Need arises</source>
      <translation>Angen yn codi</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>New lane</source>
      <translation>Lôn newydd</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>New stage</source>
      <translation>Cam newydd</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Opportunities</source>
      <translation>Cyfleoedd</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Pain points</source>
      <translation>Pwyntiau poen</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Review</source>
      <translation>Adolygu</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Support</source>
      <translation>Cymorth</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Thinking and feeling</source>
      <translation>Meddwl a theimlo</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Touchpoints</source>
      <translation>Pwyntiau cyffwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/commands/journeys.py" />
      <source>Waiting</source>
      <translation>Aros</translation>
    </message>
  </context>
  <context>
    <name>kinds</name>
    <message numerus="yes">
      <location filename="../../codesign/text/kind_counts.py" />
      <source>%n cluster(s)</source>
      <translation>
        <numerusform>%n thema</numerusform>
        <numerusform>%n thema</numerusform>
        <numerusform>%n thema</numerusform>
        <numerusform>%n thema</numerusform>
        <numerusform>%n thema</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/text/kind_counts.py" />
      <source>%n connector(s)</source>
      <translation>
        <numerusform>%n cysylltydd</numerusform>
        <numerusform>%n cysylltydd</numerusform>
        <numerusform>%n cysylltydd</numerusform>
        <numerusform>%n cysylltydd</numerusform>
        <numerusform>%n cysylltydd</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/text/kind_counts.py" />
      <source>%n ink stroke(s)</source>
      <translation>
        <numerusform>%n strôc inc</numerusform>
        <numerusform>%n strôc inc</numerusform>
        <numerusform>%n strôc inc</numerusform>
        <numerusform>%n strôc inc</numerusform>
        <numerusform>%n strôc inc</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/text/kind_counts.py" />
      <source>%n journey map(s)</source>
      <translation>
        <numerusform>%n map taith</numerusform>
        <numerusform>%n map taith</numerusform>
        <numerusform>%n map taith</numerusform>
        <numerusform>%n map taith</numerusform>
        <numerusform>%n map taith</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/text/kind_counts.py" />
      <source>%n label(s)</source>
      <translation>
        <numerusform>%n label</numerusform>
        <numerusform>%n label</numerusform>
        <numerusform>%n label</numerusform>
        <numerusform>%n label</numerusform>
        <numerusform>%n label</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/text/kind_counts.py" />
      <source>%n note(s)</source>
      <translation>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/text/kind_counts.py" />
      <source>%n of newer kinds (kept as they are)</source>
      <translation>
        <numerusform>%n o fathau mwy newydd (wedi’u cadw fel y maen nhw)</numerusform>
        <numerusform>%n o fathau mwy newydd (wedi’u cadw fel y maen nhw)</numerusform>
        <numerusform>%n o fathau mwy newydd (wedi’u cadw fel y maen nhw)</numerusform>
        <numerusform>%n o fathau mwy newydd (wedi’u cadw fel y maen nhw)</numerusform>
        <numerusform>%n o fathau mwy newydd (wedi’u cadw fel y maen nhw)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/text/kind_counts.py" />
      <source>%n shape(s)</source>
      <translation>
        <numerusform>%n siâp</numerusform>
        <numerusform>%n siâp</numerusform>
        <numerusform>%n siâp</numerusform>
        <numerusform>%n siâp</numerusform>
        <numerusform>%n siâp</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>participant_mode</name>
    <message>
      <location filename="../../codesign/ui/front_of_room/pin_dialog.py" />
      <source>Participant mode: a theme keeps at least one note</source>
      <translation>Modd cyfranogwyr: mae thema yn cadw o leiaf un nodyn</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/pin_dialog.py" />
      <source>Participant mode: a theme keeps its title</source>
      <translation>Modd cyfranogwyr: mae thema yn cadw ei theitl</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/pin_dialog.py" />
      <source>Participant mode: journey maps keep their stages and lanes</source>
      <translation>Modd cyfranogwyr: mae mapiau taith yn cadw eu camau a’u lonydd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/pin_dialog.py" />
      <source>Participant mode: only notes added since the board was locked can be deleted</source>
      <translation>Modd cyfranogwyr: dim ond nodiadau a ychwanegwyd ers cloi’r bwrdd y gellir eu dileu</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/pin_dialog.py" />
      <source>Participant mode: the board's details, saved views and frames stay as they are</source>
      <translation>Modd cyfranogwyr: mae manylion y bwrdd, golygon a gadwyd a fframiau yn aros fel y maen nhw</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/pin_dialog.py" />
      <source>Participant mode: the facilitator runs the voting rounds</source>
      <translation>Modd cyfranogwyr: yr hwylusydd sy’n rhedeg y rowndiau pleidleisio</translation>
    </message>
  </context>
  <context>
    <name>projector</name>
    <message>
      <location filename="../../codesign/ui/front_of_room/projector.py" />
      <source> (this laptop)</source>
      <translation> (y gliniadur hwn)</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/projector.py" />
      <source>Codesign projector</source>
      <translation>Taflunydd Codesign</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/projector.py" />
      <source>Projector view</source>
      <translation>Golwg y taflunydd</translation>
    </message>
    <message>
      <location filename="../../codesign/ui/front_of_room/projector.py" />
      <source>Screen {0}: {1} ({2} × {3})</source>
      <translation>Sgrin {0}: {1} ({2} × {3})</translation>
    </message>
  </context>
  <context>
    <name>report</name>
    <message>
      <location filename="../../codesign/export/pdf/poster_layout.py" />
      <source> ({blank} blank left out)</source>
      <translation> (hepgorwyd {blank} gwag)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/export/pdf/style.py" />
      <source>%n dot(s)</source>
      <translation>
        <numerusform>%n dot</numerusform>
        <numerusform>%n dot</numerusform>
        <numerusform>%n dot</numerusform>
        <numerusform>%n dot</numerusform>
        <numerusform>%n dot</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/export/html_report.py" />
      <source>%n note(s)</source>
      <translation>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
        <numerusform>%n nodyn</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/export/pdf/style.py" />
      <source>%n participant(s)</source>
      <translation>
        <numerusform>%n cyfranogwr</numerusform>
        <numerusform>%n cyfranogwr</numerusform>
        <numerusform>%n cyfranogwr</numerusform>
        <numerusform>%n cyfranogwr</numerusform>
        <numerusform>%n cyfranogwr</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/export/pdf/style.py" />
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n rhes</numerusform>
        <numerusform>%n rhes</numerusform>
        <numerusform>%n rhes</numerusform>
        <numerusform>%n rhes</numerusform>
        <numerusform>%n rhes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/export/pdf/style.py" />
      <source>%n sheet(s)</source>
      <translation>
        <numerusform>%n dalen</numerusform>
        <numerusform>%n ddalen</numerusform>
        <numerusform>%n dalen</numerusform>
        <numerusform>%n dalen</numerusform>
        <numerusform>%n dalen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/export/html_report.py" />
      <source>%n sticky note(s)</source>
      <translation>
        <numerusform>%n nodyn gludiog</numerusform>
        <numerusform>%n nodyn gludiog</numerusform>
        <numerusform>%n nodyn gludiog</numerusform>
        <numerusform>%n nodyn gludiog</numerusform>
        <numerusform>%n nodyn gludiog</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/export/html_report.py" />
      <source>%n theme(s)</source>
      <translation>
        <numerusform>%n thema</numerusform>
        <numerusform>%n thema</numerusform>
        <numerusform>%n thema</numerusform>
        <numerusform>%n thema</numerusform>
        <numerusform>%n thema</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/export/html_report.py" />
      <source>%n vote(s)</source>
      <translation>
        <numerusform>%n pleidlais</numerusform>
        <numerusform>%n bleidlais</numerusform>
        <numerusform>%n pleidlais</numerusform>
        <numerusform>%n pleidlais</numerusform>
        <numerusform>%n pleidlais</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/export/pdf/style.py" />
      <source>%n voter(s)</source>
      <translation>
        <numerusform>%n pleidleisiwr</numerusform>
        <numerusform>%n pleidleisiwr</numerusform>
        <numerusform>%n pleidleisiwr</numerusform>
        <numerusform>%n pleidleisiwr</numerusform>
        <numerusform>%n pleidleisiwr</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>(empty note)</source>
      <translation>(nodyn gwag)</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/report_lists.py" />
      <source>Appendix: every note by theme</source>
      <translation>Atodiad: pob nodyn fesul thema</translation>
    </message>
    <message>
      <location filename="../../codesign/export/markdown.py" />
      <source>Connections</source>
      <translation>Cysylltiadau</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>Dots</source>
      <translation>Dotiau</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>Every note is listed below.</source>
      <translation>Mae pob nodyn wedi’i restru isod.</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>Facilitated by {name}</source>
      <translation>Hwylusydd: {name}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>Journey: {title}</source>
      <translation>Taith: {title}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>Lane</source>
      <translation>Lôn</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>No notes.</source>
      <translation>Dim nodiadau.</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>Not in a theme</source>
      <translation>Heb fod mewn thema</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>Note</source>
      <translation>Nodyn</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>Notes on the journey map {title}, stage by stage</source>
      <translation>Nodiadau ar y map taith {title}, fesul cam</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>Notes ranked by dots: {title}</source>
      <translation>Nodiadau yn ôl eu dotiau: {title}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/markdown.py" />
      <source>Picture {number}</source>
      <translation>Llun {number}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>Picture {number} from the board</source>
      <translation>Llun {number} o’r bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>Pictures</source>
      <translation>Lluniau</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/poster_layout.py" />
      <source>Print at actual size (100%, not 'fit to page'). Trim each sheet at its crop marks on the left and top,</source>
      <translation>Argraffwch ar y maint gwirioneddol (100%, nid ‘ffitio i’r dudalen’). Torrwch bob dalen wrth ei marciau tocio ar y chwith a’r brig,</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>Rank</source>
      <translation>Safle</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/poster_layout.py" />
      <source>Sheet {label}</source>
      <translation>Dalen {label}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>Stage</source>
      <translation>Cam</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>The board</source>
      <translation>Y bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>The board as drawn in the workshop: {notes}</source>
      <translation>Y bwrdd fel y’i lluniwyd yn y gweithdy: {notes}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>The board at the end of the session.</source>
      <translation>Y bwrdd ar ddiwedd y sesiwn.</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/report_sections.py" />
      <source>Theme: {title}</source>
      <translation>Thema: {title}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>Themes</source>
      <translation>Themâu</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>This round is still open and its tally is hidden.</source>
      <translation>Mae’r rownd hon yn dal ar agor ac mae ei chyfrif yn gudd.</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/report_lists.py" />
      <source>Totals per theme</source>
      <translation>Cyfansymiau fesul thema</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/report_lists.py" />
      <source>Untitled</source>
      <translation>Dideitl</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>Untitled board</source>
      <translation>Bwrdd dideitl</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>Untitled journey</source>
      <translation>Taith ddideitl</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>Untitled lane</source>
      <translation>Lôn ddideitl</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>Untitled stage</source>
      <translation>Cam dideitl</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>Untitled theme</source>
      <translation>Thema ddideitl</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>Voting results</source>
      <translation>Canlyniadau’r pleidleisio</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>Voting round</source>
      <translation>Rownd bleidleisio</translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/export/html_report.py" />
      <source>and %n journey map(s)</source>
      <translation>
        <numerusform>a hefyd %n map taith</numerusform>
        <numerusform>a hefyd %n map taith</numerusform>
        <numerusform>a hefyd %n map taith</numerusform>
        <numerusform>a hefyd %n map taith</numerusform>
        <numerusform>a hefyd %n map taith</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/poster_layout.py" />
      <source>below: {sheet}</source>
      <translation>oddi tani: {sheet}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/report_lists.py" />
      <source>closed</source>
      <translation>ar gau</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>grouped in {themes}: {titles}</source>
      <translation>wedi’u grwpio mewn {themes}: {titles}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/report_lists.py" />
      <source>open</source>
      <translation>ar agor</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/poster_layout.py" />
      <source>right: {sheet}</source>
      <translation>i’r dde: {sheet}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/poster_layout.py" />
      <source>row {row}, column {column} of {columns}</source>
      <translation>rhes {row}, colofn {column} o {columns}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/poster_layout.py" />
      <source>then glue it over its neighbour: sheets overlap by {overlap} mm. Scale: {scale} pt per canvas unit.</source>
      <translation>yna gludwch hi dros ei chymydog: mae’r dalennau’n gorgyffwrdd {overlap} mm. Graddfa: {scale} pt fesul uned cynfas.</translation>
    </message>
    <message>
      <location filename="../../codesign/export/html_report.py" />
      <source>untitled</source>
      <translation>dideitl</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/report_lists.py" />
      <source>{dots} from {voters} on {notes}; {budget} each; round {status}.</source>
      <translation>{dots} gan {voters} ar {notes}; {budget} yr un; rownd {status}.</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/report_flow.py" />
      <source>{section} (continued)</source>
      <translation>{section} (parhad)</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/poster_layout.py" />
      <source>{sheets}, {rows} of {columns}</source>
      <translation>{sheets}, {rows} o {columns}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/report_sections.py" />
      <source>{title}, part {number} of {count}</source>
      <translation>{title}, rhan {number} o {count}</translation>
    </message>
    <message>
      <location filename="../../codesign/export/pdf/poster_layout.py" />
      <source>{title}: poster index</source>
      <translation>{title}: mynegai’r poster</translation>
    </message>
  </context>
  <context>
    <name>storage</name>
    <message numerus="yes">
      <location filename="../../codesign/storage/validation_messages.py" />
      <source>(and %n more problem(s))</source>
      <translation>
        <numerusform>(%n problem arall hefyd)</numerusform>
        <numerusform>(%n broblem arall hefyd)</numerusform>
        <numerusform>(%n problem arall hefyd)</numerusform>
        <numerusform>(%n problem arall hefyd)</numerusform>
        <numerusform>(%n problem arall hefyd)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/storage/strict_json.py" />
      <source>JSON is nested too deeply (more than {most} levels)</source>
      <translation>mae’r JSON wedi’i nythu’n rhy ddwfn (mwy na {most} lefel)</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/load.py" />
      <source>JSON is nested too deeply to be a board</source>
      <translation>mae’r JSON wedi’i nythu’n rhy ddwfn i fod yn fwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/strict_json.py" />
      <source>a \u escape without four hexadecimal digits</source>
      <translation>dihangfa \u heb bedwar digid hecsadegol</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/strict_json.py" />
      <source>a backslash escape JSON does not have</source>
      <translation>dihangfa ag ôl-slaes nad yw’n bodoli yn JSON</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/strict_json.py" />
      <source>a colon (:) was expected here</source>
      <translation>roedd angen colon (:) yma</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/strict_json.py" />
      <source>a comma (,) was expected here</source>
      <translation>roedd angen coma (,) yma</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/strict_json.py" />
      <source>a comma just before a closing bracket</source>
      <translation>coma yn union cyn braced cau</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/container.py" />
      <source>a damaged zip file, not a board</source>
      <translation>ffeil zip wedi’i difrodi, nid bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/validation_messages.py" />
      <source>a field a board does not have</source>
      <translation>maes nad oes gan fwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/atomic.py" />
      <source>a file of that name is in the way</source>
      <translation>mae ffeil o’r enw hwnnw yn y ffordd</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/atomic.py" />
      <source>a folder of that name is in the way</source>
      <translation>mae ffolder o’r enw hwnnw yn y ffordd</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/strict_json.py" />
      <source>a line break, tab or other control character inside text</source>
      <translation>toriad llinell, tab neu nod rheoli arall y tu mewn i destun</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/strict_json.py" />
      <source>a name in double quotes was expected here</source>
      <translation>roedd angen enw mewn dyfynodau dwbl yma</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/validation_messages.py" />
      <source>a required field is missing</source>
      <translation>mae maes gofynnol ar goll</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/strict_json.py" />
      <source>a value was expected here</source>
      <translation>roedd angen gwerth yma</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/container.py" />
      <source>a zip file with no {member}, not a board</source>
      <translation>ffeil zip heb {member}, nid bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/validation_messages.py" />
      <source>an id must be printable text (no control characters)</source>
      <translation>rhaid i id fod yn destun argraffadwy (dim nodau rheoli)</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/strict_json.py" />
      <source>at {place}: a key that is not valid Unicode (half a surrogate pair)</source>
      <translation>yn {place}: allwedd nad yw’n Unicode dilys (hanner pâr dirprwyol)</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/strict_json.py" />
      <source>at {place}: not a finite number ({value})</source>
      <translation>yn {place}: nid yw’n rhif meidraidd ({value})</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/strict_json.py" />
      <source>at {place}: text that is not valid Unicode (half a surrogate pair)</source>
      <translation>yn {place}: testun nad yw’n Unicode dilys (hanner pâr dirprwyol)</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/load.py" />
      <source>cannot be read (permission denied)</source>
      <translation>methu ei darllen (dim caniatâd)</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/load.py" />
      <source>cannot be read ({reason})</source>
      <translation>methu ei darllen ({reason})</translation>
    </message>
    <message>
      <location filename="../../codesign/model/board.py" />
      <source>cluster {cluster} lists {member}, not a note</source>
      <translation>mae’r thema {cluster} yn rhestru {member}, nad yw’n nodyn</translation>
    </message>
    <message>
      <location filename="../../codesign/model/board.py" />
      <source>connector {connector} points at itself</source>
      <translation>mae’r cysylltydd {connector} yn pwyntio ato’i hun</translation>
    </message>
    <message>
      <location filename="../../codesign/model/board.py" />
      <source>connector {connector} points at missing {end}</source>
      <translation>mae’r cysylltydd {connector} yn pwyntio at {end}, sydd ar goll</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/recovery.py" />
      <source>could not save: another Codesign is keeping this copy</source>
      <translation>methu cadw: mae Codesign arall yn cadw’r copi hwn</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/atomic.py" />
      <source>could not save: it is a symbolic link that loops back on itself</source>
      <translation>methu cadw: mae’n ddolen symbolaidd sy’n troi’n ôl arni’i hun</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/atomic.py" />
      <source>could not save: {reason}</source>
      <translation>methu cadw: {reason}</translation>
    </message>
    <message>
      <location filename="../../codesign/model/board.py" />
      <source>frame_order lists {frame}, not a cluster, journey map or bookmark</source>
      <translation>mae frame_order yn rhestru {frame}, nad yw’n thema, yn fap taith nac yn nod tudalen</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/load.py" />
      <source>has no valid format version (found {found})</source>
      <translation>does dim fersiwn fformat dilys ynddi (cafwyd {found})</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/load.py" />
      <source>has {found} items; a board holds at most {most}</source>
      <translation>mae ganddi {found} eitem; mae bwrdd yn dal {most} ar y mwyaf</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/container.py" />
      <source>has {found} parts; a board file holds at most {most}</source>
      <translation>mae ganddi {found} rhan; mae ffeil bwrdd yn dal {most} ar y mwyaf</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/load.py" />
      <source>invalid board at {place}: expected an object</source>
      <translation>bwrdd annilys yn {place}: roedd angen gwrthrych</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/validation_messages.py" />
      <source>invalid board at {place}: {problem}</source>
      <translation>bwrdd annilys yn {place}: {problem}</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/load.py" />
      <source>is a folder, not a board file</source>
      <translation>ffolder yw hwn, nid ffeil bwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/load.py" />
      <source>is a symbolic link that loops back on itself</source>
      <translation>mae’n ddolen symbolaidd sy’n troi’n ôl arni’i hun</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/load.py" />
      <source>is larger than 1 GiB, too large to be a board</source>
      <translation>mae’n fwy nag 1 GiB, yn rhy fawr i fod yn fwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/load.py" />
      <source>is not a regular file (a device or a pipe?)</source>
      <translation>nid yw’n ffeil gyffredin (dyfais neu bibell?)</translation>
    </message>
    <message>
      <location filename="../../codesign/model/board.py" />
      <source>journey {journey} places {note}, in emotion lane {lane}</source>
      <translation>mae’r daith {journey} yn gosod {note} yn y lôn emosiwn {lane}</translation>
    </message>
    <message>
      <location filename="../../codesign/model/board.py" />
      <source>journey {journey} places {note}, in missing lane {lane}</source>
      <translation>mae’r daith {journey} yn gosod {note} yn y lôn {lane}, sydd ar goll</translation>
    </message>
    <message>
      <location filename="../../codesign/model/board.py" />
      <source>journey {journey} places {note}, in missing stage {stage}</source>
      <translation>mae’r daith {journey} yn gosod {note} yn y cam {stage}, sydd ar goll</translation>
    </message>
    <message>
      <location filename="../../codesign/model/board.py" />
      <source>journey {journey} places {note}, not a note</source>
      <translation>mae’r daith {journey} yn gosod {note}, nad yw’n nodyn</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/errors.py" />
      <source>made by a newer Codesign (file format version {found}; this version reads up to {supported}). Update Codesign to open it.</source>
      <translation>wedi’i gwneud gan Codesign mwy newydd (fersiwn fformat ffeil {found}; mae’r fersiwn hon yn darllen hyd at {supported}). Diweddarwch Codesign i’w hagor.</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/strict_json.py" />
      <source>more text after the end of the JSON</source>
      <translation>rhagor o destun ar ôl diwedd y JSON</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/load.py" />
      <source>no such file</source>
      <translation>does dim ffeil o’r fath</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/templates.py" />
      <source>no template called {name} (known: {known})</source>
      <translation>does dim templed o’r enw {name} (y rhai hysbys: {known})</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/load.py" />
      <source>not a Codesign board (no "format": "{name}")</source>
      <translation>nid yw’n fwrdd Codesign (dim "format": "{name}")</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/load.py" />
      <source>not a text file (binary data where a board was expected)</source>
      <translation>nid yw’n ffeil testun (data deuaidd lle’r oedd disgwyl bwrdd)</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/strict_json.py" />
      <source>not valid JSON (a number has too many digits)</source>
      <translation>nid yw’n JSON dilys (mae gan rif ormod o ddigidau)</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/strict_json.py" />
      <source>not valid JSON (line {line}, column {column}: {problem})</source>
      <translation>nid yw’n JSON dilys (llinell {line}, colofn {column}: {problem})</translation>
    </message>
    <message>
      <location filename="../../codesign/model/board.py" />
      <source>note {note} is in two clusters ({one} and {other})</source>
      <translation>mae’r nodyn {note} mewn dwy thema ({one} a {other})</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/lock.py" />
      <source>open in Codesign on {host} (process {pid})</source>
      <translation>ar agor yn Codesign ar {host} (proses {pid})</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/atomic.py" />
      <source>permission denied</source>
      <translation>dim caniatâd</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/validation_messages.py" />
      <source>should be a number</source>
      <translation>dylai fod yn rhif</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/validation_messages.py" />
      <source>should be a whole number</source>
      <translation>dylai fod yn rhif cyfan</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/validation_messages.py" />
      <source>should be at least {ge}</source>
      <translation>dylai fod yn {ge} o leiaf</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/validation_messages.py" />
      <source>should be at most {le}</source>
      <translation>dylai fod yn {le} ar y mwyaf</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/validation_messages.py" />
      <source>should be greater than {gt}</source>
      <translation>dylai fod yn fwy na {gt}</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/validation_messages.py" />
      <source>should be less than {lt}</source>
      <translation>dylai fod yn llai na {lt}</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/validation_messages.py" />
      <source>should be text</source>
      <translation>dylai fod yn destun</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/validation_messages.py" />
      <source>should be true or false</source>
      <translation>dylai fod yn wir neu’n anwir</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/validation_messages.py" />
      <source>should be {expected}</source>
      <translation>dylai fod yn {expected}</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/validation_messages.py" />
      <source>should have at most {max_length} characters</source>
      <translation>dylai fod ganddo {max_length} nod ar y mwyaf</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/strict_json.py" />
      <source>something JSON does not allow</source>
      <translation>rhywbeth nad yw JSON yn ei ganiatáu</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/strict_json.py" />
      <source>text that starts here is never closed with a double quote</source>
      <translation>nid yw’r testun sy’n dechrau yma byth yn cau â dyfynnod dwbl</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/atomic.py" />
      <source>the disk is full</source>
      <translation>mae’r ddisg yn llawn</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/atomic.py" />
      <source>the disk quota is used up</source>
      <translation>mae cwota’r ddisg wedi’i ddefnyddio</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/atomic.py" />
      <source>the folder does not exist</source>
      <translation>nid yw’r ffolder yn bodoli</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/atomic.py" />
      <source>the place is read-only</source>
      <translation>darllen yn unig yw’r lle hwn</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/load.py" />
      <source>unexpected top-level field {name}</source>
      <translation>maes lefel uchaf annisgwyl {name}</translation>
    </message>
    <message>
      <location filename="../../codesign/model/votes.py" />
      <source>voter {voter} has two dot entries on note {note}</source>
      <translation>mae gan y pleidleisiwr {voter} ddau gofnod dot ar y nodyn {note}</translation>
    </message>
    <message>
      <location filename="../../codesign/model/votes.py" />
      <source>voter {voter} placed more than the budget of {budget} dots</source>
      <translation>gosododd y pleidleisiwr {voter} fwy na’r {budget} dot a ganiateir</translation>
    </message>
    <message>
      <location filename="../../codesign/model/votes.py" />
      <source>voter {voter} stacked {count} dots on note {note} but this round does not allow stacking</source>
      <translation>pentyrrodd y pleidleisiwr {voter} {count} dot ar y nodyn {note} ond nid yw’r rownd hon yn caniatáu pentyrru</translation>
    </message>
    <message>
      <location filename="../../codesign/model/board.py" />
      <source>voting round {round} has a dot from unknown voter {voter}</source>
      <translation>mae gan y rownd bleidleisio {round} ddot gan bleidleisiwr anhysbys {voter}</translation>
    </message>
    <message>
      <location filename="../../codesign/model/board.py" />
      <source>voting round {round} has a dot on {note}, not a note</source>
      <translation>mae gan y rownd bleidleisio {round} ddot ar {note}, nad yw’n nodyn</translation>
    </message>
    <message>
      <location filename="../../codesign/model/board.py" />
      <source>voting round {round} is scoped to {cluster}, not a cluster</source>
      <translation>mae’r rownd bleidleisio {round} wedi’i chyfyngu i {cluster}, nad yw’n thema</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/picture_intake.py" />
      <source>{name}: HEIC photos cannot be read here (pillow-heif missing)</source>
      <translation>{name}: does dim modd darllen lluniau HEIC yma (mae pillow-heif ar goll)</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/picture_intake.py" />
      <source>{name}: cannot be read ({reason})</source>
      <translation>{name}: methu ei darllen ({reason})</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/picture_intake.py" />
      <source>{name}: larger than 50 MB, too large for a board</source>
      <translation>{name}: mae’n fwy na 50 MB, yn rhy fawr i fwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/picture_intake.py" />
      <source>{name}: more than 100 megapixels, too large for a board</source>
      <translation>{name}: mae’n fwy na 100 megapicsel, yn rhy fawr i fwrdd</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/picture_intake.py" />
      <source>{name}: not a picture Codesign can read</source>
      <translation>{name}: nid yw’n llun y gall Codesign ei ddarllen</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/container.py" />
      <source>{part} is damaged</source>
      <translation>mae {part} wedi’i ddifrodi</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/container.py" />
      <source>{part} is damaged (its bytes do not match its name)</source>
      <translation>mae {part} wedi’i ddifrodi (nid yw ei feitiau’n cyfateb i’w enw)</translation>
    </message>
    <message>
      <location filename="../../codesign/storage/container.py" />
      <source>{part} is too large ({size} bytes)</source>
      <translation>mae {part} yn rhy fawr ({size} beit)</translation>
    </message>
  </context>
  <context>
    <name>voting</name>
    <message>
      <location filename="../../codesign/canvas/voting_mode.py" />
      <source>Choose who is voting first: tap a name in the Voting panel.</source>
      <translation>Dewiswch pwy sy’n pleidleisio yn gyntaf: tapiwch enw yn y panel Pleidleisio.</translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/voting_mode.py" />
      <source>No round is open: start a voting round first.</source>
      <translation>Does dim rownd ar agor: dechreuwch rownd bleidleisio yn gyntaf.</translation>
    </message>
    <message>
      <location filename="../../codesign/model/voting.py" />
      <source>That note is not part of “{title}”.</source>
      <translation>Nid yw’r nodyn hwnnw’n rhan o “{title}”.</translation>
    </message>
    <message>
      <location filename="../../codesign/model/voting.py" />
      <source>{name} already has a dot on this note: this round allows one dot per note.</source>
      <translation>Mae gan {name} ddot ar y nodyn hwn yn barod: mae’r rownd hon yn caniatáu un dot i bob nodyn.</translation>
    </message>
    <message>
      <location filename="../../codesign/model/voting.py" />
      <source>{name} has no dot on this note to take back.</source>
      <translation>Does gan {name} ddim dot ar y nodyn hwn i’w dynnu’n ôl.</translation>
    </message>
    <message>
      <location filename="../../codesign/model/voting.py" />
      <source>{name} has used all {budget} dots.</source>
      <translation>Mae {name} wedi defnyddio pob un o’r {budget} dot.</translation>
    </message>
    <message>
      <location filename="../../codesign/model/voting.py" />
      <source>{name} has used their only dot.</source>
      <translation>Mae {name} wedi defnyddio’u hunig ddot.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../codesign/canvas/voting_mode.py" />
      <source>{name}: %n dot(s) left</source>
      <translation>
        <numerusform>{name}: %n dot ar ôl</numerusform>
        <numerusform>{name}: %n dot ar ôl</numerusform>
        <numerusform>{name}: %n dot ar ôl</numerusform>
        <numerusform>{name}: %n dot ar ôl</numerusform>
        <numerusform>{name}: %n dot ar ôl</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../codesign/canvas/voting_mode.py" />
      <source>{name}: all dots placed</source>
      <translation>{name}: pob dot wedi’i osod</translation>
    </message>
    <message>
      <location filename="../../codesign/model/voting.py" />
      <source>“{title}” is closed: reopen the round to change votes.</source>
      <translation>Mae “{title}” ar gau: ailagorwch y rownd i newid pleidleisiau.</translation>
    </message>
    <message>
      <location filename="../../codesign/model/voting.py" />
      <source>“{title}” is closed: reopen the round to vote.</source>
      <translation>Mae “{title}” ar gau: ailagorwch y rownd i bleidleisio.</translation>
    </message>
  </context>
</TS>
