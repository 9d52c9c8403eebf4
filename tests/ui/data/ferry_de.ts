<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A few German strings for tst_settingsdialog's languageSwitchRetranslates: one or two
     from each part of the window, compiled by lrelease when the test is built. Not the
     product's translation (translations/ holds that). -->
<TS version="2.1" language="de">
<context><name>ferry::ui::SettingsDialog</name>
<message><source>Settings</source><translation>Einstellungen</translation></message>
<message><source>Theme</source><translation>Farbschema</translation></message>
<message><source>Passwords</source><translation>Passwörter</translation></message>
<message><source>T&amp;heme:</source><translation>&amp;Farbschema:</translation></message>
</context>
<context><name>ferry::ui::PasswordsPage</name>
<message><source>&amp;Move passwords</source><translation>Passwörter &amp;verschieben</translation></message>
</context>
<context><name>ferry::ui::MainMenus</name>
<message><source>&amp;Edit</source><translation>&amp;Bearbeiten</translation></message>
<message><source>&amp;Message log</source><translation>&amp;Meldungsprotokoll</translation></message>
</context>
<context><name>ferry::ui::MainWindow</name>
<message><source>Refresh</source><translation>Aktualisieren</translation></message>
<message><source>Process queue</source><translation>Warteschlange abarbeiten</translation></message>
<message><source>Not connected</source><translation>Nicht verbunden</translation></message>
</context>
<context><name>ferry::ui::ConnectionTab</name>
<message><source>Not connected</source><translation>Nicht verbunden</translation></message>
</context>
<context><name>ferry::ui::SiteActions</name>
<message><source>&amp;Site Manager…</source><translation>&amp;Servermanager…</translation></message>
</context>
<context><name>ferry::ui::PaneMenus</name>
<message><source>Re&amp;fresh</source><translation>A&amp;ktualisieren</translation></message>
</context>
<context><name>ferry::ui::Format</name>
<message><source>Size</source><translation>Größe</translation></message>
</context>
<context><name>ferry::ui::RemotePane</name>
<message><source>Not connected</source><translation>Nicht verbunden</translation></message>
</context>
<context><name>ferry::ui::QueuePanel</name>
<message><source>Queued files (%1)</source><translation>Wartende Dateien (%1)</translation></message>
<message><source>&amp;Pause</source><translation>&amp;Anhalten</translation></message>
</context>
<context><name>ferry::ui::QueueModel</name>
<message><source>Direction</source><translation>Richtung</translation></message>
</context>
<context><name>ferry::ui::LogModel</name>
<message><source>Message</source><translation>Meldung</translation></message>
</context>
<context><name>ferry::ui::QuickConnectBar</name>
<message><source>&amp;Host:</source><translation>&amp;Server:</translation></message>
</context>
<context><name>ferry::ui::SiteManagerDialog</name>
<message><source>Site Manager</source><translation>Servermanager</translation></message>
<message><source>&amp;General</source><translation>&amp;Allgemein</translation></message>
<message><source>&amp;Host:</source><translation>&amp;Server:</translation></message>
</context>
</TS>
