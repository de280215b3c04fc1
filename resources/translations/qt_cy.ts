<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own texts in Welsh: Qt ships no qtbase_cy, so the buttons, file dialogs and text-field
menus Qt draws are translated here. Contexts and sources are Qt's (qtbase), kept by hand;
see docs/translating.md. -->
<TS version="2.1" language="cy" sourcelanguage="en">
  <context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>Iawn</translation></message>
    <message><source>Save</source><translation>Cadw</translation></message>
    <message><source>Save All</source><translation>Cadw’r Cyfan</translation></message>
    <message><source>Open</source><translation>Agor</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Iawn</translation></message>
    <message><source>Yes to &amp;All</source><translation>Iawn i’r &amp;Cyfan</translation></message>
    <message><source>&amp;No</source><translation>&amp;Na</translation></message>
    <message><source>N&amp;o to All</source><translation>N&amp;a i’r Cyfan</translation></message>
    <message><source>Abort</source><translation>Terfynu</translation></message>
    <message><source>Retry</source><translation>Ailgynnig</translation></message>
    <message><source>Ignore</source><translation>Anwybyddu</translation></message>
    <message><source>Close</source><translation>Cau</translation></message>
    <message><source>Cancel</source><translation>Canslo</translation></message>
    <message><source>Discard</source><translation>Gwaredu</translation></message>
    <message><source>Don't Save</source><translation>Peidio â Chadw</translation></message>
    <message><source>Close without Saving</source><translation>Cau heb Gadw</translation></message>
    <message><source>Help</source><translation>Help</translation></message>
    <message><source>Apply</source><translation>Rhoi ar Waith</translation></message>
    <message><source>Reset</source><translation>Ailosod</translation></message>
    <message><source>Restore Defaults</source><translation>Adfer y Rhagosodiadau</translation></message>
  </context>
  <context>
    <name>QGnomeTheme</name>
    <message><source>&amp;OK</source><translation>&amp;Iawn</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Cadw</translation></message>
    <message><source>&amp;Cancel</source><translation>&amp;Canslo</translation></message>
    <message><source>&amp;Close</source><translation>C&amp;au</translation></message>
    <message><source>Close without Saving</source><translation>Cau heb Gadw</translation></message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message><source>Show Details...</source><translation>Dangos y Manylion...</translation></message>
    <message><source>Hide Details...</source><translation>Cuddio’r Manylion...</translation></message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message><source>&amp;Undo</source><translation>&amp;Dadwneud</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Ailwneud</translation></message>
    <message><source>Cu&amp;t</source><translation>&amp;Torri</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Copïo</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Gludo</translation></message>
    <message><source>Delete</source><translation>Dileu</translation></message>
    <message><source>Select All</source><translation>Dewis y Cyfan</translation></message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message><source>&amp;Undo</source><translation>&amp;Dadwneud</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Ailwneud</translation></message>
    <message><source>Cu&amp;t</source><translation>&amp;Torri</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Copïo</translation></message>
    <message><source>Copy &amp;Link Location</source><translation>Copïo &amp;Lleoliad y Ddolen</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Gludo</translation></message>
    <message><source>Delete</source><translation>Dileu</translation></message>
    <message><source>Select All</source><translation>Dewis y Cyfan</translation></message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message><source>Look in:</source><translation>Edrych yn:</translation></message>
    <message><source>&amp;Look in:</source><translation>&amp;Edrych yn:</translation></message>
    <message><source>Files of &amp;type:</source><translation>Ffeiliau o’r &amp;math:</translation></message>
    <message><source>Back</source><translation>Yn ôl</translation></message>
    <message><source>Go back</source><translation>Mynd yn ôl</translation></message>
    <message><source>Alt+Left</source><translation>Alt+Left</translation></message>
    <message><source>Forward</source><translation>Ymlaen</translation></message>
    <message><source>Go forward</source><translation>Mynd ymlaen</translation></message>
    <message><source>Alt+Right</source><translation>Alt+Right</translation></message>
    <message><source>Parent Directory</source><translation>Ffolder Rhiant</translation></message>
    <message><source>Go to the parent directory</source><translation>Mynd i’r ffolder rhiant</translation></message>
    <message><source>Alt+Up</source><translation>Alt+Up</translation></message>
    <message><source>Create New Folder</source><translation>Creu Ffolder Newydd</translation></message>
    <message><source>Create a New Folder</source><translation>Creu Ffolder Newydd</translation></message>
    <message><source>List View</source><translation>Golwg Rhestr</translation></message>
    <message><source>Change to list view mode</source><translation>Newid i’r olwg rhestr</translation></message>
    <message><source>Detail View</source><translation>Golwg Manylion</translation></message>
    <message><source>Change to detail view mode</source><translation>Newid i’r olwg manylion</translation></message>
    <message><source>Sidebar</source><translation>Bar ochr</translation></message>
    <message><source>List of places and bookmarks</source><translation>Rhestr o leoedd a nodau tudalen</translation></message>
    <message><source>Files</source><translation>Ffeiliau</translation></message>
    <message><source>File &amp;name:</source><translation>&amp;Enw’r ffeil:</translation></message>
    <message><source>Files of type:</source><translation>Ffeiliau o’r math:</translation></message>
    <message><source>&amp;Open</source><translation>&amp;Agor</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Cadw</translation></message>
    <message><source>&amp;Choose</source><translation>&amp;Dewis</translation></message>
    <message><source>Open</source><translation>Agor</translation></message>
    <message><source>Save As</source><translation>Cadw fel</translation></message>
    <message><source>All Files (*)</source><translation>Pob Ffeil (*)</translation></message>
    <message><source>All files (*)</source><translation>Pob ffeil (*)</translation></message>
    <message><source>Directories</source><translation>Ffolderi</translation></message>
    <message><source>Directory:</source><translation>Ffolder:</translation></message>
    <message><source>Find Directory</source><translation>Canfod Ffolder</translation></message>
    <message><source>New Folder</source><translation>Ffolder Newydd</translation></message>
    <message><source>&amp;New Folder</source><translation>Ffolder &amp;Newydd</translation></message>
    <message><source>&amp;Rename</source><translation>&amp;Ailenwi</translation></message>
    <message><source>&amp;Delete</source><translation>&amp;Dileu</translation></message>
    <message><source>Delete</source><translation>Dileu</translation></message>
    <message><source>Show &amp;hidden files</source><translation>Dangos ffeiliau &amp;cudd</translation></message>
    <message><source>Recent Places</source><translation>Lleoedd Diweddar</translation></message>
    <message><source>Remove</source><translation>Tynnu</translation></message>
    <message><source>My Computer</source><translation>Fy Nghyfrifiadur</translation></message>
    <message><source>Drive</source><translation>Gyriant</translation></message>
    <message><source>File</source><translation>Ffeil</translation></message>
    <message><source>File Folder</source><translation>Ffolder Ffeiliau</translation></message>
    <message><source>Folder</source><translation>Ffolder</translation></message>
    <message><source>Alias</source><translation>Arallenw</translation></message>
    <message><source>Shortcut</source><translation>Llwybr Byr</translation></message>
    <message><source>Unknown</source><translation>Anhysbys</translation></message>
    <message><source>%1 File</source><translation>Ffeil %1</translation></message>
    <message><source>%1 already exists.
Do you want to replace it?</source><translation>Mae %1 yn bodoli’n barod.
Ydych chi am ei ddisodli?</translation></message>
    <message><source>Are you sure you want to delete '%1'?</source><translation>Ydych chi’n siŵr eich bod am ddileu '%1'?</translation></message>
    <message><source>'%1' is write protected.
Do you want to delete it anyway?</source><translation>Mae '%1' wedi’i ddiogelu rhag ysgrifennu.
Ydych chi am ei ddileu beth bynnag?</translation></message>
    <message><source>Could not delete directory.</source><translation>Methu dileu’r ffolder.</translation></message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message><source>Name</source><translation>Enw</translation></message>
    <message><source>Size</source><translation>Maint</translation></message>
    <message><source>Kind</source><translation>Math</translation></message>
    <message><source>Type</source><translation>Math</translation></message>
    <message><source>Date Modified</source><translation>Dyddiad Newid</translation></message>
    <message><source>My Computer</source><translation>Fy Nghyfrifiadur</translation></message>
    <message><source>Computer</source><translation>Cyfrifiadur</translation></message>
    <message><source>Invalid filename</source><translation>Enw ffeil annilys</translation></message>
  </context>
</TS>
