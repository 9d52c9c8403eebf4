<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DialogParts</name>
    <message>
        <source>I have checked the new fingerprint with the server&apos;s administrator</source>
        <translation>Ich habe den neuen Fingerabdruck mit dem Administrator des Servers geprüft</translation>
    </message>
    <message>
        <source>I have checked the new fingerprint</source>
        <translation>Ich habe den neuen Fingerabdruck geprüft</translation>
    </message>
</context>
<context>
    <name>DirectSave</name>
    <message>
        <source>the drop target did not name a local folder (%1)</source>
        <translation>Das Ablageziel nannte keinen lokalen Ordner (%1)</translation>
    </message>
    <message>
        <source>the drop target named a folder on another computer (%1)</source>
        <translation>Das Ablageziel nannte einen Ordner auf einem anderen Rechner (%1)</translation>
    </message>
    <message>
        <source>the drop target did not name a file in a folder (%1)</source>
        <translation>Das Ablageziel nannte keine Datei in einem Ordner (%1)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>Der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>you cannot write to the folder %1</source>
        <translation>Sie dürfen nicht in den Ordner %1 schreiben</translation>
    </message>
</context>
<context>
    <name>FileOperation</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>, and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>Creating the folder %1</source>
        <translation>Ordner %1 wird erstellt</translation>
    </message>
    <message>
        <source>Creating the empty file %1</source>
        <translation>Leere Datei %1 wird erstellt</translation>
    </message>
    <message>
        <source>Moving %1 to %2</source>
        <translation>%1 wird nach %2 verschoben</translation>
    </message>
    <message>
        <source>Renaming %1 to %2</source>
        <translation>%1 wird in %2 umbenannt</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>%1 wird gelöscht</translation>
    </message>
    <message>
        <source>Deleting %1 items (%2)</source>
        <translation>%1 Einträge werden gelöscht (%2)</translation>
    </message>
    <message>
        <source>%1 items (%2)</source>
        <translation>%1 Einträge (%2)</translation>
    </message>
    <message>
        <source>Setting the permissions of %1 to %2</source>
        <translation>Berechtigungen von %1 werden auf %2 gesetzt</translation>
    </message>
    <message>
        <source>files only</source>
        <translation>nur Dateien</translation>
    </message>
    <message>
        <source>folders only</source>
        <translation>nur Ordner</translation>
    </message>
    <message>
        <source>files and folders</source>
        <translation>Dateien und Ordner</translation>
    </message>
    <message>
        <source>Setting the permissions of %1 to %2, recursively (%3)</source>
        <translation>Berechtigungen von %1 werden rekursiv auf %2 gesetzt (%3)</translation>
    </message>
    <message>
        <source>Created the folder %1</source>
        <translation>Ordner %1 erstellt</translation>
    </message>
    <message>
        <source>Created the empty file %1</source>
        <translation>Leere Datei %1 erstellt</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>%1 nach %2 verschoben</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>Deleted 1 file or folder</source>
        <translation>1 Datei oder Ordner gelöscht</translation>
    </message>
    <message>
        <source>Deleted %1 files and folders</source>
        <translation>%1 Dateien und Ordner gelöscht</translation>
    </message>
    <message>
        <source>Changed the permissions of 1 file or folder to %1</source>
        <translation>Berechtigungen von 1 Datei oder Ordner auf %1 geändert</translation>
    </message>
    <message>
        <source>Changed the permissions of %1 files and folders to %2</source>
        <translation>Berechtigungen von %1 Dateien und Ordnern auf %2 geändert</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>%1 holds entries whose names cannot be used safely (%2); not deleted</source>
        <translation>%1 enthält Einträge, deren Namen nicht sicher verwendet werden können (%2); nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>MasterPasswordKeeper</name>
    <message>
        <source>the vault&apos;s master password was not given</source>
        <translation>Das Master-Passwort des Tresors wurde nicht angegeben</translation>
    </message>
    <message>
        <source>The master password must not be empty.</source>
        <translation>Das Master-Passwort darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Wrong master password. Please try again.</source>
        <translation>Falsches Master-Passwort. Bitte erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>PasswordMover</name>
    <message numerus="yes">
        <source>No password was moved: %n site(s) failed, and every password stays in %1.</source>
        <translation>
            <numerusform>Kein Passwort verschoben: %n Server fehlgeschlagen, alle Passwörter bleiben in %1.</numerusform>
            <numerusform>Kein Passwort verschoben: %n Server fehlgeschlagen, alle Passwörter bleiben in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored password(s) forgotten.</source>
        <translation>
            <numerusform>%n gespeichertes Passwort vergessen.</numerusform>
            <numerusform>%n gespeicherte Passwörter vergessen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) moved from %1 to %2.</source>
        <translation>
            <numerusform>%n Passwort von %1 nach %2 verschoben.</numerusform>
            <numerusform>%n Passwörter von %1 nach %2 verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>the password vault</source>
        <translation>dem Passwort-Tresor</translation>
    </message>
    <message>
        <source>nowhere (passwords are not saved)</source>
        <translation>nirgends (Passwörter werden nicht gespeichert)</translation>
    </message>
    <message>
        <source>No password was moved: %1</source>
        <translation>Kein Passwort verschoben: %1</translation>
    </message>
    <message>
        <source>No password was moved.</source>
        <translation>Kein Passwort verschoben.</translation>
    </message>
    <message>
        <source>Passwords are kept in %1.</source>
        <translation>Passwörter werden in %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>no engine for this connection</source>
        <translation>Keine Engine für diese Verbindung</translation>
    </message>
    <message>
        <source>Connected; the login folder is %1</source>
        <translation>Verbunden; der Anmeldeordner ist %1</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying again in %3 s</source>
        <translation>%1 fehlgeschlagen (%2); neuer Versuch in %3 s</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>Liste %1 auf</translation>
    </message>
    <message numerus="yes">
        <source>Listed %n entries of %1 in %2 ms</source>
        <translation>
            <numerusform>%n Eintrag von %1 in %2 ms aufgelistet</numerusform>
            <numerusform>%n Einträge von %1 in %2 ms aufgelistet</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted; asking</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut; Rückfrage</translation>
    </message>
    <message>
        <source>Certificate rejected</source>
        <translation>Zertifikat abgelehnt</translation>
    </message>
    <message>
        <source>The server&apos;s host key has CHANGED; asking</source>
        <translation>Der Host-Schlüssel des Servers hat sich GEÄNDERT; Rückfrage</translation>
    </message>
    <message>
        <source>The server&apos;s host key is unknown; asking</source>
        <translation>Der Host-Schlüssel des Servers ist unbekannt; Rückfrage</translation>
    </message>
    <message>
        <source>Host key rejected</source>
        <translation>Host-Schlüssel abgelehnt</translation>
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
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alles speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja, &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ein, keine</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Voreinstellungen</translation>
    </message>
</context>
<context>
    <name>QueueSites</name>
    <message>
        <source>no password store</source>
        <translation>Kein Passwortspeicher</translation>
    </message>
</context>
<context>
    <name>ferry::app</name>
    <message>
        <source>Ferry: a desktop client for FTP, FTPS and SFTP.</source>
        <translation>Ferry: ein Desktop-Client für FTP, FTPS und SFTP.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Connect to this URL on start.</source>
        <translation>Beim Start mit dieser URL verbinden.</translation>
    </message>
    <message>
        <source>[url]</source>
        <translation>[url]</translation>
    </message>
    <message>
        <source>Connect to this stored site on start.</source>
        <translation>Beim Start mit diesem gespeicherten Server verbinden.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Open a window of its own even when Ferry runs already (by default the URL or site is opened in a new tab of the running window).</source>
        <translation>Ein eigenes Fenster öffnen, auch wenn Ferry schon läuft (sonst öffnet das laufende Fenster die URL oder den Server in einem neuen Tab).</translation>
    </message>
</context>
<context>
    <name>ferry::archive</name>
    <message>
        <source>this build cannot write %1 archives: %2</source>
        <translation>dieser Build kann keine %1-Archive schreiben: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the link %1</source>
        <translation>die Verknüpfung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 changed while it was archived</source>
        <translation>%1 wurde beim Archivieren verändert</translation>
    </message>
    <message>
        <source>its path leaves the target folder</source>
        <translation>sein Pfad führt aus dem Zielordner hinaus</translation>
    </message>
    <message>
        <source>not a file, folder or link</source>
        <translation>weder Datei noch Ordner noch Verknüpfung</translation>
    </message>
    <message>
        <source>something else of that name exists</source>
        <translation>etwas anderes mit diesem Namen existiert bereits</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <source>cannot replace it: %1</source>
        <translation>kann nicht ersetzt werden: %1</translation>
    </message>
    <message>
        <source>a link pointing outside the target folder (%1)</source>
        <translation>eine Verknüpfung, die aus dem Zielordner hinauszeigt (%1)</translation>
    </message>
    <message>
        <source>a hard link to something outside the extracted files (%1)</source>
        <translation>ein harter Link auf etwas außerhalb der entpackten Dateien (%1)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 holds no member %2</source>
        <translation>%1 enthält keinen Eintrag %2</translation>
    </message>
    <message>
        <source>%1 is shorter than the offset to resume from</source>
        <translation>%1 ist kürzer als die Stelle, ab der fortgesetzt werden soll</translation>
    </message>
    <message>
        <source>%1 is not a file in the archive</source>
        <translation>%1 ist keine Datei im Archiv</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr frei</translation>
    </message>
    <message>
        <source>cannot open the archive %1: %2</source>
        <translation>das Archiv %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the archive is damaged</source>
        <translation>das Archiv ist beschädigt</translation>
    </message>
    <message>
        <source>%1 is encrypted; Ferry cannot read encrypted archive members yet</source>
        <translation>%1 ist verschlüsselt; Ferry kann verschlüsselte Archiveinträge noch nicht lesen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>its path passes through the link %1</source>
        <translation>sein Pfad führt durch die Verknüpfung %1</translation>
    </message>
    <message>
        <source>%1 is in the way and is not a folder</source>
        <translation>%1 steht im Weg und ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 expands beyond the limit of %2 bytes for one member; the extraction was stopped and its files removed</source>
        <translation>%1 wird größer als die Grenze von %2 Bytes für einen Eintrag; das Entpacken wurde abgebrochen und seine Dateien entfernt</translation>
    </message>
    <message>
        <source>%1 expands to more than %2 bytes (the free space or the limit set); the extraction was stopped and its files removed</source>
        <translation>%1 wird größer als %2 Bytes (der freie Speicher oder die gesetzte Grenze); das Entpacken wurde abgebrochen und seine Dateien entfernt</translation>
    </message>
    <message>
        <source>%1 expands more than %2 times (%3 bytes from %4): it looks like a decompression bomb; the extraction was stopped and its files removed</source>
        <translation>%1 wird mehr als %2-mal größer (%3 Bytes aus %4): das sieht nach einer Dekompressionsbombe aus; das Entpacken wurde abgebrochen und seine Dateien entfernt</translation>
    </message>
    <message>
        <source>Wrong password for %1; try again.</source>
        <translation>Falsches Passwort für %1; bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 is encrypted and no password was given</source>
        <translation>%1 ist verschlüsselt und es wurde kein Passwort angegeben</translation>
    </message>
    <message>
        <source>wrong password for the encrypted member %1</source>
        <translation>falsches Passwort für das verschlüsselte Element %1</translation>
    </message>
</context>
<context>
    <name>ferry::archive::ArchiveJobs</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Extract %1 to %2</source>
        <translation>%1 nach %2 entpacken</translation>
    </message>
    <message>
        <source>Compress to %1</source>
        <translation>Nach %1 komprimieren</translation>
    </message>
    <message>
        <source>%1: skipped %2</source>
        <translation>%1: übersprungen: %2</translation>
    </message>
    <message>
        <source>%1 files, %2 folders extracted</source>
        <translation>%1 Dateien, %2 Ordner entpackt</translation>
    </message>
    <message>
        <source>; %1 skipped</source>
        <translation>; %1 übersprungen</translation>
    </message>
    <message>
        <source>%1 bytes written</source>
        <translation>%1 Bytes geschrieben</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter the archive&apos;s password to extract it.</source>
        <translation>%1 ist verschlüsselt. Geben Sie das Passwort des Archivs ein, um es zu entpacken.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
</context>
<context>
    <name>ferry::cli::Cli</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>Unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>expected %1, not &apos;%2&apos;</source>
        <translation>%1 erwartet, nicht „%2“</translation>
    </message>
    <message>
        <source>no such file %1</source>
        <translation>Datei %1 nicht gefunden</translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation>eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>a number from 1 to 10</source>
        <translation>eine Zahl von 1 bis 10</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>Unbekannte Option %1</translation>
    </message>
    <message>
        <source>unknown option %1 (did you mean %2?)</source>
        <translation>Unbekannte Option %1 (meinten Sie %2?)</translation>
    </message>
    <message>
        <source>%1 is a switch and takes no value (remove &apos;=%2&apos;)</source>
        <translation>%1 ist ein Schalter und nimmt keinen Wert („=%2“ entfernen)</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
</context>
<context>
    <name>ferry::cli::CliContext</name>
    <message>
        <source>--site is not available in this build</source>
        <translation>--site ist in dieser Version nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>ferry::cli::CliInteraction</name>
    <message>
        <source>  subject:     %1</source>
        <translation>  Inhaber:     %1</translation>
    </message>
    <message>
        <source>  issuer:      %1</source>
        <translation>  Aussteller:  %1</translation>
    </message>
    <message>
        <source>  valid:       %1 to %2</source>
        <translation>  gültig:      %1 bis %2</translation>
    </message>
    <message>
        <source>@@@ WARNING: THE TLS CERTIFICATE OF %1 HAS CHANGED! @@@</source>
        <translation>@@@ WARNUNG: DAS TLS-ZERTIFIKAT VON %1 HAT SICH GEÄNDERT! @@@</translation>
    </message>
    <message>
        <source>Someone could be intercepting the connection, or the server&apos;s certificate was replaced.</source>
        <translation>Jemand könnte die Verbindung abhören, oder das Zertifikat des Servers wurde ersetzt.</translation>
    </message>
    <message>
        <source>  trusted certificate: %1</source>
        <translation>  vertrautes Zertifikat: %1</translation>
    </message>
    <message>
        <source>  offered certificate: %1</source>
        <translation>  angebotenes Zertifikat: %1</translation>
    </message>
    <message>
        <source>Refused. If the change is expected, check the new fingerprint with the server&apos;s administrator and pass --trust-fingerprint %1 (this run only), or trust it in the GUI; --accept-new never accepts a changed certificate.</source>
        <translation>Abgelehnt. Wenn die Änderung erwartet ist, prüfen Sie den neuen Fingerabdruck mit dem Administrator des Servers und geben Sie --trust-fingerprint %1 an (nur für diesen Aufruf), oder vertrauen Sie ihm im Programmfenster; --accept-new nimmt ein geändertes Zertifikat nie an.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted:</source>
        <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut:</translation>
    </message>
    <message>
        <source>  fingerprint: %1</source>
        <translation>  Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Refused (no terminal to ask). To trust it, pass --trust-fingerprint %1 or --accept-new.</source>
        <translation>Abgelehnt (kein Terminal für die Rückfrage). Um ihm zu vertrauen, geben Sie --trust-fingerprint %1 oder --accept-new an.</translation>
    </message>
    <message>
        <source>Trust it [o]nce, [a]lways, or [N]o? </source>
        <translation>Vertrauen: [o] einmal, [a] immer oder [N] nein? </translation>
    </message>
    <message>
        <source>@@@ WARNING: THE HOST KEY OF %1 HAS CHANGED! @@@</source>
        <translation>@@@ WARNUNG: DER HOST-SCHLÜSSEL VON %1 HAT SICH GEÄNDERT! @@@</translation>
    </message>
    <message>
        <source>Someone could be intercepting the connection, or the server was reinstalled.</source>
        <translation>Jemand könnte die Verbindung abhören, oder der Server wurde neu installiert.</translation>
    </message>
    <message>
        <source>  known key:   %1</source>
        <translation>  bekannter Schlüssel:   %1</translation>
    </message>
    <message>
        <source>  offered key: %1 %2</source>
        <translation>  angebotener Schlüssel: %1 %2</translation>
    </message>
    <message>
        <source>Refused. If the change is expected, remove the old key from your known_hosts file.</source>
        <translation>Abgelehnt. Wenn die Änderung erwartet ist, entfernen Sie den alten Schlüssel aus Ihrer known_hosts-Datei.</translation>
    </message>
    <message>
        <source>The SSH host key of %1 is unknown.</source>
        <translation>Der SSH-Host-Schlüssel von %1 ist unbekannt.</translation>
    </message>
    <message>
        <source>This server&apos;s %1 key is known (%2); it now offers an %3 key. Check with the server&apos;s administrator that it has both.</source>
        <translation>Der %1-Schlüssel dieses Servers ist bekannt (%2); jetzt bietet er einen %3-Schlüssel an. Fragen Sie beim Administrator des Servers nach, ob er beide hat.</translation>
    </message>
    <message>
        <source>  %1 fingerprint: %2</source>
        <translation>  %1-Fingerabdruck: %2</translation>
    </message>
    <message>
        <source>Refused (no terminal to ask). To trust it, pass --hostkey %1 or --accept-new.</source>
        <translation>Abgelehnt (kein Terminal für die Rückfrage). Um ihm zu vertrauen, geben Sie --hostkey %1 oder --accept-new an.</translation>
    </message>
    <message>
        <source>Trust it and remember it [y/N]? </source>
        <translation>Vertrauen und merken [y = ja / N = nein]? </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
</context>
<context>
    <name>ferry::cli::Help</name>
    <message>
        <source>Usage: ferry-cli [global options] COMMAND [options] ARGS...

Commands:
</source>
        <translation>Aufruf: ferry-cli [globale Optionen] BEFEHL [Optionen] ARGUMENTE...

Befehle:
</translation>
    </message>
    <message>
        <source>URLs: ftp://, ftpes:// (explicit TLS), ftps:// (implicit TLS), sftp://
  [user[:password]@]host[:port]/path; user, password and path are percent-decoded.
  FTP paths are relative to the login folder (ftp://host//etc or ftp://host/%2Fetc for /etc);
  SFTP paths are absolute, /~/ starts at the home folder. No user: anonymous (FTP).
</source>
        <translation>URLs: ftp://, ftpes:// (explizites TLS), ftps:// (implizites TLS), sftp://
  [benutzer[:passwort]@]host[:port]/pfad; Benutzer, Passwort und Pfad sind URL-kodiert.
  FTP-Pfade sind relativ zum Anmeldeordner (ftp://host//etc oder ftp://host/%2Fetc für /etc);
  SFTP-Pfade sind absolut, /~/ beginnt im Home-Ordner. Ohne Benutzer: anonym (FTP).
</translation>
    </message>
    <message>
        <source>Without a terminal, an untrusted certificate or unknown host key is refused (exit 3)
with its fingerprint in the message; a changed host key is always refused.
A progress bar is drawn on standard error when it is a terminal.
</source>
        <translation>Ohne Terminal wird ein nicht vertrauenswürdiges Zertifikat oder ein unbekannter
Host-Schlüssel abgelehnt (Exit-Code 3), mit seinem Fingerabdruck in der Meldung; ein
geänderter Host-Schlüssel wird immer abgelehnt. Ist die Standardfehlerausgabe ein
Terminal, erscheint dort ein Fortschrittsbalken.
</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 remote or local error, 3 trust refused,
            4 authentication failed, 5 partly failed (recursive transfers, queue).
</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Aufruffehler, 2 entfernter oder lokaler Fehler, 3 Vertrauen
            abgelehnt, 4 Anmeldung fehlgeschlagen, 5 teilweise fehlgeschlagen
            (rekursive Übertragungen, Warteschlange).
</translation>
    </message>
    <message>
        <source>(see ferry-cli --help)
</source>
        <translation>(siehe ferry-cli --help)
</translation>
    </message>
    <message>
        <source>ls [--json] URL                       list a folder (or show one file)</source>
        <translation>ls [--json] URL                       einen Ordner auflisten (oder eine Datei zeigen)</translation>
    </message>
    <message>
        <source>mkdir URL                             create a folder</source>
        <translation>mkdir URL                             einen Ordner erstellen</translation>
    </message>
    <message>
        <source>rm [-r] URL                           delete a file or, with -r, a folder and its contents</source>
        <translation>rm [-r] URL                           eine Datei oder, mit -r, einen Ordner samt Inhalt löschen</translation>
    </message>
    <message>
        <source>mv URL NEWPATH                        rename or move (NEWPATH: a URL, an absolute path,
                                        or a path relative to the source&apos;s folder)</source>
        <translation>mv URL NEUERPFAD                      umbenennen oder verschieben (NEUERPFAD: eine URL, ein
                                        absoluter Pfad oder ein Pfad relativ zum Quellordner)</translation>
    </message>
    <message>
        <source>chmod MODE URL                        change permissions (octal MODE, e.g. 644)</source>
        <translation>chmod MODUS URL                       Berechtigungen ändern (oktaler MODUS, z. B. 644)</translation>
    </message>
    <message>
        <source>queue add|list|run|pause|resume|retry|remove|priority|clear
                                        the persistent transfer queue; &apos;ferry-cli queue&apos; for details</source>
        <translation>queue add|list|run|pause|resume|retry|remove|priority|clear
                                        die dauerhafte Warteschlange; Details mit „ferry-cli queue“</translation>
    </message>
    <message>
        <source>sites list|add|remove|import-filezilla|import-ssh-config|export-filezilla|backend
                                        saved sites; &apos;ferry-cli sites&apos; for details</source>
        <translation>sites list|add|remove|import-filezilla|import-ssh-config|export-filezilla|backend
                                        gespeicherte Server; Details mit „ferry-cli sites“</translation>
    </message>
    <message>
        <source>
Usage: ferry-cli sites SUBCOMMAND ...
  list [--json]                      the saved sites (never their passwords)
  add NAME URL [options]             save a site; a password comes from the URL,
                                     --password-stdin or FERRY_PASSWORD
      --folder A/B  --logon anonymous|normal|ask|interactive|keyfile|agent
      --key-file FILE  --active|--passive  --charset auto|utf-8|NAME
      --timezone-offset MINUTES  --max-connections N  --local-dir DIR
      --remote-dir /DIR  --comment TEXT  --tls-if-available (ftp://)
  remove NAME                        delete a site and its stored password
  import-filezilla FILE [--folder A/B]   FileZilla&apos;s sitemanager.xml
  import-ssh-config [FILE] [--folder A/B] OpenSSH hosts (default ~/.ssh/config)
  export-filezilla FILE [--with-passwords]
  backend [auto|keyring|vault|none]  show or choose where passwords are kept
                                     (the stored passwords stay where they are)
  passwords move --to keyring|vault|none
                                     move every stored password there and keep them
                                     there from now on (none: forget them)
  passwords master                   give the vault a new master password (the new one
                                     from FERRY_NEW_MASTER_PASSWORD, the second line of
                                     standard input, or a prompt)
NAME is a site&apos;s name, or Folder/Sub/name when names repeat. The vault&apos;s master password
comes from FERRY_MASTER_PASSWORD, --master-password-stdin (the first line of standard
input), or a prompt on a terminal.
</source>
        <translation>
Aufruf: ferry-cli sites UNTERBEFEHL ...
  list [--json]                      die gespeicherten Server (nie ihre Passwörter)
  add NAME URL [Optionen]            einen Server speichern; das Passwort kommt aus der URL,
                                     --password-stdin oder FERRY_PASSWORD
      --folder A/B  --logon anonymous|normal|ask|interactive|keyfile|agent
      --key-file DATEI  --active|--passive  --charset auto|utf-8|NAME
      --timezone-offset MINUTEN  --max-connections N  --local-dir ORDNER
      --remote-dir /ORDNER  --comment TEXT  --tls-if-available (ftp://)
  remove NAME                        einen Server und sein gespeichertes Passwort löschen
  import-filezilla DATEI [--folder A/B]   sitemanager.xml von FileZilla
  import-ssh-config [DATEI] [--folder A/B] OpenSSH-Hosts (Standard ~/.ssh/config)
  export-filezilla DATEI [--with-passwords]
  backend [auto|keyring|vault|none]  zeigen oder wählen, wo Passwörter liegen
                                     (gespeicherte Passwörter bleiben, wo sie sind)
  passwords move --to keyring|vault|none
                                     alle gespeicherten Passwörter dorthin verschieben und
                                     künftig dort speichern (none: vergessen)
  passwords master                   dem Tresor ein neues Master-Passwort geben (das neue
                                     aus FERRY_NEW_MASTER_PASSWORD, der zweiten Zeile der
                                     Standardeingabe oder einer Abfrage)
NAME ist der Name eines Servers, oder Ordner/Unter/name, wenn Namen doppelt sind. Das
Master-Passwort des Tresors kommt aus FERRY_MASTER_PASSWORD, --master-password-stdin
(der ersten Zeile der Standardeingabe) oder einer Abfrage im Terminal.
</translation>
    </message>
    <message>
        <source>get [-r] [--resume] URL LOCAL         download a file or, with -r, a folder
get --extract URL FOLDER              download an archive and extract it into FOLDER</source>
        <translation>get [-r] [--resume] URL LOKAL         eine Datei oder, mit -r, einen Ordner herunterladen
get --extract URL ORDNER              ein Archiv herunterladen und in ORDNER entpacken</translation>
    </message>
    <message>
        <source>put [-r] [--resume] LOCAL URL         upload a file or, with -r, a folder;
                                        LOCAL may be ARCHIVE!/member/path (docs/archives.md)</source>
        <translation>put [-r] [--resume] LOKAL URL         eine Datei oder, mit -r, einen Ordner hochladen;
                                        LOKAL darf ARCHIV!/eintrag/pfad sein (docs/archives.md)</translation>
    </message>
    <message>
        <source>usage: ferry-cli queue add get URL LOCAL | add put LOCAL URL | add copy URL URL
                       (LOCAL may be ARCHIVE!/member/path)
                       [--exists ACTION] [--priority N] [--no-part] [--temp-upload] [--no-preserve-time]
       ferry-cli queue list [--json]
       ferry-cli queue run [--parallel N] [--limit-rate RATE] [--limit-each RATE] [--exists ACTION] [--retries N] [--list-connections N]
       ferry-cli queue pause|resume|retry|remove ID | priority ID N | move ID BEFORE_ID|end | clear --done
ACTION: ask, overwrite, newer, size, resume, rename, skip; RATE: bytes per second,
optional K, M or G suffix (1024-based), e.g. 40M
</source>
        <translation>Aufruf: ferry-cli queue add get URL LOKAL | add put LOKAL URL | add copy URL URL
                       (LOKAL darf ARCHIV!/eintrag/pfad sein)
                       [--exists AKTION] [--priority N] [--no-part] [--temp-upload] [--no-preserve-time]
       ferry-cli queue list [--json]
       ferry-cli queue run [--parallel N] [--limit-rate RATE] [--limit-each RATE] [--exists AKTION] [--retries N] [--list-connections N]
       ferry-cli queue pause|resume|retry|remove ID | priority ID N | move ID VOR_ID|end | clear --done
AKTION: ask, overwrite, newer, size, resume, rename, skip; RATE: Bytes pro Sekunde,
optional mit Endung K, M oder G (zur Basis 1024), z. B. 40M
</translation>
    </message>
    <message>
        <source>usage: ferry-cli sync [--dry-run] [--delete] [--direction up|down] [--compare size,time|checksum]
                      [--exclude GLOB]... [--json] [--parallel N] [--list-connections N] LOCAL URL
Makes the target (URL for up, the default; LOCAL for down) match the source.
</source>
        <translation>Aufruf: ferry-cli sync [--dry-run] [--delete] [--direction up|down] [--compare size,time|checksum]
                      [--exclude MUSTER]... [--json] [--parallel N] [--list-connections N] LOKAL URL
Gleicht das Ziel (URL bei up, der Vorgabe; LOKAL bei down) an die Quelle an.
</translation>
    </message>
    <message>
        <source>usage: ferry-cli watch [--delete] [--exclude GLOB]... [--settle MS] [--parallel N]
                       [--list-connections N] LOCAL URL
Syncs LOCAL up to URL, then sends every local change once the file has been quiet for
--settle milliseconds (default 1000), until Ctrl-C. --delete also removes on the server
what was removed (or renamed away) locally.
</source>
        <translation>Aufruf: ferry-cli watch [--delete] [--exclude MUSTER]... [--settle MS] [--parallel N]
                        [--list-connections N] LOKAL URL
Gleicht LOKAL mit URL ab und sendet danach jede lokale Änderung, sobald die Datei
--settle Millisekunden (Vorgabe 1000) unverändert blieb, bis Strg+C. --delete entfernt
auf dem Server auch, was lokal entfernt (oder wegbenannt) wurde.
</translation>
    </message>
    <message>
        <source>Options (anywhere on the line; --name VALUE or --name=VALUE; after -- every argument
is a plain argument; an unknown option is an error):
  --site NAME            use a saved site instead of a URL&apos;s host part (a path may follow)
  --password-stdin       read the password from the first line of standard input
                         (also: FERRY_PASSWORD in the environment)
  -r, --recursive        walk folders (get, put, rm)
  --resume               continue a partial transfer from where it stopped
  --follow-links         put -r, queue add put: upload links to files outside the folder
  --json                 machine-readable output (ls, sites list, queue list, sync&apos;s plan)
  --active | --passive   FTP data connection mode (default: passive)
  --ca-file FILE         trust the CA certificates in FILE for this run
  --trust-fingerprint SHA256:...  trust the server certificate with this fingerprint
  --accept-new           store an unknown certificate or host key (never a changed host key)
  --identity FILE        SSH private key to try (repeatable)
  --known-hosts FILE     extra OpenSSH known_hosts file
  --hostkey SHA256:...   accept this SSH host key for this run
  --timeout SECONDS      wait this long for the server (default 20)
  --verbose              print the protocol conversation on standard error
  --charset NAME         FTP file names in this character set (default: UTF-8;
                         e.g. ISO-8859-1 for old servers)
  --parallel N           get -r, put -r, queue run, sync: transfer connections per
                         server (1-10; sync: default 4; the remote tree is listed
                         over --list-connections)
  --limit-rate RATE      queue run, get/put --parallel: bytes per second for downloads
                         and for uploads; K, M, G are 1024-based (e.g. 40M)
  --exists ACTION        queue add/run: when the target exists: ask, overwrite, newer,
                         size, resume, rename, skip
  --retries N            queue run: tries again after a dropped connection (default 5)
  --config-dir DIR       config folder (also FERRY_CONFIG_DIR)
  --data-dir DIR         data folder (also FERRY_DATA_DIR)
  --master-password-stdin  read the vault&apos;s master password from standard input
                         (also: FERRY_MASTER_PASSWORD)
  -h, --help             this text; -v, --version: the version
</source>
        <translation>Optionen (überall in der Zeile; --name WERT oder --name=WERT; nach -- ist jedes Argument
ein einfaches Argument; eine unbekannte Option ist ein Fehler):
  --site NAME            einen gespeicherten Server statt des Host-Teils einer URL nutzen
                         (ein Pfad darf folgen)
  --password-stdin       das Passwort aus der ersten Zeile der Standardeingabe lesen
                         (auch: FERRY_PASSWORD in der Umgebung)
  -r, --recursive        Ordner durchlaufen (get, put, rm)
  --resume               eine abgebrochene Übertragung dort fortsetzen, wo sie endete
  --follow-links         put -r, queue add put: Links auf Dateien außerhalb des Ordners hochladen
  --json                 maschinenlesbare Ausgabe (ls, sites list, queue list, der Plan von sync)
  --active | --passive   FTP-Datenverbindungsmodus (Standard: passiv)
  --ca-file DATEI        den CA-Zertifikaten in DATEI für diesen Aufruf vertrauen
  --trust-fingerprint SHA256:...  dem Serverzertifikat mit diesem Fingerabdruck vertrauen
  --accept-new           ein unbekanntes Zertifikat oder einen unbekannten Host-Schlüssel
                         speichern (nie einen geänderten Host-Schlüssel)
  --identity DATEI       zu versuchender privater SSH-Schlüssel (wiederholbar)
  --known-hosts DATEI    zusätzliche OpenSSH-known_hosts-Datei
  --hostkey SHA256:...   diesen SSH-Host-Schlüssel für diesen Aufruf annehmen
  --timeout SEKUNDEN     so lange auf den Server warten (Standard 20)
  --verbose              das Protokollgespräch auf der Standardfehlerausgabe zeigen
  --charset NAME         FTP-Dateinamen in diesem Zeichensatz (Standard: UTF-8;
                         z. B. ISO-8859-1 für alte Server)
  --parallel N           get -r, put -r, queue run, sync: Übertragungsverbindungen je
                         Server (1-10; sync: Standard 4; der entfernte Baum wird über
                         --list-connections gelistet)
  --limit-rate RATE      queue run, get/put --parallel: Bytes pro Sekunde für Downloads
                         und für Uploads; K, M, G zur Basis 1024 (z. B. 40M)
  --exists AKTION        queue add/run: wenn das Ziel existiert: ask, overwrite, newer,
                         size, resume, rename, skip
  --retries N            queue run: neue Versuche nach Verbindungsabbruch (Standard 5)
  --config-dir ORDNER    Konfigurationsordner (auch FERRY_CONFIG_DIR)
  --data-dir ORDNER      Datenordner (auch FERRY_DATA_DIR)
  --master-password-stdin  das Master-Passwort des Tresors von der Standardeingabe lesen
                         (auch: FERRY_MASTER_PASSWORD)
  -h, --help             dieser Text; -v, --version: die Version
</translation>
    </message>
    <message>
        <source>  --list-connections N   sync, watch, get -r, rm -r, queue run: connections that list
                         the remote tree at once (1-10; default 10 for FTP and FTPS,
                         2 for SFTP; 1: each folder when its turn comes)
</source>
        <translation>  --list-connections N   sync, watch, get -r, rm -r, queue run: so viele Verbindungen
                         listen den entfernten Baum gleichzeitig (1-10; Vorgabe 10 für
                         FTP und FTPS, 2 für SFTP; 1: jeder Ordner, wenn er an der Reihe ist)
</translation>
    </message>
</context>
<context>
    <name>ferry::cli::QueueCommand</name>
    <message>
        <source>ferry-cli: the password in the URL is not kept in the queue; give it when the queue runs
  (FERRY_PASSWORD, --password-stdin) or save the site with &apos;ferry-cli sites add&apos;
</source>
        <translation>ferry-cli: Das Passwort in der URL wird nicht in der Warteschlange gespeichert; geben Sie es beim Abarbeiten an
  (FERRY_PASSWORD, --password-stdin) oder speichern Sie den Server mit &apos;ferry-cli sites add&apos;
</translation>
    </message>
    <message>
        <source>--exists takes ask, overwrite, newer, size, resume, rename or skip, not &apos;%1&apos;</source>
        <translation>--exists erwartet ask, overwrite, newer, size, resume, rename oder skip, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>queue add takes get URL LOCAL, put LOCAL URL or copy URL URL</source>
        <translation>queue add erwartet get URL LOKAL, put LOKAL URL oder copy URL URL</translation>
    </message>
    <message>
        <source>--priority takes a number</source>
        <translation>--priority erwartet eine Zahl</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>queue add copy takes two URLs (not --site)</source>
        <translation>queue add copy erwartet zwei URLs (nicht --site)</translation>
    </message>
    <message>
        <source>queue add: &apos;%1&apos; is not get, put or copy</source>
        <translation>queue add: &apos;%1&apos; ist weder get noch put noch copy</translation>
    </message>
    <message>
        <source>%1 queued, %2 running, %3 paused, %4 failed, %5 done
</source>
        <translation>%1 wartend, %2 laufend, %3 angehalten, %4 fehlgeschlagen, %5 fertig
</translation>
    </message>
    <message>
        <source>ferry-cli: %1 exists; skipped (choose with --exists ACTION)</source>
        <translation>ferry-cli: %1 existiert; übersprungen (wählen mit --exists AKTION)</translation>
    </message>
    <message>
        <source>%1 exists (%2, %3); the source has %4, %5.</source>
        <translation>%1 existiert (%2, %3); die Quelle hat %4, %5.</translation>
    </message>
    <message>
        <source>  [o]verwrite, if [n]ewer, if [s]ize differs, [r]esume, re[n]ame as copy: [c], s[k]ip;
  capital letter: the same for all: </source>
        <translation>  [o] überschreiben, [n] wenn neuer, [s] wenn Größe anders, [r] fortsetzen, [c] als Kopie umbenennen, [k] überspringen;
  Großbuchstabe: dasselbe für alle: </translation>
    </message>
    <message>
        <source>--limit-rate takes bytes per second, e.g. 500K or 40M, not &apos;%1&apos;</source>
        <translation>--limit-rate erwartet Bytes pro Sekunde, z. B. 500K oder 40M, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--limit-each takes bytes per second, e.g. 500K or 40M, not &apos;%1&apos;</source>
        <translation>--limit-each erwartet Bytes pro Sekunde, z. B. 500K oder 40M, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--retries takes a number from 0 to 100</source>
        <translation>--retries erwartet eine Zahl von 0 bis 100</translation>
    </message>
    <message>
        <source>done %1 (%2, verified: %3)</source>
        <translation>fertig: %1 (%2, geprüft: %3)</translation>
    </message>
    <message>
        <source>ferry-cli: warning: skipped %1: %2</source>
        <translation>ferry-cli: Warnung: %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>ferry-cli: failed %1: %2</source>
        <translation>ferry-cli: fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <source>%1 done | %2</source>
        <translation>%1 fertig | %2</translation>
    </message>
    <message>
        <source>ferry-cli: stopping; unfinished transfers stay queued</source>
        <translation>ferry-cli: wird beendet; unfertige Übertragungen bleiben in der Warteschlange</translation>
    </message>
    <message>
        <source>ferry-cli: %1 done, %2 skipped, %3 failed
</source>
        <translation>ferry-cli: %1 fertig, %2 übersprungen, %3 fehlgeschlagen
</translation>
    </message>
    <message>
        <source>queue %1 takes an item ID (see &apos;ferry-cli queue list&apos;)</source>
        <translation>queue %1 erwartet die ID eines Eintrags (siehe &apos;ferry-cli queue list&apos;)</translation>
    </message>
    <message>
        <source>queue needs a subcommand</source>
        <translation>queue braucht einen Unterbefehl</translation>
    </message>
    <message>
        <source>queue clear takes --done</source>
        <translation>queue clear erwartet --done</translation>
    </message>
    <message>
        <source>finished items removed: %1</source>
        <translation>fertige Einträge entfernt: %1</translation>
    </message>
    <message>
        <source>unknown queue subcommand &apos;%1&apos;</source>
        <translation>unbekannter queue-Unterbefehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>queue move takes an ID and the ID to put it before (or &apos;end&apos;)</source>
        <translation>queue move erwartet eine ID und die ID, vor die sie kommt (oder &apos;end&apos;)</translation>
    </message>
    <message>
        <source>queue priority takes an ID and a number</source>
        <translation>queue priority erwartet eine ID und eine Zahl</translation>
    </message>
    <message>
        <source>%1 is not a file in the archive</source>
        <translation>%1 ist keine Datei im Archiv</translation>
    </message>
    <message>
        <source>--list-connections takes a number from 1 to 10</source>
        <translation>--list-connections erwartet eine Zahl von 1 bis 10</translation>
    </message>
</context>
<context>
    <name>ferry::cli::RemoteCommands</name>
    <message>
        <source>ferry-cli: warning: %1</source>
        <translation>ferry-cli: Warnung: %1</translation>
    </message>
    <message>
        <source>files copied: %1, failed: %2, skipped: %3</source>
        <translation>Dateien kopiert: %1, fehlgeschlagen: %2, übersprungen: %3</translation>
    </message>
    <message>
        <source>skipped &apos;%1&apos; in %2: %3</source>
        <translation>&apos;%1&apos; in %2 übersprungen: %3</translation>
    </message>
    <message>
        <source>skipped %1: %2 (--follow-links follows it)</source>
        <translation>%1 übersprungen: %2 (--follow-links folgt ihm)</translation>
    </message>
    <message>
        <source>skipped the link %1: %2</source>
        <translation>Verknüpfung %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1; sending the files one by one</source>
        <translation>%1; die Dateien werden einzeln gesendet</translation>
    </message>
    <message>
        <source>%1 holds entries with unsafe names (%2); not removing it</source>
        <translation>%1 enthält Einträge mit unsicheren Namen (%2); wird nicht gelöscht</translation>
    </message>
    <message>
        <source>ls takes one URL</source>
        <translation>ls erwartet eine URL</translation>
    </message>
    <message>
        <source>skipped &apos;%1&apos;: not a safe file name</source>
        <translation>&apos;%1&apos; übersprungen: kein sicherer Dateiname</translation>
    </message>
    <message>
        <source>get takes a URL and a local path</source>
        <translation>get erwartet eine URL und einen lokalen Pfad</translation>
    </message>
    <message>
        <source>%1 is a folder: use -r</source>
        <translation>%1 ist ein Ordner: -r verwenden</translation>
    </message>
    <message>
        <source>put takes a local path and a URL</source>
        <translation>put erwartet einen lokalen Pfad und eine URL</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 has no usable file name</source>
        <translation>%1 hat keinen verwendbaren Dateinamen</translation>
    </message>
    <message>
        <source>mkdir takes one URL</source>
        <translation>mkdir erwartet eine URL</translation>
    </message>
    <message>
        <source>rm takes one URL</source>
        <translation>rm erwartet eine URL</translation>
    </message>
    <message>
        <source>refusing to remove %1, the login or root folder</source>
        <translation>%1 wird nicht gelöscht: es ist der Anmelde- oder Wurzelordner</translation>
    </message>
    <message>
        <source>mv takes a URL and a new path</source>
        <translation>mv erwartet eine URL und einen neuen Pfad</translation>
    </message>
    <message>
        <source>chmod takes an octal MODE and a URL</source>
        <translation>chmod erwartet einen oktalen MODUS und eine URL</translation>
    </message>
    <message>
        <source>MODE must be octal, like 644 or 0755</source>
        <translation>MODUS muss oktal sein, etwa 644 oder 0755</translation>
    </message>
    <message>
        <source>%1 is encrypted (in %2).</source>
        <translation>%1 ist verschlüsselt (in %2).</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>ETA %1 s</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>skipped %1: not a safe path</source>
        <translation>%1 übersprungen: kein sicherer Pfad</translation>
    </message>
    <message>
        <source>skipped %1: not a safe file name</source>
        <translation>%1 übersprungen: kein sicherer Dateiname</translation>
    </message>
    <message>
        <source>skipped %1: a link or special file inside an archive is not uploaded</source>
        <translation>%1 übersprungen: ein Link oder eine Spezialdatei in einem Archiv wird nicht hochgeladen</translation>
    </message>
    <message>
        <source>%1 is not a file in the archive</source>
        <translation>%1 ist keine Datei im Archiv</translation>
    </message>
    <message>
        <source>%1 is a folder, not an archive</source>
        <translation>%1 ist ein Ordner, kein Archiv</translation>
    </message>
    <message>
        <source>extracting %1</source>
        <translation>%1 wird entpackt</translation>
    </message>
    <message>
        <source>the downloaded archive is kept as %1</source>
        <translation>das heruntergeladene Archiv bleibt als %1 erhalten</translation>
    </message>
    <message>
        <source>extracted: %1 files, %2 folders, %3 links; skipped: %4</source>
        <translation>entpackt: %1 Dateien, %2 Ordner, %3 Links; übersprungen: %4</translation>
    </message>
    <message>
        <source>ferry-cli: listed %1 remote folders, up to %2 at once, in %3 ms
</source>
        <translation>ferry-cli: %1 Ordner auf dem Server gelistet, bis zu %2 gleichzeitig, in %3 ms
</translation>
    </message>
    <message>
        <source>ferry-cli: warning: no second connection for listing ahead (%1); listing each folder as the download reaches it
</source>
        <translation>ferry-cli: Warnung: keine zweite Verbindung zum Vorauslisten (%1); jeder Ordner wird aufgelistet, wenn der Download ihn erreicht
</translation>
    </message>
    <message>
        <source>ferry-cli: listed %1 remote folders, up to %2 at once; removed %3 files and folders over up to %4 connections in %5 ms
</source>
        <translation>ferry-cli: %1 entfernte Ordner gelistet, bis zu %2 gleichzeitig; %3 Dateien und Ordner über bis zu %4 Verbindungen in %5 ms gelöscht
</translation>
    </message>
</context>
<context>
    <name>ferry::cli::SitesCommand</name>
    <message>
        <source>New master password for the password vault: </source>
        <translation>Neues Master-Passwort für den Passwort-Tresor: </translation>
    </message>
    <message>
        <source>Master password for the password vault: </source>
        <translation>Master-Passwort für den Passwort-Tresor: </translation>
    </message>
    <message>
        <source>Repeat the master password: </source>
        <translation>Master-Passwort wiederholen: </translation>
    </message>
    <message>
        <source>the master passwords do not match</source>
        <translation>die Master-Passwörter stimmen nicht überein</translation>
    </message>
    <message>
        <source>the password vault needs its master password: set FERRY_MASTER_PASSWORD or pass --master-password-stdin</source>
        <translation>der Passwort-Tresor braucht sein Master-Passwort: FERRY_MASTER_PASSWORD setzen oder --master-password-stdin angeben</translation>
    </message>
    <message>
        <source>--logon: unknown logon type &apos;%1&apos;</source>
        <translation>--logon: unbekannte Anmeldeart &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--timezone-offset takes minutes, -1440 to 1440</source>
        <translation>--timezone-offset erwartet Minuten, -1440 bis 1440</translation>
    </message>
    <message>
        <source>--max-connections takes a number from 0 (the default) to 10</source>
        <translation>--max-connections erwartet eine Zahl von 0 (Standard) bis 10</translation>
    </message>
    <message>
        <source>the default remote folder must be absolute (ftp://host//dir or --remote-dir /dir)</source>
        <translation>der Standardordner auf dem Server muss absolut sein (ftp://host//dir oder --remote-dir /dir)</translation>
    </message>
    <message>
        <source>a key file logon needs sftp:// and --key-file FILE</source>
        <translation>eine Anmeldung mit Schlüsseldatei braucht sftp:// und --key-file DATEI</translation>
    </message>
    <message>
        <source>sites add takes NAME and URL</source>
        <translation>sites add erwartet NAME und URL</translation>
    </message>
    <message>
        <source>a site name cannot contain &apos;/&apos;; use --folder for folders</source>
        <translation>ein Servername darf kein &apos;/&apos; enthalten; für Ordner --folder verwenden</translation>
    </message>
    <message>
        <source>ferry-cli: the %1 logon keeps no password; it was not saved</source>
        <translation>ferry-cli: die Anmeldeart %1 speichert kein Passwort; es wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>added %1 (password in the %2)</source>
        <translation>%1 hinzugefügt (Passwort im %2)</translation>
    </message>
    <message>
        <source>sites remove takes NAME</source>
        <translation>sites remove erwartet NAME</translation>
    </message>
    <message>
        <source>ferry-cli: the site is removed, but its stored password could not be: %1</source>
        <translation>ferry-cli: der Server ist entfernt, sein gespeichertes Passwort aber nicht: %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>ferry-cli: warning: %1</source>
        <translation>ferry-cli: Warnung: %1</translation>
    </message>
    <message>
        <source>ferry-cli: passwords not imported: %1</source>
        <translation>ferry-cli: Passwörter nicht importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>imported %n site(s)</source>
        <translation>
            <numerusform>%n Server importiert</numerusform>
            <numerusform>%n Server importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) in the %1</source>
        <translation>
            <numerusform>%n Passwort im %1</numerusform>
            <numerusform>%n Passwörter im %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set to ask for the password</source>
        <translation>
            <numerusform>%n fragt nach dem Passwort</numerusform>
            <numerusform>%n fragen nach dem Passwort</numerusform>
        </translation>
    </message>
    <message>
        <source>sites export-filezilla takes FILE</source>
        <translation>sites export-filezilla erwartet DATEI</translation>
    </message>
    <message numerus="yes">
        <source>exported %n site(s) to %1</source>
        <translation>
            <numerusform>%n Server nach %1 exportiert</numerusform>
            <numerusform>%n Server nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n site(s) with %2 password(s) to %1</source>
        <translation>
            <numerusform>%n Server mit %2 Passwort/Passwörtern nach %1 exportiert</numerusform>
            <numerusform>%n Server mit %2 Passwort/Passwörtern nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>sites backend takes auto, keyring, vault or none</source>
        <translation>sites backend erwartet auto, keyring, vault oder none</translation>
    </message>
    <message>
        <source>passwords: %1</source>
        <translation>Passwörter: %1</translation>
    </message>
    <message>
        <source>sites passwords move takes --to keyring, vault or none</source>
        <translation>sites passwords move erwartet --to keyring, vault oder none</translation>
    </message>
    <message>
        <source>ferry-cli: not moved: %1</source>
        <translation>ferry-cli: nicht verschoben: %1</translation>
    </message>
    <message>
        <source>ferry-cli: moved, but a copy is left in the %1: %2</source>
        <translation>ferry-cli: verschoben, aber eine Kopie bleibt im %1: %2</translation>
    </message>
    <message>
        <source>sites passwords master takes no arguments</source>
        <translation>sites passwords master erwartet keine Argumente</translation>
    </message>
    <message>
        <source>there is no password vault at %1 yet</source>
        <translation>unter %1 gibt es noch keinen Passwort-Tresor</translation>
    </message>
    <message>
        <source>Repeat the new master password: </source>
        <translation>Neues Master-Passwort wiederholen: </translation>
    </message>
    <message>
        <source>the new master passwords do not match</source>
        <translation>die neuen Master-Passwörter stimmen nicht überein</translation>
    </message>
    <message>
        <source>the new master password: set FERRY_NEW_MASTER_PASSWORD, or pass --master-password-stdin with the old one on the first line of standard input and the new one on the second</source>
        <translation>das neue Master-Passwort: FERRY_NEW_MASTER_PASSWORD setzen oder --master-password-stdin angeben, mit dem alten in der ersten und dem neuen in der zweiten Zeile der Standardeingabe</translation>
    </message>
    <message>
        <source>the password vault %1 has a new master password</source>
        <translation>der Passwort-Tresor %1 hat ein neues Master-Passwort</translation>
    </message>
    <message>
        <source>sites passwords takes move --to keyring|vault|none, or master</source>
        <translation>sites passwords erwartet move --to keyring|vault|none oder master</translation>
    </message>
    <message>
        <source>sites import-filezilla takes FILE</source>
        <translation>sites import-filezilla erwartet DATEI</translation>
    </message>
    <message>
        <source>sites import-ssh-config takes at most one FILE</source>
        <translation>sites import-ssh-config erwartet höchstens eine DATEI</translation>
    </message>
    <message>
        <source>unknown sites subcommand &apos;%1&apos;</source>
        <translation>unbekannter sites-Unterbefehl &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ferry::cli::SyncCommand</name>
    <message>
        <source>no free connection</source>
        <translation>keine freie Verbindung</translation>
    </message>
    <message>
        <source>sync takes a local folder and a URL</source>
        <translation>sync erwartet einen lokalen Ordner und eine URL</translation>
    </message>
    <message>
        <source>--direction takes up or down, not &apos;%1&apos;</source>
        <translation>--direction erwartet up oder down, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--compare takes size,time or checksum, not &apos;%1&apos;</source>
        <translation>--compare erwartet size,time oder checksum, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>ferry-cli: listed %1 remote folders, up to %2 at once, in %3 ms
</source>
        <translation>ferry-cli: %1 Ordner auf dem Server gelistet, bis zu %2 gleichzeitig, in %3 ms
</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>ferry-cli: sync: unfinished transfers of an earlier run continue: %1</source>
        <translation>ferry-cli: sync: unfertige Übertragungen eines früheren Laufs werden fortgesetzt: %1</translation>
    </message>
    <message>
        <source>ferry-cli: dry run: %1</source>
        <translation>ferry-cli: Probelauf: %1</translation>
    </message>
    <message>
        <source>ferry-cli: sync: %1</source>
        <translation>ferry-cli: sync: %1</translation>
    </message>
    <message>
        <source>%1 to upload, %2 folder(s) to make, %3 to delete, %4 left alone</source>
        <translation>%1 hochzuladen, %2 Ordner anzulegen, %3 zu löschen, %4 unverändert</translation>
    </message>
    <message>
        <source>%1 to download, %2 folder(s) to make, %3 to delete, %4 left alone</source>
        <translation>%1 herunterzuladen, %2 Ordner anzulegen, %3 zu löschen, %4 unverändert</translation>
    </message>
    <message>
        <source>--list-connections takes a number from 1 to 10</source>
        <translation>--list-connections erwartet eine Zahl von 1 bis 10</translation>
    </message>
</context>
<context>
    <name>ferry::cli::WatchCommand</name>
    <message>
        <source>trying again in %1 s</source>
        <translation>neuer Versuch in %1 s</translation>
    </message>
    <message>
        <source>watch takes a local folder and a URL</source>
        <translation>watch erwartet einen lokalen Ordner und eine URL</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>--settle takes milliseconds from 0 to 600000</source>
        <translation>--settle erwartet Millisekunden von 0 bis 600000</translation>
    </message>
    <message>
        <source>cannot catch Ctrl-C</source>
        <translation>Strg+C kann nicht abgefangen werden</translation>
    </message>
    <message>
        <source>watching %1 (Ctrl-C stops)</source>
        <translation>%1 wird beobachtet (Strg+C beendet)</translation>
    </message>
    <message>
        <source>watch stopped</source>
        <translation>Beobachtung beendet</translation>
    </message>
</context>
<context>
    <name>ferry::edit::EditSessions</name>
    <message>
        <source>Cannot make the temporary folder %1</source>
        <translation>Der temporäre Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
    <message>
        <source>%1 is gone</source>
        <translation>%1 ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>The upload did not finish</source>
        <translation>Das Hochladen wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>The connection was closed</source>
        <translation>Die Verbindung wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>ferry::edit::EditorLauncher</name>
    <message>
        <source>No editor command</source>
        <translation>Kein Editor-Befehl</translation>
    </message>
    <message>
        <source>Cannot start %1</source>
        <translation>%1 kann nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>ferry::edit::FolderWatch</name>
    <message>
        <source>Keeping %1 up to date with %2</source>
        <translation>%1 wird mit %2 aktuell gehalten</translation>
    </message>
    <message>
        <source>Keeping %1 up to date failed: %2</source>
        <translation>%1 aktuell halten fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Stopped keeping %1 up to date</source>
        <translation>%1 wird nicht mehr aktuell gehalten</translation>
    </message>
    <message>
        <source>Keeping %1 up to date: %2</source>
        <translation>%1 aktuell halten: %2</translation>
    </message>
</context>
<context>
    <name>ferry::ftp</name>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>Verbindung zu %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>the certificate of %1:%2 is not trusted (%3); fingerprint %4</source>
        <translation>dem Zertifikat von %1:%2 wird nicht vertraut (%3); Fingerabdruck %4</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>a name or command contains a line break, which FTP cannot send</source>
        <translation>ein Name oder Befehl enthält einen Zeilenumbruch, den FTP nicht senden kann</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>cannot send to the server: %1</source>
        <translation>Senden an den Server nicht möglich: %1</translation>
    </message>
    <message>
        <source>the server sent a reply line longer than 64 KiB</source>
        <translation>der Server schickte eine Antwortzeile länger als 64 KiB</translation>
    </message>
    <message>
        <source>the connection lost step with the server&apos;s replies</source>
        <translation>die Verbindung ist mit den Antworten des Servers aus dem Takt geraten</translation>
    </message>
    <message>
        <source>the connection was closed: %1</source>
        <translation>die Verbindung wurde geschlossen: %1</translation>
    </message>
    <message>
        <source>cannot open the data connection to %1:%2: %3</source>
        <translation>Datenverbindung zu %1:%2 kann nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>cannot listen for an active-mode data connection: %1</source>
        <translation>auf eine Datenverbindung im aktiven Modus kann nicht gewartet werden: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the server did not open the active-mode data connection</source>
        <translation>der Server hat die Datenverbindung im aktiven Modus nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot take the data connection: %1</source>
        <translation>die Datenverbindung kann nicht angenommen werden: %1</translation>
    </message>
    <message>
        <source>TLS on the data connection failed: %1</source>
        <translation>TLS auf der Datenverbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the data connection is not open</source>
        <translation>die Datenverbindung ist nicht offen</translation>
    </message>
    <message>
        <source>reading the data connection: %1</source>
        <translation>Lesen der Datenverbindung: %1</translation>
    </message>
    <message>
        <source>the data connection failed: %1</source>
        <translation>die Datenverbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no data from the server in time</source>
        <translation>keine Daten vom Server in der Wartezeit</translation>
    </message>
    <message>
        <source>writing the data connection: %1</source>
        <translation>Schreiben auf die Datenverbindung: %1</translation>
    </message>
    <message>
        <source>the server stopped accepting data</source>
        <translation>der Server nimmt keine Daten mehr an</translation>
    </message>
    <message>
        <source>waiting on the data connection: %1</source>
        <translation>Warten auf die Datenverbindung: %1</translation>
    </message>
    <message>
        <source>the data connection to %1:%2 did not open in time</source>
        <translation>die Datenverbindung zu %1:%2 wurde nicht rechtzeitig geöffnet</translation>
    </message>
    <message>
        <source>the data connection was closed</source>
        <translation>die Datenverbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation>die Verbindung besteht nicht mehr</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>creating the folder %1</source>
        <translation>Anlegen des Ordners %1</translation>
    </message>
    <message>
        <source>the %1 checksum of %2</source>
        <translation>die %1-Prüfsumme von %2</translation>
    </message>
    <message>
        <source>cannot read %1 in the server&apos;s reply</source>
        <translation>%1 kann in der Antwort des Servers nicht gelesen werden</translation>
    </message>
    <message>
        <source>selecting %1 (OPTS HASH)</source>
        <translation>Auswahl von %1 (OPTS HASH)</translation>
    </message>
    <message>
        <source>passive mode for a server-to-server copy (PASV)</source>
        <translation>passiver Modus für eine Server-zu-Server-Kopie (PASV)</translation>
    </message>
    <message>
        <source>PASV named %1, not an IPv4 address</source>
        <translation>PASV nannte %1, keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>the server cannot resume transfers (REST)</source>
        <translation>der Server kann Übertragungen nicht fortsetzen (REST)</translation>
    </message>
    <message>
        <source>the server finished the transfer without a data connection</source>
        <translation>der Server hat die Übertragung ohne Datenverbindung beendet</translation>
    </message>
    <message>
        <source>the server-to-server transfer</source>
        <translation>die Server-zu-Server-Übertragung</translation>
    </message>
    <message>
        <source>listing %1: the server sent a line longer than 64 KiB</source>
        <translation>Auflisten von %1: der Server schickte eine Zeile länger als 64 KiB</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <source>the server does not offer TLS (AUTH TLS refused); use ftp:// only if a plain connection is acceptable</source>
        <translation>der Server bietet kein TLS an (AUTH TLS abgelehnt); ftp:// nur verwenden, wenn eine unverschlüsselte Verbindung akzeptabel ist</translation>
    </message>
    <message>
        <source>the server did not answer AUTH TLS with acceptance or refusal; not continuing without encryption</source>
        <translation>der Server hat AUTH TLS weder angenommen noch abgelehnt; ohne Verschlüsselung geht es nicht weiter</translation>
    </message>
    <message>
        <source>no password given for %1@%2</source>
        <translation>kein Passwort für %1@%2 angegeben</translation>
    </message>
    <message>
        <source>login as %1 failed</source>
        <translation>Anmeldung als %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>the server refused to encrypt data connections (PROT P)</source>
        <translation>der Server lehnt die Verschlüsselung der Datenverbindungen ab (PROT P)</translation>
    </message>
    <message>
        <source>active mode (EPRT)</source>
        <translation>aktiver Modus (EPRT)</translation>
    </message>
    <message>
        <source>active mode needs an IPv4 address for PORT</source>
        <translation>der aktive Modus braucht eine IPv4-Adresse für PORT</translation>
    </message>
    <message>
        <source>passive mode (EPSV)</source>
        <translation>passiver Modus (EPSV)</translation>
    </message>
    <message>
        <source>passive mode (PASV)</source>
        <translation>passiver Modus (PASV)</translation>
    </message>
    <message>
        <source>the server finished %1 without a data connection</source>
        <translation>der Server hat %1 ohne Datenverbindung beendet</translation>
    </message>
    <message>
        <source>cannot read the PASV reply</source>
        <translation>die PASV-Antwort kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 ended at byte %2 of %3 (did it change on the server?)</source>
        <translation>%1 endete bei Byte %2 von %3 (wurde die Datei auf dem Server geändert?)</translation>
    </message>
    <message>
        <source>%1 is longer than the %2 bytes it had (did it change on the server?)</source>
        <translation>%1 ist länger als die %2 Bytes, die es hatte (wurde die Datei auf dem Server geändert?)</translation>
    </message>
    <message>
        <source>%1: bytes %2 to %3 were not fetched</source>
        <translation>%1: Bytes %2 bis %3 wurden nicht geholt</translation>
    </message>
    <message>
        <source>the download</source>
        <translation>der Download</translation>
    </message>
    <message>
        <source>the upload</source>
        <translation>der Upload</translation>
    </message>
    <message>
        <source>the connection did not recover after ABOR</source>
        <translation>die Verbindung hat sich nach ABOR nicht erholt</translation>
    </message>
    <message>
        <source>setting the modification time of %1</source>
        <translation>Setzen der Änderungszeit von %1</translation>
    </message>
    <message>
        <source>Connecting to %1:%2 (implicit TLS)</source>
        <translation>Verbinde mit %1:%2 (implizites TLS)</translation>
    </message>
    <message>
        <source>Connecting to %1:%2</source>
        <translation>Verbinde mit %1:%2</translation>
    </message>
    <message>
        <source>TLS connection established (%1)</source>
        <translation>TLS-Verbindung hergestellt (%1)</translation>
    </message>
    <message>
        <source>Certificate %1 trusted by fingerprint for this run</source>
        <translation>Zertifikat %1 für diesen Lauf per Fingerabdruck vertraut</translation>
    </message>
    <message>
        <source>Certificate %1 trusted earlier by the user</source>
        <translation>Zertifikat %1 wurde vom Benutzer bereits als vertrauenswürdig bestätigt</translation>
    </message>
    <message>
        <source>the certificate of %1:%2 has CHANGED: %3 was trusted, the server now presents %4. Someone may be intercepting the connection, or the server&apos;s certificate was replaced</source>
        <translation>das Zertifikat von %1:%2 hat sich GEÄNDERT: %3 war vertrauenswürdig, der Server zeigt jetzt %4. Jemand könnte die Verbindung abfangen, oder das Zertifikat des Servers wurde ersetzt</translation>
    </message>
    <message>
        <source>New certificate %1 stored (--accept-new)</source>
        <translation>Neues Zertifikat %1 gespeichert (--accept-new)</translation>
    </message>
    <message>
        <source>Certificate %1 replaces %2 for %3:%4</source>
        <translation>Zertifikat %1 ersetzt %2 für %3:%4</translation>
    </message>
    <message>
        <source>the certificate of %1:%2 has CHANGED: %3 was trusted, the server now presents %4. Someone may be intercepting the connection, or the server&apos;s certificate was replaced; refused (--accept-new never accepts a changed certificate)</source>
        <translation>das Zertifikat von %1:%2 hat sich GEÄNDERT: %3 war vertrauenswürdig, der Server zeigt jetzt %4. Jemand könnte die Verbindung abfangen, oder das Zertifikat des Servers wurde ersetzt; abgelehnt (--accept-new nimmt nie ein geändertes Zertifikat an)</translation>
    </message>
    <message>
        <source>the certificate of %1:%2 has CHANGED: %3 was trusted, the server now presents %4. Someone may be intercepting the connection, or the server&apos;s certificate was replaced; refused</source>
        <translation>das Zertifikat von %1:%2 hat sich GEÄNDERT: %3 war vertrauenswürdig, der Server zeigt jetzt %4. Jemand könnte die Verbindung abfangen, oder das Zertifikat des Servers wurde ersetzt; abgelehnt</translation>
    </message>
    <message>
        <source>TLS connection established (%1, %2)</source>
        <translation>TLS-Verbindung hergestellt (%1, %2)</translation>
    </message>
    <message>
        <source>Refused an active-mode data connection from an unknown address: only the server (%1) may open it</source>
        <translation>Aktive Datenverbindung von unbekannter Adresse abgelehnt: nur der Server (%1) darf sie öffnen</translation>
    </message>
    <message>
        <source>Refused an active-mode data connection from %1: only the server (%2) may open it</source>
        <translation>Aktive Datenverbindung von %1 abgelehnt: nur der Server (%2) darf sie öffnen</translation>
    </message>
    <message>
        <source>Skipped an entry with an unsafe name: %1</source>
        <translation>Eintrag mit unsicherem Namen übersprungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Listing %1: skipped %n line(s) that no listing format fits; the first: %2</source>
        <translation>
            <numerusform>Auflistung von %1: %n Zeile übersprungen, die zu keinem Listenformat passt: %2</numerusform>
            <numerusform>Auflistung von %1: %n Zeilen übersprungen, die zu keinem Listenformat passen; die erste: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for %1@%2</source>
        <translation>Passwort für %1@%2</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Round trip %1 ms</source>
        <translation>Umlaufzeit %1 ms</translation>
    </message>
    <message>
        <source>The port asked for ahead was closed; asking again</source>
        <translation>Der vorab angefragte Port wurde geschlossen; frage erneut</translation>
    </message>
    <message>
        <source>The server named %1 for the data connection; using %2, the address of the control connection</source>
        <translation>Der Server nannte %1 für die Datenverbindung; verwende %2, die Adresse der Steuerverbindung</translation>
    </message>
    <message>
        <source>Downloading in one stream: the server does not offer REST STREAM, which segments need</source>
        <translation>Download in einem Strom: der Server bietet kein REST STREAM, das Segmente brauchen</translation>
    </message>
    <message>
        <source>%1 of %2 more connections for %3 failed: %4</source>
        <translation>%1 von %2 zusätzlichen Verbindungen für %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>Downloading in one stream: the server refused a second connection</source>
        <translation>Download in einem Strom: der Server lehnte eine zweite Verbindung ab</translation>
    </message>
    <message>
        <source>Downloading in one stream: %1</source>
        <translation>Download in einem Strom: %1</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (ab %1)</translation>
    </message>
    <message>
        <source>Continuing %1 in %2 segments over up to %3 connections (round trip %4 ms): %5</source>
        <translation>Setze %1 in %2 Segmenten über bis zu %3 Verbindungen fort (Umlaufzeit %4 ms): %5</translation>
    </message>
    <message>
        <source>Downloading %1 over up to %2 connections (round trip %3 ms), starting on this one at once: %4</source>
        <translation>Lade %1 über bis zu %2 Verbindungen herunter (Umlaufzeit %3 ms), auf dieser sofort beginnend: %4</translation>
    </message>
    <message>
        <source>[connection %1] </source>
        <translation>[Verbindung %1] </translation>
    </message>
    <message>
        <source>Fetched %1 in %2 segments over %3 connections in %4 s: %5</source>
        <translation>%1 in %2 Segmenten über %3 Verbindungen in %4 s geholt: %5</translation>
    </message>
    <message>
        <source>[connection %1] logged in at %2 s, first byte at %3 s, last at %4 s</source>
        <translation>[Verbindung %1] angemeldet nach %2 s, erstes Byte nach %3 s, letztes nach %4 s</translation>
    </message>
    <message>
        <source>the character set &apos;%1&apos; is not supported; use UTF-8 or ISO-8859-1</source>
        <translation>der Zeichensatz &apos;%1&apos; wird nicht unterstützt; UTF-8 oder ISO-8859-1 verwenden</translation>
    </message>
    <message>
        <source>the server sent a malformed reply (%1)</source>
        <translation>der Server schickte eine fehlerhafte Antwort (%1)</translation>
    </message>
    <message>
        <source>keep-alive</source>
        <translation>Keep-Alive</translation>
    </message>
    <message>
        <source>cannot create %1: its parent folder does not exist</source>
        <translation>%1 kann nicht angelegt werden: der übergeordnete Ordner existiert nicht</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>Löschen von %1</translation>
    </message>
    <message>
        <source>removing the folder %1</source>
        <translation>Entfernen des Ordners %1</translation>
    </message>
    <message>
        <source>renaming %1</source>
        <translation>Umbenennen von %1</translation>
    </message>
    <message>
        <source>renaming %1 to %2</source>
        <translation>Umbenennen von %1 in %2</translation>
    </message>
    <message>
        <source>changing the permissions of %1</source>
        <translation>Ändern der Rechte von %1</translation>
    </message>
    <message>
        <source>the server answered with %1 instead of %2</source>
        <translation>der Server antwortete mit %1 statt %2</translation>
    </message>
    <message>
        <source>%1 is not offered</source>
        <translation>%1 wird nicht angeboten</translation>
    </message>
    <message>
        <source>Server-to-server copy %1: one server encrypts data and the other does not; streaming through Ferry</source>
        <translation>Server-zu-Server-Kopie %1: ein Server verschlüsselt Daten, der andere nicht; Übertragung über Ferry</translation>
    </message>
    <message>
        <source>Server-to-server copy %1: FXP under TLS needs SSCN on both servers; streaming through Ferry</source>
        <translation>Server-zu-Server-Kopie %1: FXP mit TLS braucht SSCN auf beiden Servern; Übertragung über Ferry</translation>
    </message>
    <message>
        <source>Server-to-server copy %1 (FXP)</source>
        <translation>Server-zu-Server-Kopie %1 (FXP)</translation>
    </message>
    <message>
        <source>FXP refused by the target server at PASV (%1); streaming through Ferry</source>
        <translation>FXP vom Zielserver bei PASV abgelehnt (%1); Übertragung über Ferry</translation>
    </message>
    <message>
        <source>FXP refused by the source server at SSCN (%1); streaming through Ferry</source>
        <translation>FXP vom Quellserver bei SSCN abgelehnt (%1); Übertragung über Ferry</translation>
    </message>
    <message>
        <source>FXP refused by the source server at PORT (%1); streaming through Ferry</source>
        <translation>FXP vom Quellserver bei PORT abgelehnt (%1); Übertragung über Ferry</translation>
    </message>
    <message>
        <source>FXP refused by the source server at RETR (%1); streaming through Ferry</source>
        <translation>FXP vom Quellserver bei RETR abgelehnt (%1); Übertragung über Ferry</translation>
    </message>
    <message>
        <source>FXP refused by the target server at STOR (%1); streaming through Ferry</source>
        <translation>FXP vom Zielserver bei STOR abgelehnt (%1); Übertragung über Ferry</translation>
    </message>
    <message>
        <source>FXP refused at the end of the transfer (%1); streaming through Ferry</source>
        <translation>FXP am Ende der Übertragung abgelehnt (%1); Übertragung über Ferry</translation>
    </message>
    <message>
        <source>a server-to-server copy (PORT to the other server)</source>
        <translation>eine Server-zu-Server-Kopie (PORT zum anderen Server)</translation>
    </message>
    <message>
        <source>the TLS client role for a server-to-server copy (SSCN)</source>
        <translation>die TLS-Client-Rolle für eine Server-zu-Server-Kopie (SSCN)</translation>
    </message>
    <message>
        <source>cannot open the folder %1</source>
        <translation>der Ordner %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>opening the folder %1</source>
        <translation>Öffnen des Ordners %1</translation>
    </message>
    <message>
        <source>listing %2: the server sent more than %1 entries (%3 so far); Ferry stops there</source>
        <translation>Auflistung von %2: der Server schickte mehr als %1 Einträge (bisher %3); Ferry bricht hier ab</translation>
    </message>
    <message>
        <source>listing %2: the server sent more than %1 MiB (%3 entries so far); Ferry stops there</source>
        <translation>Auflistung von %2: der Server schickte mehr als %1 MiB (bisher %3 Einträge); Ferry bricht hier ab</translation>
    </message>
    <message>
        <source>The server does not offer TLS (AUTH TLS: %1); continuing WITHOUT encryption: the password and files travel in plain text, and this connection is not protected against a downgrade</source>
        <translation>Der Server bietet kein TLS an (AUTH TLS: %1); weiter OHNE Verschlüsselung: Passwort und Dateien gehen im Klartext über das Netz, und diese Verbindung ist nicht gegen einen Downgrade geschützt</translation>
    </message>
    <message>
        <source>binary mode (TYPE I)</source>
        <translation>Binärmodus (TYPE I)</translation>
    </message>
    <message>
        <source>active mode (PORT)</source>
        <translation>aktiver Modus (PORT)</translation>
    </message>
    <message>
        <source>malformed reply line: &apos;%1&apos;</source>
        <translation>fehlerhafte Antwortzeile: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>multi-line reply longer than %1 MiB</source>
        <translation>mehrzeilige Antwort länger als %1 MiB</translation>
    </message>
    <message>
        <source>multi-line reply longer than %1 lines</source>
        <translation>mehrzeilige Antwort länger als %1 Zeilen</translation>
    </message>
    <message>
        <source>timed out connecting to %1:%2</source>
        <translation>Zeitüberschreitung beim Verbinden mit %1:%2</translation>
    </message>
    <message>
        <source>timed out waiting for the TLS handshake</source>
        <translation>Zeitüberschreitung beim TLS-Handshake</translation>
    </message>
    <message>
        <source>timed out sending a command to the server</source>
        <translation>Zeitüberschreitung beim Senden eines Befehls an den Server</translation>
    </message>
    <message>
        <source>timed out waiting for the server&apos;s reply</source>
        <translation>Zeitüberschreitung beim Warten auf die Antwort des Servers</translation>
    </message>
    <message>
        <source>timed out opening the data connection to %1:%2</source>
        <translation>Zeitüberschreitung beim Öffnen der Datenverbindung zu %1:%2</translation>
    </message>
    <message>
        <source>timed out waiting for the data connection&apos;s TLS handshake</source>
        <translation>Zeitüberschreitung beim TLS-Handshake der Datenverbindung</translation>
    </message>
    <message>
        <source>timed out waiting for the data connection to close</source>
        <translation>Zeitüberschreitung beim Schließen der Datenverbindung</translation>
    </message>
    <message>
        <source>the server at %1:%2 closed the connection at once</source>
        <translation>der Server %1:%2 hat die Verbindung sofort geschlossen</translation>
    </message>
    <message>
        <source>the server closed the connection during the TLS handshake</source>
        <translation>der Server hat die Verbindung während des TLS-Handshakes geschlossen</translation>
    </message>
    <message>
        <source>the server closed the connection while a command was sent</source>
        <translation>der Server hat die Verbindung beim Senden eines Befehls geschlossen</translation>
    </message>
    <message>
        <source>the server closed the connection before it replied</source>
        <translation>der Server hat die Verbindung vor seiner Antwort geschlossen</translation>
    </message>
    <message>
        <source>the server closed the data connection to %1:%2 at once</source>
        <translation>der Server hat die Datenverbindung zu %1:%2 sofort geschlossen</translation>
    </message>
    <message>
        <source>the server closed the data connection during its TLS handshake</source>
        <translation>der Server hat die Datenverbindung während ihres TLS-Handshakes geschlossen</translation>
    </message>
    <message>
        <source>the server closed the data connection before it was done</source>
        <translation>der Server hat die Datenverbindung vorzeitig geschlossen</translation>
    </message>
    <message>
        <source>cannot read the server&apos;s reply: %1</source>
        <translation>die Antwort des Servers kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot close the data connection: %1</source>
        <translation>die Datenverbindung kann nicht geschlossen werden: %1</translation>
    </message>
    <message>
        <source>[connection %1] takes bytes %2-%3 (the back of %4-%5, %6 MiB fetched in %7 s)</source>
        <translation>[Verbindung %1] übernimmt Bytes %2-%3 (das hintere Stück von %4-%5, %6 MiB in %7 s geholt)</translation>
    </message>
    <message>
        <source>%1 of %2 more connections for %3: the site&apos;s limit of %4 is reached</source>
        <translation>%1 von %2 weiteren Verbindungen für %3: das Limit des Servers von %4 ist erreicht</translation>
    </message>
    <message>
        <source>the first connection did not log in</source>
        <translation>die erste Verbindung hat sich nicht angemeldet</translation>
    </message>
    <message>
        <source>Logging %1 more connections in at once (round trip %2 ms): for a large download</source>
        <translation>Melde %1 weitere Verbindungen gleich mit an (Umlaufzeit %2 ms): für einen großen Download</translation>
    </message>
    <message>
        <source>%1 of them logged in with this one</source>
        <translation>%1 davon mit dieser angemeldet</translation>
    </message>
</context>
<context>
    <name>ferry::remote</name>
    <message>
        <source>%1 (server said: %2)</source>
        <translation>%1 (der Server sagte: %2)</translation>
    </message>
    <message>
        <source>invalid URL: %1</source>
        <translation>ungültige URL: %1</translation>
    </message>
    <message>
        <source>the URL names no host</source>
        <translation>die URL nennt keinen Host</translation>
    </message>
    <message>
        <source>invalid port</source>
        <translation>ungültiger Port</translation>
    </message>
    <message>
        <source>the path contains a NUL character</source>
        <translation>der Pfad enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>this protocol sends files one at a time (no batch upload offered)</source>
        <translation>dieses Protokoll sendet Dateien einzeln (kein Sammel-Upload)</translation>
    </message>
    <message>
        <source>the segment record %1 is not usable (%2)</source>
        <translation>die Segmentliste %1 ist nicht verwendbar (%2)</translation>
    </message>
    <message>
        <source>a segment record needs 1 to %1 segments</source>
        <translation>eine Segmentliste braucht 1 bis %1 Segmente</translation>
    </message>
    <message>
        <source>cannot create the segment record %1: %2</source>
        <translation>Segmentliste %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot write the segment record %1: %2</source>
        <translation>Segmentliste %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot open the segment record %1: %2</source>
        <translation>Segmentliste %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL: expected ftp://, ftpes://, ftps:// or sftp://</source>
        <translation>&apos;%1&apos; ist keine URL: erwartet ftp://, ftpes://, ftps:// oder sftp://</translation>
    </message>
    <message>
        <source>unsupported protocol &apos;%1&apos;: use ftp, ftpes, ftps or sftp</source>
        <translation>nicht unterstütztes Protokoll &apos;%1&apos;: ftp, ftpes, ftps oder sftp verwenden</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>zu kurz</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>kein Kopf</translation>
    </message>
    <message>
        <source>it is for %1 bytes, the file has %2</source>
        <translation>er gilt für %1 Bytes, die Datei hat %2</translation>
    </message>
    <message>
        <source>wrong length</source>
        <translation>falsche Länge</translation>
    </message>
    <message>
        <source>line %1 is out of order</source>
        <translation>Zeile %1 steht nicht in der Reihenfolge</translation>
    </message>
    <message>
        <source>the ranges do not reach the end of the file</source>
        <translation>die Bereiche reichen nicht bis zum Dateiende</translation>
    </message>
    <message>
        <source>no segment %1 in %2</source>
        <translation>kein Segment %1 in %2</translation>
    </message>
    <message>
        <source>cannot split %1-%2 (at %3) at %4</source>
        <translation>%1-%2 (bei %3) kann nicht bei %4 geteilt werden</translation>
    </message>
</context>
<context>
    <name>ferry::session</name>
    <message>
        <source>%1:// is not supported by this build</source>
        <translation>%1:// wird von diesem Build nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>ferry::session::Connection</name>
    <message>
        <source>The connection was closed</source>
        <translation>Die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>ferry::session::Job</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>ferry::session::Session</name>
    <message>
        <source>The session was closed</source>
        <translation>Die Sitzung wurde geschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>ferry::sftp</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot open an SSH channel</source>
        <translation>kein SSH-Kanal kann geöffnet werden</translation>
    </message>
    <message>
        <source>cannot start the SFTP subsystem</source>
        <translation>das SFTP-Subsystem kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>the server did not open the SFTP channels in time</source>
        <translation>der Server hat die SFTP-Kanäle nicht rechtzeitig geöffnet</translation>
    </message>
    <message>
        <source>the server does not speak SFTP (reply type %1)</source>
        <translation>der Server spricht kein SFTP (Antworttyp %1)</translation>
    </message>
    <message>
        <source>the server speaks SFTP version %1; version 3 is needed</source>
        <translation>der Server spricht SFTP-Version %1; Version 3 wird gebraucht</translation>
    </message>
    <message>
        <source>%1: the server closed the connection</source>
        <translation>%1: der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>bad SFTP packet length %1</source>
        <translation>ungültige SFTP-Paketlänge %1</translation>
    </message>
    <message>
        <source>short SFTP packet</source>
        <translation>zu kurzes SFTP-Paket</translation>
    </message>
    <message>
        <source>finding the home folder</source>
        <translation>Suche des Home-Ordners</translation>
    </message>
    <message>
        <source>not connected to the SFTP server</source>
        <translation>nicht mit dem SFTP-Server verbunden</translation>
    </message>
    <message>
        <source>listing %1</source>
        <translation>Auflisten von %1</translation>
    </message>
    <message>
        <source>listing %1: malformed NAME reply</source>
        <translation>Auflisten von %1: fehlerhafte NAME-Antwort</translation>
    </message>
    <message>
        <source>creating folder %1</source>
        <translation>Anlegen des Ordners %1</translation>
    </message>
    <message>
        <source>creating folder %1: it exists already</source>
        <translation>Anlegen des Ordners %1: er existiert bereits</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>Löschen von %1</translation>
    </message>
    <message>
        <source>deleting folder %1</source>
        <translation>Löschen des Ordners %1</translation>
    </message>
    <message>
        <source>renaming %1 to %2</source>
        <translation>Umbenennen von %1 in %2</translation>
    </message>
    <message>
        <source>the %1 checksum of %2</source>
        <translation>die %1-Prüfsumme von %2</translation>
    </message>
    <message>
        <source>changing permissions of %1</source>
        <translation>Ändern der Berechtigungen von %1</translation>
    </message>
    <message>
        <source>setting the time of %1</source>
        <translation>Setzen der Zeit von %1</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <source>opening %1 for writing</source>
        <translation>Öffnen von %1 zum Schreiben</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation>unerwartetes Dateiende</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>not supported by the server</source>
        <translation>vom Server nicht unterstützt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: unexpected SFTP reply type %2</source>
        <translation>%1: unerwarteter SFTP-Antworttyp %2</translation>
    </message>
    <message>
        <source>closing %1</source>
        <translation>Schließen von %1</translation>
    </message>
    <message>
        <source>reading %1: malformed DATA reply</source>
        <translation>Lesen von %1: fehlerhafte DATA-Antwort</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>Schreiben von %1</translation>
    </message>
    <message>
        <source>cannot create an SSH session</source>
        <translation>keine SSH-Sitzung kann angelegt werden</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2</source>
        <translation>Verbindung zu %1:%2 nicht möglich</translation>
    </message>
    <message>
        <source>no host key from %1</source>
        <translation>kein Host-Schlüssel von %1</translation>
    </message>
    <message>
        <source>cannot read the host key of %1</source>
        <translation>der Host-Schlüssel von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>WARNING: THE HOST KEY OF %1 HAS CHANGED. The server now presents %2 %3, but %4 %5 is trusted (%6). Someone may be intercepting the connection, or the server was reinstalled. Ferry refuses to connect. If the change is expected, remove the old key (ssh-keygen -R &apos;%1&apos; -f FILE) and connect again.</source>
        <translation>WARNUNG: DER HOST-SCHLÜSSEL VON %1 HAT SICH GEÄNDERT. Der Server zeigt jetzt %2 %3, vertraut ist aber %4 %5 (%6). Jemand könnte die Verbindung abhören, oder der Server wurde neu installiert. Ferry verbindet nicht. Wenn die Änderung erwartet ist, entfernen Sie den alten Schlüssel (ssh-keygen -R &apos;%1&apos; -f DATEI) und verbinden Sie erneut.</translation>
    </message>
    <message>
        <source>; this server&apos;s %1 key is known (%2, %3); it now offers an %4 key</source>
        <translation>; der %1-Schlüssel dieses Servers ist bekannt (%2, %3); jetzt bietet er einen %4-Schlüssel an</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3) and was not accepted%4</source>
        <translation>der Host-Schlüssel von %1 ist unbekannt (%2 %3) und wurde nicht angenommen%4</translation>
    </message>
    <message>
        <source>keyboard-interactive login</source>
        <translation>Keyboard-Interactive-Anmeldung</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>authentication failed for %1 (tried: %2)</source>
        <translation>Authentifizierung für %1 fehlgeschlagen (versucht: %2)</translation>
    </message>
    <message>
        <source>SFTP ready, home %1, round trip %2 ms</source>
        <translation>SFTP bereit, Home %1, Umlaufzeit %2 ms</translation>
    </message>
    <message>
        <source>The server refused %1 of %2 SFTP channels: %3</source>
        <translation>Der Server lehnte %1 von %2 SFTP-Kanälen ab: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n SFTP channels open</source>
        <translation>
            <numerusform>%n SFTP-Kanal offen</numerusform>
            <numerusform>%n SFTP-Kanäle offen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
    <message>
        <source>the server did not tell the size of %1</source>
        <translation>der Server nannte die Größe von %1 nicht</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %1 (%2 bytes from %3) over %n channel(s)</source>
        <translation>
            <numerusform>Lade %1 herunter (%2 Bytes ab %3) über %n Kanal</numerusform>
            <numerusform>Lade %1 herunter (%2 Bytes ab %3) über %n Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <source>the SFTP server stopped sending %1</source>
        <translation>der SFTP-Server sendet %1 nicht mehr</translation>
    </message>
    <message>
        <source>%1 became shorter while it was downloaded</source>
        <translation>%1 wurde während des Downloads kürzer</translation>
    </message>
    <message>
        <source>cannot set the size of %1: %2</source>
        <translation>Größe von %1 kann nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Uploading in one stream: %1</source>
        <translation>Upload in einem Strom: %1</translation>
    </message>
    <message>
        <source>Uploading in one stream: the server refused a second SFTP channel</source>
        <translation>Upload in einem Strom: der Server lehnte einen zweiten SFTP-Kanal ab</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (ab %1)</translation>
    </message>
    <message>
        <source>Continuing %1 in %2 segments over %3 channels (round trip %4 ms): %5</source>
        <translation>Setze %1 in %2 Segmenten über %3 Kanäle fort (Umlaufzeit %4 ms): %5</translation>
    </message>
    <message>
        <source>Uploading %1 in %2 segments over %3 channels (round trip %4 ms): %5</source>
        <translation>Lade %1 in %2 Segmenten über %3 Kanäle hoch (Umlaufzeit %4 ms): %5</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %1 (%2 bytes from %3) over %n channel(s)</source>
        <translation>
            <numerusform>Lade %1 hoch (%2 Bytes ab %3) über %n Kanal</numerusform>
            <numerusform>Lade %1 hoch (%2 Bytes ab %3) über %n Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the SFTP server stopped accepting %1</source>
        <translation>der SFTP-Server nimmt %1 nicht mehr an</translation>
    </message>
    <message>
        <source>%1: bytes %2 to %3 were not acknowledged</source>
        <translation>%1: Bytes %2 bis %3 wurden nicht bestätigt</translation>
    </message>
    <message>
        <source>cannot read the size of %1: %2</source>
        <translation>Größe von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation>Hochladen von %1</translation>
    </message>
    <message>
        <source>could not read all of %1</source>
        <translation>%1 konnte nicht vollständig gelesen werden</translation>
    </message>
    <message>
        <source>Connecting to %1:%2</source>
        <translation>Verbinde mit %1:%2</translation>
    </message>
    <message>
        <source>Host key %1 %2 known (%3)</source>
        <translation>Host-Schlüssel %1 %2 bekannt (%3)</translation>
    </message>
    <message>
        <source>the host key of %1 (%2 %3) is marked @revoked in %4; refusing to connect</source>
        <translation>der Host-Schlüssel von %1 (%2 %3) ist in %4 als @revoked markiert; Verbindung verweigert</translation>
    </message>
    <message>
        <source>Host key %1 %2 accepted: pinned for this run</source>
        <translation>Host-Schlüssel %1 %2 angenommen: für diesen Lauf festgelegt</translation>
    </message>
    <message>
        <source>Host key %1 %2 accepted%3</source>
        <translation>Host-Schlüssel %1 %2 angenommen%3</translation>
    </message>
    <message>
        <source>Host key %1 %2 added to %3</source>
        <translation>Host-Schlüssel %1 %2 zu %3 hinzugefügt</translation>
    </message>
    <message>
        <source>Trying public keys</source>
        <translation>Versuche öffentliche Schlüssel</translation>
    </message>
    <message>
        <source>Trying keyboard-interactive</source>
        <translation>Versuche Keyboard-Interactive</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Trying password</source>
        <translation>Versuche Passwort</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation>Nicht verwendet: %1</translation>
    </message>
    <message>
        <source>Connection %1 takes %2-%3 (split from %4-%5)</source>
        <translation>Verbindung %1 übernimmt %2-%3 (abgeteilt von %4-%5)</translation>
    </message>
    <message>
        <source>%1 set</source>
        <translation>%1 gesetzt</translation>
    </message>
    <message>
        <source>round trip %1 ms</source>
        <translation>Umlaufzeit %1 ms</translation>
    </message>
    <message>
        <source>%1 packets lost or sent again on the link</source>
        <translation>%1 Pakete auf der Leitung verloren oder erneut gesendet</translation>
    </message>
    <message>
        <source>The server refused more SSH connections (%1): staying on the channels of one connection</source>
        <translation>Der Server lehnte weitere SSH-Verbindungen ab (%1): bleibe bei den Kanälen einer Verbindung</translation>
    </message>
    <message>
        <source>No more SSH connections (%1): the site&apos;s limit of %2 is reached</source>
        <translation>Keine weiteren SSH-Verbindungen (%1): die Grenze des Servers von %2 ist erreicht</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n more SSH connection(s) (%1)</source>
        <translation>
            <numerusform>Öffne %n weitere SSH-Verbindung (%1)</numerusform>
            <numerusform>Öffne %n weitere SSH-Verbindungen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading in one stream: %1</source>
        <translation>Download in einem Strom: %1</translation>
    </message>
    <message>
        <source>Downloading %1 in %2 segments over %3 channels (round trip %4 ms): %5</source>
        <translation>Lade %1 in %2 Segmenten über %3 Kanäle herunter (Umlaufzeit %4 ms): %5</translation>
    </message>
    <message>
        <source>%1: not every segment arrived</source>
        <translation>%1: nicht jedes Segment ist angekommen</translation>
    </message>
    <message>
        <source>Downloaded %1 in %2 segments over %3 connections</source>
        <translation>%1 in %2 Segmenten über %3 Verbindungen heruntergeladen</translation>
    </message>
    <message>
        <source>Uploaded %1 in %2 segments over %3 connections</source>
        <translation>%1 in %2 Segmenten über %3 Verbindungen hochgeladen</translation>
    </message>
    <message>
        <source>Dropped an SFTP reply (type %1) for request %2, which nobody sent or which was answered already</source>
        <translation>SFTP-Antwort (Typ %1) auf Anfrage %2 verworfen, die niemand gesendet hat oder die schon beantwortet war</translation>
    </message>
    <message>
        <source>the SFTP server sent %1 replies to requests nobody sent; the channel was closed</source>
        <translation>der SFTP-Server schickte %1 Antworten auf Anfragen, die niemand gesendet hat; der Kanal wurde geschlossen</translation>
    </message>
    <message>
        <source>the SFTP server did not answer within %1 s</source>
        <translation>der SFTP-Server hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>listing %2: the server sent more than %1 MiB (%3 entries so far); Ferry stops there</source>
        <translation>Auflistung von %2: der Server schickte mehr als %1 MiB (bisher %3 Einträge); Ferry bricht hier ab</translation>
    </message>
    <message>
        <source>listing %2: the server sent more than %1 entries (%3 so far); Ferry stops there</source>
        <translation>Auflistung von %2: der Server schickte mehr als %1 Einträge (bisher %3); Ferry bricht hier ab</translation>
    </message>
    <message>
        <source>%1: malformed HANDLE reply</source>
        <translation>%1: fehlerhafte HANDLE-Antwort</translation>
    </message>
    <message>
        <source>%1: the server used %2</source>
        <translation>%1: der Server verwendete %2</translation>
    </message>
    <message>
        <source>%1: a malformed check-file reply</source>
        <translation>%1: fehlerhafte check-file-Antwort</translation>
    </message>
    <message>
        <source>%1: the server used an unknown hash, %2</source>
        <translation>%1: der Server verwendete einen unbekannten Hash, %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes of %3 hash, %4 expected</source>
        <translation>%1: %2 Bytes %3-Hash, erwartet %4</translation>
    </message>
    <message>
        <source>cannot set SSH options: %1</source>
        <translation>SSH-Optionen können nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <source>Passphrase for a private key (%1)</source>
        <translation>Passphrase für einen privaten Schlüssel (%1)</translation>
    </message>
    <message>
        <source>nothing the server offers</source>
        <translation>nichts, was der Server anbietet</translation>
    </message>
    <message>
        <source>round trip %1 ms: in reserve until the link shows loss</source>
        <translation>Umlaufzeit %1 ms: in Reserve, bis die Verbindung Verluste zeigt</translation>
    </message>
    <message>
        <source>Using the extra SSH connections (%1)</source>
        <translation>Die zusätzlichen SSH-Verbindungen werden genutzt (%1)</translation>
    </message>
</context>
<context>
    <name>ferry::sites</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation>%1 ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>%1: unknown credential backend &apos;%2&apos;</source>
        <translation>%1: unbekannter Passwortspeicher &apos;%2&apos;</translation>
    </message>
    <message>
        <source>FileZilla site file, line %1: %2</source>
        <translation>FileZilla-Serverdatei, Zeile %1: %2</translation>
    </message>
    <message>
        <source>system keyring: %1</source>
        <translation>Schlüsselbund des Systems: %1</translation>
    </message>
    <message>
        <source>the system keyring did not answer (is it locked?)</source>
        <translation>der Schlüsselbund des Systems antwortet nicht (ist er gesperrt?)</translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no Secret Service keyring</source>
        <translation>kein D-Bus-Sitzungsbus, also kein Secret-Service-Schlüsselbund</translation>
    </message>
    <message>
        <source>system keyring: a stored entry did not read back</source>
        <translation>Schlüsselbund des Systems: ein gespeicherter Eintrag ließ sich nicht zurücklesen</translation>
    </message>
    <message>
        <source>passwords are not saved (credential storage is set to &quot;none&quot;); the password will be asked for every time</source>
        <translation>Passwörter werden nicht gespeichert (Passwortspeicher ist auf &quot;none&quot; gesetzt); das Passwort wird jedes Mal abgefragt</translation>
    </message>
    <message>
        <source>site field &apos;%1&apos;: %2</source>
        <translation>Serverfeld &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>%1 is locked by another Ferry process</source>
        <translation>%1 ist von einem anderen Ferry-Prozess gesperrt</translation>
    </message>
    <message>
        <source>a folder needs a name</source>
        <translation>ein Ordner braucht einen Namen</translation>
    </message>
    <message>
        <source>a folder &apos;%1&apos; exists already</source>
        <translation>ein Ordner &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>a folder cannot move into itself</source>
        <translation>ein Ordner kann nicht in sich selbst verschoben werden</translation>
    </message>
    <message>
        <source>no folder &apos;%1&apos;</source>
        <translation>kein Ordner &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no site named &apos;%1&apos;</source>
        <translation>kein Server namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>several sites are named &apos;%1&apos;; give one of: %2</source>
        <translation>mehrere Server heißen &apos;%1&apos;; einen davon angeben: %2</translation>
    </message>
    <message>
        <source>a site &apos;%1&apos; exists already</source>
        <translation>ein Server &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>a site with id %1 exists already</source>
        <translation>ein Server mit der ID %1 existiert bereits</translation>
    </message>
    <message>
        <source>the site &apos;%1&apos; no longer exists</source>
        <translation>der Server &apos;%1&apos; existiert nicht mehr</translation>
    </message>
    <message>
        <source>no site with id %1</source>
        <translation>kein Server mit der ID %1</translation>
    </message>
    <message>
        <source>not enough memory to derive the vault key</source>
        <translation>nicht genug Speicher, um den Tresorschlüssel abzuleiten</translation>
    </message>
    <message>
        <source>the password vault %1 was written by a newer Ferry (format %2)</source>
        <translation>der Passwort-Tresor %1 stammt von einem neueren Ferry (Format %2)</translation>
    </message>
    <message>
        <source>no master password</source>
        <translation>kein Master-Passwort</translation>
    </message>
    <message>
        <source>cannot allocate secure memory</source>
        <translation>geschützter Speicher kann nicht reserviert werden</translation>
    </message>
    <message>
        <source>wrong master password for the password vault %1</source>
        <translation>falsches Master-Passwort für den Passwort-Tresor %1</translation>
    </message>
    <message>
        <source>the vault&apos;s master password must not be empty</source>
        <translation>das Master-Passwort des Tresors darf nicht leer sein</translation>
    </message>
    <message>
        <source>there is no password vault at %1 yet</source>
        <translation>unter %1 gibt es noch keinen Passwort-Tresor</translation>
    </message>
    <message>
        <source>the password vault disappeared</source>
        <translation>der Passwort-Tresor ist verschwunden</translation>
    </message>
    <message>
        <source>not a FileZilla site file</source>
        <translation>keine FileZilla-Serverdatei</translation>
    </message>
    <message>
        <source>its default remote folder &apos;%1&apos; is not readable; left out</source>
        <translation>sein entfernter Standardordner &apos;%1&apos; ist nicht lesbar; ausgelassen</translation>
    </message>
    <message>
        <source>FileZilla protocol %1 is not FTP, FTPS or SFTP; skipped</source>
        <translation>FileZilla-Protokoll %1 ist nicht FTP, FTPS oder SFTP; übersprungen</translation>
    </message>
    <message>
        <source>it names no host; skipped</source>
        <translation>er nennt keinen Host; übersprungen</translation>
    </message>
    <message>
        <source>unknown logon type %1; imported as normal</source>
        <translation>unbekannte Anmeldeart %1; als normal importiert</translation>
    </message>
    <message>
        <source>the FTP account (ACCT) is not supported; imported as a normal logon</source>
        <translation>das FTP-Konto (ACCT) wird nicht unterstützt; als normale Anmeldung importiert</translation>
    </message>
    <message>
        <source>a key file logon needs SFTP; imported as &quot;ask for password&quot;</source>
        <translation>eine Anmeldung per Schlüsseldatei braucht SFTP; als „nach Passwort fragen“ importiert</translation>
    </message>
    <message>
        <source>its password is not valid base64; it will be asked for</source>
        <translation>sein Passwort ist kein gültiges Base64; es wird erfragt</translation>
    </message>
    <message>
        <source>its password is protected by FileZilla&apos;s master password and cannot be imported; it will be asked for</source>
        <translation>sein Passwort ist durch FileZillas Master-Passwort geschützt und kann nicht importiert werden; es wird erfragt</translation>
    </message>
    <message>
        <source>missing or not a UUID</source>
        <translation>fehlt oder ist keine UUID</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>not ftp, ftpes, ftps or sftp</source>
        <translation>nicht ftp, ftpes, ftps oder sftp</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>unknown logon type</source>
        <translation>unbekannte Anmeldeart</translation>
    </message>
    <message>
        <source>not default, passive or active</source>
        <translation>nicht default, passive oder active</translation>
    </message>
    <message>
        <source>not auto, utf-8 or named</source>
        <translation>nicht auto, utf-8 oder benannt</translation>
    </message>
    <message>
        <source>a remote folder that is not absolute</source>
        <translation>ein entfernter Ordner, der nicht absolut ist</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); it is left as it is</source>
        <translation>%1 ist kein gültiges JSON (%2); die Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>%1 has no schema version; it is left as it is</source>
        <translation>%1 hat keine Schemaversion; die Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>%1 holds a site we cannot read (%2); it is left as it is</source>
        <translation>%1 enthält einen Server, den Ferry nicht lesen kann (%2); die Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>Match blocks are not evaluated; their settings were left out</source>
        <translation>Match-Blöcke werden nicht ausgewertet; ihre Einstellungen wurden ausgelassen</translation>
    </message>
    <message>
        <source>Include nested too deeply at &apos;%1&apos;; stopped</source>
        <translation>Include zu tief verschachtelt bei &apos;%1&apos;; abgebrochen</translation>
    </message>
    <message>
        <source>cannot read included %1</source>
        <translation>eingebundene Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the password vault %1 is damaged (%2); it was kept aside as %3, and the next saved password starts a new vault</source>
        <translation>der Passwort-Tresor %1 ist beschädigt (%2); er wurde als %3 beiseitegelegt, und das nächste gespeicherte Passwort beginnt einen neuen Tresor</translation>
    </message>
    <message>
        <source>the password vault %1 is damaged (%2) and could not be moved aside; it is left as it is</source>
        <translation>der Passwort-Tresor %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden; er bleibt unverändert</translation>
    </message>
    <message>
        <source>not a Ferry vault, or cut short</source>
        <translation>kein Ferry-Tresor, oder abgeschnitten</translation>
    </message>
    <message>
        <source>its header does not match its checksum</source>
        <translation>sein Kopf passt nicht zu seiner Prüfsumme</translation>
    </message>
    <message>
        <source>its key derivation cost is out of range</source>
        <translation>seine Kosten der Schlüsselableitung liegen außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>its contents fail authentication</source>
        <translation>sein Inhalt besteht die Authentifizierung nicht</translation>
    </message>
    <message>
        <source>its decrypted contents are not readable</source>
        <translation>sein entschlüsselter Inhalt ist nicht lesbar</translation>
    </message>
</context>
<context>
    <name>ferry::sites::CredentialService</name>
    <message>
        <source>New password vault</source>
        <translation>Neuer Passwort-Tresor</translation>
    </message>
    <message>
        <source>Password vault</source>
        <translation>Passwort-Tresor</translation>
    </message>
    <message>
        <source>Passwords are kept in an encrypted vault on this computer. Choose its master password; Ferry asks for it once each time it starts.</source>
        <translation>Passwörter liegen in einem verschlüsselten Tresor auf diesem Rechner. Wählen Sie sein Master-Passwort; Ferry fragt bei jedem Start einmal danach.</translation>
    </message>
    <message>
        <source>Enter the master password of the password vault. Ferry asks once while it runs.</source>
        <translation>Geben Sie das Master-Passwort des Passwort-Tresors ein. Ferry fragt einmal pro Sitzung.</translation>
    </message>
    <message>
        <source>New master password:</source>
        <translation>Neues Master-Passwort:</translation>
    </message>
    <message>
        <source>Master password:</source>
        <translation>Master-Passwort:</translation>
    </message>
</context>
<context>
    <name>ferry::sync</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: not a safe relative path; nothing done</source>
        <translation>%1: kein sicherer relativer Pfad; nichts getan</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot delete %1</source>
        <translation>%1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>comparing by checksum: the server offers no checksum command; compare by size and time (--compare size,time)</source>
        <translation>Vergleich per Prüfsumme: Der Server bietet keinen Prüfsummenbefehl; nach Größe und Zeit vergleichen (--compare size,time)</translation>
    </message>
    <message>
        <source>comparing by checksum: the server offers only %1, which Ferry cannot compute locally; compare by size and time (--compare size,time)</source>
        <translation>Vergleich per Prüfsumme: Der Server bietet nur %1, das Ferry lokal nicht berechnen kann; nach Größe und Zeit vergleichen (--compare size,time)</translation>
    </message>
    <message>
        <source>comparing by checksum: the server refused to compute checksums (%1); compare by size and time (--compare size,time)</source>
        <translation>Vergleich per Prüfsumme: Der Server verweigert die Prüfsummen (%1); nach Größe und Zeit vergleichen (--compare size,time)</translation>
    </message>
    <message>
        <source>cannot connect to %1</source>
        <translation>Keine Verbindung zu %1 möglich</translation>
    </message>
    <message>
        <source>cannot keep the sync&apos;s deletes in %1: %2</source>
        <translation>Die Löschungen der Synchronisierung können nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot make the folder</source>
        <translation>Ordner kann nicht angelegt werden</translation>
    </message>
    <message numerus="yes">
        <source>Synchronize of %1 and %2 continues: %n delete(s) wait for its copies in the queue</source>
        <translation>
            <numerusform>Synchronisierung von %1 und %2 wird fortgesetzt: %n Löschung wartet auf ihre Kopien in der Warteschlange</numerusform>
            <numerusform>Synchronisierung von %1 und %2 wird fortgesetzt: %n Löschungen warten auf ihre Kopien in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronize of %1 and %2 stopped: %3</source>
        <translation>Synchronisierung von %1 und %2 abgebrochen: %3</translation>
    </message>
    <message numerus="yes">
        <source>Synchronize of %1 and %2 finished: %n deleted</source>
        <translation>
            <numerusform>Synchronisierung von %1 und %2 abgeschlossen: %n gelöscht</numerusform>
            <numerusform>Synchronisierung von %1 und %2 abgeschlossen: %n gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 of %2 copies did not finish; nothing was deleted</source>
        <translation>%1 von %2 Kopien wurden nicht fertig; nichts wurde gelöscht</translation>
    </message>
    <message>
        <source>%1 was not listed</source>
        <translation>%1 wurde nicht gelistet</translation>
    </message>
</context>
<context>
    <name>ferry::transfer</name>
    <message>
        <source>transfer queue: %1 cannot be read and cannot be moved aside to %2</source>
        <translation>Warteschlange: %1 kann nicht gelesen und nicht nach %2 verschoben werden</translation>
    </message>
    <message>
        <source>transfer queue: %1: %2</source>
        <translation>Warteschlange: %1: %2</translation>
    </message>
    <message>
        <source>transfer queue: not open</source>
        <translation>Warteschlange: nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>Transaktion kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>Übernehmen (commit) nicht möglich</translation>
    </message>
    <message>
        <source>cannot prepare a statement</source>
        <translation>eine Anweisung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>The transfer queue %1 could not be read (%2). It was moved to %3 and a new, empty queue was started.</source>
        <translation>Die Warteschlange %1 konnte nicht gelesen werden (%2). Sie wurde nach %3 verschoben, und eine neue, leere Warteschlange wurde begonnen.</translation>
    </message>
    <message>
        <source>migration to schema %1</source>
        <translation>Umstellung auf Schema %1</translation>
    </message>
    <message>
        <source>a server-to-server copy needs two connections</source>
        <translation>eine Server-zu-Server-Kopie braucht zwei Verbindungen</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
    <message>
        <source>%1: the target has %2 of %3 bytes</source>
        <translation>%1: das Ziel hat %2 von %3 Bytes</translation>
    </message>
    <message>
        <source>transfer queue: no item %1</source>
        <translation>Warteschlange: kein Eintrag %1</translation>
    </message>
    <message>
        <source>cannot read positions</source>
        <translation>Positionen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot prepare the insert</source>
        <translation>das Einfügen kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>cannot add %1</source>
        <translation>%1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>transfer queue: item %1 is not a folder</source>
        <translation>Warteschlange: Eintrag %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>transfer queue: folder %1 is expanded already</source>
        <translation>Warteschlange: Ordner %1 ist bereits aufgeklappt</translation>
    </message>
    <message>
        <source>cannot read the folder&apos;s contents</source>
        <translation>der Inhalt des Ordners kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot make room for the folder&apos;s contents</source>
        <translation>für den Inhalt des Ordners ist kein Platz zu schaffen</translation>
    </message>
    <message>
        <source>cannot mark folder %1 done</source>
        <translation>Ordner %1 kann nicht als fertig markiert werden</translation>
    </message>
    <message>
        <source>cannot read item %1</source>
        <translation>Eintrag %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the queue</source>
        <translation>die Warteschlange kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot count items</source>
        <translation>Einträge können nicht gezählt werden</translation>
    </message>
    <message>
        <source>cannot make room before item %1</source>
        <translation>vor Eintrag %1 ist kein Platz zu schaffen</translation>
    </message>
    <message>
        <source>cannot move item %1</source>
        <translation>Eintrag %1 kann nicht verschoben werden</translation>
    </message>
    <message>
        <source>cannot clear finished items</source>
        <translation>fertige Einträge können nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot requeue running items</source>
        <translation>laufende Einträge können nicht zurückgestellt werden</translation>
    </message>
    <message>
        <source>the target is as new as the source</source>
        <translation>das Ziel ist so neu wie die Quelle</translation>
    </message>
    <message>
        <source>the target has the same size</source>
        <translation>das Ziel hat dieselbe Größe</translation>
    </message>
    <message>
        <source>the target is complete already</source>
        <translation>das Ziel ist bereits vollständig</translation>
    </message>
    <message>
        <source>the target exists</source>
        <translation>das Ziel existiert</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: kein solcher Ordner</translation>
    </message>
    <message>
        <source>the folder was not listed</source>
        <translation>der Ordner wurde nicht aufgelistet</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>no connection to the target server</source>
        <translation>keine Verbindung zum Zielserver</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>no free name for %1</source>
        <translation>kein freier Name für %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not a safe file name</source>
        <translation>kein sicherer Dateiname</translation>
    </message>
    <message>
        <source>a link to a folder is not followed</source>
        <translation>einer Verknüpfung auf einen Ordner wird nicht gefolgt</translation>
    </message>
    <message>
        <source>the link leads nowhere (a missing target or a loop)</source>
        <translation>die Verknüpfung führt ins Leere (fehlendes Ziel oder Schleife)</translation>
    </message>
    <message>
        <source>not a file or folder</source>
        <translation>weder Datei noch Ordner</translation>
    </message>
    <message>
        <source>the name cannot be sent</source>
        <translation>der Name kann nicht gesendet werden</translation>
    </message>
    <message>
        <source>a link to a file outside %1 is not followed</source>
        <translation>einer Verknüpfung auf eine Datei außerhalb von %1 wird nicht gefolgt</translation>
    </message>
    <message>
        <source>Ferry cannot compute %1 checksums</source>
        <translation>Ferry kann keine %1-Prüfsummen berechnen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>verification failed: %1 does not exist</source>
        <translation>Prüfung fehlgeschlagen: %1 existiert nicht</translation>
    </message>
    <message>
        <source>verification failed: %1 has %2 bytes, %3 expected</source>
        <translation>Prüfung fehlgeschlagen: %1 hat %2 Bytes, erwartet %3</translation>
    </message>
    <message>
        <source>verification failed: %1 has %2 bytes on the server, %3 has %4</source>
        <translation>Prüfung fehlgeschlagen: %1 hat %2 Bytes auf dem Server, %3 hat %4</translation>
    </message>
    <message>
        <source>verification failed: %1 of %2 is %3 on the server, %4 of %5 is %6</source>
        <translation>Prüfung fehlgeschlagen: %1 von %2 ist %3 auf dem Server, %4 von %5 ist %6</translation>
    </message>
    <message>
        <source>cannot rename %1 to resume it: %2</source>
        <translation>%1 kann zum Fortsetzen nicht umbenannt werden: %2</translation>
    </message>
    <message>
        <source>%1 is in the way of the partial file and is not a regular file; it is left alone (links are never followed)</source>
        <translation>%1 steht der Teildatei im Weg und ist keine normale Datei; sie bleibt unberührt (Verknüpfungen werden nie verfolgt)</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>no free name for the partial file %1</source>
        <translation>kein freier Name für die Teildatei %1</translation>
    </message>
    <message>
        <source>%1: received %2 of %3 bytes</source>
        <translation>%1: %2 von %3 Bytes empfangen</translation>
    </message>
    <message>
        <source>the partial file %1 was replaced while it was written; %2 is left as it was</source>
        <translation>die Teildatei %1 wurde während des Schreibens ersetzt; %2 bleibt, wie es war</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>%1: the server has %2 of %3 bytes</source>
        <translation>%1: der Server hat %2 von %3 Bytes</translation>
    </message>
    <message>
        <source>%1: nothing to read</source>
        <translation>%1: nichts zu lesen</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>es ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>transfer queue %1: cannot open it: %2</source>
        <translation>Warteschlange %1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>transfer queue %1: cannot set the busy timeout: %2</source>
        <translation>Warteschlange %1: Wartezeit bei Sperre kann nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>transfer queue %1: cannot read the schema version: %2</source>
        <translation>Warteschlange %1: Schemaversion kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>transfer queue %1 was written by a newer Ferry (schema %2; this one knows %3); it is left as it is</source>
        <translation>Warteschlange %1 wurde von einem neueren Ferry geschrieben (Schema %2; diese Version kennt %3); sie bleibt unverändert</translation>
    </message>
    <message>
        <source>schema version %1 is not one Ferry writes</source>
        <translation>Schemaversion %1 schreibt Ferry nicht</translation>
    </message>
    <message>
        <source>transfer queue %1: cannot check the database: %2</source>
        <translation>Warteschlange %1: Datenbank kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>integrity check failed: %1%2</source>
        <translation>Integritätsprüfung fehlgeschlagen: %1%2</translation>
    </message>
    <message>
        <source>transfer queue %1: cannot read the schema: %2</source>
        <translation>Warteschlange %1: Schema kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is an SQLite database but not a Ferry queue</source>
        <translation>es ist eine SQLite-Datenbank, aber keine Ferry-Warteschlange</translation>
    </message>
    <message>
        <source>transfer queue %1: cannot switch to WAL: %2</source>
        <translation>Warteschlange %1: Umstellung auf WAL nicht möglich: %2</translation>
    </message>
    <message>
        <source>transfer queue %1: cannot set the journal options: %2</source>
        <translation>Warteschlange %1: Journal-Optionen können nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>the items table does not match schema %1: %2</source>
        <translation>die Eintragstabelle passt nicht zu Schema %1: %2</translation>
    </message>
    <message>
        <source>cannot update item %1</source>
        <translation>Eintrag %1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>cannot record the run of item %1</source>
        <translation>Lauf von Eintrag %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot set the state of item %1</source>
        <translation>Status von Eintrag %1 kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>cannot record the progress of item %1</source>
        <translation>Fortschritt von Eintrag %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>transfer queue: cannot pause item %1: it is %2</source>
        <translation>Warteschlange: Eintrag %1 kann nicht angehalten werden: er ist %2</translation>
    </message>
    <message>
        <source>transfer queue: cannot resume item %1: it is %2</source>
        <translation>Warteschlange: Eintrag %1 kann nicht fortgesetzt werden: er ist %2</translation>
    </message>
    <message>
        <source>transfer queue: cannot retry item %1: it is %2</source>
        <translation>Warteschlange: Eintrag %1 kann nicht erneut versucht werden: er ist %2</translation>
    </message>
    <message>
        <source>cannot pause item %1</source>
        <translation>Eintrag %1 kann nicht angehalten werden</translation>
    </message>
    <message>
        <source>cannot resume item %1</source>
        <translation>Eintrag %1 kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>cannot retry item %1</source>
        <translation>Eintrag %1 kann nicht erneut versucht werden</translation>
    </message>
    <message>
        <source>cannot remove item %1</source>
        <translation>Eintrag %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot set the priority of item %1</source>
        <translation>Priorität von Eintrag %1 kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>transfer queue: cannot move item %1 before item %2: their priorities differ (%3, %4)</source>
        <translation>Warteschlange: Eintrag %1 kann nicht vor Eintrag %2 verschoben werden: ihre Prioritäten unterscheiden sich (%3, %4)</translation>
    </message>
    <message>
        <source>cannot read the folder %1: %2</source>
        <translation>Ordner %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; a partial file is never written through one</source>
        <translation>%1 ist eine symbolische Verknüpfung; eine Teildatei wird nie durch eine solche geschrieben</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read the size of %1: %2</source>
        <translation>Größe von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine normale Datei</translation>
    </message>
    <message>
        <source>cannot seek in %1: %2</source>
        <translation>in %1 kann nicht positioniert werden: %2</translation>
    </message>
    <message>
        <source>cannot set the size of %1: %2</source>
        <translation>Größe von %1 kann nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter the archive&apos;s password to upload it.</source>
        <translation>%1 ist verschlüsselt. Geben Sie das Passwort des Archivs ein, um es hochzuladen.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>a link or special file inside an archive is not uploaded</source>
        <translation>ein Link oder eine Spezialdatei in einem Archiv wird nicht hochgeladen</translation>
    </message>
    <message>
        <source>%1 (follow links to upload it)</source>
        <translation>%1 (Links folgen, um es hochzuladen)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a safe file name: it could land outside the target</source>
        <translation>&apos;%1&apos; ist kein sicherer Dateiname: er könnte außerhalb des Ziels landen</translation>
    </message>
    <message>
        <source>%1 (follow links to copy it)</source>
        <translation>%1 (Links folgen, um es zu kopieren)</translation>
    </message>
    <message>
        <source>%1 is not a file in the archive</source>
        <translation>%1 ist keine Datei im Archiv</translation>
    </message>
</context>
<context>
    <name>ferry::transfer::Scheduler</name>
    <message>
        <source>no way to reach %1</source>
        <translation>Kein Weg zu %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries queued</source>
        <translation>
            <numerusform>%1: %n Eintrag eingereiht</numerusform>
            <numerusform>%1: %n Einträge eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: copied server to server by %2</source>
        <translation>%1: von Server zu Server kopiert per %2</translation>
    </message>
    <message>
        <source>FXP (directly between the servers)</source>
        <translation>FXP (direkt zwischen den Servern)</translation>
    </message>
    <message>
        <source>streaming through this computer</source>
        <translation>über diesen Rechner gestreamt</translation>
    </message>
    <message>
        <source>%1: %2; trying again in %3 s (attempt %4 of %5)</source>
        <translation>%1: %2; neuer Versuch in %3 s (Versuch %4 von %5)</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the target exists</source>
        <translation>Das Ziel existiert</translation>
    </message>
    <message numerus="yes">
        <source>listed %n remote folders ahead</source>
        <translation>
            <numerusform>%n entfernter Ordner vorab gelistet</numerusform>
            <numerusform>%n entfernte Ordner vorab gelistet</numerusform>
        </translation>
    </message>
    <message>
        <source>, up to %1 at once</source>
        <translation>, bis zu %1 gleichzeitig</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ArchiveFolderModel</name>
    <message>
        <source>Leave the archive</source>
        <translation>Archiv verlassen</translation>
    </message>
    <message>
        <source>Parent folder</source>
        <translation>Übergeordneter Ordner</translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1 (verschlüsselt)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>ferry::ui::CertificateDialog</name>
    <message>
        <source>It could not be verified.</source>
        <translation>Es konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>WARNING: certificate changed – %1</source>
        <translation>WARNUNG: Zertifikat geändert – %1</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>Zertifikat geändert</translation>
    </message>
    <message>
        <source>The certificate of %1:%2 has CHANGED</source>
        <translation>Das Zertifikat von %1:%2 hat sich GEÄNDERT</translation>
    </message>
    <message>
        <source>You trusted another certificate for this server. Someone could be intercepting this connection (a man-in-the-middle attack), or the server&apos;s certificate was replaced. Do not continue unless the server&apos;s administrator confirmed the new fingerprint.</source>
        <translation>Sie haben diesem Server mit einem anderen Zertifikat vertraut. Jemand könnte diese Verbindung abhören (Man-in-the-Middle-Angriff), oder das Zertifikat des Servers wurde ersetzt. Fahren Sie nur fort, wenn der Administrator des Servers den neuen Fingerabdruck bestätigt hat.</translation>
    </message>
    <message>
        <source>Untrusted certificate – %1</source>
        <translation>Nicht vertrauenswürdiges Zertifikat – %1</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The certificate of %1:%2 is not trusted</source>
        <translation>Dem Zertifikat von %1:%2 wird nicht vertraut</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Trusted before:</source>
        <translation>Bisher vertraut:</translation>
    </message>
    <message>
        <source>Fingerprint trusted before</source>
        <translation>Bisher vertrauter Fingerabdruck</translation>
    </message>
    <message>
        <source>New SHA-256 fingerprint:</source>
        <translation>Neuer SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, base64</source>
        <translation>SHA-256-Fingerabdruck, Base64</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>&amp;Einmal vertrauen</translation>
    </message>
    <message>
        <source>Trust this certificate for this connection only</source>
        <translation>Diesem Zertifikat nur für diese Verbindung vertrauen</translation>
    </message>
    <message>
        <source>&amp;Replace the trusted certificate</source>
        <translation>Vertrautes Zertifikat &amp;ersetzen</translation>
    </message>
    <message>
        <source>&amp;Always trust</source>
        <translation>&amp;Immer vertrauen</translation>
    </message>
    <message>
        <source>Always trust this certificate</source>
        <translation>Diesem Zertifikat immer vertrauen</translation>
    </message>
</context>
<context>
    <name>ferry::ui::CompareActions</name>
    <message>
        <source>Directory &amp;comparison</source>
        <translation>&amp;Verzeichnisvergleich</translation>
    </message>
    <message>
        <source>Compare the local and the remote folder: colours mark what differs (Ctrl+O)</source>
        <translation>Lokalen und entfernten Ordner vergleichen: Farben markieren Unterschiede (Strg+O)</translation>
    </message>
    <message>
        <source>Compare file &amp;size</source>
        <translation>&amp;Dateigröße vergleichen</translation>
    </message>
    <message>
        <source>Compare modification &amp;time</source>
        <translation>Änderungs&amp;zeit vergleichen</translation>
    </message>
    <message>
        <source>&amp;Hide identical files</source>
        <translation>Identische Dateien &amp;ausblenden</translation>
    </message>
    <message>
        <source>S&amp;ynchronized browsing</source>
        <translation>S&amp;ynchronisiertes Durchsuchen</translation>
    </message>
    <message>
        <source>Opening a folder in one pane opens the same folder in the other (Ctrl+Y)</source>
        <translation>Ein Ordner, der in einem Bereich geöffnet wird, öffnet sich auch im anderen (Strg+Y)</translation>
    </message>
    <message>
        <source>S&amp;ynchronize…</source>
        <translation>S&amp;ynchronisieren…</translation>
    </message>
    <message>
        <source>Make the remote folder like the local one, or the reverse (Ctrl+Shift+S)</source>
        <translation>Den entfernten Ordner an den lokalen angleichen oder umgekehrt (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Synchronize needs a connected server</source>
        <translation>Synchronisieren braucht eine Serververbindung</translation>
    </message>
    <message>
        <source>Synchronized browsing needs a connected server</source>
        <translation>Synchronisiertes Durchsuchen braucht eine Serververbindung</translation>
    </message>
</context>
<context>
    <name>ferry::ui::CompressDialog</name>
    <message>
        <source>Compress</source>
        <translation>Komprimieren</translation>
    </message>
    <message>
        <source>Archive format</source>
        <translation>Archivformat</translation>
    </message>
    <message>
        <source>Archive name</source>
        <translation>Archivname</translation>
    </message>
    <message>
        <source>&amp;Compress</source>
        <translation>&amp;Komprimieren</translation>
    </message>
    <message>
        <source>Compress %1 into a new archive in %2:</source>
        <translation>%1 in ein neues Archiv in %2 komprimieren:</translation>
    </message>
    <message>
        <source>Compress %1 items into a new archive in %2:</source>
        <translation>%1 Elemente in ein neues Archiv in %2 komprimieren:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archiv</translation>
    </message>
    <message>
        <source>Type a file name (without a folder).</source>
        <translation>Geben Sie einen Dateinamen ein (ohne Ordner).</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 gibt es schon.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ConnectionTab</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <source>&amp;Add files to queue</source>
        <translation>Dateien zur &amp;Warteschlange hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>Looking up the password of %1 …</source>
        <translation>Passwort von %1 wird gesucht …</translation>
    </message>
    <message>
        <source>The stored password of %1 could not be read: %2</source>
        <translation>Das gespeicherte Passwort von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>%1 is connected WITHOUT encryption: the server did not accept TLS, and this site allows that (&quot;TLS if available&quot;), so it is not protected against a downgrade.</source>
        <translation>%1 ist OHNE Verschlüsselung verbunden: Der Server hat TLS nicht angenommen, und dieser Server-Eintrag erlaubt das („TLS wenn verfügbar“), daher ist er nicht gegen eine Herabstufung geschützt.</translation>
    </message>
    <message>
        <source>Not connected: Connect or Reconnect (Ctrl+R) opens %1</source>
        <translation>Nicht verbunden: Verbinden oder Neu verbinden (Strg+R) öffnet %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Could not change the site: %1</source>
        <translation>Der Server-Eintrag konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Could not change the site: &quot;%1&quot; is no longer stored</source>
        <translation>Der Server-Eintrag konnte nicht geändert werden: „%1“ ist nicht mehr gespeichert</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; now requires TLS (explicit FTP over TLS); connecting again</source>
        <translation>Der Server „%1“ verlangt jetzt TLS (explizites FTP über TLS); neue Verbindung</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) queued for upload to %1</source>
        <translation>
            <numerusform>%n Eintrag zum Hochladen nach %1 eingereiht</numerusform>
            <numerusform>%n Einträge zum Hochladen nach %1 eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) queued for download to %1</source>
        <translation>
            <numerusform>%n Eintrag zum Herunterladen nach %1 eingereiht</numerusform>
            <numerusform>%n Einträge zum Herunterladen nach %1 eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronize stopped: %1</source>
        <translation>Synchronisieren abgebrochen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Synchronized: %n file(s) copied</source>
        <translation>
            <numerusform>Synchronisiert: %n Datei kopiert</numerusform>
            <numerusform>Synchronisiert: %n Dateien kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synchronize %1 and %2: %n file(s) queued</source>
        <translation>
            <numerusform>%1 und %2 synchronisieren: %n Datei eingereiht</numerusform>
            <numerusform>%1 und %2 synchronisieren: %n Dateien eingereiht</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Download the file and open it with its application (F3)</source>
        <translation>Die Datei herunterladen und mit ihrem Programm öffnen (F3)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Download the file, open it in an editor and upload it when it is saved (F4)</source>
        <translation>Die Datei herunterladen, in einem Editor öffnen und nach dem Speichern hochladen (F4)</translation>
    </message>
    <message>
        <source>&amp;Keep remote folder up to date</source>
        <translation>Entfernten Ordner a&amp;ktuell halten</translation>
    </message>
    <message>
        <source>Upload every change made in the local pane&apos;s folder to the remote pane&apos;s folder until stopped (Ctrl+U)</source>
        <translation>Jede Änderung im Ordner der lokalen Seite in den Ordner der entfernten Seite hochladen, bis es beendet wird (Strg+U)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Stop keeping the remote folder up to date</source>
        <translation>Entfernten Ordner nicht mehr aktuell halten</translation>
    </message>
    <message>
        <source>Connect first: the remote folder is kept up to date with the local one</source>
        <translation>Zuerst verbinden: der entfernte Ordner wird mit dem lokalen aktuell gehalten</translation>
    </message>
    <message>
        <source>listing the server&apos;s folder …</source>
        <translation>Ordner des Servers wird aufgelistet …</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>sending changes …</source>
        <translation>Änderungen werden gesendet …</translation>
    </message>
    <message>
        <source>the server cannot be reached; trying again soon</source>
        <translation>Server nicht erreichbar; neuer Versuch in Kürze</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message numerus="yes">
        <source>Keeping %1 up to date with %2: %3 (%n file(s) uploaded)</source>
        <translation>
            <numerusform>%1 wird mit %2 aktuell gehalten: %3 (%n Datei hochgeladen)</numerusform>
            <numerusform>%1 wird mit %2 aktuell gehalten: %3 (%n Dateien hochgeladen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one file to view or edit</source>
        <translation>Eine Datei zum Anzeigen oder Bearbeiten auswählen</translation>
    </message>
    <message>
        <source>Downloading %1 to open it …</source>
        <translation>%1 wird zum Öffnen heruntergeladen …</translation>
    </message>
    <message>
        <source>Download and e&amp;xtract</source>
        <translation>Herunterladen und e&amp;ntpacken</translation>
    </message>
    <message>
        <source>Extract &amp;here</source>
        <translation>&amp;Hier entpacken</translation>
    </message>
    <message>
        <source>Extract &amp;to…</source>
        <translation>Entpacken &amp;nach…</translation>
    </message>
    <message>
        <source>&amp;Compress to…</source>
        <translation>&amp;Komprimieren nach…</translation>
    </message>
    <message>
        <source>Extract %1 to</source>
        <translation>%1 entpacken nach</translation>
    </message>
    <message>
        <source>Extracting %1 to %2</source>
        <translation>%1 wird nach %2 entpackt</translation>
    </message>
    <message numerus="yes">
        <source>%n archive(s) queued for download and extraction into %1</source>
        <translation>
            <numerusform>%n Archiv zum Herunterladen und Entpacken nach %1 eingereiht</numerusform>
            <numerusform>%n Archive zum Herunterladen und Entpacken nach %1 eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from %1 queued for upload to %2</source>
        <translation>
            <numerusform>%n Element aus %1 zum Hochladen nach %2 eingereiht</numerusform>
            <numerusform>%n Elemente aus %1 zum Hochladen nach %2 eingereiht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ferry::ui::EditFiles</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Uploaded the edited file %1</source>
        <translation>Bearbeitete Datei %1 hochgeladen</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: no application is set for this type (choose an editor in Settings &gt; Editors)</source>
        <translation>%1 kann nicht geöffnet werden: für diesen Typ ist kein Programm eingestellt (einen Editor unter Einstellungen &gt; Editoren wählen)</translation>
    </message>
    <message>
        <source>Opened %1 for editing: saved changes are uploaded after asking</source>
        <translation>%1 zum Bearbeiten geöffnet: gespeicherte Änderungen werden nach Rückfrage hochgeladen</translation>
    </message>
    <message>
        <source>Opened %1 for viewing</source>
        <translation>%1 zum Anzeigen geöffnet</translation>
    </message>
    <message>
        <source>Edited files not uploaded</source>
        <translation>Bearbeitete Dateien nicht hochgeladen</translation>
    </message>
    <message numerus="yes">
        <source>%n edited file(s) changed since the last upload: %1. Close anyway? The changes are lost with the temporary copies.</source>
        <translation>
            <numerusform>%n bearbeitete Datei seit dem letzten Hochladen geändert: %1. Trotzdem schließen? Die Änderungen gehen mit den temporären Kopien verloren.</numerusform>
            <numerusform>%n bearbeitete Dateien seit dem letzten Hochladen geändert: %1. Trotzdem schließen? Die Änderungen gehen mit den temporären Kopien verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Trotzdem schließen</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
    <message>
        <source>Uploaded the edited file %1 left by the last run</source>
        <translation>Bearbeitete Datei %1 aus der letzten Sitzung hochgeladen</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n unchanged copy(s) of edited files left by the last run</source>
        <translation>
            <numerusform>%n unveränderte Kopie bearbeiteter Dateien aus der letzten Sitzung entfernt</numerusform>
            <numerusform>%n unveränderte Kopien bearbeiteter Dateien aus der letzten Sitzung entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited file(s) left by the last run were changed and not uploaded</source>
        <translation>
            <numerusform>%n bearbeitete Datei aus der letzten Sitzung wurde geändert und nicht hochgeladen</numerusform>
            <numerusform>%n bearbeitete Dateien aus der letzten Sitzung wurden geändert und nicht hochgeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Discarded the changes to %1</source>
        <translation>Änderungen an %1 verworfen</translation>
    </message>
</context>
<context>
    <name>ferry::ui::EditQuestionDialog</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <source>%1, modified %2</source>
        <translation>%1, geändert %2</translation>
    </message>
    <message>
        <source>File changed</source>
        <translation>Datei geändert</translation>
    </message>
    <message>
        <source>%1 was changed. Upload it to the server?</source>
        <translation>%1 wurde geändert. Auf den Server hochladen?</translation>
    </message>
    <message>
        <source>Server file:</source>
        <translation>Datei auf dem Server:</translation>
    </message>
    <message>
        <source>Server file</source>
        <translation>Datei auf dem Server</translation>
    </message>
    <message>
        <source>Local copy:</source>
        <translation>Lokale Kopie:</translation>
    </message>
    <message>
        <source>Local size and time</source>
        <translation>Lokale Größe und Zeit</translation>
    </message>
    <message>
        <source>&amp;Always upload this file while it is open</source>
        <translation>Diese Datei &amp;immer hochladen, solange sie geöffnet ist</translation>
    </message>
    <message>
        <source>Always upload this file while it is open</source>
        <translation>Diese Datei immer hochladen, solange sie geöffnet ist</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t upload</source>
        <translation>&amp;Nicht hochladen</translation>
    </message>
    <message>
        <source>Don&apos;t upload</source>
        <translation>Nicht hochladen</translation>
    </message>
    <message>
        <source>File changed on the server</source>
        <translation>Datei auf dem Server geändert</translation>
    </message>
    <message>
        <source>%1 was changed on the server since you opened it.</source>
        <translation>%1 wurde auf dem Server geändert, seit Sie die Datei geöffnet haben.</translation>
    </message>
    <message>
        <source>Uploading your copy would replace the server&apos;s changes.</source>
        <translation>Das Hochladen Ihrer Kopie würde die Änderungen auf dem Server ersetzen.</translation>
    </message>
    <message>
        <source>When opened:</source>
        <translation>Beim Öffnen:</translation>
    </message>
    <message>
        <source>Server size and time when opened</source>
        <translation>Größe und Zeit auf dem Server beim Öffnen</translation>
    </message>
    <message>
        <source>Server now:</source>
        <translation>Server jetzt:</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Server size and time now</source>
        <translation>Größe und Zeit auf dem Server jetzt</translation>
    </message>
    <message>
        <source>Your copy:</source>
        <translation>Ihre Kopie:</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>Overwrite the server&apos;s file</source>
        <translation>Die Datei auf dem Server überschreiben</translation>
    </message>
    <message>
        <source>Download &amp;theirs</source>
        <translation>&amp;Deren Version herunterladen</translation>
    </message>
    <message>
        <source>Download the server&apos;s file</source>
        <translation>Die Datei vom Server herunterladen</translation>
    </message>
</context>
<context>
    <name>ferry::ui::EditorsPage</name>
    <message>
        <source>View and Edit (F3, F4) open a downloaded file with the command set here for its extension (&quot;txt&quot;, &quot;tar.gz&quot;, &quot;*&quot; for any other); %f stands for the file. Other files open with the desktop&apos;s default application.</source>
        <translation>Anzeigen und Bearbeiten (F3, F4) öffnen eine heruntergeladene Datei mit dem hier für ihre Endung eingestellten Befehl („txt“, „tar.gz“, „*“ für alle anderen); %f steht für die Datei. Andere Dateien öffnen sich mit dem Standardprogramm der Arbeitsumgebung.</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Endung</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Editors by extension</source>
        <translation>Editoren nach Endung</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add an editor</source>
        <translation>Einen Editor hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the editor</source>
        <translation>Den Editor entfernen</translation>
    </message>
</context>
<context>
    <name>ferry::ui::FileExistsDialog</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <source>%1, modified %2</source>
        <translation>%1, geändert %2</translation>
    </message>
    <message>
        <source>Target file already exists</source>
        <translation>Zieldatei existiert bereits</translation>
    </message>
    <message>
        <source>The target file already exists.</source>
        <translation>Die Zieldatei existiert bereits.</translation>
    </message>
    <message>
        <source>Choose what to do with it.</source>
        <translation>Wählen Sie, was damit geschehen soll.</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Target file</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>Target has:</source>
        <translation>Ziel hat:</translation>
    </message>
    <message>
        <source>Target size and time</source>
        <translation>Größe und Zeit des Ziels</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <source>Source has:</source>
        <translation>Quelle hat:</translation>
    </message>
    <message>
        <source>Source size and time</source>
        <translation>Größe und Zeit der Quelle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>Overwrite if source is &amp;newer</source>
        <translation>Überschreiben, wenn die Quelle &amp;neuer ist</translation>
    </message>
    <message>
        <source>Overwrite if &amp;size differs</source>
        <translation>Überschreiben, wenn die &amp;Größe abweicht</translation>
    </message>
    <message>
        <source>&amp;Resume (continue from the target&apos;s size)</source>
        <translation>&amp;Fortsetzen (ab der Größe des Ziels)</translation>
    </message>
    <message>
        <source>Re&amp;name (keep both)</source>
        <translation>&amp;Umbenennen (beide behalten)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Übe&amp;rspringen</translation>
    </message>
    <message>
        <source>&amp;Apply to all in this queue run</source>
        <translation>Für alle in diesem Warteschlangenlauf &amp;anwenden</translation>
    </message>
    <message>
        <source>Apply to all in this queue run</source>
        <translation>Für alle in diesem Warteschlangenlauf anwenden</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>ferry::ui::FilePane</name>
    <message>
        <source>1 folder</source>
        <translation>1 Ordner</translation>
    </message>
    <message>
        <source>%1 folders</source>
        <translation>%1 Ordner</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>; selected: 1 item</source>
        <translation>; ausgewählt: 1 Eintrag</translation>
    </message>
    <message>
        <source>; selected: %1 items</source>
        <translation>; ausgewählt: %1 Einträge</translation>
    </message>
    <message>
        <source>%1 path</source>
        <translation>Pfad %1</translation>
    </message>
    <message>
        <source>Type a folder and press Enter (Ctrl+L)</source>
        <translation>Ordner eingeben und Eingabetaste drücken (Strg+L)</translation>
    </message>
    <message>
        <source>%1 folder tree</source>
        <translation>Ordnerbaum %1</translation>
    </message>
    <message>
        <source>%1 file list</source>
        <translation>Dateiliste %1</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>%1 loading</source>
        <translation>%1 wird geladen</translation>
    </message>
</context>
<context>
    <name>ferry::ui::FolderCompare</name>
    <message>
        <source>Only on this side</source>
        <translation>Nur auf dieser Seite</translation>
    </message>
    <message>
        <source>Size differs</source>
        <translation>Größe verschieden</translation>
    </message>
    <message>
        <source>Newer on this side</source>
        <translation>Neuer auf dieser Seite</translation>
    </message>
    <message>
        <source>Newer on the other side</source>
        <translation>Neuer auf der anderen Seite</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Identisch</translation>
    </message>
    <message>
        <source>Folder comparison legend</source>
        <translation>Legende des Ordnervergleichs</translation>
    </message>
</context>
<context>
    <name>ferry::ui::Format</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Spezial</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1-Datei</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Owner/Group</source>
        <translation>Besitzer/Gruppe</translation>
    </message>
    <message>
        <source>Link to folder</source>
        <translation>Link auf Ordner</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>ferry::ui::HostKeyDialog</name>
    <message>
        <source>WARNING: host key changed – %1</source>
        <translation>WARNUNG: Host-Schlüssel geändert – %1</translation>
    </message>
    <message>
        <source>Host key changed</source>
        <translation>Host-Schlüssel geändert</translation>
    </message>
    <message>
        <source>The host key of %1:%2 has CHANGED</source>
        <translation>Der Host-Schlüssel von %1:%2 hat sich GEÄNDERT</translation>
    </message>
    <message>
        <source>Someone could be intercepting this connection (a man-in-the-middle attack), or the server&apos;s key was replaced. Do not continue unless the server&apos;s administrator confirmed the new fingerprint.</source>
        <translation>Jemand könnte diese Verbindung abhören (Man-in-the-Middle-Angriff), oder der Schlüssel des Servers wurde ersetzt. Fahren Sie nur fort, wenn der Administrator des Servers den neuen Fingerabdruck bestätigt hat.</translation>
    </message>
    <message>
        <source>Unknown host key – %1</source>
        <translation>Unbekannter Host-Schlüssel – %1</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <source>The authenticity of %1:%2 cannot be established</source>
        <translation>Die Echtheit von %1:%2 kann nicht festgestellt werden</translation>
    </message>
    <message>
        <source>This server&apos;s %1 key is known; it now offers an %2 key. Accept it only if the server&apos;s administrator confirms that the server has both keys.</source>
        <translation>Der %1-Schlüssel dieses Servers ist bekannt; jetzt bietet er einen %2-Schlüssel an. Nehmen Sie ihn nur an, wenn der Administrator bestätigt, dass der Server beide Schlüssel hat.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Ferry has not connected to this server before. Compare the fingerprint with the one the server&apos;s administrator gave you.</source>
        <translation>Ferry war noch nie mit diesem Server verbunden. Vergleichen Sie den Fingerabdruck mit dem, den Ihnen der Administrator des Servers gegeben hat.</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>Known fingerprint:</source>
        <translation>Bekannter Fingerabdruck:</translation>
    </message>
    <message>
        <source>Known fingerprint</source>
        <translation>Bekannter Fingerabdruck</translation>
    </message>
    <message>
        <source>Known %1 key:</source>
        <translation>Bekannter %1-Schlüssel:</translation>
    </message>
    <message>
        <source>Fingerprint of the known key</source>
        <translation>Fingerabdruck des bekannten Schlüssels</translation>
    </message>
    <message>
        <source>New fingerprint:</source>
        <translation>Neuer Fingerabdruck:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Accept the new key &amp;once</source>
        <translation>Neuen Schlüssel &amp;einmal annehmen</translation>
    </message>
    <message>
        <source>Accept &amp;once</source>
        <translation>&amp;Einmal annehmen</translation>
    </message>
    <message>
        <source>Accept this host key for this connection only</source>
        <translation>Diesen Host-Schlüssel nur für diese Verbindung annehmen</translation>
    </message>
    <message>
        <source>&amp;Replace the stored key</source>
        <translation>Gespeicherten Schlüssel &amp;ersetzen</translation>
    </message>
    <message>
        <source>Accept and &amp;remember</source>
        <translation>Annehmen und &amp;merken</translation>
    </message>
    <message>
        <source>Accept this host key and store it</source>
        <translation>Diesen Host-Schlüssel annehmen und speichern</translation>
    </message>
</context>
<context>
    <name>ferry::ui::InlineRename</name>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
</context>
<context>
    <name>ferry::ui::LeftCopiesDialog</name>
    <message>
        <source>Edited Files Not Uploaded</source>
        <translation>Bearbeitete Dateien nicht hochgeladen</translation>
    </message>
    <message>
        <source>Ferry ended while these files were open for editing. They were changed and not uploaded; their copies are kept until you decide.</source>
        <translation>Ferry wurde beendet, während diese Dateien zum Bearbeiten geöffnet waren. Sie wurden geändert und nicht hochgeladen; ihre Kopien bleiben erhalten, bis Sie entscheiden.</translation>
    </message>
    <message>
        <source>Edited files not uploaded</source>
        <translation>Bearbeitete Dateien nicht hochgeladen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>&amp;Upload Now</source>
        <translation>Jetzt &amp;hochladen</translation>
    </message>
    <message>
        <source>Upload the selected files to where they came from</source>
        <translation>Die ausgewählten Dateien dorthin hochladen, woher sie stammen</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder of the selected file</source>
        <translation>Den Ordner der ausgewählten Datei öffnen</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Delete the selected copies and their changes</source>
        <translation>Die ausgewählten Kopien samt ihren Änderungen löschen</translation>
    </message>
    <message>
        <source>Keep the copies and ask again next time</source>
        <translation>Kopien behalten und beim nächsten Mal erneut fragen</translation>
    </message>
</context>
<context>
    <name>ferry::ui::LocalJobsModel</name>
    <message>
        <source>skipped %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Entpacken</translation>
    </message>
    <message>
        <source>Compress</source>
        <translation>Komprimieren</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ferry::ui::LocalPane</name>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Cannot open %1: not a readable folder</source>
        <translation>%1 kann nicht geöffnet werden: kein lesbarer Ordner</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>%1 is an archive, shown read-only: files cannot be renamed, deleted or added here</source>
        <translation>%1 ist ein Archiv und wird schreibgeschützt gezeigt: hier kann nichts umbenannt, gelöscht oder hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot open %1: not a readable file</source>
        <translation>%1 kann nicht geöffnet werden: keine lesbare Datei</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 has no folder %2</source>
        <translation>%1 enthält keinen Ordner %2</translation>
    </message>
</context>
<context>
    <name>ferry::ui::LogModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ferry::ui::MainMenus</name>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Create &amp;folder…</source>
        <translation>&amp;Ordner erstellen…</translation>
    </message>
    <message>
        <source>Create new f&amp;ile…</source>
        <translation>Neue &amp;Datei erstellen…</translation>
    </message>
    <message>
        <source>File &amp;permissions…</source>
        <translation>Datei&amp;berechtigungen…</translation>
    </message>
    <message>
        <source>&amp;Copy URL(s) to clipboard</source>
        <translation>URL(s) in die &amp;Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Folder trees &amp;beside the file lists</source>
        <translation>Ordnerbäume &amp;neben den Dateilisten</translation>
    </message>
    <message>
        <source>&amp;Message log</source>
        <translation>&amp;Meldungsprotokoll</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>Ü&amp;ber Ferry</translation>
    </message>
    <message>
        <source>About Ferry</source>
        <translation>Über Ferry</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ferry %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A desktop client for FTP, FTPS and SFTP.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ferry %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein Desktop-Client für FTP, FTPS und SFTP.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Übertragung</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or later (%1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder später (%1).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ferry::ui::MainWindow</name>
    <message>
        <source>Ferry %1</source>
        <translation>Ferry %1</translation>
    </message>
    <message>
        <source>Ferry</source>
        <translation>Ferry</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Meldungsprotokoll</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Connection tabs</source>
        <translation>Verbindungs-Tabs</translation>
    </message>
    <message>
        <source>Quick connect</source>
        <translation>Schnellverbindung</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Not encrypted: not protected against a downgrade</source>
        <translation>Unverschlüsselt: nicht gegen Herabstufung geschützt</translation>
    </message>
    <message>
        <source>This site uses &quot;FTP, TLS if available&quot; and the server answered without TLS, so the password and files travel in plain text. Someone on the network can also make a TLS server look like this.</source>
        <translation>Dieser Server nutzt „FTP, TLS wenn verfügbar“ und hat ohne TLS geantwortet, daher gehen Passwort und Dateien im Klartext über das Netz. Jemand im Netz kann auch einen TLS-Server so aussehen lassen.</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>TLS verlangen</translation>
    </message>
    <message>
        <source>Change this site to explicit FTP over TLS (FTPES) and connect again</source>
        <translation>Diesen Server auf explizites FTP über TLS (FTPES) umstellen und neu verbinden</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Nothing was copied: the tab the files came from is no longer connected to %1</source>
        <translation>Nichts kopiert: Der Tab, aus dem die Dateien kamen, ist nicht mehr mit %1 verbunden</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) queued for a server-to-server copy from %1 to %2%3 (FXP where both servers allow it, else streamed through this computer)</source>
        <translation>
            <numerusform>%n Eintrag zum Kopieren von Server zu Server von %1 nach %2%3 eingereiht (FXP, wo beide Server es erlauben, sonst über diesen Rechner gestreamt)</numerusform>
            <numerusform>%n Einträge zum Kopieren von Server zu Server von %1 nach %2%3 eingereiht (FXP, wo beide Server es erlauben, sonst über diesen Rechner gestreamt)</numerusform>
        </translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 – Ferry</source>
        <translation>%1 – Ferry</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Go to the quick-connect bar</source>
        <translation>Zur Schnellverbindungsleiste</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Connect again to the last server (Ctrl+R)</source>
        <translation>Erneut mit dem letzten Server verbinden (Strg+R)</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Close the connection (Ctrl+D)</source>
        <translation>Die Verbindung schließen (Strg+D)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Parent folder of the active pane (Backspace)</source>
        <translation>Übergeordneter Ordner der aktiven Ansicht (Rücktaste)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the active pane&apos;s folder (F5)</source>
        <translation>Den Ordner der aktiven Ansicht neu laden (F5)</translation>
    </message>
    <message>
        <source>Go to path</source>
        <translation>Gehe zu Pfad</translation>
    </message>
    <message>
        <source>Process queue</source>
        <translation>Warteschlange abarbeiten</translation>
    </message>
    <message>
        <source>Run the transfer queue (Ctrl+P); off: running transfers stop and stay queued</source>
        <translation>Die Warteschlange abarbeiten (Strg+P); aus: laufende Übertragungen halten an und bleiben eingereiht</translation>
    </message>
    <message>
        <source>Speed limit</source>
        <translation>Tempolimit</translation>
    </message>
    <message>
        <source>Limit the transfer speed to the limits in this button&apos;s menu</source>
        <translation>Die Übertragungsgeschwindigkeit auf die Grenzen im Menü dieser Schaltfläche begrenzen</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>Download:</source>
        <translation>Download:</translation>
    </message>
    <message>
        <source>Upload:</source>
        <translation>Upload:</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Connections, transfers, confirmations, language and theme (Ctrl+,)</source>
        <translation>Verbindungen, Übertragungen, Rückfragen, Sprache und Farbschema (Strg+,)</translation>
    </message>
    <message>
        <source>New &amp;tab</source>
        <translation>Neuer &amp;Tab</translation>
    </message>
    <message>
        <source>Open a new tab for another connection (Ctrl+T)</source>
        <translation>Einen neuen Tab für eine weitere Verbindung öffnen (Strg+T)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <source>Close the current tab and its connection (Ctrl+W)</source>
        <translation>Den aktuellen Tab und seine Verbindung schließen (Strg+W)</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Nächster Tab</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Vorheriger Tab</translation>
    </message>
    <message>
        <source>The transfer queue could not be opened: %1</source>
        <translation>Die Warteschlange konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Unfinished transfers</source>
        <translation>Unvollständige Übertragungen</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) from the last session are not finished. Resume them now?</source>
        <translation>
            <numerusform>%n Übertragung aus der letzten Sitzung ist nicht fertig. Jetzt fortsetzen?</numerusform>
            <numerusform>%n Übertragungen aus der letzten Sitzung sind nicht fertig. Jetzt fortsetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Otherwise they stay in the queue until you choose Process queue.</source>
        <translation>Sonst bleiben sie in der Warteschlange, bis Sie „Warteschlange abarbeiten“ wählen.</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Unverschlüsselt</translation>
    </message>
    <message>
        <source>Plain FTP: the password and the files cross the network readable by anyone on the way. FTPES, FTPS or SFTP encrypt them.</source>
        <translation>Einfaches FTP: Passwort und Dateien gehen lesbar für jeden auf dem Weg durchs Netz. FTPES, FTPS oder SFTP verschlüsseln sie.</translation>
    </message>
    <message>
        <source>Encrypted (TLS)</source>
        <translation>Verschlüsselt (TLS)</translation>
    </message>
    <message>
        <source>The connection and the transfers are encrypted with TLS.</source>
        <translation>Verbindung und Übertragungen sind mit TLS verschlüsselt.</translation>
    </message>
    <message>
        <source>Encrypted (SSH)</source>
        <translation>Verschlüsselt (SSH)</translation>
    </message>
    <message>
        <source>The connection and the transfers are encrypted by SSH.</source>
        <translation>Verbindung und Übertragungen sind durch SSH verschlüsselt.</translation>
    </message>
    <message>
        <source>The saved sites could not be read: %1</source>
        <translation>Die gespeicherten Server konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A saved tab could not be opened again: %1</source>
        <translation>Ein gespeicherter Tab konnte nicht wieder geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>ferry::ui::MasterPasswordDialog</name>
    <message>
        <source>Change the vault&apos;s master password</source>
        <translation>Master-Passwort des Tresors ändern</translation>
    </message>
    <message>
        <source>The password vault is encrypted again under the new master password. The old one stops working.</source>
        <translation>Der Passwort-Tresor wird mit dem neuen Master-Passwort neu verschlüsselt. Das alte gilt dann nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Current master password:</source>
        <translation>&amp;Aktuelles Master-Passwort:</translation>
    </message>
    <message>
        <source>&amp;New master password:</source>
        <translation>&amp;Neues Master-Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one:</source>
        <translation>Neues &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Current master password</source>
        <translation>Aktuelles Master-Passwort</translation>
    </message>
    <message>
        <source>New master password</source>
        <translation>Neues Master-Passwort</translation>
    </message>
    <message>
        <source>Repeat the new master password</source>
        <translation>Neues Master-Passwort wiederholen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The new master password must not be empty.</source>
        <translation>Das neue Master-Passwort darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The new master passwords do not match.</source>
        <translation>Die neuen Master-Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The current master password is wrong. Nothing was changed.</source>
        <translation>Das aktuelle Master-Passwort ist falsch. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The master password was not changed: %1</source>
        <translation>Das Master-Passwort wurde nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>ferry::ui::PaneMenus</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Create &amp;folder…</source>
        <translation>&amp;Ordner erstellen…</translation>
    </message>
    <message>
        <source>Create new &amp;file…</source>
        <translation>Neue &amp;Datei erstellen…</translation>
    </message>
    <message>
        <source>File &amp;permissions…</source>
        <translation>Datei&amp;berechtigungen…</translation>
    </message>
    <message>
        <source>&amp;Copy URL(s) to clipboard</source>
        <translation>URL(s) in die &amp;Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>%1 (a folder, with everything in it)</source>
        <translation>%1 (ein Ordner, mit allem darin)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>from the server</source>
        <translation>vom Server</translation>
    </message>
    <message>
        <source>from this computer</source>
        <translation>von diesem Rechner</translation>
    </message>
    <message>
        <source>Delete 1 item %1?</source>
        <translation>1 Eintrag %1 löschen?</translation>
    </message>
    <message>
        <source>Delete %1 items %2?</source>
        <translation>%1 Einträge %2 löschen?</translation>
    </message>
    <message>
        <source>

Deleted files do not go to the trash.</source>
        <translation>

Gelöschte Dateien kommen nicht in den Papierkorb.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Could not open %1: no program is set up for this kind of file</source>
        <translation>%1 konnte nicht geöffnet werden: Für diese Art Datei ist kein Programm eingerichtet</translation>
    </message>
    <message>
        <source>Cannot rename %1 to &quot;%2&quot;: not a valid file name</source>
        <translation>%1 kann nicht in „%2“ umbenannt werden: kein gültiger Dateiname</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2: %2 exists already</source>
        <translation>%1 konnte nicht in %2 umbenannt werden: %2 existiert bereits</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2</source>
        <translation>%1 konnte nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) into %1?</source>
        <translation>
            <numerusform>%n Eintrag nach %1 verschieben?</numerusform>
            <numerusform>%n Einträge nach %1 verschieben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Move confirmation</source>
        <translation>Verschieben bestätigen</translation>
    </message>
    <message>
        <source>Could not delete %1: permission denied or in use</source>
        <translation>%1 konnte nicht gelöscht werden: keine Berechtigung oder in Gebrauch</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Create folder</source>
        <translation>Ordner erstellen</translation>
    </message>
    <message>
        <source>Create new file</source>
        <translation>Neue Datei erstellen</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Name des neuen Ordners in %1:</translation>
    </message>
    <message>
        <source>Name of the new empty file in %1:</source>
        <translation>Name der neuen leeren Datei in %1:</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>Neue Datei</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: not a valid file name</source>
        <translation>„%1“ kann nicht erstellt werden: kein gültiger Dateiname</translation>
    </message>
    <message>
        <source>Could not create %1: it exists already</source>
        <translation>%1 konnte nicht erstellt werden: existiert bereits</translation>
    </message>
    <message>
        <source>Created the folder %1</source>
        <translation>Ordner %1 erstellt</translation>
    </message>
    <message>
        <source>Created the empty file %1</source>
        <translation>Leere Datei %1 erstellt</translation>
    </message>
    <message>
        <source>Could not create %1: permission denied</source>
        <translation>%1 konnte nicht erstellt werden: keine Berechtigung</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>Copied the URL %1</source>
        <translation>URL %1 kopiert</translation>
    </message>
    <message>
        <source>Copied %1 URLs</source>
        <translation>%1 URLs kopiert</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ferry::ui::PasswordsPage</name>
    <message>
        <source>The system keyring</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>An encrypted vault with a master password</source>
        <translation>Verschlüsselter Tresor mit Master-Passwort</translation>
    </message>
    <message>
        <source>Do not save passwords</source>
        <translation>Passwörter nicht speichern</translation>
    </message>
    <message>
        <source>The saved sites could not be read: %1</source>
        <translation>Die gespeicherten Server konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Ferry will forget every saved site password and ask for it when it connects. Forget them?</source>
        <translation>Ferry vergisst alle gespeicherten Passwörter und fragt beim Verbinden danach. Vergessen?</translation>
    </message>
    <message>
        <source>Moving the passwords...</source>
        <translation>Passwörter werden verschoben...</translation>
    </message>
    <message>
        <source>The vault&apos;s master password was changed.</source>
        <translation>Das Master-Passwort des Tresors wurde geändert.</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Nicht verschoben: %1</translation>
    </message>
    <message>
        <source>Moved, but a copy is left in the old place: %1</source>
        <translation>Verschoben, aber eine Kopie liegt noch am alten Ort: %1</translation>
    </message>
    <message>
        <source>Saved sites keep their passwords in one place. Choosing another place moves every saved password there.</source>
        <translation>Gespeicherte Server bewahren ihre Passwörter an einem Ort auf. Ein anderer Ort verschiebt alle gespeicherten Passwörter dorthin.</translation>
    </message>
    <message>
        <source>&amp;Keep passwords in:</source>
        <translation>Passwörter &amp;speichern in:</translation>
    </message>
    <message>
        <source>Keep passwords in</source>
        <translation>Passwörter speichern in</translation>
    </message>
    <message>
        <source>&amp;Move passwords</source>
        <translation>Passwörter &amp;verschieben</translation>
    </message>
    <message>
        <source>Move passwords</source>
        <translation>Passwörter verschieben</translation>
    </message>
    <message>
        <source>The vault is encrypted under a master password that Ferry asks for once each time it starts.</source>
        <translation>Der Tresor ist mit einem Master-Passwort verschlüsselt, nach dem Ferry bei jedem Start einmal fragt.</translation>
    </message>
    <message>
        <source>Change &amp;master password...</source>
        <translation>&amp;Master-Passwort ändern...</translation>
    </message>
    <message>
        <source>Change master password</source>
        <translation>Master-Passwort ändern</translation>
    </message>
    <message>
        <source>Passwords status</source>
        <translation>Status der Passwörter</translation>
    </message>
</context>
<context>
    <name>ferry::ui::PermissionsDialog</name>
    <message>
        <source>&amp;Recurse into subfolders</source>
        <translation>In &amp;Unterordner absteigen</translation>
    </message>
    <message>
        <source>Apply to &amp;all files and folders</source>
        <translation>Auf &amp;alle Dateien und Ordner anwenden</translation>
    </message>
    <message>
        <source>Apply to &amp;files only</source>
        <translation>Nur auf &amp;Dateien anwenden</translation>
    </message>
    <message>
        <source>Apply to f&amp;olders only</source>
        <translation>Nur auf &amp;Ordner anwenden</translation>
    </message>
    <message>
        <source>Change file permissions</source>
        <translation>Dateiberechtigungen ändern</translation>
    </message>
    <message>
        <source>Permissions of %1:</source>
        <translation>Berechtigungen von %1:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>%1 permissions</source>
        <translation>Berechtigungen für %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Numeric value:</source>
        <translation>&amp;Numerischer Wert:</translation>
    </message>
    <message>
        <source>Numeric value</source>
        <translation>Numerischer Wert</translation>
    </message>
    <message>
        <source>Three octal digits (owner, group, others), for example 644 or 755</source>
        <translation>Drei Oktalziffern (Besitzer, Gruppe, Andere), zum Beispiel 644 oder 755</translation>
    </message>
</context>
<context>
    <name>ferry::ui::QueueModel</name>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>Wird übertragen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>server to server</source>
        <translation>Server zu Server</translation>
    </message>
    <message>
        <source>server to server (%1)</source>
        <translation>Server zu Server (%1)</translation>
    </message>
    <message>
        <source>%1 (folder)</source>
        <translation>%1 (Ordner)</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokale Datei</translation>
    </message>
    <message>
        <source>Remote file</source>
        <translation>Entfernte Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>ferry::ui::QueuePanel</name>
    <message>
        <source>Transfer queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Clear finished</source>
        <translation>Fertige &amp;leeren</translation>
    </message>
    <message>
        <source>Queued files</source>
        <translation>Dateien in der Warteschlange</translation>
    </message>
    <message>
        <source>Failed transfers</source>
        <translation>Fehlgeschlagene Übertragungen</translation>
    </message>
    <message>
        <source>Successful transfers</source>
        <translation>Erfolgreiche Übertragungen</translation>
    </message>
    <message>
        <source>Transfer queue tabs</source>
        <translation>Tabs der Warteschlange</translation>
    </message>
    <message>
        <source>Queue totals</source>
        <translation>Summen der Warteschlange</translation>
    </message>
    <message>
        <source>Queue item actions</source>
        <translation>Aktionen für Einträge der Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>Ver&amp;schieben</translation>
    </message>
    <message>
        <source>To the &amp;top</source>
        <translation>Ganz nach &amp;oben</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Hoch</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>&amp;Runter</translation>
    </message>
    <message>
        <source>To the &amp;bottom</source>
        <translation>Ganz nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
    <message>
        <source>&amp;Highest</source>
        <translation>&amp;Höchste</translation>
    </message>
    <message>
        <source>H&amp;igh</source>
        <translation>Ho&amp;ch</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>&amp;Low</source>
        <translation>N&amp;iedrig</translation>
    </message>
    <message>
        <source>L&amp;owest</source>
        <translation>Niedrig&amp;ste</translation>
    </message>
    <message>
        <source>Open &amp;local folder</source>
        <translation>Lokalen &amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Copy remote &amp;URL</source>
        <translation>Entfernte &amp;URL kopieren</translation>
    </message>
    <message>
        <source>Queued files (%1)</source>
        <translation>Dateien in der Warteschlange (%1)</translation>
    </message>
    <message>
        <source>Failed transfers (%1)</source>
        <translation>Fehlgeschlagene Übertragungen (%1)</translation>
    </message>
    <message>
        <source>Successful transfers (%1)</source>
        <translation>Erfolgreiche Übertragungen (%1)</translation>
    </message>
    <message>
        <source>Queue empty</source>
        <translation>Warteschlange leer</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued, %1 of %2 (%3%)</source>
        <translation>
            <numerusform>%n Datei eingereiht, %1 von %2 (%3%)</numerusform>
            <numerusform>%n Dateien eingereiht, %1 von %2 (%3%)</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1/s, %2:%3 left</source>
        <translation>, %1/s, noch %2:%3</translation>
    </message>
    <message>
        <source>Local operations</source>
        <translation>Lokale Vorgänge</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Local operation actions</source>
        <translation>Aktionen für lokale Vorgänge</translation>
    </message>
    <message>
        <source>Local operations (%1)</source>
        <translation>Lokale Vorgänge (%1)</translation>
    </message>
</context>
<context>
    <name>ferry::ui::QuickConnectBar</name>
    <message>
        <source>Quick connect</source>
        <translation>Schnellverbindung</translation>
    </message>
    <message>
        <source>FTP</source>
        <translation>FTP</translation>
    </message>
    <message>
        <source>FTPES – explicit TLS</source>
        <translation>FTPES – explizites TLS</translation>
    </message>
    <message>
        <source>FTPS – implicit TLS</source>
        <translation>FTPS – implizites TLS</translation>
    </message>
    <message>
        <source>SFTP – over SSH</source>
        <translation>SFTP – über SSH</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>host or URL</source>
        <translation>Server oder URL</translation>
    </message>
    <message>
        <source>A host name or address, or a whole URL such as sftp://user@host/path</source>
        <translation>Ein Hostname oder eine Adresse, oder eine ganze URL wie sftp://benutzer@host/pfad</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>ask</source>
        <translation>fragen</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotokoll:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation>Letzte Verbindungen</translation>
    </message>
    <message>
        <source>Enter a host name or a URL.</source>
        <translation>Geben Sie einen Hostnamen oder eine URL ein.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>No recent connections</source>
        <translation>Keine letzten Verbindungen</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RemoteDragData</name>
    <message>
        <source>Nothing downloaded: drop onto a file manager folder to download there; this target did not name a folder</source>
        <translation>Nichts heruntergeladen: Zum Herunterladen auf einen Ordner im Dateimanager ziehen; dieses Ziel nannte keinen Ordner</translation>
    </message>
    <message>
        <source>Nothing downloaded: %1</source>
        <translation>Nichts heruntergeladen: %1</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RemoteFileModel</name>
    <message>
        <source>Parent folder</source>
        <translation>Übergeordneter Ordner</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RemotePane</name>
    <message>
        <source>Remote</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Loading %1 …</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SecretDialog</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SettingsDialog</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>File exists action</source>
        <translation>Aktion bei vorhandener Datei</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Passwörter</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Overwrite if the source is newer</source>
        <translation>Überschreiben, wenn die Quelle neuer ist</translation>
    </message>
    <message>
        <source>Overwrite if the size differs</source>
        <translation>Überschreiben, wenn die Größe abweicht</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Rename the new file</source>
        <translation>Neue Datei umbenennen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Indonesian (Bahasa Indonesia)</source>
        <translation>Indonesisch (Bahasa Indonesia)</translation>
    </message>
    <message>
        <source>German (Deutsch)</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Transfer &amp;connections per site:</source>
        <translation>Übertragungs&amp;verbindungen je Server:</translation>
    </message>
    <message>
        <source>&amp;Timeout (seconds):</source>
        <translation>&amp;Zeitlimit (Sekunden):</translation>
    </message>
    <message>
        <source>Close idle transfer connections after (seconds):</source>
        <translation>Untätige Übertragungsverbindungen schließen nach (Sekunden):</translation>
    </message>
    <message>
        <source>&amp;Retries after a dropped connection:</source>
        <translation>&amp;Neue Versuche nach Verbindungsabbruch:</translation>
    </message>
    <message>
        <source>First retry after (seconds):</source>
        <translation>Erster neuer Versuch nach (Sekunden):</translation>
    </message>
    <message>
        <source>Longest wait between retries (seconds):</source>
        <translation>Längste Wartezeit zwischen Versuchen (Sekunden):</translation>
    </message>
    <message>
        <source>Speed limits</source>
        <translation>Geschwindigkeitsbegrenzung</translation>
    </message>
    <message>
        <source>&amp;Limit the transfer speed (the toolbar&apos;s Speed limit button)</source>
        <translation>Übertragungsgeschwindigkeit &amp;begrenzen (Schaltfläche Geschwindigkeitsbegrenzung)</translation>
    </message>
    <message>
        <source>&amp;Download (KiB/s):</source>
        <translation>&amp;Download (KiB/s):</translation>
    </message>
    <message>
        <source>&amp;Upload (KiB/s):</source>
        <translation>&amp;Upload (KiB/s):</translation>
    </message>
    <message>
        <source>Download to a &amp;partial file (.NAME.ferry-part), renamed when complete</source>
        <translation>In eine &amp;Teildatei herunterladen (.NAME.ferry-part), nach Abschluss umbenannt</translation>
    </message>
    <message>
        <source>Keep the source&apos;s &amp;modification time</source>
        <translation>Änderungs&amp;zeit der Quelle beibehalten</translation>
    </message>
    <message>
        <source>When a &amp;download&apos;s target exists:</source>
        <translation>Wenn das Ziel eines &amp;Downloads existiert:</translation>
    </message>
    <message>
        <source>When an &amp;upload&apos;s target exists:</source>
        <translation>Wenn das Ziel eines U&amp;ploads existiert:</translation>
    </message>
    <message>
        <source>Show &amp;hidden files (names starting with a dot)</source>
        <translation>&amp;Versteckte Dateien zeigen (Namen mit Punkt am Anfang)</translation>
    </message>
    <message>
        <source>&amp;Reopen the tabs (sites and folders) at the next start</source>
        <translation>Tabs (Server und Ordner) beim nächsten Start &amp;wieder öffnen</translation>
    </message>
    <message>
        <source>Ask before</source>
        <translation>Nachfragen vor</translation>
    </message>
    <message>
        <source>&amp;Deleting files and folders</source>
        <translation>&amp;Löschen von Dateien und Ordnern</translation>
    </message>
    <message>
        <source>&amp;Overwriting a file (when the file exists action is Ask)</source>
        <translation>Ü&amp;berschreiben einer Datei (wenn die Aktion bei vorhandener Datei „Fragen“ ist)</translation>
    </message>
    <message>
        <source>&amp;Moving files on the server by drag and drop</source>
        <translation>&amp;Verschieben von Dateien auf dem Server per Ziehen und Ablegen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Editoren</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SiteActions</name>
    <message>
        <source>&amp;Site Manager…</source>
        <translation>&amp;Servermanager…</translation>
    </message>
    <message>
        <source>Open the site manager (Ctrl+S); the arrow lists the saved sites</source>
        <translation>Den Servermanager öffnen (Strg+S); der Pfeil listet die gespeicherten Server</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Site Manager</source>
        <translation>Servermanager</translation>
    </message>
    <message>
        <source>Save current connection as site…</source>
        <translation>Aktuelle Verbindung als Server speichern…</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Zuletzt verwendet</translation>
    </message>
    <message>
        <source>&amp;Add bookmark</source>
        <translation>Lesezeichen &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Bookmark the remote folder shown, with the local one (Ctrl+B)</source>
        <translation>Den angezeigten entfernten Ordner mit dem lokalen als Lesezeichen speichern (Strg+B)</translation>
    </message>
    <message>
        <source>No saved sites yet</source>
        <translation>Noch keine gespeicherten Server</translation>
    </message>
    <message>
        <source>No recent connections</source>
        <translation>Keine letzten Verbindungen</translation>
    </message>
    <message>
        <source>Connect first: there is no connection to save.</source>
        <translation>Erst verbinden: Es gibt keine Verbindung zum Speichern.</translation>
    </message>
    <message>
        <source>Save current connection as site</source>
        <translation>Aktuelle Verbindung als Server speichern</translation>
    </message>
    <message>
        <source>Name of the new site:</source>
        <translation>Name des neuen Servers:</translation>
    </message>
    <message>
        <source>Saved the connection as the site &quot;%1&quot;.</source>
        <translation>Verbindung als Server „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The connection could not be saved: %1</source>
        <translation>Die Verbindung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>there is no connection to save</source>
        <translation>Es gibt keine Verbindung zum Speichern</translation>
    </message>
    <message>
        <source>a site name must not be empty or contain &quot;/&quot;</source>
        <translation>Ein Servername darf nicht leer sein oder „/“ enthalten</translation>
    </message>
    <message>
        <source>the site was saved, but its password could not be stored (%1); it will be asked for</source>
        <translation>Der Server wurde gespeichert, sein Passwort aber nicht (%1); es wird abgefragt</translation>
    </message>
    <message>
        <source>Bookmarks belong to saved sites: connect to one (or save this connection as a site) first.</source>
        <translation>Lesezeichen gehören zu gespeicherten Servern: Verbinden Sie sich zuerst mit einem (oder speichern Sie diese Verbindung als Server).</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; is no longer stored.</source>
        <translation>Der Server „%1“ ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <source>Bookmarked %1 for the site &quot;%2&quot;.</source>
        <translation>Lesezeichen %1 für den Server „%2“ gesetzt.</translation>
    </message>
    <message>
        <source>Connect to a saved site to use its bookmarks</source>
        <translation>Mit einem gespeicherten Server verbinden, um seine Lesezeichen zu nutzen</translation>
    </message>
    <message>
        <source>No bookmarks for &quot;%1&quot; yet</source>
        <translation>Noch keine Lesezeichen für „%1“</translation>
    </message>
    <message>
        <source>%1 (local: %2)</source>
        <translation>%1 (lokal: %2)</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SiteManagerDialog</name>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Ask for password</source>
        <translation>Nach Passwort fragen</translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation>Interaktiv</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
    <message>
        <source>Site Manager</source>
        <translation>Servermanager</translation>
    </message>
    <message>
        <source>Site settings</source>
        <translation>Server-Einstellungen</translation>
    </message>
    <message>
        <source>Test connection result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Site manager status</source>
        <translation>Status des Servermanagers</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to the selected site</source>
        <translation>Mit dem ausgewählten Server verbinden</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Close the site manager</source>
        <translation>Den Servermanager schließen</translation>
    </message>
    <message>
        <source>Filter sites by name or host</source>
        <translation>Server nach Name oder Host filtern</translation>
    </message>
    <message>
        <source>Filter by name or host</source>
        <translation>Nach Name oder Host filtern</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;New site</source>
        <translation>&amp;Neuer Server</translation>
    </message>
    <message>
        <source>New &amp;folder</source>
        <translation>Neuer &amp;Ordner</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>FileZilla site manager (sitemanager.xml)…</source>
        <translation>FileZilla-Servermanager (sitemanager.xml)…</translation>
    </message>
    <message>
        <source>Import FileZilla sites</source>
        <translation>FileZilla-Server importieren</translation>
    </message>
    <message>
        <source>FileZilla site manager (*.xml);;All files (*)</source>
        <translation>FileZilla-Servermanager (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>OpenSSH configuration (~/.ssh/config)</source>
        <translation>OpenSSH-Konfiguration (~/.ssh/config)</translation>
    </message>
    <message>
        <source>Export sites for FileZilla</source>
        <translation>Server für FileZilla exportieren</translation>
    </message>
    <message>
        <source>FileZilla site manager (*.xml)</source>
        <translation>FileZilla-Servermanager (*.xml)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>FTP – File Transfer Protocol</source>
        <translation>FTP – File Transfer Protocol</translation>
    </message>
    <message>
        <source>SFTP – SSH File Transfer Protocol</source>
        <translation>SFTP – SSH File Transfer Protocol</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Use explicit FTP over TLS if available</source>
        <translation>Explizites FTP über TLS verwenden, wenn verfügbar</translation>
    </message>
    <message>
        <source>Require explicit FTP over TLS</source>
        <translation>Explizites FTP über TLS verlangen</translation>
    </message>
    <message>
        <source>Require implicit FTP over TLS</source>
        <translation>Implizites FTP über TLS verlangen</translation>
    </message>
    <message>
        <source>Only use plain FTP (insecure)</source>
        <translation>Nur einfaches FTP verwenden (unsicher)</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Logon type</source>
        <translation>Verbindungsart</translation>
    </message>
    <message>
        <source>&amp;Logon type:</source>
        <translation>Verbindungs&amp;art:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Forget the stored password</source>
        <translation>Das gespeicherte Passwort vergessen</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Password state</source>
        <translation>Passwortstatus</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Schlüsseldatei auswählen</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>C&amp;omments:</source>
        <translation>K&amp;ommentare:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Default local folder</source>
        <translation>Lokaler Standardordner</translation>
    </message>
    <message>
        <source>Default remote folder</source>
        <translation>Entfernter Standardordner</translation>
    </message>
    <message>
        <source>the login folder</source>
        <translation>der Anmeldeordner</translation>
    </message>
    <message>
        <source>Server time-zone offset in minutes</source>
        <translation>Zeitzonenversatz des Servers in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Default &amp;local folder:</source>
        <translation>&amp;Lokaler Standardordner:</translation>
    </message>
    <message>
        <source>Default &amp;remote folder:</source>
        <translation>&amp;Entfernter Standardordner:</translation>
    </message>
    <message>
        <source>Server &amp;time-zone offset:</source>
        <translation>&amp;Zeitzonenversatz des Servers:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Transfer mode</source>
        <translation>Übertragungsmodus</translation>
    </message>
    <message>
        <source>D&amp;efault</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <source>&amp;Passive</source>
        <translation>&amp;Passiv</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <source>Transfer mode: %1</source>
        <translation>Übertragungsmodus: %1</translation>
    </message>
    <message>
        <source>Maximum number of connections</source>
        <translation>Maximale Anzahl Verbindungen</translation>
    </message>
    <message>
        <source>no limit of its own</source>
        <translation>keine eigene Grenze</translation>
    </message>
    <message>
        <source>&amp;Maximum number of connections:</source>
        <translation>&amp;Maximale Anzahl Verbindungen:</translation>
    </message>
    <message>
        <source>&amp;Transfer settings</source>
        <translation>Über&amp;tragungseinstellungen</translation>
    </message>
    <message>
        <source>&amp;Autodetect (UTF-8 when the server offers it)</source>
        <translation>&amp;Automatisch erkennen (UTF-8, wenn der Server es anbietet)</translation>
    </message>
    <message>
        <source>Force &amp;UTF-8</source>
        <translation>&amp;UTF-8 erzwingen</translation>
    </message>
    <message>
        <source>Use &amp;custom charset:</source>
        <translation>&amp;Eigenen Zeichensatz verwenden:</translation>
    </message>
    <message>
        <source>Custom charset</source>
        <translation>Eigener Zeichensatz</translation>
    </message>
    <message>
        <source>Char&amp;set</source>
        <translation>&amp;Zeichensatz</translation>
    </message>
    <message>
        <source>Forgetting the password…</source>
        <translation>Passwort wird vergessen…</translation>
    </message>
    <message>
        <source>The password could not be forgotten: %1</source>
        <translation>Das Passwort konnte nicht vergessen werden: %1</translation>
    </message>
    <message>
        <source>Looking for a stored password…</source>
        <translation>Gespeichertes Passwort wird gesucht…</translation>
    </message>
    <message>
        <source>The password store is not available: %1</source>
        <translation>Der Passwortspeicher ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>stored – type to replace</source>
        <translation>gespeichert – zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>A password is stored for this site.</source>
        <translation>Für diesen Server ist ein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>No password is stored for this site.</source>
        <translation>Für diesen Server ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The default remote folder must start with &quot;/&quot;.</source>
        <translation>Der entfernte Standardordner muss mit „/“ beginnen.</translation>
    </message>
    <message>
        <source>The site could not be saved: %1</source>
        <translation>Der Server konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Storing the password…</source>
        <translation>Passwort wird gespeichert…</translation>
    </message>
    <message>
        <source>The password could not be stored: %1</source>
        <translation>Das Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <source>New site %1</source>
        <translation>Neuer Server %1</translation>
    </message>
    <message>
        <source>The site could not be added: %1</source>
        <translation>Der Server konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>New folder %1</source>
        <translation>Neuer Ordner %1</translation>
    </message>
    <message>
        <source>The folder could not be added: %1</source>
        <translation>Der Ordner konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Copy (%1) of %2</source>
        <translation>Kopie (%1) von %2</translation>
    </message>
    <message>
        <source>The site could not be duplicated: %1</source>
        <translation>Der Server konnte nicht dupliziert werden: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the folder &quot;%1&quot; and every site in it?</source>
        <translation>Den Ordner „%1“ und alle Server darin löschen?</translation>
    </message>
    <message>
        <source>Delete the site &quot;%1&quot;?</source>
        <translation>Den Server „%1“ löschen?</translation>
    </message>
    <message>
        <source>Confirm deletion</source>
        <translation>Löschen bestätigen</translation>
    </message>
    <message>
        <source>The folder could not be deleted: %1</source>
        <translation>Der Ordner konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>The site could not be deleted: %1</source>
        <translation>Der Server konnte nicht gelöscht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n site(s).</source>
        <translation>
            <numerusform>%n Server gelöscht.</numerusform>
            <numerusform>%n Server gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the host first.</source>
        <translation>Geben Sie zuerst den Server ein.</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connected, but %1 could not be listed: %2</source>
        <translation>Verbunden, aber %1 konnte nicht aufgelistet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Connected and listed %1 (%n item(s)).</source>
        <translation>
            <numerusform>Verbunden und %1 aufgelistet (%n Eintrag).</numerusform>
            <numerusform>Verbunden und %1 aufgelistet (%n Einträge).</numerusform>
        </translation>
    </message>
    <message>
        <source>A password could not be stored: %1</source>
        <translation>Ein Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n site(s) from %1.</source>
        <translation>
            <numerusform>%n Server aus %1 importiert.</numerusform>
            <numerusform>%n Server aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n password(s) going to the password store.</source>
        <translation>
            <numerusform>%1 %n Passwort geht in den Passwortspeicher.</numerusform>
            <numerusform>%1 %n Passwörter gehen in den Passwortspeicher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Skipped or changed %n:
%2</source>
        <translation>
            <numerusform>%1 %n übersprungen oder geändert:
%2</numerusform>
            <numerusform>%1 %n übersprungen oder geändert:
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n site(s) to %1 (without passwords).</source>
        <translation>
            <numerusform>%n Server nach %1 exportiert (ohne Passwörter).</numerusform>
            <numerusform>%n Server nach %1 exportiert (ohne Passwörter).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing exported: %1</source>
        <translation>Nichts exportiert: %1</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SiteTreeModel</name>
    <message>
        <source>A name must not be empty or contain &quot;/&quot;.</source>
        <translation>Ein Name darf nicht leer sein oder „/“ enthalten.</translation>
    </message>
    <message>
        <source>A site &quot;%1&quot; exists already in this folder.</source>
        <translation>Ein Server „%1“ existiert bereits in diesem Ordner.</translation>
    </message>
    <message>
        <source>A site &quot;%1&quot; exists already in the folder &quot;%2&quot;.</source>
        <translation>Ein Server „%1“ existiert bereits im Ordner „%2“.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SpeedGraph</name>
    <message>
        <source>Transfer speed over the last minute</source>
        <translation>Übertragungsgeschwindigkeit der letzten Minute</translation>
    </message>
    <message>
        <source>Peak in the last minute: %1/s</source>
        <translation>Spitze in der letzten Minute: %1/s</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SyncBrowsing</name>
    <message>
        <source>Synchronized browsing is off: the server has no folder above %1</source>
        <translation>Synchronisiertes Durchsuchen ist aus: der Server hat keinen Ordner über %1</translation>
    </message>
    <message>
        <source>Synchronized browsing is off: there is no local folder above %1</source>
        <translation>Synchronisiertes Durchsuchen ist aus: es gibt keinen lokalen Ordner über %1</translation>
    </message>
    <message>
        <source>Synchronized browsing is off: the local folder %1 does not exist</source>
        <translation>Synchronisiertes Durchsuchen ist aus: der lokale Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>Synchronized browsing is off: the remote folder %1 cannot be opened (%2)</source>
        <translation>Synchronisiertes Durchsuchen ist aus: der entfernte Ordner %1 lässt sich nicht öffnen (%2)</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SyncDialog</name>
    <message>
        <source>Synchronize</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Local folder</source>
        <translation>Lokaler Ordner</translation>
    </message>
    <message>
        <source>Remote folder</source>
        <translation>Entfernter Ordner</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Upload: make the remote folder like the local one</source>
        <translation>Hochladen: den entfernten Ordner an den lokalen angleichen</translation>
    </message>
    <message>
        <source>Download: make the local folder like the remote one</source>
        <translation>Herunterladen: den lokalen Ordner an den entfernten angleichen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Size and modification time</source>
        <translation>Größe und Änderungszeit</translation>
    </message>
    <message>
        <source>Checksum (when the server computes one)</source>
        <translation>Prüfsumme (wenn der Server eine berechnet)</translation>
    </message>
    <message>
        <source>&amp;Delete files that exist only on the target</source>
        <translation>Nur im Ziel vorhandene Dateien lö&amp;schen</translation>
    </message>
    <message>
        <source>Delete files that exist only on the target</source>
        <translation>Nur im Ziel vorhandene Dateien löschen</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>*.tmp .git node_modules build/*.o</source>
        <translation>*.tmp .git node_modules build/*.o</translation>
    </message>
    <message>
        <source>Patterns separated by spaces: a name at any depth (*.tmp), a path from the synchronized folder (build/*.o), or a name at the top (/tmp)</source>
        <translation>Muster durch Leerzeichen getrennt: ein Name in jeder Tiefe (*.tmp), ein Pfad ab dem synchronisierten Ordner (build/*.o) oder ein Name nur oben (/tmp)</translation>
    </message>
    <message>
        <source>&amp;Local folder:</source>
        <translation>&amp;Lokaler Ordner:</translation>
    </message>
    <message>
        <source>&amp;Remote folder:</source>
        <translation>&amp;Entfernter Ordner:</translation>
    </message>
    <message>
        <source>Co&amp;mpare by:</source>
        <translation>&amp;Vergleichen nach:</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>&amp;Ausschließen:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Ver&amp;gleichen</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Vergleich läuft</translation>
    </message>
    <message>
        <source>Choose the options, then Compare to see what would change.</source>
        <translation>Optionen wählen, dann Vergleichen, um zu sehen, was sich ändern würde.</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Geplante Änderungen</translation>
    </message>
    <message>
        <source>&amp;Synchronize</source>
        <translation>S&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>The options changed: Compare again.</source>
        <translation>Die Optionen haben sich geändert: erneut vergleichen.</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>Looking at %1 …</source>
        <translation>Prüfe %1 …</translation>
    </message>
    <message numerus="yes">
        <source>Listing the remote folders: %n listed</source>
        <translation>
            <numerusform>Entfernte Ordner werden gelistet: %n gelistet</numerusform>
            <numerusform>Entfernte Ordner werden gelistet: %n gelistet</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the local folders and comparing …</source>
        <translation>Lokale Ordner werden gelistet und verglichen …</translation>
    </message>
    <message>
        <source>Could not compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to upload</source>
        <translation>
            <numerusform>%n Datei hochzuladen</numerusform>
            <numerusform>%n Dateien hochzuladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to download</source>
        <translation>
            <numerusform>%n Datei herunterzuladen</numerusform>
            <numerusform>%n Dateien herunterzuladen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4, %5</source>
        <translation>%1 (%2), %3, %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) to create</source>
        <translation>
            <numerusform>%n Ordner anzulegen</numerusform>
            <numerusform>%n Ordner anzulegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>%n zu löschen</numerusform>
            <numerusform>%n zu löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to do: the folders are in step (%n left alone).</source>
        <translation>
            <numerusform>Nichts zu tun: die Ordner stimmen überein (%n unverändert).</numerusform>
            <numerusform>Nichts zu tun: die Ordner stimmen überein (%n unverändert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n unticked</source>
        <translation>
            <numerusform>; %n abgewählt</numerusform>
            <numerusform>; %n abgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>&amp;Richtung:</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SyncPlanModel</name>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Create folder</source>
        <translation>Ordner anlegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>only on the source</source>
        <translation>nur in der Quelle</translation>
    </message>
    <message>
        <source>size differs</source>
        <translation>Größe verschieden</translation>
    </message>
    <message>
        <source>newer on the source</source>
        <translation>neuer in der Quelle</translation>
    </message>
    <message>
        <source>checksum differs</source>
        <translation>Prüfsumme verschieden</translation>
    </message>
    <message>
        <source>file against folder</source>
        <translation>Datei gegen Ordner</translation>
    </message>
    <message>
        <source>only on the target</source>
        <translation>nur im Ziel</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <source>newer on the target</source>
        <translation>neuer im Ziel</translation>
    </message>
    <message>
        <source>not a file or folder</source>
        <translation>keine Datei und kein Ordner</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>ferry::util</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
</TS>
