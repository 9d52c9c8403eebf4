<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>DialogParts</name>
    <message>
        <source>I have checked the new fingerprint with the server&apos;s administrator</source>
        <translation>Saya sudah memeriksa sidik jari baru dengan administrator server</translation>
    </message>
    <message>
        <source>I have checked the new fingerprint</source>
        <translation>Saya sudah memeriksa sidik jari baru</translation>
    </message>
</context>
<context>
    <name>DirectSave</name>
    <message>
        <source>the drop target did not name a local folder (%1)</source>
        <translation>target letakan tidak menyebut folder lokal (%1)</translation>
    </message>
    <message>
        <source>the drop target named a folder on another computer (%1)</source>
        <translation>target letakan menyebut folder di komputer lain (%1)</translation>
    </message>
    <message>
        <source>the drop target did not name a file in a folder (%1)</source>
        <translation>target letakan tidak menyebut berkas dalam folder (%1)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>folder %1 tidak ada</translation>
    </message>
    <message>
        <source>you cannot write to the folder %1</source>
        <translation>Anda tidak bisa menulis ke folder %1</translation>
    </message>
</context>
<context>
    <name>FileOperation</name>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>, and %1 more</source>
        <translation>, dan %1 lagi</translation>
    </message>
    <message>
        <source>Creating the folder %1</source>
        <translation>Membuat folder %1</translation>
    </message>
    <message>
        <source>Creating the empty file %1</source>
        <translation>Membuat berkas kosong %1</translation>
    </message>
    <message>
        <source>Moving %1 to %2</source>
        <translation>Memindahkan %1 ke %2</translation>
    </message>
    <message>
        <source>Renaming %1 to %2</source>
        <translation>Mengganti nama %1 menjadi %2</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>Menghapus %1</translation>
    </message>
    <message>
        <source>Deleting %1 items (%2)</source>
        <translation>Menghapus %1 item (%2)</translation>
    </message>
    <message>
        <source>%1 items (%2)</source>
        <translation>%1 item (%2)</translation>
    </message>
    <message>
        <source>Setting the permissions of %1 to %2</source>
        <translation>Mengatur hak akses %1 menjadi %2</translation>
    </message>
    <message>
        <source>files only</source>
        <translation>hanya berkas</translation>
    </message>
    <message>
        <source>folders only</source>
        <translation>hanya folder</translation>
    </message>
    <message>
        <source>files and folders</source>
        <translation>berkas dan folder</translation>
    </message>
    <message>
        <source>Setting the permissions of %1 to %2, recursively (%3)</source>
        <translation>Mengatur hak akses %1 menjadi %2, secara rekursif (%3)</translation>
    </message>
    <message>
        <source>Created the folder %1</source>
        <translation>Folder %1 dibuat</translation>
    </message>
    <message>
        <source>Created the empty file %1</source>
        <translation>Berkas kosong %1 dibuat</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>%1 dipindahkan ke %2</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>Nama %1 diganti menjadi %2</translation>
    </message>
    <message>
        <source>Deleted 1 file or folder</source>
        <translation>1 berkas atau folder dihapus</translation>
    </message>
    <message>
        <source>Deleted %1 files and folders</source>
        <translation>%1 berkas dan folder dihapus</translation>
    </message>
    <message>
        <source>Changed the permissions of 1 file or folder to %1</source>
        <translation>Hak akses 1 berkas atau folder diubah menjadi %1</translation>
    </message>
    <message>
        <source>Changed the permissions of %1 files and folders to %2</source>
        <translation>Hak akses %1 berkas dan folder diubah menjadi %2</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 sudah ada</translation>
    </message>
    <message>
        <source>%1 holds entries whose names cannot be used safely (%2); not deleted</source>
        <translation>%1 berisi entri yang namanya tidak aman dipakai (%2); tidak dihapus</translation>
    </message>
</context>
<context>
    <name>MasterPasswordKeeper</name>
    <message>
        <source>the vault&apos;s master password was not given</source>
        <translation>kata sandi utama brankas tidak diberikan</translation>
    </message>
    <message>
        <source>The master password must not be empty.</source>
        <translation>Kata sandi utama tidak boleh kosong.</translation>
    </message>
    <message>
        <source>Wrong master password. Please try again.</source>
        <translation>Kata sandi utama salah. Silakan coba lagi.</translation>
    </message>
</context>
<context>
    <name>PasswordMover</name>
    <message numerus="yes">
        <source>No password was moved: %n site(s) failed, and every password stays in %1.</source>
        <translation>
            <numerusform>Tidak ada kata sandi yang dipindahkan: %n situs gagal, dan semua kata sandi tetap di %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored password(s) forgotten.</source>
        <translation>
            <numerusform>%n kata sandi tersimpan dilupakan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) moved from %1 to %2.</source>
        <translation>
            <numerusform>%n kata sandi dipindahkan dari %1 ke %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>keyring sistem</translation>
    </message>
    <message>
        <source>the password vault</source>
        <translation>brankas kata sandi</translation>
    </message>
    <message>
        <source>nowhere (passwords are not saved)</source>
        <translation>tidak di mana pun (kata sandi tidak disimpan)</translation>
    </message>
    <message>
        <source>No password was moved: %1</source>
        <translation>Tidak ada kata sandi yang dipindahkan: %1</translation>
    </message>
    <message>
        <source>No password was moved.</source>
        <translation>Tidak ada kata sandi yang dipindahkan.</translation>
    </message>
    <message>
        <source>Passwords are kept in %1.</source>
        <translation>Kata sandi disimpan di %1.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Menyambung ke %1 …</translation>
    </message>
    <message>
        <source>no engine for this connection</source>
        <translation>tidak ada mesin untuk koneksi ini</translation>
    </message>
    <message>
        <source>Connected; the login folder is %1</source>
        <translation>Tersambung; folder login adalah %1</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying again in %3 s</source>
        <translation>%1 gagal (%2); mencoba lagi dalam %3 dtk</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>Mendaftar %1</translation>
    </message>
    <message numerus="yes">
        <source>Listed %n entries of %1 in %2 ms</source>
        <translation>
            <numerusform>%n entri dari %1 didaftar dalam %2 md</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Terputus</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted; asking</source>
        <translation>Sertifikat server tidak dipercaya; bertanya</translation>
    </message>
    <message>
        <source>Certificate rejected</source>
        <translation>Sertifikat ditolak</translation>
    </message>
    <message>
        <source>The server&apos;s host key has CHANGED; asking</source>
        <translation>Kunci host server BERUBAH; bertanya</translation>
    </message>
    <message>
        <source>The server&apos;s host key is unknown; asking</source>
        <translation>Kunci host server tidak dikenal; bertanya</translation>
    </message>
    <message>
        <source>Host key rejected</source>
        <translation>Kunci host ditolak</translation>
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
        <translation>Gugurkan</translation>
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
    <name>QueueSites</name>
    <message>
        <source>no password store</source>
        <translation>tidak ada penyimpan kata sandi</translation>
    </message>
</context>
<context>
    <name>ferry::app</name>
    <message>
        <source>Ferry: a desktop client for FTP, FTPS and SFTP.</source>
        <translation>Ferry: klien desktop untuk FTP, FTPS, dan SFTP.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Connect to this URL on start.</source>
        <translation>Sambungkan ke URL ini saat mulai.</translation>
    </message>
    <message>
        <source>[url]</source>
        <translation>[url]</translation>
    </message>
    <message>
        <source>Connect to this stored site on start.</source>
        <translation>Sambungkan ke situs tersimpan ini saat mulai.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>Open a window of its own even when Ferry runs already (by default the URL or site is opened in a new tab of the running window).</source>
        <translation>Buka jendela sendiri walaupun Ferry sudah berjalan (biasanya URL atau situs dibuka di tab baru pada jendela yang sedang berjalan).</translation>
    </message>
</context>
<context>
    <name>ferry::archive</name>
    <message>
        <source>this build cannot write %1 archives: %2</source>
        <translation>build ini tidak dapat menulis arsip %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 tidak ada</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>cannot read the link %1</source>
        <translation>tidak dapat membaca tautan %1</translation>
    </message>
    <message>
        <source>%1 changed while it was archived</source>
        <translation>%1 berubah saat diarsipkan</translation>
    </message>
    <message>
        <source>its path leaves the target folder</source>
        <translation>jalurnya keluar dari folder tujuan</translation>
    </message>
    <message>
        <source>not a file, folder or link</source>
        <translation>bukan berkas, folder, atau tautan</translation>
    </message>
    <message>
        <source>something else of that name exists</source>
        <translation>sudah ada hal lain dengan nama itu</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>sudah ada</translation>
    </message>
    <message>
        <source>cannot replace it: %1</source>
        <translation>tidak dapat menggantinya: %1</translation>
    </message>
    <message>
        <source>a link pointing outside the target folder (%1)</source>
        <translation>tautan yang menunjuk ke luar folder tujuan (%1)</translation>
    </message>
    <message>
        <source>a hard link to something outside the extracted files (%1)</source>
        <translation>tautan keras ke sesuatu di luar berkas yang diekstrak (%1)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>tidak dapat membuat folder %1</translation>
    </message>
    <message>
        <source>%1 holds no member %2</source>
        <translation>%1 tidak memuat entri %2</translation>
    </message>
    <message>
        <source>%1 is shorter than the offset to resume from</source>
        <translation>%1 lebih pendek daripada posisi untuk melanjutkan</translation>
    </message>
    <message>
        <source>%1 is not a file in the archive</source>
        <translation>%1 bukan berkas di dalam arsip</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memori habis</translation>
    </message>
    <message>
        <source>cannot open the archive %1: %2</source>
        <translation>tidak dapat membuka arsip %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the archive is damaged</source>
        <translation>arsip rusak</translation>
    </message>
    <message>
        <source>%1 is encrypted; Ferry cannot read encrypted archive members yet</source>
        <translation>%1 terenkripsi; Ferry belum dapat membaca entri arsip yang terenkripsi</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>cannot create the folder %1: %2</source>
        <translation>tidak dapat membuat folder %1: %2</translation>
    </message>
    <message>
        <source>its path passes through the link %1</source>
        <translation>jalurnya melewati tautan %1</translation>
    </message>
    <message>
        <source>%1 is in the way and is not a folder</source>
        <translation>%1 menghalangi dan bukan folder</translation>
    </message>
    <message>
        <source>%1 expands beyond the limit of %2 bytes for one member; the extraction was stopped and its files removed</source>
        <translation>%1 mengembang melebihi batas %2 bita untuk satu entri; ekstraksi dihentikan dan berkasnya dihapus</translation>
    </message>
    <message>
        <source>%1 expands to more than %2 bytes (the free space or the limit set); the extraction was stopped and its files removed</source>
        <translation>%1 mengembang menjadi lebih dari %2 bita (ruang kosong atau batas yang ditetapkan); ekstraksi dihentikan dan berkasnya dihapus</translation>
    </message>
    <message>
        <source>%1 expands more than %2 times (%3 bytes from %4): it looks like a decompression bomb; the extraction was stopped and its files removed</source>
        <translation>%1 mengembang lebih dari %2 kali (%3 bita dari %4): tampaknya bom dekompresi; ekstraksi dihentikan dan berkasnya dihapus</translation>
    </message>
    <message>
        <source>Wrong password for %1; try again.</source>
        <translation>Kata sandi salah untuk %1; coba lagi.</translation>
    </message>
    <message>
        <source>%1 is encrypted and no password was given</source>
        <translation>%1 terenkripsi dan tidak ada kata sandi yang diberikan</translation>
    </message>
    <message>
        <source>wrong password for the encrypted member %1</source>
        <translation>kata sandi salah untuk anggota terenkripsi %1</translation>
    </message>
</context>
<context>
    <name>ferry::archive::ArchiveJobs</name>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Extract %1 to %2</source>
        <translation>Ekstrak %1 ke %2</translation>
    </message>
    <message>
        <source>Compress to %1</source>
        <translation>Kompres ke %1</translation>
    </message>
    <message>
        <source>%1: skipped %2</source>
        <translation>%1: dilewati %2</translation>
    </message>
    <message>
        <source>%1 files, %2 folders extracted</source>
        <translation>%1 berkas, %2 folder diekstrak</translation>
    </message>
    <message>
        <source>; %1 skipped</source>
        <translation>; %1 dilewati</translation>
    </message>
    <message>
        <source>%1 bytes written</source>
        <translation>%1 bita ditulis</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Kata sandi untuk %1</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter the archive&apos;s password to extract it.</source>
        <translation>%1 terenkripsi. Masukkan kata sandi arsip untuk mengekstraknya.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
</context>
<context>
    <name>ferry::cli::Cli</name>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>perintah tidak dikenal &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected %1, not &apos;%2&apos;</source>
        <translation>diharapkan %1, bukan &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no such file %1</source>
        <translation>tidak ada berkas %1</translation>
    </message>
    <message>
        <source>a number of seconds</source>
        <translation>jumlah detik</translation>
    </message>
    <message>
        <source>a number from 1 to 10</source>
        <translation>angka dari 1 sampai 10</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opsi tidak dikenal %1</translation>
    </message>
    <message>
        <source>unknown option %1 (did you mean %2?)</source>
        <translation>opsi tidak dikenal %1 (maksud Anda %2?)</translation>
    </message>
    <message>
        <source>%1 is a switch and takes no value (remove &apos;=%2&apos;)</source>
        <translation>%1 adalah sakelar dan tidak menerima nilai (hapus &apos;=%2&apos;)</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 memerlukan nilai</translation>
    </message>
</context>
<context>
    <name>ferry::cli::CliContext</name>
    <message>
        <source>--site is not available in this build</source>
        <translation>--site tidak tersedia di versi ini</translation>
    </message>
</context>
<context>
    <name>ferry::cli::CliInteraction</name>
    <message>
        <source>  subject:     %1</source>
        <translation>  subjek:      %1</translation>
    </message>
    <message>
        <source>  issuer:      %1</source>
        <translation>  penerbit:    %1</translation>
    </message>
    <message>
        <source>  valid:       %1 to %2</source>
        <translation>  berlaku:     %1 sampai %2</translation>
    </message>
    <message>
        <source>@@@ WARNING: THE TLS CERTIFICATE OF %1 HAS CHANGED! @@@</source>
        <translation>@@@ PERINGATAN: SERTIFIKAT TLS %1 BERUBAH! @@@</translation>
    </message>
    <message>
        <source>Someone could be intercepting the connection, or the server&apos;s certificate was replaced.</source>
        <translation>Seseorang mungkin menyadap koneksi, atau sertifikat server telah diganti.</translation>
    </message>
    <message>
        <source>  trusted certificate: %1</source>
        <translation>  sertifikat tepercaya: %1</translation>
    </message>
    <message>
        <source>  offered certificate: %1</source>
        <translation>  sertifikat yang ditawarkan: %1</translation>
    </message>
    <message>
        <source>Refused. If the change is expected, check the new fingerprint with the server&apos;s administrator and pass --trust-fingerprint %1 (this run only), or trust it in the GUI; --accept-new never accepts a changed certificate.</source>
        <translation>Ditolak. Jika perubahan ini memang diharapkan, periksa sidik jari baru dengan administrator server lalu berikan --trust-fingerprint %1 (hanya untuk kali ini), atau percayai di jendela aplikasi; --accept-new tidak pernah menerima sertifikat yang berubah.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted:</source>
        <translation>Sertifikat TLS %1 tidak dipercaya:</translation>
    </message>
    <message>
        <source>  fingerprint: %1</source>
        <translation>  sidik jari: %1</translation>
    </message>
    <message>
        <source>Refused (no terminal to ask). To trust it, pass --trust-fingerprint %1 or --accept-new.</source>
        <translation>Ditolak (tidak ada terminal untuk bertanya). Untuk mempercayainya, berikan --trust-fingerprint %1 atau --accept-new.</translation>
    </message>
    <message>
        <source>Trust it [o]nce, [a]lways, or [N]o? </source>
        <translation>Percayai: [o] sekali, [a] selalu, atau [N] tidak? </translation>
    </message>
    <message>
        <source>@@@ WARNING: THE HOST KEY OF %1 HAS CHANGED! @@@</source>
        <translation>@@@ PERINGATAN: KUNCI HOST %1 BERUBAH! @@@</translation>
    </message>
    <message>
        <source>Someone could be intercepting the connection, or the server was reinstalled.</source>
        <translation>Seseorang mungkin menyadap koneksi, atau server telah dipasang ulang.</translation>
    </message>
    <message>
        <source>  known key:   %1</source>
        <translation>  kunci dikenal:     %1</translation>
    </message>
    <message>
        <source>  offered key: %1 %2</source>
        <translation>  kunci ditawarkan:  %1 %2</translation>
    </message>
    <message>
        <source>Refused. If the change is expected, remove the old key from your known_hosts file.</source>
        <translation>Ditolak. Jika perubahan ini memang diharapkan, hapus kunci lama dari berkas known_hosts Anda.</translation>
    </message>
    <message>
        <source>The SSH host key of %1 is unknown.</source>
        <translation>Kunci host SSH %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>This server&apos;s %1 key is known (%2); it now offers an %3 key. Check with the server&apos;s administrator that it has both.</source>
        <translation>Kunci %1 server ini sudah dikenal (%2); sekarang server menawarkan kunci %3. Tanyakan ke administrator server apakah server memang memiliki keduanya.</translation>
    </message>
    <message>
        <source>  %1 fingerprint: %2</source>
        <translation>  sidik jari %1: %2</translation>
    </message>
    <message>
        <source>Refused (no terminal to ask). To trust it, pass --hostkey %1 or --accept-new.</source>
        <translation>Ditolak (tidak ada terminal untuk bertanya). Untuk mempercayainya, berikan --hostkey %1 atau --accept-new.</translation>
    </message>
    <message>
        <source>Trust it and remember it [y/N]? </source>
        <translation>Percayai dan ingat [y = ya / N = tidak]? </translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Kata sandi: </translation>
    </message>
</context>
<context>
    <name>ferry::cli::Help</name>
    <message>
        <source>Usage: ferry-cli [global options] COMMAND [options] ARGS...

Commands:
</source>
        <translation>Penggunaan: ferry-cli [opsi global] PERINTAH [opsi] ARGUMEN...

Perintah:
</translation>
    </message>
    <message>
        <source>URLs: ftp://, ftpes:// (explicit TLS), ftps:// (implicit TLS), sftp://
  [user[:password]@]host[:port]/path; user, password and path are percent-decoded.
  FTP paths are relative to the login folder (ftp://host//etc or ftp://host/%2Fetc for /etc);
  SFTP paths are absolute, /~/ starts at the home folder. No user: anonymous (FTP).
</source>
        <translation>URL: ftp://, ftpes:// (TLS eksplisit), ftps:// (TLS implisit), sftp://
  [pengguna[:sandi]@]host[:port]/path; pengguna, sandi, dan path didekode persen.
  Path FTP relatif terhadap folder login (ftp://host//etc atau ftp://host/%2Fetc untuk /etc);
  path SFTP absolut, /~/ dimulai di folder rumah. Tanpa pengguna: anonim (FTP).
</translation>
    </message>
    <message>
        <source>Without a terminal, an untrusted certificate or unknown host key is refused (exit 3)
with its fingerprint in the message; a changed host key is always refused.
A progress bar is drawn on standard error when it is a terminal.
</source>
        <translation>Tanpa terminal, sertifikat yang tidak dipercaya atau kunci host yang tidak dikenal ditolak
(keluar 3) dengan sidik jarinya dalam pesan; kunci host yang berubah selalu ditolak.
Bilah kemajuan digambar di galat standar bila itu terminal.
</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 remote or local error, 3 trust refused,
            4 authentication failed, 5 partly failed (recursive transfers, queue).
</source>
        <translation>Kode keluar: 0 berhasil, 1 galat penggunaan, 2 galat jarak jauh atau lokal, 3 kepercayaan
            ditolak, 4 autentikasi gagal, 5 sebagian gagal (transfer rekursif, antrean).
</translation>
    </message>
    <message>
        <source>(see ferry-cli --help)
</source>
        <translation>(lihat ferry-cli --help)
</translation>
    </message>
    <message>
        <source>ls [--json] URL                       list a folder (or show one file)</source>
        <translation>ls [--json] URL                       daftar isi folder (atau tampilkan satu berkas)</translation>
    </message>
    <message>
        <source>mkdir URL                             create a folder</source>
        <translation>mkdir URL                             buat folder</translation>
    </message>
    <message>
        <source>rm [-r] URL                           delete a file or, with -r, a folder and its contents</source>
        <translation>rm [-r] URL                           hapus berkas atau, dengan -r, folder beserta isinya</translation>
    </message>
    <message>
        <source>mv URL NEWPATH                        rename or move (NEWPATH: a URL, an absolute path,
                                        or a path relative to the source&apos;s folder)</source>
        <translation>mv URL PATHBARU                       ganti nama atau pindahkan (PATHBARU: URL, path absolut,
                                        atau path relatif terhadap folder sumber)</translation>
    </message>
    <message>
        <source>chmod MODE URL                        change permissions (octal MODE, e.g. 644)</source>
        <translation>chmod MODE URL                        ubah hak akses (MODE oktal, mis. 644)</translation>
    </message>
    <message>
        <source>queue add|list|run|pause|resume|retry|remove|priority|clear
                                        the persistent transfer queue; &apos;ferry-cli queue&apos; for details</source>
        <translation>queue add|list|run|pause|resume|retry|remove|priority|clear
                                        antrean transfer tetap; &apos;ferry-cli queue&apos; untuk rinciannya</translation>
    </message>
    <message>
        <source>sites list|add|remove|import-filezilla|import-ssh-config|export-filezilla|backend
                                        saved sites; &apos;ferry-cli sites&apos; for details</source>
        <translation>sites list|add|remove|import-filezilla|import-ssh-config|export-filezilla|backend
                                        situs tersimpan; &apos;ferry-cli sites&apos; untuk rinciannya</translation>
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
Penggunaan: ferry-cli sites SUBPERINTAH ...
  list [--json]                      situs tersimpan (tanpa kata sandinya)
  add NAMA URL [opsi]                simpan situs; kata sandi diambil dari URL,
                                     --password-stdin atau FERRY_PASSWORD
      --folder A/B  --logon anonymous|normal|ask|interactive|keyfile|agent
      --key-file BERKAS  --active|--passive  --charset auto|utf-8|NAMA
      --timezone-offset MENIT  --max-connections N  --local-dir DIR
      --remote-dir /DIR  --comment TEKS  --tls-if-available (ftp://)
  remove NAMA                        hapus situs beserta kata sandi tersimpannya
  import-filezilla BERKAS [--folder A/B]   sitemanager.xml dari FileZilla
  import-ssh-config [BERKAS] [--folder A/B] host OpenSSH (bawaan ~/.ssh/config)
  export-filezilla BERKAS [--with-passwords]
  backend [auto|keyring|vault|none]  tampilkan atau pilih tempat kata sandi disimpan
                                     (kata sandi tersimpan tetap di tempatnya)
  passwords move --to keyring|vault|none
                                     pindahkan semua kata sandi tersimpan ke sana dan
                                     simpan di sana mulai sekarang (none: lupakan)
  passwords master                   beri brankas kata sandi utama baru (yang baru
                                     dari FERRY_NEW_MASTER_PASSWORD, baris kedua
                                     masukan standar, atau prompt)
NAMA adalah nama situs, atau Folder/Sub/nama bila namanya berulang. Kata sandi utama
brankas diambil dari FERRY_MASTER_PASSWORD, --master-password-stdin (baris pertama
masukan standar), atau prompt di terminal.
</translation>
    </message>
    <message>
        <source>get [-r] [--resume] URL LOCAL         download a file or, with -r, a folder
get --extract URL FOLDER              download an archive and extract it into FOLDER</source>
        <translation>get [-r] [--resume] URL LOKAL         unduh berkas atau, dengan -r, folder
get --extract URL FOLDER              unduh arsip lalu ekstrak ke FOLDER</translation>
    </message>
    <message>
        <source>put [-r] [--resume] LOCAL URL         upload a file or, with -r, a folder;
                                        LOCAL may be ARCHIVE!/member/path (docs/archives.md)</source>
        <translation>put [-r] [--resume] LOKAL URL         unggah berkas atau, dengan -r, folder;
                                        LOKAL boleh berupa ARSIP!/entri/jalur (docs/archives.md)</translation>
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
        <translation>penggunaan: ferry-cli queue add get URL LOKAL | add put LOKAL URL | add copy URL URL
                       (LOKAL boleh berupa ARSIP!/entri/jalur)
                       [--exists AKSI] [--priority N] [--no-part] [--temp-upload] [--no-preserve-time]
       ferry-cli queue list [--json]
       ferry-cli queue run [--parallel N] [--limit-rate LAJU] [--limit-each LAJU] [--exists AKSI] [--retries N] [--list-connections N]
       ferry-cli queue pause|resume|retry|remove ID | priority ID N | move ID ID_SEBELUM|end | clear --done
AKSI: ask, overwrite, newer, size, resume, rename, skip; LAJU: bita per detik,
akhiran K, M, atau G opsional (berbasis 1024), mis. 40M
</translation>
    </message>
    <message>
        <source>usage: ferry-cli sync [--dry-run] [--delete] [--direction up|down] [--compare size,time|checksum]
                      [--exclude GLOB]... [--json] [--parallel N] [--list-connections N] LOCAL URL
Makes the target (URL for up, the default; LOCAL for down) match the source.
</source>
        <translation>penggunaan: ferry-cli sync [--dry-run] [--delete] [--direction up|down] [--compare size,time|checksum]
                           [--exclude POLA]... [--json] [--parallel N] [--list-connections N] LOKAL URL
Menyamakan target (URL untuk up, bawaan; LOKAL untuk down) dengan sumber.
</translation>
    </message>
    <message>
        <source>usage: ferry-cli watch [--delete] [--exclude GLOB]... [--settle MS] [--parallel N]
                       [--list-connections N] LOCAL URL
Syncs LOCAL up to URL, then sends every local change once the file has been quiet for
--settle milliseconds (default 1000), until Ctrl-C. --delete also removes on the server
what was removed (or renamed away) locally.
</source>
        <translation>Penggunaan: ferry-cli watch [--delete] [--exclude POLA]... [--settle MS] [--parallel N]
                            [--list-connections N] LOKAL URL
Menyelaraskan LOKAL ke URL, lalu mengirim tiap perubahan lokal setelah berkas diam selama
--settle milidetik (bawaan 1000), sampai Ctrl-C. --delete juga menghapus di server
apa yang dihapus (atau diganti namanya) secara lokal.
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
        <translation>Opsi (di mana saja pada baris; --nama NILAI atau --nama=NILAI; setelah -- semua argumen
adalah argumen biasa; opsi yang tidak dikenal adalah galat):
  --site NAMA            pakai situs tersimpan, bukan bagian host URL (boleh diikuti path)
  --password-stdin       baca kata sandi dari baris pertama masukan standar
                         (juga: FERRY_PASSWORD di lingkungan)
  -r, --recursive        telusuri folder (get, put, rm)
  --resume               lanjutkan transfer yang terhenti dari titik berhentinya
  --follow-links         put -r, queue add put: unggah tautan ke berkas di luar folder
  --json                 keluaran untuk mesin (ls, sites list, queue list, rencana sync)
  --active | --passive   mode koneksi data FTP (bawaan: pasif)
  --ca-file BERKAS       percayai sertifikat CA dalam BERKAS untuk kali ini
  --trust-fingerprint SHA256:...  percayai sertifikat server dengan sidik jari ini
  --accept-new           simpan sertifikat atau kunci host yang belum dikenal (tidak pernah
                         kunci host yang berubah)
  --identity BERKAS      kunci privat SSH yang dicoba (boleh berulang)
  --known-hosts BERKAS   berkas known_hosts OpenSSH tambahan
  --hostkey SHA256:...   terima kunci host SSH ini untuk kali ini
  --timeout DETIK        waktu tunggu server (bawaan 20)
  --verbose              tampilkan percakapan protokol di galat standar
  --charset NAMA         nama berkas FTP dalam set karakter ini (bawaan: UTF-8;
                         mis. ISO-8859-1 untuk server lama)
  --parallel N           get -r, put -r, queue run, sync: koneksi transfer per server
                         (1-10; sync: bawaan 4; pohon remote didaftar lewat
                         --list-connections)
  --limit-rate LAJU      queue run, get/put --parallel: bita per detik untuk unduhan
                         dan unggahan; K, M, G berbasis 1024 (mis. 40M)
  --exists AKSI          queue add/run: bila target sudah ada: ask, overwrite, newer,
                         size, resume, rename, skip
  --retries N            queue run: coba lagi setelah koneksi putus (bawaan 5)
  --config-dir DIR       folder konfigurasi (juga FERRY_CONFIG_DIR)
  --data-dir DIR         folder data (juga FERRY_DATA_DIR)
  --master-password-stdin  baca kata sandi utama brankas dari masukan standar
                         (juga: FERRY_MASTER_PASSWORD)
  -h, --help             teks ini; -v, --version: versi
</translation>
    </message>
    <message>
        <source>  --list-connections N   sync, watch, get -r, rm -r, queue run: connections that list
                         the remote tree at once (1-10; default 10 for FTP and FTPS,
                         2 for SFTP; 1: each folder when its turn comes)
</source>
        <translation>  --list-connections N   sync, watch, get -r, rm -r, queue run: koneksi yang mendaftar
                         pohon remote sekaligus (1-10; bawaan 10 untuk FTP dan FTPS,
                         2 untuk SFTP; 1: tiap folder saat gilirannya tiba)
</translation>
    </message>
</context>
<context>
    <name>ferry::cli::QueueCommand</name>
    <message>
        <source>ferry-cli: the password in the URL is not kept in the queue; give it when the queue runs
  (FERRY_PASSWORD, --password-stdin) or save the site with &apos;ferry-cli sites add&apos;
</source>
        <translation>ferry-cli: kata sandi di URL tidak disimpan di antrean; berikan saat antrean dijalankan
  (FERRY_PASSWORD, --password-stdin) atau simpan situs dengan &apos;ferry-cli sites add&apos;
</translation>
    </message>
    <message>
        <source>--exists takes ask, overwrite, newer, size, resume, rename or skip, not &apos;%1&apos;</source>
        <translation>--exists menerima ask, overwrite, newer, size, resume, rename, atau skip, bukan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>queue add takes get URL LOCAL, put LOCAL URL or copy URL URL</source>
        <translation>queue add menerima get URL LOKAL, put LOKAL URL, atau copy URL URL</translation>
    </message>
    <message>
        <source>--priority takes a number</source>
        <translation>--priority menerima angka</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 tidak ada</translation>
    </message>
    <message>
        <source>queue add copy takes two URLs (not --site)</source>
        <translation>queue add copy menerima dua URL (bukan --site)</translation>
    </message>
    <message>
        <source>queue add: &apos;%1&apos; is not get, put or copy</source>
        <translation>queue add: &apos;%1&apos; bukan get, put, atau copy</translation>
    </message>
    <message>
        <source>%1 queued, %2 running, %3 paused, %4 failed, %5 done
</source>
        <translation>%1 antre, %2 berjalan, %3 dijeda, %4 gagal, %5 selesai
</translation>
    </message>
    <message>
        <source>ferry-cli: %1 exists; skipped (choose with --exists ACTION)</source>
        <translation>ferry-cli: %1 sudah ada; dilewati (pilih dengan --exists AKSI)</translation>
    </message>
    <message>
        <source>%1 exists (%2, %3); the source has %4, %5.</source>
        <translation>%1 sudah ada (%2, %3); sumber berukuran %4, %5.</translation>
    </message>
    <message>
        <source>  [o]verwrite, if [n]ewer, if [s]ize differs, [r]esume, re[n]ame as copy: [c], s[k]ip;
  capital letter: the same for all: </source>
        <translation>  [o] timpa, [n] jika lebih baru, [s] jika ukuran beda, [r] lanjutkan, [c] ganti nama sebagai salinan, [k] lewati;
  huruf besar: sama untuk semua: </translation>
    </message>
    <message>
        <source>--limit-rate takes bytes per second, e.g. 500K or 40M, not &apos;%1&apos;</source>
        <translation>--limit-rate menerima bita per detik, mis. 500K atau 40M, bukan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--limit-each takes bytes per second, e.g. 500K or 40M, not &apos;%1&apos;</source>
        <translation>--limit-each menerima bita per detik, mis. 500K atau 40M, bukan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--retries takes a number from 0 to 100</source>
        <translation>--retries menerima angka 0 sampai 100</translation>
    </message>
    <message>
        <source>done %1 (%2, verified: %3)</source>
        <translation>selesai: %1 (%2, terverifikasi: %3)</translation>
    </message>
    <message>
        <source>ferry-cli: warning: skipped %1: %2</source>
        <translation>ferry-cli: peringatan: %1 dilewati: %2</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>%1 dilewati: %2</translation>
    </message>
    <message>
        <source>ferry-cli: failed %1: %2</source>
        <translation>ferry-cli: gagal: %1: %2</translation>
    </message>
    <message>
        <source>%1 done | %2</source>
        <translation>%1 selesai | %2</translation>
    </message>
    <message>
        <source>ferry-cli: stopping; unfinished transfers stay queued</source>
        <translation>ferry-cli: berhenti; transfer yang belum selesai tetap di antrean</translation>
    </message>
    <message>
        <source>ferry-cli: %1 done, %2 skipped, %3 failed
</source>
        <translation>ferry-cli: %1 selesai, %2 dilewati, %3 gagal
</translation>
    </message>
    <message>
        <source>queue %1 takes an item ID (see &apos;ferry-cli queue list&apos;)</source>
        <translation>queue %1 menerima ID item (lihat &apos;ferry-cli queue list&apos;)</translation>
    </message>
    <message>
        <source>queue needs a subcommand</source>
        <translation>queue perlu subperintah</translation>
    </message>
    <message>
        <source>queue clear takes --done</source>
        <translation>queue clear menerima --done</translation>
    </message>
    <message>
        <source>finished items removed: %1</source>
        <translation>item selesai yang dihapus: %1</translation>
    </message>
    <message>
        <source>unknown queue subcommand &apos;%1&apos;</source>
        <translation>subperintah queue tidak dikenal &apos;%1&apos;</translation>
    </message>
    <message>
        <source>queue move takes an ID and the ID to put it before (or &apos;end&apos;)</source>
        <translation>queue move menerima ID dan ID yang akan didahuluinya (atau &apos;end&apos;)</translation>
    </message>
    <message>
        <source>queue priority takes an ID and a number</source>
        <translation>queue priority menerima ID dan angka</translation>
    </message>
    <message>
        <source>%1 is not a file in the archive</source>
        <translation>%1 bukan berkas di dalam arsip</translation>
    </message>
    <message>
        <source>--list-connections takes a number from 1 to 10</source>
        <translation>--list-connections perlu angka dari 1 sampai 10</translation>
    </message>
</context>
<context>
    <name>ferry::cli::RemoteCommands</name>
    <message>
        <source>ferry-cli: warning: %1</source>
        <translation>ferry-cli: peringatan: %1</translation>
    </message>
    <message>
        <source>files copied: %1, failed: %2, skipped: %3</source>
        <translation>berkas disalin: %1, gagal: %2, dilewati: %3</translation>
    </message>
    <message>
        <source>skipped &apos;%1&apos; in %2: %3</source>
        <translation>&apos;%1&apos; di %2 dilewati: %3</translation>
    </message>
    <message>
        <source>skipped %1: %2 (--follow-links follows it)</source>
        <translation>%1 dilewati: %2 (--follow-links mengikutinya)</translation>
    </message>
    <message>
        <source>skipped the link %1: %2</source>
        <translation>tautan %1 dilewati: %2</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>%1 dilewati: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>tidak dapat membuat folder %1</translation>
    </message>
    <message>
        <source>%1; sending the files one by one</source>
        <translation>%1; berkas dikirim satu per satu</translation>
    </message>
    <message>
        <source>%1 holds entries with unsafe names (%2); not removing it</source>
        <translation>%1 berisi entri dengan nama tidak aman (%2); tidak dihapus</translation>
    </message>
    <message>
        <source>ls takes one URL</source>
        <translation>ls menerima satu URL</translation>
    </message>
    <message>
        <source>skipped &apos;%1&apos;: not a safe file name</source>
        <translation>&apos;%1&apos; dilewati: bukan nama berkas yang aman</translation>
    </message>
    <message>
        <source>get takes a URL and a local path</source>
        <translation>get menerima URL dan path lokal</translation>
    </message>
    <message>
        <source>%1 is a folder: use -r</source>
        <translation>%1 adalah folder: gunakan -r</translation>
    </message>
    <message>
        <source>put takes a local path and a URL</source>
        <translation>put menerima path lokal dan URL</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 tidak ada</translation>
    </message>
    <message>
        <source>%1 has no usable file name</source>
        <translation>%1 tidak memiliki nama berkas yang dapat dipakai</translation>
    </message>
    <message>
        <source>mkdir takes one URL</source>
        <translation>mkdir menerima satu URL</translation>
    </message>
    <message>
        <source>rm takes one URL</source>
        <translation>rm menerima satu URL</translation>
    </message>
    <message>
        <source>refusing to remove %1, the login or root folder</source>
        <translation>menolak menghapus %1, folder login atau root</translation>
    </message>
    <message>
        <source>mv takes a URL and a new path</source>
        <translation>mv menerima URL dan path baru</translation>
    </message>
    <message>
        <source>chmod takes an octal MODE and a URL</source>
        <translation>chmod menerima MODE oktal dan URL</translation>
    </message>
    <message>
        <source>MODE must be octal, like 644 or 0755</source>
        <translation>MODE harus oktal, seperti 644 atau 0755</translation>
    </message>
    <message>
        <source>%1 is encrypted (in %2).</source>
        <translation>%1 terenkripsi (di %2).</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Kata sandi untuk %1:</translation>
    </message>
    <message>
        <source>ETA %1 s</source>
        <translation>sisa %1 dtk</translation>
    </message>
    <message>
        <source>skipped %1: not a safe path</source>
        <translation>%1 dilewati: bukan jalur yang aman</translation>
    </message>
    <message>
        <source>skipped %1: not a safe file name</source>
        <translation>%1 dilewati: bukan nama berkas yang aman</translation>
    </message>
    <message>
        <source>skipped %1: a link or special file inside an archive is not uploaded</source>
        <translation>%1 dilewati: tautan atau berkas khusus di dalam arsip tidak diunggah</translation>
    </message>
    <message>
        <source>%1 is not a file in the archive</source>
        <translation>%1 bukan berkas di dalam arsip</translation>
    </message>
    <message>
        <source>%1 is a folder, not an archive</source>
        <translation>%1 adalah folder, bukan arsip</translation>
    </message>
    <message>
        <source>extracting %1</source>
        <translation>mengekstrak %1</translation>
    </message>
    <message>
        <source>the downloaded archive is kept as %1</source>
        <translation>arsip yang diunduh disimpan sebagai %1</translation>
    </message>
    <message>
        <source>extracted: %1 files, %2 folders, %3 links; skipped: %4</source>
        <translation>diekstrak: %1 berkas, %2 folder, %3 tautan; dilewati: %4</translation>
    </message>
    <message>
        <source>ferry-cli: listed %1 remote folders, up to %2 at once, in %3 ms
</source>
        <translation>ferry-cli: %1 folder remote didaftar, hingga %2 sekaligus, dalam %3 ms
</translation>
    </message>
    <message>
        <source>ferry-cli: warning: no second connection for listing ahead (%1); listing each folder as the download reaches it
</source>
        <translation>ferry-cli: peringatan: tidak ada koneksi kedua untuk mendaftar lebih dulu (%1); tiap folder didaftar saat unduhan sampai ke sana
</translation>
    </message>
    <message>
        <source>ferry-cli: listed %1 remote folders, up to %2 at once; removed %3 files and folders over up to %4 connections in %5 ms
</source>
        <translation>ferry-cli: %1 folder remote didaftar, hingga %2 sekaligus; %3 berkas dan folder dihapus lewat hingga %4 koneksi dalam %5 md
</translation>
    </message>
</context>
<context>
    <name>ferry::cli::SitesCommand</name>
    <message>
        <source>New master password for the password vault: </source>
        <translation>Kata sandi utama baru untuk brankas kata sandi: </translation>
    </message>
    <message>
        <source>Master password for the password vault: </source>
        <translation>Kata sandi utama untuk brankas kata sandi: </translation>
    </message>
    <message>
        <source>Repeat the master password: </source>
        <translation>Ulangi kata sandi utama: </translation>
    </message>
    <message>
        <source>the master passwords do not match</source>
        <translation>kata sandi utama tidak cocok</translation>
    </message>
    <message>
        <source>the password vault needs its master password: set FERRY_MASTER_PASSWORD or pass --master-password-stdin</source>
        <translation>brankas kata sandi perlu kata sandi utamanya: atur FERRY_MASTER_PASSWORD atau berikan --master-password-stdin</translation>
    </message>
    <message>
        <source>--logon: unknown logon type &apos;%1&apos;</source>
        <translation>--logon: jenis login tidak dikenal &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--timezone-offset takes minutes, -1440 to 1440</source>
        <translation>--timezone-offset menerima menit, -1440 sampai 1440</translation>
    </message>
    <message>
        <source>--max-connections takes a number from 0 (the default) to 10</source>
        <translation>--max-connections menerima angka 0 (bawaan) sampai 10</translation>
    </message>
    <message>
        <source>the default remote folder must be absolute (ftp://host//dir or --remote-dir /dir)</source>
        <translation>folder remote bawaan harus absolut (ftp://host//dir atau --remote-dir /dir)</translation>
    </message>
    <message>
        <source>a key file logon needs sftp:// and --key-file FILE</source>
        <translation>login dengan berkas kunci perlu sftp:// dan --key-file BERKAS</translation>
    </message>
    <message>
        <source>sites add takes NAME and URL</source>
        <translation>sites add menerima NAMA dan URL</translation>
    </message>
    <message>
        <source>a site name cannot contain &apos;/&apos;; use --folder for folders</source>
        <translation>nama situs tidak boleh berisi &apos;/&apos;; gunakan --folder untuk folder</translation>
    </message>
    <message>
        <source>ferry-cli: the %1 logon keeps no password; it was not saved</source>
        <translation>ferry-cli: jenis login %1 tidak menyimpan kata sandi; kata sandi tidak disimpan</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 ditambahkan</translation>
    </message>
    <message>
        <source>added %1 (password in the %2)</source>
        <translation>%1 ditambahkan (kata sandi di %2)</translation>
    </message>
    <message>
        <source>sites remove takes NAME</source>
        <translation>sites remove menerima NAMA</translation>
    </message>
    <message>
        <source>ferry-cli: the site is removed, but its stored password could not be: %1</source>
        <translation>ferry-cli: situs sudah dihapus, tetapi kata sandi tersimpannya tidak dapat dihapus: %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 dihapus</translation>
    </message>
    <message>
        <source>ferry-cli: warning: %1</source>
        <translation>ferry-cli: peringatan: %1</translation>
    </message>
    <message>
        <source>ferry-cli: passwords not imported: %1</source>
        <translation>ferry-cli: kata sandi tidak diimpor: %1</translation>
    </message>
    <message numerus="yes">
        <source>imported %n site(s)</source>
        <translation>
            <numerusform>%n situs diimpor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) in the %1</source>
        <translation>
            <numerusform>%n kata sandi di %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set to ask for the password</source>
        <translation>
            <numerusform>%n diatur untuk menanyakan kata sandi</numerusform>
        </translation>
    </message>
    <message>
        <source>sites export-filezilla takes FILE</source>
        <translation>sites export-filezilla menerima BERKAS</translation>
    </message>
    <message numerus="yes">
        <source>exported %n site(s) to %1</source>
        <translation>
            <numerusform>%n situs diekspor ke %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n site(s) with %2 password(s) to %1</source>
        <translation>
            <numerusform>%n situs dengan %2 kata sandi diekspor ke %1</numerusform>
        </translation>
    </message>
    <message>
        <source>sites backend takes auto, keyring, vault or none</source>
        <translation>sites backend menerima auto, keyring, vault, atau none</translation>
    </message>
    <message>
        <source>passwords: %1</source>
        <translation>kata sandi: %1</translation>
    </message>
    <message>
        <source>sites passwords move takes --to keyring, vault or none</source>
        <translation>sites passwords move menerima --to keyring, vault, atau none</translation>
    </message>
    <message>
        <source>ferry-cli: not moved: %1</source>
        <translation>ferry-cli: tidak dipindahkan: %1</translation>
    </message>
    <message>
        <source>ferry-cli: moved, but a copy is left in the %1: %2</source>
        <translation>ferry-cli: dipindahkan, tetapi salinan tertinggal di %1: %2</translation>
    </message>
    <message>
        <source>sites passwords master takes no arguments</source>
        <translation>sites passwords master tidak menerima argumen</translation>
    </message>
    <message>
        <source>there is no password vault at %1 yet</source>
        <translation>belum ada brankas kata sandi di %1</translation>
    </message>
    <message>
        <source>Repeat the new master password: </source>
        <translation>Ulangi kata sandi utama baru: </translation>
    </message>
    <message>
        <source>the new master passwords do not match</source>
        <translation>kata sandi utama baru tidak cocok</translation>
    </message>
    <message>
        <source>the new master password: set FERRY_NEW_MASTER_PASSWORD, or pass --master-password-stdin with the old one on the first line of standard input and the new one on the second</source>
        <translation>kata sandi utama baru: atur FERRY_NEW_MASTER_PASSWORD, atau berikan --master-password-stdin dengan yang lama di baris pertama masukan standar dan yang baru di baris kedua</translation>
    </message>
    <message>
        <source>the password vault %1 has a new master password</source>
        <translation>brankas kata sandi %1 memiliki kata sandi utama baru</translation>
    </message>
    <message>
        <source>sites passwords takes move --to keyring|vault|none, or master</source>
        <translation>sites passwords menerima move --to keyring|vault|none, atau master</translation>
    </message>
    <message>
        <source>sites import-filezilla takes FILE</source>
        <translation>sites import-filezilla menerima BERKAS</translation>
    </message>
    <message>
        <source>sites import-ssh-config takes at most one FILE</source>
        <translation>sites import-ssh-config menerima paling banyak satu BERKAS</translation>
    </message>
    <message>
        <source>unknown sites subcommand &apos;%1&apos;</source>
        <translation>subperintah sites tidak dikenal &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ferry::cli::SyncCommand</name>
    <message>
        <source>no free connection</source>
        <translation>tidak ada koneksi yang bebas</translation>
    </message>
    <message>
        <source>sync takes a local folder and a URL</source>
        <translation>sync menerima folder lokal dan URL</translation>
    </message>
    <message>
        <source>--direction takes up or down, not &apos;%1&apos;</source>
        <translation>--direction menerima up atau down, bukan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--compare takes size,time or checksum, not &apos;%1&apos;</source>
        <translation>--compare menerima size,time atau checksum, bukan &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 bukan folder</translation>
    </message>
    <message>
        <source>ferry-cli: listed %1 remote folders, up to %2 at once, in %3 ms
</source>
        <translation>ferry-cli: %1 folder remote didaftar, hingga %2 sekaligus, dalam %3 ms
</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>tidak dapat membuat folder %1</translation>
    </message>
    <message>
        <source>ferry-cli: sync: unfinished transfers of an earlier run continue: %1</source>
        <translation>ferry-cli: sync: transfer yang belum selesai dari proses sebelumnya dilanjutkan: %1</translation>
    </message>
    <message>
        <source>ferry-cli: dry run: %1</source>
        <translation>ferry-cli: uji coba: %1</translation>
    </message>
    <message>
        <source>ferry-cli: sync: %1</source>
        <translation>ferry-cli: sync: %1</translation>
    </message>
    <message>
        <source>%1 to upload, %2 folder(s) to make, %3 to delete, %4 left alone</source>
        <translation>%1 akan diunggah, %2 folder akan dibuat, %3 akan dihapus, %4 dibiarkan</translation>
    </message>
    <message>
        <source>%1 to download, %2 folder(s) to make, %3 to delete, %4 left alone</source>
        <translation>%1 akan diunduh, %2 folder akan dibuat, %3 akan dihapus, %4 dibiarkan</translation>
    </message>
    <message>
        <source>--list-connections takes a number from 1 to 10</source>
        <translation>--list-connections menerima angka dari 1 sampai 10</translation>
    </message>
</context>
<context>
    <name>ferry::cli::WatchCommand</name>
    <message>
        <source>trying again in %1 s</source>
        <translation>mencoba lagi dalam %1 dtk</translation>
    </message>
    <message>
        <source>watch takes a local folder and a URL</source>
        <translation>watch menerima satu folder lokal dan satu URL</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 bukan folder</translation>
    </message>
    <message>
        <source>--settle takes milliseconds from 0 to 600000</source>
        <translation>--settle menerima milidetik dari 0 sampai 600000</translation>
    </message>
    <message>
        <source>cannot catch Ctrl-C</source>
        <translation>tidak dapat menangkap Ctrl-C</translation>
    </message>
    <message>
        <source>watching %1 (Ctrl-C stops)</source>
        <translation>mengawasi %1 (Ctrl-C untuk berhenti)</translation>
    </message>
    <message>
        <source>watch stopped</source>
        <translation>pengawasan dihentikan</translation>
    </message>
</context>
<context>
    <name>ferry::edit::EditSessions</name>
    <message>
        <source>Cannot make the temporary folder %1</source>
        <translation>Tidak dapat membuat folder sementara %1</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 adalah folder</translation>
    </message>
    <message>
        <source>%1 is gone</source>
        <translation>%1 sudah tidak ada</translation>
    </message>
    <message>
        <source>The upload did not finish</source>
        <translation>Unggahan tidak selesai</translation>
    </message>
    <message>
        <source>The connection was closed</source>
        <translation>Sambungan sudah ditutup</translation>
    </message>
</context>
<context>
    <name>ferry::edit::EditorLauncher</name>
    <message>
        <source>No editor command</source>
        <translation>Tidak ada perintah penyunting</translation>
    </message>
    <message>
        <source>Cannot start %1</source>
        <translation>Tidak dapat menjalankan %1</translation>
    </message>
</context>
<context>
    <name>ferry::edit::FolderWatch</name>
    <message>
        <source>Keeping %1 up to date with %2</source>
        <translation>%1 dijaga tetap mutakhir dengan %2</translation>
    </message>
    <message>
        <source>Keeping %1 up to date failed: %2</source>
        <translation>Gagal menjaga %1 tetap mutakhir: %2</translation>
    </message>
    <message>
        <source>Stopped keeping %1 up to date</source>
        <translation>%1 tidak lagi dijaga tetap mutakhir</translation>
    </message>
    <message>
        <source>Keeping %1 up to date: %2</source>
        <translation>Menjaga %1 tetap mutakhir: %2</translation>
    </message>
</context>
<context>
    <name>ferry::ftp</name>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>tidak dapat menyambung ke %1:%2: %3</translation>
    </message>
    <message>
        <source>the certificate of %1:%2 is not trusted (%3); fingerprint %4</source>
        <translation>sertifikat %1:%2 tidak dipercaya (%3); sidik jari %4</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>jabat tangan TLS gagal: %1</translation>
    </message>
    <message>
        <source>a name or command contains a line break, which FTP cannot send</source>
        <translation>nama atau perintah berisi jeda baris, yang tidak dapat dikirim FTP</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>tidak tersambung</translation>
    </message>
    <message>
        <source>cannot send to the server: %1</source>
        <translation>tidak dapat mengirim ke server: %1</translation>
    </message>
    <message>
        <source>the server sent a reply line longer than 64 KiB</source>
        <translation>server mengirim baris balasan lebih dari 64 KiB</translation>
    </message>
    <message>
        <source>the connection lost step with the server&apos;s replies</source>
        <translation>koneksi tidak lagi selaras dengan balasan server</translation>
    </message>
    <message>
        <source>the connection was closed: %1</source>
        <translation>koneksi ditutup: %1</translation>
    </message>
    <message>
        <source>cannot open the data connection to %1:%2: %3</source>
        <translation>tidak dapat membuka koneksi data ke %1:%2: %3</translation>
    </message>
    <message>
        <source>cannot listen for an active-mode data connection: %1</source>
        <translation>tidak dapat menunggu koneksi data mode aktif: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>the server did not open the active-mode data connection</source>
        <translation>server tidak membuka koneksi data mode aktif</translation>
    </message>
    <message>
        <source>cannot take the data connection: %1</source>
        <translation>tidak dapat menerima koneksi data: %1</translation>
    </message>
    <message>
        <source>TLS on the data connection failed: %1</source>
        <translation>TLS pada koneksi data gagal: %1</translation>
    </message>
    <message>
        <source>the data connection is not open</source>
        <translation>koneksi data tidak terbuka</translation>
    </message>
    <message>
        <source>reading the data connection: %1</source>
        <translation>membaca koneksi data: %1</translation>
    </message>
    <message>
        <source>the data connection failed: %1</source>
        <translation>koneksi data gagal: %1</translation>
    </message>
    <message>
        <source>no data from the server in time</source>
        <translation>tidak ada data dari server tepat waktu</translation>
    </message>
    <message>
        <source>writing the data connection: %1</source>
        <translation>menulis ke koneksi data: %1</translation>
    </message>
    <message>
        <source>the server stopped accepting data</source>
        <translation>server berhenti menerima data</translation>
    </message>
    <message>
        <source>waiting on the data connection: %1</source>
        <translation>menunggu koneksi data: %1</translation>
    </message>
    <message>
        <source>the data connection to %1:%2 did not open in time</source>
        <translation>koneksi data ke %1:%2 tidak terbuka tepat waktu</translation>
    </message>
    <message>
        <source>the data connection was closed</source>
        <translation>koneksi data ditutup</translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation>koneksi sudah putus</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 tidak ada</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 sudah ada</translation>
    </message>
    <message>
        <source>creating the folder %1</source>
        <translation>membuat folder %1</translation>
    </message>
    <message>
        <source>the %1 checksum of %2</source>
        <translation>checksum %1 dari %2</translation>
    </message>
    <message>
        <source>cannot read %1 in the server&apos;s reply</source>
        <translation>tidak dapat membaca %1 dalam balasan server</translation>
    </message>
    <message>
        <source>selecting %1 (OPTS HASH)</source>
        <translation>memilih %1 (OPTS HASH)</translation>
    </message>
    <message>
        <source>passive mode for a server-to-server copy (PASV)</source>
        <translation>mode pasif untuk salinan antarserver (PASV)</translation>
    </message>
    <message>
        <source>PASV named %1, not an IPv4 address</source>
        <translation>PASV menyebut %1, bukan alamat IPv4</translation>
    </message>
    <message>
        <source>the server cannot resume transfers (REST)</source>
        <translation>server tidak dapat melanjutkan transfer (REST)</translation>
    </message>
    <message>
        <source>the server finished the transfer without a data connection</source>
        <translation>server menyelesaikan transfer tanpa koneksi data</translation>
    </message>
    <message>
        <source>the server-to-server transfer</source>
        <translation>transfer antarserver</translation>
    </message>
    <message>
        <source>listing %1: the server sent a line longer than 64 KiB</source>
        <translation>mendaftar %1: server mengirim baris lebih dari 64 KiB</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>menyambung</translation>
    </message>
    <message>
        <source>the server does not offer TLS (AUTH TLS refused); use ftp:// only if a plain connection is acceptable</source>
        <translation>server tidak menyediakan TLS (AUTH TLS ditolak); gunakan ftp:// hanya jika koneksi tanpa enkripsi dapat diterima</translation>
    </message>
    <message>
        <source>the server did not answer AUTH TLS with acceptance or refusal; not continuing without encryption</source>
        <translation>server tidak menerima maupun menolak AUTH TLS; tidak dilanjutkan tanpa enkripsi</translation>
    </message>
    <message>
        <source>no password given for %1@%2</source>
        <translation>tidak ada kata sandi untuk %1@%2</translation>
    </message>
    <message>
        <source>login as %1 failed</source>
        <translation>login sebagai %1 gagal</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>the server refused to encrypt data connections (PROT P)</source>
        <translation>server menolak mengenkripsi koneksi data (PROT P)</translation>
    </message>
    <message>
        <source>active mode (EPRT)</source>
        <translation>mode aktif (EPRT)</translation>
    </message>
    <message>
        <source>active mode needs an IPv4 address for PORT</source>
        <translation>mode aktif memerlukan alamat IPv4 untuk PORT</translation>
    </message>
    <message>
        <source>passive mode (EPSV)</source>
        <translation>mode pasif (EPSV)</translation>
    </message>
    <message>
        <source>passive mode (PASV)</source>
        <translation>mode pasif (PASV)</translation>
    </message>
    <message>
        <source>the server finished %1 without a data connection</source>
        <translation>server menyelesaikan %1 tanpa koneksi data</translation>
    </message>
    <message>
        <source>cannot read the PASV reply</source>
        <translation>tidak dapat membaca balasan PASV</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 gagal</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>%1 ended at byte %2 of %3 (did it change on the server?)</source>
        <translation>%1 berakhir pada bita %2 dari %3 (apakah berkas berubah di server?)</translation>
    </message>
    <message>
        <source>%1 is longer than the %2 bytes it had (did it change on the server?)</source>
        <translation>%1 lebih panjang dari %2 bita semula (apakah berkas berubah di server?)</translation>
    </message>
    <message>
        <source>%1: bytes %2 to %3 were not fetched</source>
        <translation>%1: bita %2 sampai %3 tidak terambil</translation>
    </message>
    <message>
        <source>the download</source>
        <translation>unduhan</translation>
    </message>
    <message>
        <source>the upload</source>
        <translation>unggahan</translation>
    </message>
    <message>
        <source>the connection did not recover after ABOR</source>
        <translation>koneksi tidak pulih setelah ABOR</translation>
    </message>
    <message>
        <source>setting the modification time of %1</source>
        <translation>mengatur waktu ubah %1</translation>
    </message>
    <message>
        <source>Connecting to %1:%2 (implicit TLS)</source>
        <translation>Menyambung ke %1:%2 (TLS implisit)</translation>
    </message>
    <message>
        <source>Connecting to %1:%2</source>
        <translation>Menyambung ke %1:%2</translation>
    </message>
    <message>
        <source>TLS connection established (%1)</source>
        <translation>Koneksi TLS terbentuk (%1)</translation>
    </message>
    <message>
        <source>Certificate %1 trusted by fingerprint for this run</source>
        <translation>Sertifikat %1 dipercaya lewat sidik jari untuk sesi ini</translation>
    </message>
    <message>
        <source>Certificate %1 trusted earlier by the user</source>
        <translation>Sertifikat %1 sudah dipercaya pengguna sebelumnya</translation>
    </message>
    <message>
        <source>the certificate of %1:%2 has CHANGED: %3 was trusted, the server now presents %4. Someone may be intercepting the connection, or the server&apos;s certificate was replaced</source>
        <translation>sertifikat %1:%2 BERUBAH: %3 yang dipercaya, kini server menunjukkan %4. Mungkin ada yang menyadap koneksi, atau sertifikat server sudah diganti</translation>
    </message>
    <message>
        <source>New certificate %1 stored (--accept-new)</source>
        <translation>Sertifikat baru %1 disimpan (--accept-new)</translation>
    </message>
    <message>
        <source>Certificate %1 replaces %2 for %3:%4</source>
        <translation>Sertifikat %1 menggantikan %2 untuk %3:%4</translation>
    </message>
    <message>
        <source>the certificate of %1:%2 has CHANGED: %3 was trusted, the server now presents %4. Someone may be intercepting the connection, or the server&apos;s certificate was replaced; refused (--accept-new never accepts a changed certificate)</source>
        <translation>sertifikat %1:%2 BERUBAH: %3 yang dipercaya, kini server menunjukkan %4. Mungkin ada yang menyadap koneksi, atau sertifikat server sudah diganti; ditolak (--accept-new tidak pernah menerima sertifikat yang berubah)</translation>
    </message>
    <message>
        <source>the certificate of %1:%2 has CHANGED: %3 was trusted, the server now presents %4. Someone may be intercepting the connection, or the server&apos;s certificate was replaced; refused</source>
        <translation>sertifikat %1:%2 BERUBAH: %3 yang dipercaya, kini server menunjukkan %4. Mungkin ada yang menyadap koneksi, atau sertifikat server sudah diganti; ditolak</translation>
    </message>
    <message>
        <source>TLS connection established (%1, %2)</source>
        <translation>Koneksi TLS terbentuk (%1, %2)</translation>
    </message>
    <message>
        <source>Refused an active-mode data connection from an unknown address: only the server (%1) may open it</source>
        <translation>Koneksi data mode aktif dari alamat tak dikenal ditolak: hanya server (%1) yang boleh membukanya</translation>
    </message>
    <message>
        <source>Refused an active-mode data connection from %1: only the server (%2) may open it</source>
        <translation>Koneksi data mode aktif dari %1 ditolak: hanya server (%2) yang boleh membukanya</translation>
    </message>
    <message>
        <source>Skipped an entry with an unsafe name: %1</source>
        <translation>Entri dengan nama tidak aman dilewati: %1</translation>
    </message>
    <message numerus="yes">
        <source>Listing %1: skipped %n line(s) that no listing format fits; the first: %2</source>
        <translation>
            <numerusform>Daftar %1: %n baris dilewati karena tidak cocok dengan format daftar mana pun; yang pertama: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for %1@%2</source>
        <translation>Kata sandi untuk %1@%2</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <source>Round trip %1 ms</source>
        <translation>Waktu pulang-pergi %1 ms</translation>
    </message>
    <message>
        <source>The port asked for ahead was closed; asking again</source>
        <translation>Port yang diminta sebelumnya sudah ditutup; meminta lagi</translation>
    </message>
    <message>
        <source>The server named %1 for the data connection; using %2, the address of the control connection</source>
        <translation>Server menyebut %1 untuk koneksi data; memakai %2, alamat koneksi kontrol</translation>
    </message>
    <message>
        <source>Downloading in one stream: the server does not offer REST STREAM, which segments need</source>
        <translation>Mengunduh dalam satu aliran: server tidak menawarkan REST STREAM yang dibutuhkan segmen</translation>
    </message>
    <message>
        <source>%1 of %2 more connections for %3 failed: %4</source>
        <translation>%1 dari %2 koneksi tambahan untuk %3 gagal: %4</translation>
    </message>
    <message>
        <source>Downloading in one stream: the server refused a second connection</source>
        <translation>Mengunduh dalam satu aliran: server menolak koneksi kedua</translation>
    </message>
    <message>
        <source>Downloading in one stream: %1</source>
        <translation>Mengunduh dalam satu aliran: %1</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (dari %1)</translation>
    </message>
    <message>
        <source>Continuing %1 in %2 segments over up to %3 connections (round trip %4 ms): %5</source>
        <translation>Melanjutkan %1 dalam %2 segmen lewat hingga %3 koneksi (waktu pulang-pergi %4 ms): %5</translation>
    </message>
    <message>
        <source>Downloading %1 over up to %2 connections (round trip %3 ms), starting on this one at once: %4</source>
        <translation>Mengunduh %1 lewat hingga %2 koneksi (waktu pulang-pergi %3 ms), langsung mulai di koneksi ini: %4</translation>
    </message>
    <message>
        <source>[connection %1] </source>
        <translation>[koneksi %1] </translation>
    </message>
    <message>
        <source>Fetched %1 in %2 segments over %3 connections in %4 s: %5</source>
        <translation>%1 diambil dalam %2 segmen lewat %3 koneksi dalam %4 dtk: %5</translation>
    </message>
    <message>
        <source>[connection %1] logged in at %2 s, first byte at %3 s, last at %4 s</source>
        <translation>[koneksi %1] masuk pada %2 dtk, byte pertama pada %3 dtk, terakhir pada %4 dtk</translation>
    </message>
    <message>
        <source>the character set &apos;%1&apos; is not supported; use UTF-8 or ISO-8859-1</source>
        <translation>set karakter &apos;%1&apos; tidak didukung; gunakan UTF-8 atau ISO-8859-1</translation>
    </message>
    <message>
        <source>the server sent a malformed reply (%1)</source>
        <translation>server mengirim balasan rusak (%1)</translation>
    </message>
    <message>
        <source>keep-alive</source>
        <translation>keep-alive</translation>
    </message>
    <message>
        <source>cannot create %1: its parent folder does not exist</source>
        <translation>tidak dapat membuat %1: folder induknya tidak ada</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>menghapus %1</translation>
    </message>
    <message>
        <source>removing the folder %1</source>
        <translation>menghapus folder %1</translation>
    </message>
    <message>
        <source>renaming %1</source>
        <translation>mengganti nama %1</translation>
    </message>
    <message>
        <source>renaming %1 to %2</source>
        <translation>mengganti nama %1 menjadi %2</translation>
    </message>
    <message>
        <source>changing the permissions of %1</source>
        <translation>mengubah izin %1</translation>
    </message>
    <message>
        <source>the server answered with %1 instead of %2</source>
        <translation>server menjawab dengan %1, bukan %2</translation>
    </message>
    <message>
        <source>%1 is not offered</source>
        <translation>%1 tidak ditawarkan</translation>
    </message>
    <message>
        <source>Server-to-server copy %1: one server encrypts data and the other does not; streaming through Ferry</source>
        <translation>Salinan antarserver %1: satu server mengenkripsi data dan yang lain tidak; dialirkan lewat Ferry</translation>
    </message>
    <message>
        <source>Server-to-server copy %1: FXP under TLS needs SSCN on both servers; streaming through Ferry</source>
        <translation>Salinan antarserver %1: FXP dengan TLS butuh SSCN di kedua server; dialirkan lewat Ferry</translation>
    </message>
    <message>
        <source>Server-to-server copy %1 (FXP)</source>
        <translation>Salinan antarserver %1 (FXP)</translation>
    </message>
    <message>
        <source>FXP refused by the target server at PASV (%1); streaming through Ferry</source>
        <translation>FXP ditolak server tujuan pada PASV (%1); dialirkan lewat Ferry</translation>
    </message>
    <message>
        <source>FXP refused by the source server at SSCN (%1); streaming through Ferry</source>
        <translation>FXP ditolak server sumber pada SSCN (%1); dialirkan lewat Ferry</translation>
    </message>
    <message>
        <source>FXP refused by the source server at PORT (%1); streaming through Ferry</source>
        <translation>FXP ditolak server sumber pada PORT (%1); dialirkan lewat Ferry</translation>
    </message>
    <message>
        <source>FXP refused by the source server at RETR (%1); streaming through Ferry</source>
        <translation>FXP ditolak server sumber pada RETR (%1); dialirkan lewat Ferry</translation>
    </message>
    <message>
        <source>FXP refused by the target server at STOR (%1); streaming through Ferry</source>
        <translation>FXP ditolak server tujuan pada STOR (%1); dialirkan lewat Ferry</translation>
    </message>
    <message>
        <source>FXP refused at the end of the transfer (%1); streaming through Ferry</source>
        <translation>FXP ditolak di akhir transfer (%1); dialirkan lewat Ferry</translation>
    </message>
    <message>
        <source>a server-to-server copy (PORT to the other server)</source>
        <translation>salinan antarserver (PORT ke server lain)</translation>
    </message>
    <message>
        <source>the TLS client role for a server-to-server copy (SSCN)</source>
        <translation>peran klien TLS untuk salinan antarserver (SSCN)</translation>
    </message>
    <message>
        <source>cannot open the folder %1</source>
        <translation>tidak dapat membuka folder %1</translation>
    </message>
    <message>
        <source>opening the folder %1</source>
        <translation>membuka folder %1</translation>
    </message>
    <message>
        <source>listing %2: the server sent more than %1 entries (%3 so far); Ferry stops there</source>
        <translation>daftar %2: server mengirim lebih dari %1 entri (sejauh ini %3); Ferry berhenti di situ</translation>
    </message>
    <message>
        <source>listing %2: the server sent more than %1 MiB (%3 entries so far); Ferry stops there</source>
        <translation>daftar %2: server mengirim lebih dari %1 MiB (sejauh ini %3 entri); Ferry berhenti di situ</translation>
    </message>
    <message>
        <source>The server does not offer TLS (AUTH TLS: %1); continuing WITHOUT encryption: the password and files travel in plain text, and this connection is not protected against a downgrade</source>
        <translation>Server tidak menawarkan TLS (AUTH TLS: %1); lanjut TANPA enkripsi: kata sandi dan berkas dikirim sebagai teks biasa, dan koneksi ini tidak terlindung dari downgrade</translation>
    </message>
    <message>
        <source>binary mode (TYPE I)</source>
        <translation>mode biner (TYPE I)</translation>
    </message>
    <message>
        <source>active mode (PORT)</source>
        <translation>mode aktif (PORT)</translation>
    </message>
    <message>
        <source>malformed reply line: &apos;%1&apos;</source>
        <translation>baris balasan rusak: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>multi-line reply longer than %1 MiB</source>
        <translation>balasan multibaris lebih dari %1 MiB</translation>
    </message>
    <message>
        <source>multi-line reply longer than %1 lines</source>
        <translation>balasan multibaris lebih dari %1 baris</translation>
    </message>
    <message>
        <source>timed out connecting to %1:%2</source>
        <translation>waktu habis saat menyambung ke %1:%2</translation>
    </message>
    <message>
        <source>timed out waiting for the TLS handshake</source>
        <translation>waktu habis saat menunggu jabat tangan TLS</translation>
    </message>
    <message>
        <source>timed out sending a command to the server</source>
        <translation>waktu habis saat mengirim perintah ke server</translation>
    </message>
    <message>
        <source>timed out waiting for the server&apos;s reply</source>
        <translation>waktu habis saat menunggu balasan server</translation>
    </message>
    <message>
        <source>timed out opening the data connection to %1:%2</source>
        <translation>waktu habis saat membuka koneksi data ke %1:%2</translation>
    </message>
    <message>
        <source>timed out waiting for the data connection&apos;s TLS handshake</source>
        <translation>waktu habis saat menunggu jabat tangan TLS koneksi data</translation>
    </message>
    <message>
        <source>timed out waiting for the data connection to close</source>
        <translation>waktu habis saat menunggu koneksi data ditutup</translation>
    </message>
    <message>
        <source>the server at %1:%2 closed the connection at once</source>
        <translation>server %1:%2 langsung menutup koneksi</translation>
    </message>
    <message>
        <source>the server closed the connection during the TLS handshake</source>
        <translation>server menutup koneksi saat jabat tangan TLS</translation>
    </message>
    <message>
        <source>the server closed the connection while a command was sent</source>
        <translation>server menutup koneksi saat perintah dikirim</translation>
    </message>
    <message>
        <source>the server closed the connection before it replied</source>
        <translation>server menutup koneksi sebelum membalas</translation>
    </message>
    <message>
        <source>the server closed the data connection to %1:%2 at once</source>
        <translation>server langsung menutup koneksi data ke %1:%2</translation>
    </message>
    <message>
        <source>the server closed the data connection during its TLS handshake</source>
        <translation>server menutup koneksi data saat jabat tangan TLS-nya</translation>
    </message>
    <message>
        <source>the server closed the data connection before it was done</source>
        <translation>server menutup koneksi data sebelum selesai</translation>
    </message>
    <message>
        <source>cannot read the server&apos;s reply: %1</source>
        <translation>tidak dapat membaca balasan server: %1</translation>
    </message>
    <message>
        <source>cannot close the data connection: %1</source>
        <translation>tidak dapat menutup koneksi data: %1</translation>
    </message>
    <message>
        <source>[connection %1] takes bytes %2-%3 (the back of %4-%5, %6 MiB fetched in %7 s)</source>
        <translation>[koneksi %1] mengambil byte %2-%3 (bagian belakang dari %4-%5, %6 MiB diambil dalam %7 dtk)</translation>
    </message>
    <message>
        <source>%1 of %2 more connections for %3: the site&apos;s limit of %4 is reached</source>
        <translation>%1 dari %2 koneksi tambahan untuk %3: batas situs sebesar %4 telah tercapai</translation>
    </message>
    <message>
        <source>the first connection did not log in</source>
        <translation>koneksi pertama tidak berhasil masuk</translation>
    </message>
    <message>
        <source>Logging %1 more connections in at once (round trip %2 ms): for a large download</source>
        <translation>Memasukkan %1 koneksi lagi sekaligus (waktu pulang-pergi %2 ms): untuk unduhan besar</translation>
    </message>
    <message>
        <source>%1 of them logged in with this one</source>
        <translation>%1 di antaranya masuk bersama koneksi ini</translation>
    </message>
</context>
<context>
    <name>ferry::remote</name>
    <message>
        <source>%1 (server said: %2)</source>
        <translation>%1 (kata server: %2)</translation>
    </message>
    <message>
        <source>invalid URL: %1</source>
        <translation>URL tidak valid: %1</translation>
    </message>
    <message>
        <source>the URL names no host</source>
        <translation>URL tidak menyebut host</translation>
    </message>
    <message>
        <source>invalid port</source>
        <translation>port tidak valid</translation>
    </message>
    <message>
        <source>the path contains a NUL character</source>
        <translation>path berisi karakter NUL</translation>
    </message>
    <message>
        <source>this protocol sends files one at a time (no batch upload offered)</source>
        <translation>protokol ini mengirim berkas satu per satu (tidak ada unggahan sekaligus)</translation>
    </message>
    <message>
        <source>the segment record %1 is not usable (%2)</source>
        <translation>catatan segmen %1 tidak dapat dipakai (%2)</translation>
    </message>
    <message>
        <source>a segment record needs 1 to %1 segments</source>
        <translation>catatan segmen memerlukan 1 sampai %1 segmen</translation>
    </message>
    <message>
        <source>cannot create the segment record %1: %2</source>
        <translation>tidak dapat membuat catatan segmen %1: %2</translation>
    </message>
    <message>
        <source>cannot write the segment record %1: %2</source>
        <translation>tidak dapat menulis catatan segmen %1: %2</translation>
    </message>
    <message>
        <source>cannot open the segment record %1: %2</source>
        <translation>tidak dapat membuka catatan segmen %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL: expected ftp://, ftpes://, ftps:// or sftp://</source>
        <translation>&apos;%1&apos; bukan URL: seharusnya ftp://, ftpes://, ftps://, atau sftp://</translation>
    </message>
    <message>
        <source>unsupported protocol &apos;%1&apos;: use ftp, ftpes, ftps or sftp</source>
        <translation>protokol &apos;%1&apos; tidak didukung: gunakan ftp, ftpes, ftps, atau sftp</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>terlalu pendek</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>tanpa header</translation>
    </message>
    <message>
        <source>it is for %1 bytes, the file has %2</source>
        <translation>untuk %1 bita, berkasnya %2</translation>
    </message>
    <message>
        <source>wrong length</source>
        <translation>panjang salah</translation>
    </message>
    <message>
        <source>line %1 is out of order</source>
        <translation>baris %1 tidak berurutan</translation>
    </message>
    <message>
        <source>the ranges do not reach the end of the file</source>
        <translation>rentangnya tidak mencapai akhir berkas</translation>
    </message>
    <message>
        <source>no segment %1 in %2</source>
        <translation>tidak ada segmen %1 di %2</translation>
    </message>
    <message>
        <source>cannot split %1-%2 (at %3) at %4</source>
        <translation>tidak dapat membagi %1-%2 (di %3) pada %4</translation>
    </message>
</context>
<context>
    <name>ferry::session</name>
    <message>
        <source>%1:// is not supported by this build</source>
        <translation>%1:// tidak didukung oleh build ini</translation>
    </message>
</context>
<context>
    <name>ferry::session::Connection</name>
    <message>
        <source>The connection was closed</source>
        <translation>Koneksi ditutup</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>ferry::session::Job</name>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>ferry::session::Session</name>
    <message>
        <source>The session was closed</source>
        <translation>Sesi ditutup</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>ferry::sftp</name>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>cannot open an SSH channel</source>
        <translation>tidak dapat membuka kanal SSH</translation>
    </message>
    <message>
        <source>cannot start the SFTP subsystem</source>
        <translation>tidak dapat memulai subsistem SFTP</translation>
    </message>
    <message>
        <source>the server did not open the SFTP channels in time</source>
        <translation>server tidak membuka kanal SFTP tepat waktu</translation>
    </message>
    <message>
        <source>the server does not speak SFTP (reply type %1)</source>
        <translation>server tidak mendukung SFTP (jenis balasan %1)</translation>
    </message>
    <message>
        <source>the server speaks SFTP version %1; version 3 is needed</source>
        <translation>server memakai SFTP versi %1; diperlukan versi 3</translation>
    </message>
    <message>
        <source>%1: the server closed the connection</source>
        <translation>%1: server menutup koneksi</translation>
    </message>
    <message>
        <source>bad SFTP packet length %1</source>
        <translation>panjang paket SFTP tidak valid %1</translation>
    </message>
    <message>
        <source>short SFTP packet</source>
        <translation>paket SFTP terlalu pendek</translation>
    </message>
    <message>
        <source>finding the home folder</source>
        <translation>mencari folder home</translation>
    </message>
    <message>
        <source>not connected to the SFTP server</source>
        <translation>tidak tersambung ke server SFTP</translation>
    </message>
    <message>
        <source>listing %1</source>
        <translation>mendaftar %1</translation>
    </message>
    <message>
        <source>listing %1: malformed NAME reply</source>
        <translation>mendaftar %1: balasan NAME rusak</translation>
    </message>
    <message>
        <source>creating folder %1</source>
        <translation>membuat folder %1</translation>
    </message>
    <message>
        <source>creating folder %1: it exists already</source>
        <translation>membuat folder %1: folder sudah ada</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>menghapus %1</translation>
    </message>
    <message>
        <source>deleting folder %1</source>
        <translation>menghapus folder %1</translation>
    </message>
    <message>
        <source>renaming %1 to %2</source>
        <translation>mengganti nama %1 menjadi %2</translation>
    </message>
    <message>
        <source>the %1 checksum of %2</source>
        <translation>checksum %1 dari %2</translation>
    </message>
    <message>
        <source>changing permissions of %1</source>
        <translation>mengubah izin %1</translation>
    </message>
    <message>
        <source>setting the time of %1</source>
        <translation>mengatur waktu %1</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>membuka %1</translation>
    </message>
    <message>
        <source>opening %1 for writing</source>
        <translation>membuka %1 untuk ditulis</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>berkas atau folder tidak ada</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>izin ditolak</translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation>akhir berkas tak terduga</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>koneksi terputus</translation>
    </message>
    <message>
        <source>not supported by the server</source>
        <translation>tidak didukung server</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>%1: unexpected SFTP reply type %2</source>
        <translation>%1: jenis balasan SFTP tak terduga %2</translation>
    </message>
    <message>
        <source>closing %1</source>
        <translation>menutup %1</translation>
    </message>
    <message>
        <source>reading %1: malformed DATA reply</source>
        <translation>membaca %1: balasan DATA rusak</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>membaca %1</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>menulis %1</translation>
    </message>
    <message>
        <source>cannot create an SSH session</source>
        <translation>tidak dapat membuat sesi SSH</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2</source>
        <translation>tidak dapat menyambung ke %1:%2</translation>
    </message>
    <message>
        <source>no host key from %1</source>
        <translation>tidak ada kunci host dari %1</translation>
    </message>
    <message>
        <source>cannot read the host key of %1</source>
        <translation>tidak dapat membaca kunci host %1</translation>
    </message>
    <message>
        <source>WARNING: THE HOST KEY OF %1 HAS CHANGED. The server now presents %2 %3, but %4 %5 is trusted (%6). Someone may be intercepting the connection, or the server was reinstalled. Ferry refuses to connect. If the change is expected, remove the old key (ssh-keygen -R &apos;%1&apos; -f FILE) and connect again.</source>
        <translation>PERINGATAN: KUNCI HOST %1 BERUBAH. Server sekarang menunjukkan %2 %3, tetapi yang dipercaya adalah %4 %5 (%6). Seseorang mungkin menyadap koneksi, atau server telah dipasang ulang. Ferry menolak menyambung. Jika perubahan ini memang diharapkan, hapus kunci lama (ssh-keygen -R &apos;%1&apos; -f BERKAS) lalu sambungkan lagi.</translation>
    </message>
    <message>
        <source>; this server&apos;s %1 key is known (%2, %3); it now offers an %4 key</source>
        <translation>; kunci %1 server ini sudah dikenal (%2, %3); sekarang server menawarkan kunci %4</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3) and was not accepted%4</source>
        <translation>kunci host %1 tidak dikenal (%2 %3) dan tidak diterima%4</translation>
    </message>
    <message>
        <source>keyboard-interactive login</source>
        <translation>login keyboard-interactive</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>authentication failed for %1 (tried: %2)</source>
        <translation>autentikasi untuk %1 gagal (dicoba: %2)</translation>
    </message>
    <message>
        <source>SFTP ready, home %1, round trip %2 ms</source>
        <translation>SFTP siap, folder home %1, pulang-pergi %2 ms</translation>
    </message>
    <message>
        <source>The server refused %1 of %2 SFTP channels: %3</source>
        <translation>Server menolak %1 dari %2 kanal SFTP: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n SFTP channels open</source>
        <translation>
            <numerusform>%n kanal SFTP terbuka</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 adalah folder</translation>
    </message>
    <message>
        <source>the server did not tell the size of %1</source>
        <translation>server tidak memberi tahu ukuran %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Downloading %1 (%2 bytes from %3) over %n channel(s)</source>
        <translation>
            <numerusform>Mengunduh %1 (%2 byte dari %3) lewat %n kanal</numerusform>
        </translation>
    </message>
    <message>
        <source>the SFTP server stopped sending %1</source>
        <translation>server SFTP berhenti mengirim %1</translation>
    </message>
    <message>
        <source>%1 became shorter while it was downloaded</source>
        <translation>%1 menjadi lebih pendek saat diunduh</translation>
    </message>
    <message>
        <source>cannot set the size of %1: %2</source>
        <translation>tidak dapat mengatur ukuran %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>Uploading in one stream: %1</source>
        <translation>Mengunggah dalam satu aliran: %1</translation>
    </message>
    <message>
        <source>Uploading in one stream: the server refused a second SFTP channel</source>
        <translation>Mengunggah dalam satu aliran: server menolak kanal SFTP kedua</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (dari %1)</translation>
    </message>
    <message>
        <source>Continuing %1 in %2 segments over %3 channels (round trip %4 ms): %5</source>
        <translation>Melanjutkan %1 dalam %2 segmen lewat %3 kanal (pulang-pergi %4 ms): %5</translation>
    </message>
    <message>
        <source>Uploading %1 in %2 segments over %3 channels (round trip %4 ms): %5</source>
        <translation>Mengunggah %1 dalam %2 segmen lewat %3 kanal (pulang-pergi %4 ms): %5</translation>
    </message>
    <message numerus="yes">
        <source>Uploading %1 (%2 bytes from %3) over %n channel(s)</source>
        <translation>
            <numerusform>Mengunggah %1 (%2 byte dari %3) lewat %n kanal</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>tidak dapat membaca %1</translation>
    </message>
    <message>
        <source>the SFTP server stopped accepting %1</source>
        <translation>server SFTP berhenti menerima %1</translation>
    </message>
    <message>
        <source>%1: bytes %2 to %3 were not acknowledged</source>
        <translation>%1: byte %2 sampai %3 tidak dikonfirmasi</translation>
    </message>
    <message>
        <source>cannot read the size of %1: %2</source>
        <translation>tidak dapat membaca ukuran %1: %2</translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation>mengunggah %1</translation>
    </message>
    <message>
        <source>could not read all of %1</source>
        <translation>tidak dapat membaca seluruh %1</translation>
    </message>
    <message>
        <source>Connecting to %1:%2</source>
        <translation>Menyambung ke %1:%2</translation>
    </message>
    <message>
        <source>Host key %1 %2 known (%3)</source>
        <translation>Kunci host %1 %2 dikenal (%3)</translation>
    </message>
    <message>
        <source>the host key of %1 (%2 %3) is marked @revoked in %4; refusing to connect</source>
        <translation>kunci host %1 (%2 %3) ditandai @revoked di %4; menolak menyambung</translation>
    </message>
    <message>
        <source>Host key %1 %2 accepted: pinned for this run</source>
        <translation>Kunci host %1 %2 diterima: disematkan untuk sesi ini</translation>
    </message>
    <message>
        <source>Host key %1 %2 accepted%3</source>
        <translation>Kunci host %1 %2 diterima%3</translation>
    </message>
    <message>
        <source>Host key %1 %2 added to %3</source>
        <translation>Kunci host %1 %2 ditambahkan ke %3</translation>
    </message>
    <message>
        <source>Trying public keys</source>
        <translation>Mencoba kunci publik</translation>
    </message>
    <message>
        <source>Trying keyboard-interactive</source>
        <translation>Mencoba keyboard-interactive</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Kata sandi untuk %1</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <source>Trying password</source>
        <translation>Mencoba kata sandi</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Masuk sebagai %1</translation>
    </message>
    <message>
        <source>Not used: %1</source>
        <translation>Tidak dipakai: %1</translation>
    </message>
    <message>
        <source>Connection %1 takes %2-%3 (split from %4-%5)</source>
        <translation>Koneksi %1 mengambil %2-%3 (dipecah dari %4-%5)</translation>
    </message>
    <message>
        <source>%1 set</source>
        <translation>%1 diatur</translation>
    </message>
    <message>
        <source>round trip %1 ms</source>
        <translation>pulang-pergi %1 ms</translation>
    </message>
    <message>
        <source>%1 packets lost or sent again on the link</source>
        <translation>%1 paket hilang atau dikirim ulang di jalur</translation>
    </message>
    <message>
        <source>The server refused more SSH connections (%1): staying on the channels of one connection</source>
        <translation>Server menolak koneksi SSH tambahan (%1): tetap memakai kanal satu koneksi</translation>
    </message>
    <message>
        <source>No more SSH connections (%1): the site&apos;s limit of %2 is reached</source>
        <translation>Tidak ada koneksi SSH tambahan (%1): batas situs sebanyak %2 sudah tercapai</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n more SSH connection(s) (%1)</source>
        <translation>
            <numerusform>Membuka %n koneksi SSH tambahan (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading in one stream: %1</source>
        <translation>Mengunduh dalam satu aliran: %1</translation>
    </message>
    <message>
        <source>Downloading %1 in %2 segments over %3 channels (round trip %4 ms): %5</source>
        <translation>Mengunduh %1 dalam %2 segmen lewat %3 kanal (pulang-pergi %4 ms): %5</translation>
    </message>
    <message>
        <source>%1: not every segment arrived</source>
        <translation>%1: tidak semua segmen tiba</translation>
    </message>
    <message>
        <source>Downloaded %1 in %2 segments over %3 connections</source>
        <translation>%1 diunduh dalam %2 segmen lewat %3 koneksi</translation>
    </message>
    <message>
        <source>Uploaded %1 in %2 segments over %3 connections</source>
        <translation>%1 diunggah dalam %2 segmen lewat %3 koneksi</translation>
    </message>
    <message>
        <source>Dropped an SFTP reply (type %1) for request %2, which nobody sent or which was answered already</source>
        <translation>Balasan SFTP (tipe %1) untuk permintaan %2 dibuang: tidak ada yang mengirimnya atau sudah dijawab</translation>
    </message>
    <message>
        <source>the SFTP server sent %1 replies to requests nobody sent; the channel was closed</source>
        <translation>server SFTP mengirim %1 balasan untuk permintaan yang tidak pernah dikirim; kanal ditutup</translation>
    </message>
    <message>
        <source>the SFTP server did not answer within %1 s</source>
        <translation>server SFTP tidak menjawab dalam %1 dtk</translation>
    </message>
    <message>
        <source>listing %2: the server sent more than %1 MiB (%3 entries so far); Ferry stops there</source>
        <translation>daftar %2: server mengirim lebih dari %1 MiB (sejauh ini %3 entri); Ferry berhenti di situ</translation>
    </message>
    <message>
        <source>listing %2: the server sent more than %1 entries (%3 so far); Ferry stops there</source>
        <translation>daftar %2: server mengirim lebih dari %1 entri (sejauh ini %3); Ferry berhenti di situ</translation>
    </message>
    <message>
        <source>%1: malformed HANDLE reply</source>
        <translation>%1: balasan HANDLE rusak</translation>
    </message>
    <message>
        <source>%1: the server used %2</source>
        <translation>%1: server memakai %2</translation>
    </message>
    <message>
        <source>%1: a malformed check-file reply</source>
        <translation>%1: balasan check-file rusak</translation>
    </message>
    <message>
        <source>%1: the server used an unknown hash, %2</source>
        <translation>%1: server memakai hash yang tidak dikenal, %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes of %3 hash, %4 expected</source>
        <translation>%1: %2 bita hash %3, seharusnya %4</translation>
    </message>
    <message>
        <source>cannot set SSH options: %1</source>
        <translation>tidak dapat mengatur opsi SSH: %1</translation>
    </message>
    <message>
        <source>Passphrase for a private key (%1)</source>
        <translation>Frasa sandi untuk kunci privat (%1)</translation>
    </message>
    <message>
        <source>nothing the server offers</source>
        <translation>tidak ada yang ditawarkan server</translation>
    </message>
    <message>
        <source>round trip %1 ms: in reserve until the link shows loss</source>
        <translation>pulang-pergi %1 ms: dicadangkan sampai jalur menunjukkan kehilangan paket</translation>
    </message>
    <message>
        <source>Using the extra SSH connections (%1)</source>
        <translation>Memakai koneksi SSH tambahan (%1)</translation>
    </message>
</context>
<context>
    <name>ferry::sites</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation>%1 bukan JSON yang valid</translation>
    </message>
    <message>
        <source>%1: unknown credential backend &apos;%2&apos;</source>
        <translation>%1: penyimpanan kata sandi tidak dikenal &apos;%2&apos;</translation>
    </message>
    <message>
        <source>FileZilla site file, line %1: %2</source>
        <translation>berkas situs FileZilla, baris %1: %2</translation>
    </message>
    <message>
        <source>system keyring: %1</source>
        <translation>keyring sistem: %1</translation>
    </message>
    <message>
        <source>the system keyring did not answer (is it locked?)</source>
        <translation>keyring sistem tidak menjawab (apakah terkunci?)</translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no Secret Service keyring</source>
        <translation>tidak ada bus sesi D-Bus, jadi tidak ada keyring Secret Service</translation>
    </message>
    <message>
        <source>system keyring: a stored entry did not read back</source>
        <translation>keyring sistem: entri tersimpan tidak dapat dibaca kembali</translation>
    </message>
    <message>
        <source>passwords are not saved (credential storage is set to &quot;none&quot;); the password will be asked for every time</source>
        <translation>kata sandi tidak disimpan (penyimpanan kata sandi diatur ke &quot;none&quot;); kata sandi akan ditanyakan setiap kali</translation>
    </message>
    <message>
        <source>site field &apos;%1&apos;: %2</source>
        <translation>kolom situs &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>%1 is locked by another Ferry process</source>
        <translation>%1 dikunci oleh proses Ferry lain</translation>
    </message>
    <message>
        <source>a folder needs a name</source>
        <translation>folder perlu nama</translation>
    </message>
    <message>
        <source>a folder &apos;%1&apos; exists already</source>
        <translation>folder &apos;%1&apos; sudah ada</translation>
    </message>
    <message>
        <source>a folder cannot move into itself</source>
        <translation>folder tidak dapat dipindahkan ke dalam dirinya sendiri</translation>
    </message>
    <message>
        <source>no folder &apos;%1&apos;</source>
        <translation>tidak ada folder &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no site named &apos;%1&apos;</source>
        <translation>tidak ada situs bernama &apos;%1&apos;</translation>
    </message>
    <message>
        <source>several sites are named &apos;%1&apos;; give one of: %2</source>
        <translation>beberapa situs bernama &apos;%1&apos;; sebutkan salah satu: %2</translation>
    </message>
    <message>
        <source>a site &apos;%1&apos; exists already</source>
        <translation>situs &apos;%1&apos; sudah ada</translation>
    </message>
    <message>
        <source>a site with id %1 exists already</source>
        <translation>situs dengan id %1 sudah ada</translation>
    </message>
    <message>
        <source>the site &apos;%1&apos; no longer exists</source>
        <translation>situs &apos;%1&apos; sudah tidak ada</translation>
    </message>
    <message>
        <source>no site with id %1</source>
        <translation>tidak ada situs dengan id %1</translation>
    </message>
    <message>
        <source>not enough memory to derive the vault key</source>
        <translation>memori tidak cukup untuk menurunkan kunci brankas</translation>
    </message>
    <message>
        <source>the password vault %1 was written by a newer Ferry (format %2)</source>
        <translation>brankas kata sandi %1 ditulis oleh Ferry yang lebih baru (format %2)</translation>
    </message>
    <message>
        <source>no master password</source>
        <translation>tidak ada kata sandi utama</translation>
    </message>
    <message>
        <source>cannot allocate secure memory</source>
        <translation>tidak dapat mengalokasikan memori aman</translation>
    </message>
    <message>
        <source>wrong master password for the password vault %1</source>
        <translation>kata sandi utama salah untuk brankas kata sandi %1</translation>
    </message>
    <message>
        <source>the vault&apos;s master password must not be empty</source>
        <translation>kata sandi utama brankas tidak boleh kosong</translation>
    </message>
    <message>
        <source>there is no password vault at %1 yet</source>
        <translation>belum ada brankas kata sandi di %1</translation>
    </message>
    <message>
        <source>the password vault disappeared</source>
        <translation>brankas kata sandi hilang</translation>
    </message>
    <message>
        <source>not a FileZilla site file</source>
        <translation>bukan berkas situs FileZilla</translation>
    </message>
    <message>
        <source>its default remote folder &apos;%1&apos; is not readable; left out</source>
        <translation>folder remote bawaannya &apos;%1&apos; tidak terbaca; dilewati</translation>
    </message>
    <message>
        <source>FileZilla protocol %1 is not FTP, FTPS or SFTP; skipped</source>
        <translation>protokol FileZilla %1 bukan FTP, FTPS, atau SFTP; dilewati</translation>
    </message>
    <message>
        <source>it names no host; skipped</source>
        <translation>tidak menyebut host; dilewati</translation>
    </message>
    <message>
        <source>unknown logon type %1; imported as normal</source>
        <translation>jenis logon %1 tidak dikenal; diimpor sebagai normal</translation>
    </message>
    <message>
        <source>the FTP account (ACCT) is not supported; imported as a normal logon</source>
        <translation>akun FTP (ACCT) tidak didukung; diimpor sebagai logon normal</translation>
    </message>
    <message>
        <source>a key file logon needs SFTP; imported as &quot;ask for password&quot;</source>
        <translation>logon dengan berkas kunci butuh SFTP; diimpor sebagai &quot;tanyakan kata sandi&quot;</translation>
    </message>
    <message>
        <source>its password is not valid base64; it will be asked for</source>
        <translation>kata sandinya bukan base64 yang valid; akan ditanyakan</translation>
    </message>
    <message>
        <source>its password is protected by FileZilla&apos;s master password and cannot be imported; it will be asked for</source>
        <translation>kata sandinya dilindungi kata sandi utama FileZilla dan tidak dapat diimpor; akan ditanyakan</translation>
    </message>
    <message>
        <source>missing or not a UUID</source>
        <translation>tidak ada atau bukan UUID</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>not ftp, ftpes, ftps or sftp</source>
        <translation>bukan ftp, ftpes, ftps, atau sftp</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>di luar jangkauan</translation>
    </message>
    <message>
        <source>unknown logon type</source>
        <translation>jenis logon tidak dikenal</translation>
    </message>
    <message>
        <source>not default, passive or active</source>
        <translation>bukan default, passive, atau active</translation>
    </message>
    <message>
        <source>not auto, utf-8 or named</source>
        <translation>bukan auto, utf-8, atau bernama</translation>
    </message>
    <message>
        <source>a remote folder that is not absolute</source>
        <translation>folder remote yang tidak absolut</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); it is left as it is</source>
        <translation>%1 bukan JSON yang valid (%2); dibiarkan apa adanya</translation>
    </message>
    <message>
        <source>%1 has no schema version; it is left as it is</source>
        <translation>%1 tidak punya versi skema; dibiarkan apa adanya</translation>
    </message>
    <message>
        <source>%1 holds a site we cannot read (%2); it is left as it is</source>
        <translation>%1 berisi situs yang tidak dapat dibaca (%2); dibiarkan apa adanya</translation>
    </message>
    <message>
        <source>Match blocks are not evaluated; their settings were left out</source>
        <translation>Blok Match tidak dievaluasi; pengaturannya dilewati</translation>
    </message>
    <message>
        <source>Include nested too deeply at &apos;%1&apos;; stopped</source>
        <translation>Include bersarang terlalu dalam di &apos;%1&apos;; dihentikan</translation>
    </message>
    <message>
        <source>cannot read included %1</source>
        <translation>tidak dapat membaca berkas sertaan %1</translation>
    </message>
    <message>
        <source>the password vault %1 is damaged (%2); it was kept aside as %3, and the next saved password starts a new vault</source>
        <translation>brankas kata sandi %1 rusak (%2); disimpan terpisah sebagai %3, dan kata sandi berikutnya yang disimpan memulai brankas baru</translation>
    </message>
    <message>
        <source>the password vault %1 is damaged (%2) and could not be moved aside; it is left as it is</source>
        <translation>brankas kata sandi %1 rusak (%2) dan tidak dapat dipindahkan; dibiarkan apa adanya</translation>
    </message>
    <message>
        <source>not a Ferry vault, or cut short</source>
        <translation>bukan brankas Ferry, atau terpotong</translation>
    </message>
    <message>
        <source>its header does not match its checksum</source>
        <translation>header-nya tidak cocok dengan checksum-nya</translation>
    </message>
    <message>
        <source>its key derivation cost is out of range</source>
        <translation>biaya derivasi kuncinya di luar jangkauan</translation>
    </message>
    <message>
        <source>its contents fail authentication</source>
        <translation>isinya gagal autentikasi</translation>
    </message>
    <message>
        <source>its decrypted contents are not readable</source>
        <translation>isinya yang didekripsi tidak terbaca</translation>
    </message>
</context>
<context>
    <name>ferry::sites::CredentialService</name>
    <message>
        <source>New password vault</source>
        <translation>Brankas kata sandi baru</translation>
    </message>
    <message>
        <source>Password vault</source>
        <translation>Brankas kata sandi</translation>
    </message>
    <message>
        <source>Passwords are kept in an encrypted vault on this computer. Choose its master password; Ferry asks for it once each time it starts.</source>
        <translation>Kata sandi disimpan dalam brankas terenkripsi di komputer ini. Pilih kata sandi utamanya; Ferry menanyakannya sekali setiap kali dijalankan.</translation>
    </message>
    <message>
        <source>Enter the master password of the password vault. Ferry asks once while it runs.</source>
        <translation>Masukkan kata sandi utama brankas kata sandi. Ferry menanyakannya sekali selama berjalan.</translation>
    </message>
    <message>
        <source>New master password:</source>
        <translation>Kata sandi utama baru:</translation>
    </message>
    <message>
        <source>Master password:</source>
        <translation>Kata sandi utama:</translation>
    </message>
</context>
<context>
    <name>ferry::sync</name>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>%1: not a safe relative path; nothing done</source>
        <translation>%1: bukan path relatif yang aman; tidak ada yang dilakukan</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>tidak dapat membuat folder %1</translation>
    </message>
    <message>
        <source>cannot delete %1</source>
        <translation>tidak dapat menghapus %1</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 bukan folder</translation>
    </message>
    <message>
        <source>comparing by checksum: the server offers no checksum command; compare by size and time (--compare size,time)</source>
        <translation>membandingkan dengan checksum: server tidak menawarkan perintah checksum; bandingkan dengan ukuran dan waktu (--compare size,time)</translation>
    </message>
    <message>
        <source>comparing by checksum: the server offers only %1, which Ferry cannot compute locally; compare by size and time (--compare size,time)</source>
        <translation>membandingkan dengan checksum: server hanya menawarkan %1, yang tidak dapat dihitung Ferry secara lokal; bandingkan dengan ukuran dan waktu (--compare size,time)</translation>
    </message>
    <message>
        <source>comparing by checksum: the server refused to compute checksums (%1); compare by size and time (--compare size,time)</source>
        <translation>membandingkan dengan checksum: server menolak menghitung checksum (%1); bandingkan dengan ukuran dan waktu (--compare size,time)</translation>
    </message>
    <message>
        <source>cannot connect to %1</source>
        <translation>tidak dapat terhubung ke %1</translation>
    </message>
    <message>
        <source>cannot keep the sync&apos;s deletes in %1: %2</source>
        <translation>tidak dapat menyimpan penghapusan sinkronisasi di %1: %2</translation>
    </message>
    <message>
        <source>cannot make the folder</source>
        <translation>tidak dapat membuat folder</translation>
    </message>
    <message numerus="yes">
        <source>Synchronize of %1 and %2 continues: %n delete(s) wait for its copies in the queue</source>
        <translation>
            <numerusform>Sinkronisasi %1 dan %2 dilanjutkan: %n penghapusan menunggu salinannya di antrean</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronize of %1 and %2 stopped: %3</source>
        <translation>Sinkronisasi %1 dan %2 berhenti: %3</translation>
    </message>
    <message numerus="yes">
        <source>Synchronize of %1 and %2 finished: %n deleted</source>
        <translation>
            <numerusform>Sinkronisasi %1 dan %2 selesai: %n dihapus</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>tidak dapat membaca %1</translation>
    </message>
    <message>
        <source>%1 of %2 copies did not finish; nothing was deleted</source>
        <translation>%1 dari %2 salinan tidak selesai; tidak ada yang dihapus</translation>
    </message>
    <message>
        <source>%1 was not listed</source>
        <translation>%1 tidak didaftar</translation>
    </message>
</context>
<context>
    <name>ferry::transfer</name>
    <message>
        <source>transfer queue: %1 cannot be read and cannot be moved aside to %2</source>
        <translation>antrean transfer: %1 tidak dapat dibaca dan tidak dapat dipindahkan ke %2</translation>
    </message>
    <message>
        <source>transfer queue: %1: %2</source>
        <translation>antrean transfer: %1: %2</translation>
    </message>
    <message>
        <source>transfer queue: not open</source>
        <translation>antrean transfer: tidak terbuka</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>tidak dapat memulai transaksi</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>tidak dapat melakukan commit</translation>
    </message>
    <message>
        <source>cannot prepare a statement</source>
        <translation>tidak dapat menyiapkan pernyataan</translation>
    </message>
    <message>
        <source>The transfer queue %1 could not be read (%2). It was moved to %3 and a new, empty queue was started.</source>
        <translation>Antrean transfer %1 tidak dapat dibaca (%2). Antrean dipindahkan ke %3 dan antrean baru yang kosong dimulai.</translation>
    </message>
    <message>
        <source>migration to schema %1</source>
        <translation>migrasi ke skema %1</translation>
    </message>
    <message>
        <source>a server-to-server copy needs two connections</source>
        <translation>salinan antarserver memerlukan dua koneksi</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 adalah folder</translation>
    </message>
    <message>
        <source>%1: the target has %2 of %3 bytes</source>
        <translation>%1: target berisi %2 dari %3 bita</translation>
    </message>
    <message>
        <source>transfer queue: no item %1</source>
        <translation>antrean transfer: tidak ada item %1</translation>
    </message>
    <message>
        <source>cannot read positions</source>
        <translation>tidak dapat membaca posisi</translation>
    </message>
    <message>
        <source>cannot prepare the insert</source>
        <translation>tidak dapat menyiapkan penyisipan</translation>
    </message>
    <message>
        <source>cannot add %1</source>
        <translation>tidak dapat menambahkan %1</translation>
    </message>
    <message>
        <source>transfer queue: item %1 is not a folder</source>
        <translation>antrean transfer: item %1 bukan folder</translation>
    </message>
    <message>
        <source>transfer queue: folder %1 is expanded already</source>
        <translation>antrean transfer: folder %1 sudah diuraikan</translation>
    </message>
    <message>
        <source>cannot read the folder&apos;s contents</source>
        <translation>tidak dapat membaca isi folder</translation>
    </message>
    <message>
        <source>cannot make room for the folder&apos;s contents</source>
        <translation>tidak dapat menyediakan tempat untuk isi folder</translation>
    </message>
    <message>
        <source>cannot mark folder %1 done</source>
        <translation>tidak dapat menandai folder %1 selesai</translation>
    </message>
    <message>
        <source>cannot read item %1</source>
        <translation>tidak dapat membaca item %1</translation>
    </message>
    <message>
        <source>cannot read the queue</source>
        <translation>tidak dapat membaca antrean</translation>
    </message>
    <message>
        <source>cannot count items</source>
        <translation>tidak dapat menghitung item</translation>
    </message>
    <message>
        <source>cannot make room before item %1</source>
        <translation>tidak dapat menyediakan tempat sebelum item %1</translation>
    </message>
    <message>
        <source>cannot move item %1</source>
        <translation>tidak dapat memindahkan item %1</translation>
    </message>
    <message>
        <source>cannot clear finished items</source>
        <translation>tidak dapat membersihkan item yang selesai</translation>
    </message>
    <message>
        <source>cannot requeue running items</source>
        <translation>tidak dapat mengantrekan ulang item yang berjalan</translation>
    </message>
    <message>
        <source>the target is as new as the source</source>
        <translation>target sama barunya dengan sumber</translation>
    </message>
    <message>
        <source>the target has the same size</source>
        <translation>target berukuran sama</translation>
    </message>
    <message>
        <source>the target is complete already</source>
        <translation>target sudah lengkap</translation>
    </message>
    <message>
        <source>the target exists</source>
        <translation>target sudah ada</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: folder tidak ada</translation>
    </message>
    <message>
        <source>the folder was not listed</source>
        <translation>folder tidak didaftar</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>tidak dapat membuat folder %1</translation>
    </message>
    <message>
        <source>no connection to the target server</source>
        <translation>tidak ada koneksi ke server target</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: berkas tidak ada</translation>
    </message>
    <message>
        <source>no free name for %1</source>
        <translation>tidak ada nama bebas untuk %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>not a safe file name</source>
        <translation>bukan nama berkas yang aman</translation>
    </message>
    <message>
        <source>a link to a folder is not followed</source>
        <translation>tautan ke folder tidak diikuti</translation>
    </message>
    <message>
        <source>the link leads nowhere (a missing target or a loop)</source>
        <translation>tautan tidak mengarah ke mana pun (target hilang atau berputar)</translation>
    </message>
    <message>
        <source>not a file or folder</source>
        <translation>bukan berkas atau folder</translation>
    </message>
    <message>
        <source>the name cannot be sent</source>
        <translation>nama tidak dapat dikirim</translation>
    </message>
    <message>
        <source>a link to a file outside %1 is not followed</source>
        <translation>tautan ke berkas di luar %1 tidak diikuti</translation>
    </message>
    <message>
        <source>Ferry cannot compute %1 checksums</source>
        <translation>Ferry tidak dapat menghitung checksum %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>verification failed: %1 does not exist</source>
        <translation>verifikasi gagal: %1 tidak ada</translation>
    </message>
    <message>
        <source>verification failed: %1 has %2 bytes, %3 expected</source>
        <translation>verifikasi gagal: %1 berukuran %2 bita, seharusnya %3</translation>
    </message>
    <message>
        <source>verification failed: %1 has %2 bytes on the server, %3 has %4</source>
        <translation>verifikasi gagal: %1 berukuran %2 bita di server, %3 berukuran %4</translation>
    </message>
    <message>
        <source>verification failed: %1 of %2 is %3 on the server, %4 of %5 is %6</source>
        <translation>verifikasi gagal: %1 dari %2 adalah %3 di server, %4 dari %5 adalah %6</translation>
    </message>
    <message>
        <source>cannot rename %1 to resume it: %2</source>
        <translation>tidak dapat mengganti nama %1 untuk melanjutkannya: %2</translation>
    </message>
    <message>
        <source>%1 is in the way of the partial file and is not a regular file; it is left alone (links are never followed)</source>
        <translation>%1 menghalangi berkas parsial dan bukan berkas biasa; dibiarkan apa adanya (tautan tidak pernah diikuti)</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>tidak dapat mengganti %1: %2</translation>
    </message>
    <message>
        <source>no free name for the partial file %1</source>
        <translation>tidak ada nama bebas untuk berkas parsial %1</translation>
    </message>
    <message>
        <source>%1: received %2 of %3 bytes</source>
        <translation>%1: diterima %2 dari %3 byte</translation>
    </message>
    <message>
        <source>the partial file %1 was replaced while it was written; %2 is left as it was</source>
        <translation>berkas parsial %1 diganti saat sedang ditulis; %2 dibiarkan seperti semula</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>tidak dapat mengganti nama %1 menjadi %2: %3</translation>
    </message>
    <message>
        <source>%1: the server has %2 of %3 bytes</source>
        <translation>%1: server memiliki %2 dari %3 byte</translation>
    </message>
    <message>
        <source>%1: nothing to read</source>
        <translation>%1: tidak ada yang dibaca</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>galat basis data tak dikenal</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>ini bukan basis data SQLite</translation>
    </message>
    <message>
        <source>transfer queue %1: cannot open it: %2</source>
        <translation>antrean transfer %1: tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>transfer queue %1: cannot set the busy timeout: %2</source>
        <translation>antrean transfer %1: tidak dapat mengatur batas waktu sibuk: %2</translation>
    </message>
    <message>
        <source>transfer queue %1: cannot read the schema version: %2</source>
        <translation>antrean transfer %1: tidak dapat membaca versi skema: %2</translation>
    </message>
    <message>
        <source>transfer queue %1 was written by a newer Ferry (schema %2; this one knows %3); it is left as it is</source>
        <translation>antrean transfer %1 ditulis oleh Ferry yang lebih baru (skema %2; versi ini mengenal %3); dibiarkan apa adanya</translation>
    </message>
    <message>
        <source>schema version %1 is not one Ferry writes</source>
        <translation>versi skema %1 bukan yang ditulis Ferry</translation>
    </message>
    <message>
        <source>transfer queue %1: cannot check the database: %2</source>
        <translation>antrean transfer %1: tidak dapat memeriksa basis data: %2</translation>
    </message>
    <message>
        <source>integrity check failed: %1%2</source>
        <translation>pemeriksaan integritas gagal: %1%2</translation>
    </message>
    <message>
        <source>transfer queue %1: cannot read the schema: %2</source>
        <translation>antrean transfer %1: tidak dapat membaca skema: %2</translation>
    </message>
    <message>
        <source>it is an SQLite database but not a Ferry queue</source>
        <translation>ini basis data SQLite, tetapi bukan antrean Ferry</translation>
    </message>
    <message>
        <source>transfer queue %1: cannot switch to WAL: %2</source>
        <translation>antrean transfer %1: tidak dapat beralih ke WAL: %2</translation>
    </message>
    <message>
        <source>transfer queue %1: cannot set the journal options: %2</source>
        <translation>antrean transfer %1: tidak dapat mengatur opsi jurnal: %2</translation>
    </message>
    <message>
        <source>the items table does not match schema %1: %2</source>
        <translation>tabel item tidak cocok dengan skema %1: %2</translation>
    </message>
    <message>
        <source>cannot update item %1</source>
        <translation>tidak dapat memperbarui item %1</translation>
    </message>
    <message>
        <source>cannot record the run of item %1</source>
        <translation>tidak dapat mencatat jalannya item %1</translation>
    </message>
    <message>
        <source>cannot set the state of item %1</source>
        <translation>tidak dapat mengatur status item %1</translation>
    </message>
    <message>
        <source>cannot record the progress of item %1</source>
        <translation>tidak dapat mencatat kemajuan item %1</translation>
    </message>
    <message>
        <source>transfer queue: cannot pause item %1: it is %2</source>
        <translation>antrean transfer: tidak dapat menjeda item %1: statusnya %2</translation>
    </message>
    <message>
        <source>transfer queue: cannot resume item %1: it is %2</source>
        <translation>antrean transfer: tidak dapat melanjutkan item %1: statusnya %2</translation>
    </message>
    <message>
        <source>transfer queue: cannot retry item %1: it is %2</source>
        <translation>antrean transfer: tidak dapat mencoba ulang item %1: statusnya %2</translation>
    </message>
    <message>
        <source>cannot pause item %1</source>
        <translation>tidak dapat menjeda item %1</translation>
    </message>
    <message>
        <source>cannot resume item %1</source>
        <translation>tidak dapat melanjutkan item %1</translation>
    </message>
    <message>
        <source>cannot retry item %1</source>
        <translation>tidak dapat mencoba ulang item %1</translation>
    </message>
    <message>
        <source>cannot remove item %1</source>
        <translation>tidak dapat menghapus item %1</translation>
    </message>
    <message>
        <source>cannot set the priority of item %1</source>
        <translation>tidak dapat mengatur prioritas item %1</translation>
    </message>
    <message>
        <source>transfer queue: cannot move item %1 before item %2: their priorities differ (%3, %4)</source>
        <translation>antrean transfer: tidak dapat memindahkan item %1 ke depan item %2: prioritasnya berbeda (%3, %4)</translation>
    </message>
    <message>
        <source>cannot read the folder %1: %2</source>
        <translation>tidak dapat membaca folder %1: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>tidak dapat membuat %1: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; a partial file is never written through one</source>
        <translation>%1 adalah tautan simbolik; berkas parsial tidak pernah ditulis lewat tautan</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>cannot read the size of %1: %2</source>
        <translation>tidak dapat membaca ukuran %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 bukan berkas biasa</translation>
    </message>
    <message>
        <source>cannot seek in %1: %2</source>
        <translation>tidak dapat berpindah posisi di %1: %2</translation>
    </message>
    <message>
        <source>cannot set the size of %1: %2</source>
        <translation>tidak dapat mengatur ukuran %1: %2</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Kata sandi untuk %1</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter the archive&apos;s password to upload it.</source>
        <translation>%1 terenkripsi. Masukkan kata sandi arsip untuk mengunggahnya.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <source>a link or special file inside an archive is not uploaded</source>
        <translation>tautan atau berkas khusus di dalam arsip tidak diunggah</translation>
    </message>
    <message>
        <source>%1 (follow links to upload it)</source>
        <translation>%1 (ikuti tautan untuk mengunggahnya)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a safe file name: it could land outside the target</source>
        <translation>&apos;%1&apos; bukan nama berkas yang aman: bisa berakhir di luar tujuan</translation>
    </message>
    <message>
        <source>%1 (follow links to copy it)</source>
        <translation>%1 (ikuti tautan untuk menyalinnya)</translation>
    </message>
    <message>
        <source>%1 is not a file in the archive</source>
        <translation>%1 bukan berkas di dalam arsip</translation>
    </message>
</context>
<context>
    <name>ferry::transfer::Scheduler</name>
    <message>
        <source>no way to reach %1</source>
        <translation>tidak ada cara menjangkau %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries queued</source>
        <translation>
            <numerusform>%1: %n entri masuk antrean</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: copied server to server by %2</source>
        <translation>%1: disalin dari server ke server lewat %2</translation>
    </message>
    <message>
        <source>FXP (directly between the servers)</source>
        <translation>FXP (langsung antarserver)</translation>
    </message>
    <message>
        <source>streaming through this computer</source>
        <translation>dialirkan lewat komputer ini</translation>
    </message>
    <message>
        <source>%1: %2; trying again in %3 s (attempt %4 of %5)</source>
        <translation>%1: %2; mencoba lagi dalam %3 dtk (percobaan %4 dari %5)</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: gagal: %2</translation>
    </message>
    <message>
        <source>the target exists</source>
        <translation>target sudah ada</translation>
    </message>
    <message numerus="yes">
        <source>listed %n remote folders ahead</source>
        <translation>
            <numerusform>%n folder remote didaftar lebih dulu</numerusform>
        </translation>
    </message>
    <message>
        <source>, up to %1 at once</source>
        <translation>, hingga %1 sekaligus</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ArchiveFolderModel</name>
    <message>
        <source>Leave the archive</source>
        <translation>Keluar dari arsip</translation>
    </message>
    <message>
        <source>Parent folder</source>
        <translation>Folder induk</translation>
    </message>
    <message>
        <source>%1 (encrypted)</source>
        <translation>%1 (terenkripsi)</translation>
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
        <translation>Sertifikat tidak dapat diverifikasi.</translation>
    </message>
    <message>
        <source>WARNING: certificate changed – %1</source>
        <translation>PERINGATAN: sertifikat berubah – %1</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>Sertifikat berubah</translation>
    </message>
    <message>
        <source>The certificate of %1:%2 has CHANGED</source>
        <translation>Sertifikat %1:%2 telah BERUBAH</translation>
    </message>
    <message>
        <source>You trusted another certificate for this server. Someone could be intercepting this connection (a man-in-the-middle attack), or the server&apos;s certificate was replaced. Do not continue unless the server&apos;s administrator confirmed the new fingerprint.</source>
        <translation>Anda pernah memercayai sertifikat lain untuk server ini. Seseorang mungkin menyadap koneksi ini (serangan man-in-the-middle), atau sertifikat server telah diganti. Jangan lanjutkan kecuali administrator server sudah memastikan sidik jari yang baru.</translation>
    </message>
    <message>
        <source>Untrusted certificate – %1</source>
        <translation>Sertifikat tidak dipercaya – %1</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Sertifikat tidak dipercaya</translation>
    </message>
    <message>
        <source>The certificate of %1:%2 is not trusted</source>
        <translation>Sertifikat %1:%2 tidak dipercaya</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subjek:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Penerbit:</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Penerbit</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Berlaku sejak:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Berlaku sejak</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Berlaku hingga:</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku hingga</translation>
    </message>
    <message>
        <source>Trusted before:</source>
        <translation>Dipercaya sebelumnya:</translation>
    </message>
    <message>
        <source>Fingerprint trusted before</source>
        <translation>Sidik jari yang dipercaya sebelumnya</translation>
    </message>
    <message>
        <source>New SHA-256 fingerprint:</source>
        <translation>Sidik jari SHA-256 baru:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Sidik jari SHA-256:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Sidik jari SHA-256</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, base64</source>
        <translation>Sidik jari SHA-256, base64</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>Percayai &amp;sekali</translation>
    </message>
    <message>
        <source>Trust this certificate for this connection only</source>
        <translation>Percayai sertifikat ini hanya untuk koneksi ini</translation>
    </message>
    <message>
        <source>&amp;Replace the trusted certificate</source>
        <translation>&amp;Ganti sertifikat yang dipercaya</translation>
    </message>
    <message>
        <source>&amp;Always trust</source>
        <translation>Sel&amp;alu percayai</translation>
    </message>
    <message>
        <source>Always trust this certificate</source>
        <translation>Selalu percayai sertifikat ini</translation>
    </message>
</context>
<context>
    <name>ferry::ui::CompareActions</name>
    <message>
        <source>Directory &amp;comparison</source>
        <translation>Perbandingan &amp;direktori</translation>
    </message>
    <message>
        <source>Compare the local and the remote folder: colours mark what differs (Ctrl+O)</source>
        <translation>Bandingkan folder lokal dan remote: warna menandai perbedaan (Ctrl+O)</translation>
    </message>
    <message>
        <source>Compare file &amp;size</source>
        <translation>Bandingkan &amp;ukuran berkas</translation>
    </message>
    <message>
        <source>Compare modification &amp;time</source>
        <translation>Bandingkan &amp;waktu ubah</translation>
    </message>
    <message>
        <source>&amp;Hide identical files</source>
        <translation>Sembunyikan berkas &amp;identik</translation>
    </message>
    <message>
        <source>S&amp;ynchronized browsing</source>
        <translation>Pen&amp;jelajahan sinkron</translation>
    </message>
    <message>
        <source>Opening a folder in one pane opens the same folder in the other (Ctrl+Y)</source>
        <translation>Membuka folder di satu panel membuka folder yang sama di panel lain (Ctrl+Y)</translation>
    </message>
    <message>
        <source>S&amp;ynchronize…</source>
        <translation>Sin&amp;kronkan…</translation>
    </message>
    <message>
        <source>Make the remote folder like the local one, or the reverse (Ctrl+Shift+S)</source>
        <translation>Samakan folder remote dengan folder lokal, atau sebaliknya (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Synchronize needs a connected server</source>
        <translation>Sinkronisasi memerlukan server yang tersambung</translation>
    </message>
    <message>
        <source>Synchronized browsing needs a connected server</source>
        <translation>Penjelajahan sinkron memerlukan server yang tersambung</translation>
    </message>
</context>
<context>
    <name>ferry::ui::CompressDialog</name>
    <message>
        <source>Compress</source>
        <translation>Kompres</translation>
    </message>
    <message>
        <source>Archive format</source>
        <translation>Format arsip</translation>
    </message>
    <message>
        <source>Archive name</source>
        <translation>Nama arsip</translation>
    </message>
    <message>
        <source>&amp;Compress</source>
        <translation>&amp;Kompres</translation>
    </message>
    <message>
        <source>Compress %1 into a new archive in %2:</source>
        <translation>Kompres %1 menjadi arsip baru di %2:</translation>
    </message>
    <message>
        <source>Compress %1 items into a new archive in %2:</source>
        <translation>Kompres %1 item menjadi arsip baru di %2:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>arsip</translation>
    </message>
    <message>
        <source>Type a file name (without a folder).</source>
        <translation>Ketik nama berkas (tanpa folder).</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 sudah ada.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::ConnectionTab</name>
    <message>
        <source>Not connected</source>
        <translation>Tidak tersambung</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Unggah</translation>
    </message>
    <message>
        <source>&amp;Add files to queue</source>
        <translation>&amp;Tambahkan berkas ke antrean</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>Un&amp;duh</translation>
    </message>
    <message>
        <source>Looking up the password of %1 …</source>
        <translation>Mencari kata sandi %1 …</translation>
    </message>
    <message>
        <source>The stored password of %1 could not be read: %2</source>
        <translation>Kata sandi tersimpan %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Menyambung ke %1 …</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Tidak dapat menyambung: %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Tersambung ke %1</translation>
    </message>
    <message>
        <source>%1 is connected WITHOUT encryption: the server did not accept TLS, and this site allows that (&quot;TLS if available&quot;), so it is not protected against a downgrade.</source>
        <translation>%1 tersambung TANPA enkripsi: server tidak menerima TLS, dan situs ini mengizinkannya (&quot;TLS jika tersedia&quot;), jadi tidak terlindung dari penurunan keamanan.</translation>
    </message>
    <message>
        <source>Not connected: Connect or Reconnect (Ctrl+R) opens %1</source>
        <translation>Tidak tersambung: Sambung atau Sambung Ulang (Ctrl+R) membuka %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Terputus</translation>
    </message>
    <message>
        <source>Could not change the site: %1</source>
        <translation>Tidak dapat mengubah situs: %1</translation>
    </message>
    <message>
        <source>Could not change the site: &quot;%1&quot; is no longer stored</source>
        <translation>Tidak dapat mengubah situs: &quot;%1&quot; tidak tersimpan lagi</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; now requires TLS (explicit FTP over TLS); connecting again</source>
        <translation>Situs &quot;%1&quot; kini mewajibkan TLS (FTP eksplisit lewat TLS); menyambung lagi</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) queued for upload to %1</source>
        <translation>
            <numerusform>%n item masuk antrean untuk diunggah ke %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) queued for download to %1</source>
        <translation>
            <numerusform>%n item masuk antrean untuk diunduh ke %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronize stopped: %1</source>
        <translation>Sinkronisasi berhenti: %1</translation>
    </message>
    <message numerus="yes">
        <source>Synchronized: %n file(s) copied</source>
        <translation>
            <numerusform>Tersinkron: %n berkas disalin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synchronize %1 and %2: %n file(s) queued</source>
        <translation>
            <numerusform>Sinkronkan %1 dan %2: %n berkas diantrekan</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Lihat</translation>
    </message>
    <message>
        <source>Download the file and open it with its application (F3)</source>
        <translation>Unduh berkas lalu buka dengan aplikasinya (F3)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>Download the file, open it in an editor and upload it when it is saved (F4)</source>
        <translation>Unduh berkas, buka di penyunting, lalu unggah setelah disimpan (F4)</translation>
    </message>
    <message>
        <source>&amp;Keep remote folder up to date</source>
        <translation>&amp;Jaga folder jarak jauh tetap mutakhir</translation>
    </message>
    <message>
        <source>Upload every change made in the local pane&apos;s folder to the remote pane&apos;s folder until stopped (Ctrl+U)</source>
        <translation>Unggah setiap perubahan di folder panel lokal ke folder panel jarak jauh sampai dihentikan (Ctrl+U)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Hentikan</translation>
    </message>
    <message>
        <source>Stop keeping the remote folder up to date</source>
        <translation>Berhenti menjaga folder jarak jauh tetap mutakhir</translation>
    </message>
    <message>
        <source>Connect first: the remote folder is kept up to date with the local one</source>
        <translation>Sambungkan dulu: folder jarak jauh dijaga tetap mutakhir dengan folder lokal</translation>
    </message>
    <message>
        <source>listing the server&apos;s folder …</source>
        <translation>mendaftar folder server …</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>mutakhir</translation>
    </message>
    <message>
        <source>sending changes …</source>
        <translation>mengirim perubahan …</translation>
    </message>
    <message>
        <source>the server cannot be reached; trying again soon</source>
        <translation>server tidak dapat dijangkau; segera dicoba lagi</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>dihentikan</translation>
    </message>
    <message numerus="yes">
        <source>Keeping %1 up to date with %2: %3 (%n file(s) uploaded)</source>
        <translation>
            <numerusform>%1 dijaga tetap mutakhir dengan %2: %3 (%n berkas diunggah)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one file to view or edit</source>
        <translation>Pilih satu berkas untuk dilihat atau disunting</translation>
    </message>
    <message>
        <source>Downloading %1 to open it …</source>
        <translation>Mengunduh %1 untuk dibuka …</translation>
    </message>
    <message>
        <source>Download and e&amp;xtract</source>
        <translation>Unduh dan e&amp;kstrak</translation>
    </message>
    <message>
        <source>Extract &amp;here</source>
        <translation>Ekstrak di &amp;sini</translation>
    </message>
    <message>
        <source>Extract &amp;to…</source>
        <translation>Ekstrak &amp;ke…</translation>
    </message>
    <message>
        <source>&amp;Compress to…</source>
        <translation>&amp;Kompres ke…</translation>
    </message>
    <message>
        <source>Extract %1 to</source>
        <translation>Ekstrak %1 ke</translation>
    </message>
    <message>
        <source>Extracting %1 to %2</source>
        <translation>Mengekstrak %1 ke %2</translation>
    </message>
    <message numerus="yes">
        <source>%n archive(s) queued for download and extraction into %1</source>
        <translation>
            <numerusform>%n arsip diantrekan untuk diunduh dan diekstrak ke %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from %1 queued for upload to %2</source>
        <translation>
            <numerusform>%n item dari %1 diantrekan untuk diunggah ke %2</numerusform>
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
        <translation>Berkas yang disunting %1 sudah diunggah</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: no application is set for this type (choose an editor in Settings &gt; Editors)</source>
        <translation>Tidak dapat membuka %1: tidak ada aplikasi untuk jenis ini (pilih penyunting di Pengaturan &gt; Penyunting)</translation>
    </message>
    <message>
        <source>Opened %1 for editing: saved changes are uploaded after asking</source>
        <translation>%1 dibuka untuk disunting: perubahan yang disimpan diunggah setelah ditanyakan</translation>
    </message>
    <message>
        <source>Opened %1 for viewing</source>
        <translation>%1 dibuka untuk dilihat</translation>
    </message>
    <message>
        <source>Edited files not uploaded</source>
        <translation>Berkas yang disunting belum diunggah</translation>
    </message>
    <message numerus="yes">
        <source>%n edited file(s) changed since the last upload: %1. Close anyway? The changes are lost with the temporary copies.</source>
        <translation>
            <numerusform>%n berkas yang disunting berubah sejak unggahan terakhir: %1. Tetap tutup? Perubahannya hilang bersama salinan sementara.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Tetap tutup</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Tetap tutup</translation>
    </message>
    <message>
        <source>Uploaded the edited file %1 left by the last run</source>
        <translation>Berkas suntingan %1 dari sesi sebelumnya telah diunggah</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n unchanged copy(s) of edited files left by the last run</source>
        <translation>
            <numerusform>%n salinan berkas suntingan yang tidak berubah dari sesi sebelumnya dihapus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edited file(s) left by the last run were changed and not uploaded</source>
        <translation>
            <numerusform>%n berkas suntingan dari sesi sebelumnya diubah dan belum diunggah</numerusform>
        </translation>
    </message>
    <message>
        <source>Discarded the changes to %1</source>
        <translation>Perubahan pada %1 dibuang</translation>
    </message>
</context>
<context>
    <name>ferry::ui::EditQuestionDialog</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bita)</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>ukuran tidak diketahui</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>waktu tidak diketahui</translation>
    </message>
    <message>
        <source>%1, modified %2</source>
        <translation>%1, diubah %2</translation>
    </message>
    <message>
        <source>File changed</source>
        <translation>Berkas berubah</translation>
    </message>
    <message>
        <source>%1 was changed. Upload it to the server?</source>
        <translation>%1 telah diubah. Unggah ke server?</translation>
    </message>
    <message>
        <source>Server file:</source>
        <translation>Berkas di server:</translation>
    </message>
    <message>
        <source>Server file</source>
        <translation>Berkas di server</translation>
    </message>
    <message>
        <source>Local copy:</source>
        <translation>Salinan lokal:</translation>
    </message>
    <message>
        <source>Local size and time</source>
        <translation>Ukuran dan waktu lokal</translation>
    </message>
    <message>
        <source>&amp;Always upload this file while it is open</source>
        <translation>&amp;Selalu unggah berkas ini selama terbuka</translation>
    </message>
    <message>
        <source>Always upload this file while it is open</source>
        <translation>Selalu unggah berkas ini selama terbuka</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Unggah</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Unggah</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t upload</source>
        <translation>&amp;Jangan unggah</translation>
    </message>
    <message>
        <source>Don&apos;t upload</source>
        <translation>Jangan unggah</translation>
    </message>
    <message>
        <source>File changed on the server</source>
        <translation>Berkas berubah di server</translation>
    </message>
    <message>
        <source>%1 was changed on the server since you opened it.</source>
        <translation>%1 telah diubah di server sejak Anda membukanya.</translation>
    </message>
    <message>
        <source>Uploading your copy would replace the server&apos;s changes.</source>
        <translation>Mengunggah salinan Anda akan menimpa perubahan di server.</translation>
    </message>
    <message>
        <source>When opened:</source>
        <translation>Saat dibuka:</translation>
    </message>
    <message>
        <source>Server size and time when opened</source>
        <translation>Ukuran dan waktu di server saat dibuka</translation>
    </message>
    <message>
        <source>Server now:</source>
        <translation>Server sekarang:</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <source>Server size and time now</source>
        <translation>Ukuran dan waktu di server sekarang</translation>
    </message>
    <message>
        <source>Your copy:</source>
        <translation>Salinan Anda:</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Timpa</translation>
    </message>
    <message>
        <source>Overwrite the server&apos;s file</source>
        <translation>Timpa berkas di server</translation>
    </message>
    <message>
        <source>Download &amp;theirs</source>
        <translation>Unduh &amp;versi server</translation>
    </message>
    <message>
        <source>Download the server&apos;s file</source>
        <translation>Unduh berkas dari server</translation>
    </message>
</context>
<context>
    <name>ferry::ui::EditorsPage</name>
    <message>
        <source>View and Edit (F3, F4) open a downloaded file with the command set here for its extension (&quot;txt&quot;, &quot;tar.gz&quot;, &quot;*&quot; for any other); %f stands for the file. Other files open with the desktop&apos;s default application.</source>
        <translation>Lihat dan Sunting (F3, F4) membuka berkas yang diunduh dengan perintah yang diatur di sini untuk ekstensinya (&quot;txt&quot;, &quot;tar.gz&quot;, &quot;*&quot; untuk lainnya); %f berarti berkasnya. Berkas lain dibuka dengan aplikasi bawaan desktop.</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Ekstensi</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Perintah</translation>
    </message>
    <message>
        <source>Editors by extension</source>
        <translation>Penyunting menurut ekstensi</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>Add an editor</source>
        <translation>Tambah penyunting</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Remove the editor</source>
        <translation>Hapus penyunting</translation>
    </message>
</context>
<context>
    <name>ferry::ui::FileExistsDialog</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bita)</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>ukuran tidak diketahui</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>waktu tidak diketahui</translation>
    </message>
    <message>
        <source>%1, modified %2</source>
        <translation>%1, diubah %2</translation>
    </message>
    <message>
        <source>Target file already exists</source>
        <translation>Berkas target sudah ada</translation>
    </message>
    <message>
        <source>The target file already exists.</source>
        <translation>Berkas target sudah ada.</translation>
    </message>
    <message>
        <source>Choose what to do with it.</source>
        <translation>Pilih tindakan untuknya.</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <source>Target file</source>
        <translation>Berkas target</translation>
    </message>
    <message>
        <source>Target has:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <source>Target size and time</source>
        <translation>Ukuran dan waktu target</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Sumber:</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Berkas sumber</translation>
    </message>
    <message>
        <source>Source has:</source>
        <translation>Sumber:</translation>
    </message>
    <message>
        <source>Source size and time</source>
        <translation>Ukuran dan waktu sumber</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Timpa</translation>
    </message>
    <message>
        <source>Overwrite if source is &amp;newer</source>
        <translation>Timpa jika sumber lebih &amp;baru</translation>
    </message>
    <message>
        <source>Overwrite if &amp;size differs</source>
        <translation>Timpa jika &amp;ukuran berbeda</translation>
    </message>
    <message>
        <source>&amp;Resume (continue from the target&apos;s size)</source>
        <translation>&amp;Lanjutkan (dari ukuran target)</translation>
    </message>
    <message>
        <source>Re&amp;name (keep both)</source>
        <translation>Ganti &amp;nama (simpan keduanya)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Le&amp;wati</translation>
    </message>
    <message>
        <source>&amp;Apply to all in this queue run</source>
        <translation>&amp;Terapkan ke semua dalam antrean ini</translation>
    </message>
    <message>
        <source>Apply to all in this queue run</source>
        <translation>Terapkan ke semua dalam antrean ini</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
</context>
<context>
    <name>ferry::ui::FilePane</name>
    <message>
        <source>1 folder</source>
        <translation>1 folder</translation>
    </message>
    <message>
        <source>%1 folders</source>
        <translation>%1 folder</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 berkas</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 berkas</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>; selected: 1 item</source>
        <translation>; dipilih: 1 item</translation>
    </message>
    <message>
        <source>; selected: %1 items</source>
        <translation>; dipilih: %1 item</translation>
    </message>
    <message>
        <source>%1 path</source>
        <translation>Path %1</translation>
    </message>
    <message>
        <source>Type a folder and press Enter (Ctrl+L)</source>
        <translation>Ketik folder lalu tekan Enter (Ctrl+L)</translation>
    </message>
    <message>
        <source>%1 folder tree</source>
        <translation>Pohon folder %1</translation>
    </message>
    <message>
        <source>%1 file list</source>
        <translation>Daftar berkas %1</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>%1 loading</source>
        <translation>Memuat %1</translation>
    </message>
</context>
<context>
    <name>ferry::ui::FolderCompare</name>
    <message>
        <source>Only on this side</source>
        <translation>Hanya di sisi ini</translation>
    </message>
    <message>
        <source>Size differs</source>
        <translation>Ukuran berbeda</translation>
    </message>
    <message>
        <source>Newer on this side</source>
        <translation>Lebih baru di sisi ini</translation>
    </message>
    <message>
        <source>Newer on the other side</source>
        <translation>Lebih baru di sisi lain</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Identik</translation>
    </message>
    <message>
        <source>Folder comparison legend</source>
        <translation>Keterangan perbandingan folder</translation>
    </message>
</context>
<context>
    <name>ferry::ui::Format</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Khusus</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>Berkas %1</translation>
    </message>
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
        <source>Modified</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Hak akses</translation>
    </message>
    <message>
        <source>Owner/Group</source>
        <translation>Pemilik/Grup</translation>
    </message>
    <message>
        <source>Link to folder</source>
        <translation>Tautan ke folder</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
</context>
<context>
    <name>ferry::ui::HostKeyDialog</name>
    <message>
        <source>WARNING: host key changed – %1</source>
        <translation>PERINGATAN: kunci host berubah – %1</translation>
    </message>
    <message>
        <source>Host key changed</source>
        <translation>Kunci host berubah</translation>
    </message>
    <message>
        <source>The host key of %1:%2 has CHANGED</source>
        <translation>Kunci host %1:%2 telah BERUBAH</translation>
    </message>
    <message>
        <source>Someone could be intercepting this connection (a man-in-the-middle attack), or the server&apos;s key was replaced. Do not continue unless the server&apos;s administrator confirmed the new fingerprint.</source>
        <translation>Seseorang mungkin menyadap koneksi ini (serangan man-in-the-middle), atau kunci server telah diganti. Jangan lanjutkan kecuali administrator server sudah memastikan sidik jari yang baru.</translation>
    </message>
    <message>
        <source>Unknown host key – %1</source>
        <translation>Kunci host tidak dikenal – %1</translation>
    </message>
    <message>
        <source>Unknown host key</source>
        <translation>Kunci host tidak dikenal</translation>
    </message>
    <message>
        <source>The authenticity of %1:%2 cannot be established</source>
        <translation>Keaslian %1:%2 tidak dapat dipastikan</translation>
    </message>
    <message>
        <source>This server&apos;s %1 key is known; it now offers an %2 key. Accept it only if the server&apos;s administrator confirms that the server has both keys.</source>
        <translation>Kunci %1 server ini sudah dikenal; kini server menawarkan kunci %2. Terima hanya jika administrator server memastikan bahwa server memiliki kedua kunci itu.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> dan </translation>
    </message>
    <message>
        <source>Ferry has not connected to this server before. Compare the fingerprint with the one the server&apos;s administrator gave you.</source>
        <translation>Ferry belum pernah tersambung ke server ini. Bandingkan sidik jarinya dengan yang diberikan administrator server.</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Jenis kunci:</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Jenis kunci</translation>
    </message>
    <message>
        <source>Known fingerprint:</source>
        <translation>Sidik jari dikenal:</translation>
    </message>
    <message>
        <source>Known fingerprint</source>
        <translation>Sidik jari dikenal</translation>
    </message>
    <message>
        <source>Known %1 key:</source>
        <translation>Kunci %1 dikenal:</translation>
    </message>
    <message>
        <source>Fingerprint of the known key</source>
        <translation>Sidik jari kunci yang dikenal</translation>
    </message>
    <message>
        <source>New fingerprint:</source>
        <translation>Sidik jari baru:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Sidik jari:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Sidik jari SHA-256</translation>
    </message>
    <message>
        <source>Accept the new key &amp;once</source>
        <translation>Terima kunci baru &amp;sekali</translation>
    </message>
    <message>
        <source>Accept &amp;once</source>
        <translation>Terima &amp;sekali</translation>
    </message>
    <message>
        <source>Accept this host key for this connection only</source>
        <translation>Terima kunci host ini hanya untuk koneksi ini</translation>
    </message>
    <message>
        <source>&amp;Replace the stored key</source>
        <translation>&amp;Ganti kunci tersimpan</translation>
    </message>
    <message>
        <source>Accept and &amp;remember</source>
        <translation>Terima dan &amp;ingat</translation>
    </message>
    <message>
        <source>Accept this host key and store it</source>
        <translation>Terima kunci host ini dan simpan</translation>
    </message>
</context>
<context>
    <name>ferry::ui::InlineRename</name>
    <message>
        <source>New name</source>
        <translation>Nama baru</translation>
    </message>
</context>
<context>
    <name>ferry::ui::LeftCopiesDialog</name>
    <message>
        <source>Edited Files Not Uploaded</source>
        <translation>Berkas Suntingan Belum Diunggah</translation>
    </message>
    <message>
        <source>Ferry ended while these files were open for editing. They were changed and not uploaded; their copies are kept until you decide.</source>
        <translation>Ferry berhenti saat berkas-berkas ini sedang disunting. Berkas tersebut diubah dan belum diunggah; salinannya disimpan sampai Anda memutuskan.</translation>
    </message>
    <message>
        <source>Edited files not uploaded</source>
        <translation>Berkas suntingan belum diunggah</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>&amp;Upload Now</source>
        <translation>&amp;Unggah Sekarang</translation>
    </message>
    <message>
        <source>Upload the selected files to where they came from</source>
        <translation>Unggah berkas terpilih ke tempat asalnya</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Buka Folder</translation>
    </message>
    <message>
        <source>Open the folder of the selected file</source>
        <translation>Buka folder berkas terpilih</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>&amp;Buang Perubahan</translation>
    </message>
    <message>
        <source>Delete the selected copies and their changes</source>
        <translation>Hapus salinan terpilih beserta perubahannya</translation>
    </message>
    <message>
        <source>Keep the copies and ask again next time</source>
        <translation>Simpan salinan dan tanyakan lagi lain kali</translation>
    </message>
</context>
<context>
    <name>ferry::ui::LocalJobsModel</name>
    <message>
        <source>skipped %1</source>
        <translation>dilewati %1</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Ekstrak</translation>
    </message>
    <message>
        <source>Compress</source>
        <translation>Kompres</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Gagal: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operasi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
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
        <translation>Tidak dapat membuka %1: bukan folder yang bisa dibaca</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Hanya baca</translation>
    </message>
    <message>
        <source>%1 is an archive, shown read-only: files cannot be renamed, deleted or added here</source>
        <translation>%1 adalah arsip, ditampilkan hanya baca: berkas tidak dapat diganti nama, dihapus, atau ditambahkan di sini</translation>
    </message>
    <message>
        <source>Cannot open %1: not a readable file</source>
        <translation>Tidak dapat membuka %1: bukan berkas yang dapat dibaca</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Membaca %1 …</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>%1 has no folder %2</source>
        <translation>%1 tidak memiliki folder %2</translation>
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
        <translation>Perintah</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Balasan</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
</context>
<context>
    <name>ferry::ui::MainMenus</name>
    <message>
        <source>E&amp;xit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Create &amp;folder…</source>
        <translation>Buat &amp;folder…</translation>
    </message>
    <message>
        <source>Create new f&amp;ile…</source>
        <translation>Buat b&amp;erkas baru…</translation>
    </message>
    <message>
        <source>File &amp;permissions…</source>
        <translation>Hak &amp;akses berkas…</translation>
    </message>
    <message>
        <source>&amp;Copy URL(s) to clipboard</source>
        <translation>&amp;Salin URL ke papan klip</translation>
    </message>
    <message>
        <source>Folder trees &amp;beside the file lists</source>
        <translation>Pohon folder di &amp;samping daftar berkas</translation>
    </message>
    <message>
        <source>&amp;Message log</source>
        <translation>&amp;Log pesan</translation>
    </message>
    <message>
        <source>&amp;About Ferry</source>
        <translation>Tent&amp;ang Ferry</translation>
    </message>
    <message>
        <source>About Ferry</source>
        <translation>Tentang Ferry</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ferry %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A desktop client for FTP, FTPS and SFTP.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ferry %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Klien desktop untuk FTP, FTPS, dan SFTP.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tentang &amp;Qt</translation>
    </message>
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
        <source>&amp;Transfer</source>
        <translation>Tr&amp;ansfer</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>Ser&amp;ver</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Markah</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or later (%1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Perangkat lunak bebas di bawah GNU General Public License, versi 3 atau yang lebih baru (%1).&lt;/p&gt;</translation>
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
        <translation>Log pesan</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Koneksi</translation>
    </message>
    <message>
        <source>Connection tabs</source>
        <translation>Tab koneksi</translation>
    </message>
    <message>
        <source>Quick connect</source>
        <translation>Sambung cepat</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Tidak tersambung</translation>
    </message>
    <message>
        <source>Not encrypted: not protected against a downgrade</source>
        <translation>Tidak terenkripsi: tidak terlindung dari penurunan keamanan</translation>
    </message>
    <message>
        <source>This site uses &quot;FTP, TLS if available&quot; and the server answered without TLS, so the password and files travel in plain text. Someone on the network can also make a TLS server look like this.</source>
        <translation>Situs ini memakai &quot;FTP, TLS jika tersedia&quot; dan server menjawab tanpa TLS, jadi kata sandi dan berkas dikirim sebagai teks biasa. Orang di jaringan juga bisa membuat server TLS tampak seperti ini.</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>Wajibkan TLS</translation>
    </message>
    <message>
        <source>Change this site to explicit FTP over TLS (FTPES) and connect again</source>
        <translation>Ubah situs ini ke FTP eksplisit lewat TLS (FTPES) dan sambungkan lagi</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Nothing was copied: the tab the files came from is no longer connected to %1</source>
        <translation>Tidak ada yang disalin: tab asal berkas tidak lagi tersambung ke %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) queued for a server-to-server copy from %1 to %2%3 (FXP where both servers allow it, else streamed through this computer)</source>
        <translation>
            <numerusform>%n item masuk antrean untuk disalin antarserver dari %1 ke %2%3 (FXP bila kedua server mengizinkan, jika tidak dialirkan lewat komputer ini)</numerusform>
        </translation>
    </message>
    <message>
        <source>connected</source>
        <translation>tersambung</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>menyambung</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>tidak tersambung</translation>
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
        <translation>Utama</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Sambung</translation>
    </message>
    <message>
        <source>Go to the quick-connect bar</source>
        <translation>Ke bilah sambung cepat</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Sambung ulang</translation>
    </message>
    <message>
        <source>Connect again to the last server (Ctrl+R)</source>
        <translation>Sambungkan lagi ke server terakhir (Ctrl+R)</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Putuskan</translation>
    </message>
    <message>
        <source>Close the connection (Ctrl+D)</source>
        <translation>Tutup koneksi (Ctrl+D)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <source>Parent folder of the active pane (Backspace)</source>
        <translation>Folder induk dari panel aktif (Backspace)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Segarkan</translation>
    </message>
    <message>
        <source>Reload the active pane&apos;s folder (F5)</source>
        <translation>Muat ulang folder panel aktif (F5)</translation>
    </message>
    <message>
        <source>Go to path</source>
        <translation>Ke path</translation>
    </message>
    <message>
        <source>Process queue</source>
        <translation>Proses antrean</translation>
    </message>
    <message>
        <source>Run the transfer queue (Ctrl+P); off: running transfers stop and stay queued</source>
        <translation>Jalankan antrean transfer (Ctrl+P); mati: transfer yang berjalan berhenti dan tetap dalam antrean</translation>
    </message>
    <message>
        <source>Speed limit</source>
        <translation>Batas kecepatan</translation>
    </message>
    <message>
        <source>Limit the transfer speed to the limits in this button&apos;s menu</source>
        <translation>Batasi kecepatan transfer sesuai batas di menu tombol ini</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/dtk</translation>
    </message>
    <message>
        <source>Download:</source>
        <translation>Unduh:</translation>
    </message>
    <message>
        <source>Upload:</source>
        <translation>Unggah:</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Pengaturan...</translation>
    </message>
    <message>
        <source>Connections, transfers, confirmations, language and theme (Ctrl+,)</source>
        <translation>Koneksi, transfer, konfirmasi, bahasa, dan tema (Ctrl+,)</translation>
    </message>
    <message>
        <source>New &amp;tab</source>
        <translation>&amp;Tab baru</translation>
    </message>
    <message>
        <source>Open a new tab for another connection (Ctrl+T)</source>
        <translation>Buka tab baru untuk koneksi lain (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>T&amp;utup tab</translation>
    </message>
    <message>
        <source>Close the current tab and its connection (Ctrl+W)</source>
        <translation>Tutup tab ini beserta koneksinya (Ctrl+W)</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Tab berikutnya</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Tab sebelumnya</translation>
    </message>
    <message>
        <source>The transfer queue could not be opened: %1</source>
        <translation>Antrean transfer tidak dapat dibuka: %1</translation>
    </message>
    <message>
        <source>Unfinished transfers</source>
        <translation>Transfer belum selesai</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) from the last session are not finished. Resume them now?</source>
        <translation>
            <numerusform>%n transfer dari sesi terakhir belum selesai. Lanjutkan sekarang?</numerusform>
        </translation>
    </message>
    <message>
        <source>Otherwise they stay in the queue until you choose Process queue.</source>
        <translation>Jika tidak, transfer tetap dalam antrean sampai Anda memilih Proses antrean.</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Tidak terenkripsi</translation>
    </message>
    <message>
        <source>Plain FTP: the password and the files cross the network readable by anyone on the way. FTPES, FTPS or SFTP encrypt them.</source>
        <translation>FTP biasa: kata sandi dan berkas melintasi jaringan dan bisa dibaca siapa pun di jalurnya. FTPES, FTPS, atau SFTP mengenkripsinya.</translation>
    </message>
    <message>
        <source>Encrypted (TLS)</source>
        <translation>Terenkripsi (TLS)</translation>
    </message>
    <message>
        <source>The connection and the transfers are encrypted with TLS.</source>
        <translation>Koneksi dan transfer dienkripsi dengan TLS.</translation>
    </message>
    <message>
        <source>Encrypted (SSH)</source>
        <translation>Terenkripsi (SSH)</translation>
    </message>
    <message>
        <source>The connection and the transfers are encrypted by SSH.</source>
        <translation>Koneksi dan transfer dienkripsi oleh SSH.</translation>
    </message>
    <message>
        <source>The saved sites could not be read: %1</source>
        <translation>Situs tersimpan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>A saved tab could not be opened again: %1</source>
        <translation>Tab tersimpan tidak dapat dibuka lagi: %1</translation>
    </message>
</context>
<context>
    <name>ferry::ui::MasterPasswordDialog</name>
    <message>
        <source>Change the vault&apos;s master password</source>
        <translation>Ubah kata sandi utama brankas</translation>
    </message>
    <message>
        <source>The password vault is encrypted again under the new master password. The old one stops working.</source>
        <translation>Brankas kata sandi dienkripsi ulang dengan kata sandi utama baru. Yang lama tidak berlaku lagi.</translation>
    </message>
    <message>
        <source>&amp;Current master password:</source>
        <translation>Kata sandi utama &amp;saat ini:</translation>
    </message>
    <message>
        <source>&amp;New master password:</source>
        <translation>Kata sandi utama &amp;baru:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one:</source>
        <translation>&amp;Ulangi yang baru:</translation>
    </message>
    <message>
        <source>Current master password</source>
        <translation>Kata sandi utama saat ini</translation>
    </message>
    <message>
        <source>New master password</source>
        <translation>Kata sandi utama baru</translation>
    </message>
    <message>
        <source>Repeat the new master password</source>
        <translation>Ulangi kata sandi utama baru</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The new master password must not be empty.</source>
        <translation>Kata sandi utama baru tidak boleh kosong.</translation>
    </message>
    <message>
        <source>The new master passwords do not match.</source>
        <translation>Kata sandi utama baru tidak cocok.</translation>
    </message>
    <message>
        <source>The current master password is wrong. Nothing was changed.</source>
        <translation>Kata sandi utama saat ini salah. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The master password was not changed: %1</source>
        <translation>Kata sandi utama tidak diubah: %1</translation>
    </message>
</context>
<context>
    <name>ferry::ui::PaneMenus</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Create &amp;folder…</source>
        <translation>Buat &amp;folder…</translation>
    </message>
    <message>
        <source>Create new &amp;file…</source>
        <translation>Buat b&amp;erkas baru…</translation>
    </message>
    <message>
        <source>File &amp;permissions…</source>
        <translation>Hak &amp;akses berkas…</translation>
    </message>
    <message>
        <source>&amp;Copy URL(s) to clipboard</source>
        <translation>&amp;Salin URL ke papan klip</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Segar&amp;kan</translation>
    </message>
    <message>
        <source>%1 (a folder, with everything in it)</source>
        <translation>%1 (folder, beserta seluruh isinya)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… dan %1 lagi</translation>
    </message>
    <message>
        <source>from the server</source>
        <translation>dari server</translation>
    </message>
    <message>
        <source>from this computer</source>
        <translation>dari komputer ini</translation>
    </message>
    <message>
        <source>Delete 1 item %1?</source>
        <translation>Hapus 1 item %1?</translation>
    </message>
    <message>
        <source>Delete %1 items %2?</source>
        <translation>Hapus %1 item %2?</translation>
    </message>
    <message>
        <source>

Deleted files do not go to the trash.</source>
        <translation>

Berkas yang dihapus tidak masuk ke tempat sampah.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 dibuka</translation>
    </message>
    <message>
        <source>Could not open %1: no program is set up for this kind of file</source>
        <translation>Tidak dapat membuka %1: tidak ada program untuk jenis berkas ini</translation>
    </message>
    <message>
        <source>Cannot rename %1 to &quot;%2&quot;: not a valid file name</source>
        <translation>Tidak dapat mengganti nama %1 menjadi &quot;%2&quot;: nama berkas tidak valid</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2: %2 exists already</source>
        <translation>Tidak dapat mengganti nama %1 menjadi %2: %2 sudah ada</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>Nama %1 diganti menjadi %2</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2</source>
        <translation>Tidak dapat mengganti nama %1 menjadi %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s) into %1?</source>
        <translation>
            <numerusform>Pindahkan %n item ke %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Pindahkan</translation>
    </message>
    <message>
        <source>Move confirmation</source>
        <translation>Konfirmasi pemindahan</translation>
    </message>
    <message>
        <source>Could not delete %1: permission denied or in use</source>
        <translation>Tidak dapat menghapus %1: akses ditolak atau sedang dipakai</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 dihapus</translation>
    </message>
    <message>
        <source>Create folder</source>
        <translation>Buat folder</translation>
    </message>
    <message>
        <source>Create new file</source>
        <translation>Buat berkas baru</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Nama folder baru di %1:</translation>
    </message>
    <message>
        <source>Name of the new empty file in %1:</source>
        <translation>Nama berkas kosong baru di %1:</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Folder baru</translation>
    </message>
    <message>
        <source>New file</source>
        <translation>Berkas baru</translation>
    </message>
    <message>
        <source>Cannot create &quot;%1&quot;: not a valid file name</source>
        <translation>Tidak dapat membuat &quot;%1&quot;: nama berkas tidak valid</translation>
    </message>
    <message>
        <source>Could not create %1: it exists already</source>
        <translation>Tidak dapat membuat %1: sudah ada</translation>
    </message>
    <message>
        <source>Created the folder %1</source>
        <translation>Folder %1 dibuat</translation>
    </message>
    <message>
        <source>Created the empty file %1</source>
        <translation>Berkas kosong %1 dibuat</translation>
    </message>
    <message>
        <source>Could not create %1: permission denied</source>
        <translation>Tidak dapat membuat %1: akses ditolak</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 item</translation>
    </message>
    <message>
        <source>Copied the URL %1</source>
        <translation>URL %1 disalin</translation>
    </message>
    <message>
        <source>Copied %1 URLs</source>
        <translation>%1 URL disalin</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 gagal: %2</translation>
    </message>
</context>
<context>
    <name>ferry::ui::PasswordsPage</name>
    <message>
        <source>The system keyring</source>
        <translation>Keyring sistem</translation>
    </message>
    <message>
        <source>An encrypted vault with a master password</source>
        <translation>Brankas terenkripsi dengan kata sandi utama</translation>
    </message>
    <message>
        <source>Do not save passwords</source>
        <translation>Jangan simpan kata sandi</translation>
    </message>
    <message>
        <source>The saved sites could not be read: %1</source>
        <translation>Situs tersimpan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Ferry will forget every saved site password and ask for it when it connects. Forget them?</source>
        <translation>Ferry akan melupakan semua kata sandi situs tersimpan dan menanyakannya saat menyambung. Lupakan?</translation>
    </message>
    <message>
        <source>Moving the passwords...</source>
        <translation>Memindahkan kata sandi...</translation>
    </message>
    <message>
        <source>The vault&apos;s master password was changed.</source>
        <translation>Kata sandi utama brankas telah diubah.</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Tidak dipindahkan: %1</translation>
    </message>
    <message>
        <source>Moved, but a copy is left in the old place: %1</source>
        <translation>Dipindahkan, tetapi salinannya tertinggal di tempat lama: %1</translation>
    </message>
    <message>
        <source>Saved sites keep their passwords in one place. Choosing another place moves every saved password there.</source>
        <translation>Situs tersimpan menyimpan kata sandinya di satu tempat. Memilih tempat lain memindahkan semua kata sandi tersimpan ke sana.</translation>
    </message>
    <message>
        <source>&amp;Keep passwords in:</source>
        <translation>&amp;Simpan kata sandi di:</translation>
    </message>
    <message>
        <source>Keep passwords in</source>
        <translation>Simpan kata sandi di</translation>
    </message>
    <message>
        <source>&amp;Move passwords</source>
        <translation>&amp;Pindahkan kata sandi</translation>
    </message>
    <message>
        <source>Move passwords</source>
        <translation>Pindahkan kata sandi</translation>
    </message>
    <message>
        <source>The vault is encrypted under a master password that Ferry asks for once each time it starts.</source>
        <translation>Brankas dienkripsi dengan kata sandi utama yang ditanyakan Ferry sekali setiap kali dijalankan.</translation>
    </message>
    <message>
        <source>Change &amp;master password...</source>
        <translation>Ubah kata sandi &amp;utama...</translation>
    </message>
    <message>
        <source>Change master password</source>
        <translation>Ubah kata sandi utama</translation>
    </message>
    <message>
        <source>Passwords status</source>
        <translation>Status kata sandi</translation>
    </message>
</context>
<context>
    <name>ferry::ui::PermissionsDialog</name>
    <message>
        <source>&amp;Recurse into subfolders</source>
        <translation>&amp;Rekursif ke subfolder</translation>
    </message>
    <message>
        <source>Apply to &amp;all files and folders</source>
        <translation>Terapkan ke &amp;semua berkas dan folder</translation>
    </message>
    <message>
        <source>Apply to &amp;files only</source>
        <translation>Terapkan ke &amp;berkas saja</translation>
    </message>
    <message>
        <source>Apply to f&amp;olders only</source>
        <translation>Terapkan ke f&amp;older saja</translation>
    </message>
    <message>
        <source>Change file permissions</source>
        <translation>Ubah hak akses berkas</translation>
    </message>
    <message>
        <source>Permissions of %1:</source>
        <translation>Hak akses %1:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Baca</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Tulis</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Eksekusi</translation>
    </message>
    <message>
        <source>%1 permissions</source>
        <translation>Hak akses %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Numeric value:</source>
        <translation>Nilai &amp;numerik:</translation>
    </message>
    <message>
        <source>Numeric value</source>
        <translation>Nilai numerik</translation>
    </message>
    <message>
        <source>Three octal digits (owner, group, others), for example 644 or 755</source>
        <translation>Tiga digit oktal (pemilik, grup, lainnya), misalnya 644 atau 755</translation>
    </message>
</context>
<context>
    <name>ferry::ui::QueueModel</name>
    <message>
        <source>Queued</source>
        <translation>Antre</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>Mentransfer</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>aliran</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>unggah</translation>
    </message>
    <message>
        <source>download</source>
        <translation>unduh</translation>
    </message>
    <message>
        <source>server to server</source>
        <translation>antarserver</translation>
    </message>
    <message>
        <source>server to server (%1)</source>
        <translation>antarserver (%1)</translation>
    </message>
    <message>
        <source>%1 (folder)</source>
        <translation>%1 (folder)</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/dtk</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Berkas lokal</translation>
    </message>
    <message>
        <source>Remote file</source>
        <translation>Berkas jarak jauh</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Kecepatan</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
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
        <translation>Antrean transfer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Jeda</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <source>&amp;Clear finished</source>
        <translation>Bersihkan yang &amp;selesai</translation>
    </message>
    <message>
        <source>Queued files</source>
        <translation>Berkas antrean</translation>
    </message>
    <message>
        <source>Failed transfers</source>
        <translation>Transfer gagal</translation>
    </message>
    <message>
        <source>Successful transfers</source>
        <translation>Transfer berhasil</translation>
    </message>
    <message>
        <source>Transfer queue tabs</source>
        <translation>Tab antrean transfer</translation>
    </message>
    <message>
        <source>Queue totals</source>
        <translation>Total antrean</translation>
    </message>
    <message>
        <source>Queue item actions</source>
        <translation>Tindakan item antrean</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Pindahkan</translation>
    </message>
    <message>
        <source>To the &amp;top</source>
        <translation>Ke paling &amp;atas</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Naik</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>&amp;Turun</translation>
    </message>
    <message>
        <source>To the &amp;bottom</source>
        <translation>Ke paling &amp;bawah</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>P&amp;rioritas</translation>
    </message>
    <message>
        <source>&amp;Highest</source>
        <translation>&amp;Tertinggi</translation>
    </message>
    <message>
        <source>H&amp;igh</source>
        <translation>Ting&amp;gi</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>&amp;Low</source>
        <translation>&amp;Rendah</translation>
    </message>
    <message>
        <source>L&amp;owest</source>
        <translation>Ter&amp;endah</translation>
    </message>
    <message>
        <source>Open &amp;local folder</source>
        <translation>Buka &amp;folder lokal</translation>
    </message>
    <message>
        <source>Copy remote &amp;URL</source>
        <translation>Salin &amp;URL jarak jauh</translation>
    </message>
    <message>
        <source>Queued files (%1)</source>
        <translation>Berkas antrean (%1)</translation>
    </message>
    <message>
        <source>Failed transfers (%1)</source>
        <translation>Transfer gagal (%1)</translation>
    </message>
    <message>
        <source>Successful transfers (%1)</source>
        <translation>Transfer berhasil (%1)</translation>
    </message>
    <message>
        <source>Queue empty</source>
        <translation>Antrean kosong</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued, %1 of %2 (%3%)</source>
        <translation>
            <numerusform>%n berkas dalam antrean, %1 dari %2 (%3%)</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1/s, %2:%3 left</source>
        <translation>, %1/dtk, sisa %2:%3</translation>
    </message>
    <message>
        <source>Local operations</source>
        <translation>Operasi lokal</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>Local operation actions</source>
        <translation>Tindakan operasi lokal</translation>
    </message>
    <message>
        <source>Local operations (%1)</source>
        <translation>Operasi lokal (%1)</translation>
    </message>
</context>
<context>
    <name>ferry::ui::QuickConnectBar</name>
    <message>
        <source>Quick connect</source>
        <translation>Sambung cepat</translation>
    </message>
    <message>
        <source>FTP</source>
        <translation>FTP</translation>
    </message>
    <message>
        <source>FTPES – explicit TLS</source>
        <translation>FTPES – TLS eksplisit</translation>
    </message>
    <message>
        <source>FTPS – implicit TLS</source>
        <translation>FTPS – TLS implisit</translation>
    </message>
    <message>
        <source>SFTP – over SSH</source>
        <translation>SFTP – lewat SSH</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokol</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>host or URL</source>
        <translation>host atau URL</translation>
    </message>
    <message>
        <source>A host name or address, or a whole URL such as sftp://user@host/path</source>
        <translation>Nama host atau alamat, atau URL lengkap seperti sftp://pengguna@host/path</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonim</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>ask</source>
        <translation>tanya</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Sambung</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Sambung</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>P&amp;rotokol:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Pengguna:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation>Koneksi terakhir</translation>
    </message>
    <message>
        <source>Enter a host name or a URL.</source>
        <translation>Masukkan nama host atau URL.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Port harus berupa angka dari 1 sampai 65535.</translation>
    </message>
    <message>
        <source>No recent connections</source>
        <translation>Belum ada koneksi terakhir</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RemoteDragData</name>
    <message>
        <source>Nothing downloaded: drop onto a file manager folder to download there; this target did not name a folder</source>
        <translation>Tidak ada yang diunduh: letakkan di folder pengelola berkas untuk mengunduh ke sana; target ini tidak menyebut folder</translation>
    </message>
    <message>
        <source>Nothing downloaded: %1</source>
        <translation>Tidak ada yang diunduh: %1</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RemoteFileModel</name>
    <message>
        <source>Parent folder</source>
        <translation>Folder induk</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bita</translation>
    </message>
</context>
<context>
    <name>ferry::ui::RemotePane</name>
    <message>
        <source>Remote</source>
        <translation>Jarak jauh</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Tidak tersambung</translation>
    </message>
    <message>
        <source>Loading %1 …</source>
        <translation>Memuat %1 …</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SecretDialog</name>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SettingsDialog</name>
    <message>
        <source>Connection</source>
        <translation>Koneksi</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>File exists action</source>
        <translation>Jika berkas sudah ada</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Antarmuka</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Tanya</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Timpa</translation>
    </message>
    <message>
        <source>Overwrite if the source is newer</source>
        <translation>Timpa jika sumber lebih baru</translation>
    </message>
    <message>
        <source>Overwrite if the size differs</source>
        <translation>Timpa jika ukuran berbeda</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Rename the new file</source>
        <translation>Ganti nama berkas baru</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Indonesian (Bahasa Indonesia)</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>German (Deutsch)</source>
        <translation>Jerman (Deutsch)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>Transfer &amp;connections per site:</source>
        <translation>&amp;Koneksi transfer per situs:</translation>
    </message>
    <message>
        <source>&amp;Timeout (seconds):</source>
        <translation>&amp;Batas waktu (detik):</translation>
    </message>
    <message>
        <source>Close idle transfer connections after (seconds):</source>
        <translation>Tutup koneksi transfer yang menganggur setelah (detik):</translation>
    </message>
    <message>
        <source>&amp;Retries after a dropped connection:</source>
        <translation>Coba &amp;lagi setelah koneksi putus:</translation>
    </message>
    <message>
        <source>First retry after (seconds):</source>
        <translation>Percobaan ulang pertama setelah (detik):</translation>
    </message>
    <message>
        <source>Longest wait between retries (seconds):</source>
        <translation>Jeda terlama antarpercobaan (detik):</translation>
    </message>
    <message>
        <source>Speed limits</source>
        <translation>Batas kecepatan</translation>
    </message>
    <message>
        <source>&amp;Limit the transfer speed (the toolbar&apos;s Speed limit button)</source>
        <translation>Batasi kecepatan &amp;transfer (tombol Batas kecepatan di bilah alat)</translation>
    </message>
    <message>
        <source>&amp;Download (KiB/s):</source>
        <translation>Un&amp;duh (KiB/dtk):</translation>
    </message>
    <message>
        <source>&amp;Upload (KiB/s):</source>
        <translation>Ung&amp;gah (KiB/dtk):</translation>
    </message>
    <message>
        <source>Download to a &amp;partial file (.NAME.ferry-part), renamed when complete</source>
        <translation>Unduh ke berkas &amp;parsial (.NAMA.ferry-part), diganti namanya setelah selesai</translation>
    </message>
    <message>
        <source>Keep the source&apos;s &amp;modification time</source>
        <translation>Pertahankan waktu &amp;ubah sumber</translation>
    </message>
    <message>
        <source>When a &amp;download&apos;s target exists:</source>
        <translation>Jika target &amp;unduhan sudah ada:</translation>
    </message>
    <message>
        <source>When an &amp;upload&apos;s target exists:</source>
        <translation>Jika target u&amp;nggahan sudah ada:</translation>
    </message>
    <message>
        <source>Show &amp;hidden files (names starting with a dot)</source>
        <translation>Tampilkan berkas &amp;tersembunyi (nama diawali titik)</translation>
    </message>
    <message>
        <source>&amp;Reopen the tabs (sites and folders) at the next start</source>
        <translation>&amp;Buka lagi tab (situs dan folder) saat mulai berikutnya</translation>
    </message>
    <message>
        <source>Ask before</source>
        <translation>Tanya sebelum</translation>
    </message>
    <message>
        <source>&amp;Deleting files and folders</source>
        <translation>Meng&amp;hapus berkas dan folder</translation>
    </message>
    <message>
        <source>&amp;Overwriting a file (when the file exists action is Ask)</source>
        <translation>Men&amp;impa berkas (bila tindakan untuk berkas yang ada adalah Tanya)</translation>
    </message>
    <message>
        <source>&amp;Moving files on the server by drag and drop</source>
        <translation>Me&amp;mindahkan berkas di server dengan seret dan letakkan</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Halaman pengaturan</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Tombol dialog</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/dtk</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Penyunting</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SiteActions</name>
    <message>
        <source>&amp;Site Manager…</source>
        <translation>&amp;Pengelola Situs…</translation>
    </message>
    <message>
        <source>Open the site manager (Ctrl+S); the arrow lists the saved sites</source>
        <translation>Buka pengelola situs (Ctrl+S); panah menampilkan situs tersimpan</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Situs</translation>
    </message>
    <message>
        <source>Site Manager</source>
        <translation>Pengelola Situs</translation>
    </message>
    <message>
        <source>Save current connection as site…</source>
        <translation>Simpan koneksi ini sebagai situs…</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Riwayat</translation>
    </message>
    <message>
        <source>&amp;Add bookmark</source>
        <translation>T&amp;ambah markah</translation>
    </message>
    <message>
        <source>Bookmark the remote folder shown, with the local one (Ctrl+B)</source>
        <translation>Tandai folder jarak jauh yang tampil, bersama folder lokalnya (Ctrl+B)</translation>
    </message>
    <message>
        <source>No saved sites yet</source>
        <translation>Belum ada situs tersimpan</translation>
    </message>
    <message>
        <source>No recent connections</source>
        <translation>Belum ada koneksi terakhir</translation>
    </message>
    <message>
        <source>Connect first: there is no connection to save.</source>
        <translation>Sambungkan dulu: tidak ada koneksi untuk disimpan.</translation>
    </message>
    <message>
        <source>Save current connection as site</source>
        <translation>Simpan koneksi ini sebagai situs</translation>
    </message>
    <message>
        <source>Name of the new site:</source>
        <translation>Nama situs baru:</translation>
    </message>
    <message>
        <source>Saved the connection as the site &quot;%1&quot;.</source>
        <translation>Koneksi disimpan sebagai situs &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The connection could not be saved: %1</source>
        <translation>Koneksi tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>there is no connection to save</source>
        <translation>tidak ada koneksi untuk disimpan</translation>
    </message>
    <message>
        <source>a site name must not be empty or contain &quot;/&quot;</source>
        <translation>nama situs tidak boleh kosong atau berisi &quot;/&quot;</translation>
    </message>
    <message>
        <source>the site was saved, but its password could not be stored (%1); it will be asked for</source>
        <translation>situs disimpan, tetapi kata sandinya tidak dapat disimpan (%1); kata sandi akan ditanyakan</translation>
    </message>
    <message>
        <source>Bookmarks belong to saved sites: connect to one (or save this connection as a site) first.</source>
        <translation>Markah milik situs tersimpan: sambungkan dulu ke salah satunya (atau simpan koneksi ini sebagai situs).</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; is no longer stored.</source>
        <translation>Situs &quot;%1&quot; tidak tersimpan lagi.</translation>
    </message>
    <message>
        <source>Bookmarked %1 for the site &quot;%2&quot;.</source>
        <translation>%1 ditandai untuk situs &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Connect to a saved site to use its bookmarks</source>
        <translation>Sambungkan ke situs tersimpan untuk memakai markahnya</translation>
    </message>
    <message>
        <source>No bookmarks for &quot;%1&quot; yet</source>
        <translation>Belum ada markah untuk &quot;%1&quot;</translation>
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
        <translation>Anonim</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Ask for password</source>
        <translation>Tanyakan kata sandi</translation>
    </message>
    <message>
        <source>Interactive</source>
        <translation>Interaktif</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Berkas kunci</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>Agen SSH</translation>
    </message>
    <message>
        <source>Site Manager</source>
        <translation>Pengelola Situs</translation>
    </message>
    <message>
        <source>Site settings</source>
        <translation>Pengaturan situs</translation>
    </message>
    <message>
        <source>Test connection result</source>
        <translation>Hasil uji koneksi</translation>
    </message>
    <message>
        <source>Site manager status</source>
        <translation>Status pengelola situs</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Sambung</translation>
    </message>
    <message>
        <source>Connect to the selected site</source>
        <translation>Sambungkan ke situs yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Uji koneksi</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <source>Close the site manager</source>
        <translation>Tutup pengelola situs</translation>
    </message>
    <message>
        <source>Filter sites by name or host</source>
        <translation>Saring situs menurut nama atau host</translation>
    </message>
    <message>
        <source>Filter by name or host</source>
        <translation>Saring menurut nama atau host</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Situs</translation>
    </message>
    <message>
        <source>&amp;New site</source>
        <translation>Situs &amp;baru</translation>
    </message>
    <message>
        <source>New &amp;folder</source>
        <translation>&amp;Folder baru</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplikat</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;kspor…</translation>
    </message>
    <message>
        <source>FileZilla site manager (sitemanager.xml)…</source>
        <translation>Pengelola situs FileZilla (sitemanager.xml)…</translation>
    </message>
    <message>
        <source>Import FileZilla sites</source>
        <translation>Impor situs FileZilla</translation>
    </message>
    <message>
        <source>FileZilla site manager (*.xml);;All files (*)</source>
        <translation>Pengelola situs FileZilla (*.xml);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>OpenSSH configuration (~/.ssh/config)</source>
        <translation>Konfigurasi OpenSSH (~/.ssh/config)</translation>
    </message>
    <message>
        <source>Export sites for FileZilla</source>
        <translation>Ekspor situs untuk FileZilla</translation>
    </message>
    <message>
        <source>FileZilla site manager (*.xml)</source>
        <translation>Pengelola situs FileZilla (*.xml)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokol</translation>
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
        <translation>&amp;Protokol:</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Enkripsi</translation>
    </message>
    <message>
        <source>Use explicit FTP over TLS if available</source>
        <translation>Pakai FTP eksplisit lewat TLS jika tersedia</translation>
    </message>
    <message>
        <source>Require explicit FTP over TLS</source>
        <translation>Wajibkan FTP eksplisit lewat TLS</translation>
    </message>
    <message>
        <source>Require implicit FTP over TLS</source>
        <translation>Wajibkan FTP implisit lewat TLS</translation>
    </message>
    <message>
        <source>Only use plain FTP (insecure)</source>
        <translation>Hanya pakai FTP biasa (tidak aman)</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Enkripsi:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>default</source>
        <translation>bawaan</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Logon type</source>
        <translation>Jenis logon</translation>
    </message>
    <message>
        <source>&amp;Logon type:</source>
        <translation>&amp;Jenis logon:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Pengguna:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Lupakan</translation>
    </message>
    <message>
        <source>Forget the stored password</source>
        <translation>Lupakan kata sandi tersimpan</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>Password state</source>
        <translation>Keadaan kata sandi</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Pilih berkas kunci</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Berkas &amp;kunci:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>C&amp;omments:</source>
        <translation>K&amp;omentar:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Umum</translation>
    </message>
    <message>
        <source>Default local folder</source>
        <translation>Folder lokal bawaan</translation>
    </message>
    <message>
        <source>Default remote folder</source>
        <translation>Folder jarak jauh bawaan</translation>
    </message>
    <message>
        <source>the login folder</source>
        <translation>folder login</translation>
    </message>
    <message>
        <source>Server time-zone offset in minutes</source>
        <translation>Selisih zona waktu server dalam menit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <source>Default &amp;local folder:</source>
        <translation>Folder &amp;lokal bawaan:</translation>
    </message>
    <message>
        <source>Default &amp;remote folder:</source>
        <translation>Folder &amp;jarak jauh bawaan:</translation>
    </message>
    <message>
        <source>Server &amp;time-zone offset:</source>
        <translation>Selisih &amp;zona waktu server:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Lanjutan</translation>
    </message>
    <message>
        <source>Transfer mode</source>
        <translation>Mode transfer</translation>
    </message>
    <message>
        <source>D&amp;efault</source>
        <translation>&amp;Bawaan</translation>
    </message>
    <message>
        <source>&amp;Passive</source>
        <translation>&amp;Pasif</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Aktif</translation>
    </message>
    <message>
        <source>Transfer mode: %1</source>
        <translation>Mode transfer: %1</translation>
    </message>
    <message>
        <source>Maximum number of connections</source>
        <translation>Jumlah koneksi maksimum</translation>
    </message>
    <message>
        <source>no limit of its own</source>
        <translation>tanpa batas sendiri</translation>
    </message>
    <message>
        <source>&amp;Maximum number of connections:</source>
        <translation>Jumlah koneksi &amp;maksimum:</translation>
    </message>
    <message>
        <source>&amp;Transfer settings</source>
        <translation>Pengaturan &amp;transfer</translation>
    </message>
    <message>
        <source>&amp;Autodetect (UTF-8 when the server offers it)</source>
        <translation>Deteksi &amp;otomatis (UTF-8 bila server menawarkannya)</translation>
    </message>
    <message>
        <source>Force &amp;UTF-8</source>
        <translation>Paksa &amp;UTF-8</translation>
    </message>
    <message>
        <source>Use &amp;custom charset:</source>
        <translation>Pakai set karakter &amp;khusus:</translation>
    </message>
    <message>
        <source>Custom charset</source>
        <translation>Set karakter khusus</translation>
    </message>
    <message>
        <source>Char&amp;set</source>
        <translation>&amp;Set karakter</translation>
    </message>
    <message>
        <source>Forgetting the password…</source>
        <translation>Melupakan kata sandi…</translation>
    </message>
    <message>
        <source>The password could not be forgotten: %1</source>
        <translation>Kata sandi tidak dapat dilupakan: %1</translation>
    </message>
    <message>
        <source>Looking for a stored password…</source>
        <translation>Mencari kata sandi tersimpan…</translation>
    </message>
    <message>
        <source>The password store is not available: %1</source>
        <translation>Penyimpan kata sandi tidak tersedia: %1</translation>
    </message>
    <message>
        <source>stored – type to replace</source>
        <translation>tersimpan – ketik untuk mengganti</translation>
    </message>
    <message>
        <source>A password is stored for this site.</source>
        <translation>Kata sandi tersimpan untuk situs ini.</translation>
    </message>
    <message>
        <source>No password is stored for this site.</source>
        <translation>Tidak ada kata sandi tersimpan untuk situs ini.</translation>
    </message>
    <message>
        <source>The default remote folder must start with &quot;/&quot;.</source>
        <translation>Folder jarak jauh bawaan harus diawali &quot;/&quot;.</translation>
    </message>
    <message>
        <source>The site could not be saved: %1</source>
        <translation>Situs tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Storing the password…</source>
        <translation>Menyimpan kata sandi…</translation>
    </message>
    <message>
        <source>The password could not be stored: %1</source>
        <translation>Kata sandi tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Situs baru</translation>
    </message>
    <message>
        <source>New site %1</source>
        <translation>Situs baru %1</translation>
    </message>
    <message>
        <source>The site could not be added: %1</source>
        <translation>Situs tidak dapat ditambahkan: %1</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Folder baru</translation>
    </message>
    <message>
        <source>New folder %1</source>
        <translation>Folder baru %1</translation>
    </message>
    <message>
        <source>The folder could not be added: %1</source>
        <translation>Folder tidak dapat ditambahkan: %1</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Salinan %1</translation>
    </message>
    <message>
        <source>Copy (%1) of %2</source>
        <translation>Salinan (%1) %2</translation>
    </message>
    <message>
        <source>The site could not be duplicated: %1</source>
        <translation>Situs tidak dapat diduplikat: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete the folder &quot;%1&quot; and every site in it?</source>
        <translation>Hapus folder &quot;%1&quot; beserta semua situs di dalamnya?</translation>
    </message>
    <message>
        <source>Delete the site &quot;%1&quot;?</source>
        <translation>Hapus situs &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Confirm deletion</source>
        <translation>Konfirmasi penghapusan</translation>
    </message>
    <message>
        <source>The folder could not be deleted: %1</source>
        <translation>Folder tidak dapat dihapus: %1</translation>
    </message>
    <message>
        <source>The site could not be deleted: %1</source>
        <translation>Situs tidak dapat dihapus: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n site(s).</source>
        <translation>
            <numerusform>%n situs dihapus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the host first.</source>
        <translation>Masukkan host terlebih dahulu.</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Menyambung ke %1 …</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Koneksi gagal: %1</translation>
    </message>
    <message>
        <source>Connected, but %1 could not be listed: %2</source>
        <translation>Tersambung, tetapi %1 tidak dapat didaftar: %2</translation>
    </message>
    <message numerus="yes">
        <source>Connected and listed %1 (%n item(s)).</source>
        <translation>
            <numerusform>Tersambung dan %1 didaftar (%n item).</numerusform>
        </translation>
    </message>
    <message>
        <source>A password could not be stored: %1</source>
        <translation>Sebuah kata sandi tidak dapat disimpan: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n site(s) from %1.</source>
        <translation>
            <numerusform>%n situs diimpor dari %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n password(s) going to the password store.</source>
        <translation>
            <numerusform>%1 %n kata sandi masuk ke penyimpan kata sandi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Skipped or changed %n:
%2</source>
        <translation>
            <numerusform>%1 Dilewati atau diubah %n:
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Tidak ada yang diimpor: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n site(s) to %1 (without passwords).</source>
        <translation>
            <numerusform>%n situs diekspor ke %1 (tanpa kata sandi).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing exported: %1</source>
        <translation>Tidak ada yang diekspor: %1</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SiteTreeModel</name>
    <message>
        <source>A name must not be empty or contain &quot;/&quot;.</source>
        <translation>Nama tidak boleh kosong atau berisi &quot;/&quot;.</translation>
    </message>
    <message>
        <source>A site &quot;%1&quot; exists already in this folder.</source>
        <translation>Situs &quot;%1&quot; sudah ada di folder ini.</translation>
    </message>
    <message>
        <source>A site &quot;%1&quot; exists already in the folder &quot;%2&quot;.</source>
        <translation>Situs &quot;%1&quot; sudah ada di folder &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SpeedGraph</name>
    <message>
        <source>Transfer speed over the last minute</source>
        <translation>Kecepatan transfer dalam satu menit terakhir</translation>
    </message>
    <message>
        <source>Peak in the last minute: %1/s</source>
        <translation>Puncak dalam satu menit terakhir: %1/dtk</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SyncBrowsing</name>
    <message>
        <source>Synchronized browsing is off: the server has no folder above %1</source>
        <translation>Penjelajahan sinkron mati: server tidak punya folder di atas %1</translation>
    </message>
    <message>
        <source>Synchronized browsing is off: there is no local folder above %1</source>
        <translation>Penjelajahan sinkron mati: tidak ada folder lokal di atas %1</translation>
    </message>
    <message>
        <source>Synchronized browsing is off: the local folder %1 does not exist</source>
        <translation>Penjelajahan sinkron mati: folder lokal %1 tidak ada</translation>
    </message>
    <message>
        <source>Synchronized browsing is off: the remote folder %1 cannot be opened (%2)</source>
        <translation>Penjelajahan sinkron mati: folder remote %1 tidak bisa dibuka (%2)</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SyncDialog</name>
    <message>
        <source>Synchronize</source>
        <translation>Sinkronkan</translation>
    </message>
    <message>
        <source>Local folder</source>
        <translation>Folder lokal</translation>
    </message>
    <message>
        <source>Remote folder</source>
        <translation>Folder remote</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Arah</translation>
    </message>
    <message>
        <source>Upload: make the remote folder like the local one</source>
        <translation>Unggah: samakan folder remote dengan folder lokal</translation>
    </message>
    <message>
        <source>Download: make the local folder like the remote one</source>
        <translation>Unduh: samakan folder lokal dengan folder remote</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <source>Size and modification time</source>
        <translation>Ukuran dan waktu ubah</translation>
    </message>
    <message>
        <source>Checksum (when the server computes one)</source>
        <translation>Checksum (jika server menghitungnya)</translation>
    </message>
    <message>
        <source>&amp;Delete files that exist only on the target</source>
        <translation>&amp;Hapus berkas yang hanya ada di tujuan</translation>
    </message>
    <message>
        <source>Delete files that exist only on the target</source>
        <translation>Hapus berkas yang hanya ada di tujuan</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Kecualikan</translation>
    </message>
    <message>
        <source>*.tmp .git node_modules build/*.o</source>
        <translation>*.tmp .git node_modules build/*.o</translation>
    </message>
    <message>
        <source>Patterns separated by spaces: a name at any depth (*.tmp), a path from the synchronized folder (build/*.o), or a name at the top (/tmp)</source>
        <translation>Pola dipisahkan spasi: nama di kedalaman mana pun (*.tmp), path dari folder yang disinkronkan (build/*.o), atau nama di tingkat teratas (/tmp)</translation>
    </message>
    <message>
        <source>&amp;Local folder:</source>
        <translation>Folder &amp;lokal:</translation>
    </message>
    <message>
        <source>&amp;Remote folder:</source>
        <translation>Folder &amp;remote:</translation>
    </message>
    <message>
        <source>Co&amp;mpare by:</source>
        <translation>&amp;Bandingkan dengan:</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>&amp;Kecualikan:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Ban&amp;dingkan</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Membandingkan</translation>
    </message>
    <message>
        <source>Choose the options, then Compare to see what would change.</source>
        <translation>Pilih opsi, lalu Bandingkan untuk melihat apa yang akan berubah.</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Perubahan yang direncanakan</translation>
    </message>
    <message>
        <source>&amp;Synchronize</source>
        <translation>&amp;Sinkronkan</translation>
    </message>
    <message>
        <source>The options changed: Compare again.</source>
        <translation>Opsi berubah: bandingkan lagi.</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 bukan folder</translation>
    </message>
    <message>
        <source>Looking at %1 …</source>
        <translation>Memeriksa %1 …</translation>
    </message>
    <message numerus="yes">
        <source>Listing the remote folders: %n listed</source>
        <translation>
            <numerusform>Mendaftar folder remote: %n terdaftar</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the local folders and comparing …</source>
        <translation>Mendaftar folder lokal dan membandingkan …</translation>
    </message>
    <message>
        <source>Could not compare: %1</source>
        <translation>Tidak bisa membandingkan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to upload</source>
        <translation>
            <numerusform>%n berkas untuk diunggah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to download</source>
        <translation>
            <numerusform>%n berkas untuk diunduh</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4, %5</source>
        <translation>%1 (%2), %3, %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) to create</source>
        <translation>
            <numerusform>%n folder untuk dibuat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>%n untuk dihapus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone</source>
        <translation>
            <numerusform>%n dibiarkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to do: the folders are in step (%n left alone).</source>
        <translation>
            <numerusform>Tidak ada yang perlu dilakukan: folder sudah sama (%n dibiarkan).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n unticked</source>
        <translation>
            <numerusform>; %n tidak dicentang</numerusform>
        </translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>&amp;Arah:</translation>
    </message>
</context>
<context>
    <name>ferry::ui::SyncPlanModel</name>
    <message>
        <source>Upload</source>
        <translation>Unggah</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Unduh</translation>
    </message>
    <message>
        <source>Create folder</source>
        <translation>Buat folder</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>only on the source</source>
        <translation>hanya di sumber</translation>
    </message>
    <message>
        <source>size differs</source>
        <translation>ukuran berbeda</translation>
    </message>
    <message>
        <source>newer on the source</source>
        <translation>lebih baru di sumber</translation>
    </message>
    <message>
        <source>checksum differs</source>
        <translation>checksum berbeda</translation>
    </message>
    <message>
        <source>file against folder</source>
        <translation>berkas lawan folder</translation>
    </message>
    <message>
        <source>only on the target</source>
        <translation>hanya di tujuan</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identik</translation>
    </message>
    <message>
        <source>newer on the target</source>
        <translation>lebih baru di tujuan</translation>
    </message>
    <message>
        <source>not a file or folder</source>
        <translation>bukan berkas atau folder</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
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
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
</context>
</TS>
