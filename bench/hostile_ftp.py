#!/usr/bin/env python3
"""A hostile FTP server on 127.0.0.1 for measuring ferry-cli's peak memory (docs/security.md,
section 6): `hostile_ftp.py PORT reply` answers CWD with an endless multi-line reply of
64 KiB lines; `hostile_ftp.py PORT listing` sends an endless LIST (one short valid line
again and again; `listing-N`: its name N characters long; `listing-long`: a line of
4,000 characters no parser understands). One client at a time.

    python3 bench/hostile_ftp.py 2121 listing &
    /usr/bin/time -v ferry-cli ls ftp://u:p@127.0.0.1:2121/ 2>&1 | grep Maximum
"""
import socket
import sys

port, mode = int(sys.argv[1]), sys.argv[2]
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', port))
srv.listen(5)


def endless(sock, chunk):
    try:
        while True:
            sock.sendall(chunk)
    except OSError:
        pass


def serve(c):
    f = c.makefile('rb')
    c.sendall(b'220 hostile\r\n')
    data = None
    for raw in f:
        line = raw.decode('latin-1').strip()
        verb = line.split(' ')[0].upper()
        if verb == 'USER':
            c.sendall(b'331 pass\r\n')
        elif verb == 'PASS':
            c.sendall(b'230 in\r\n')
        elif verb == 'SYST':
            c.sendall(b'215 UNIX Type: L8\r\n')
        elif verb == 'PWD':
            c.sendall(b'257 "/"\r\n')
        elif verb == 'CWD' and mode == 'reply':
            endless(c, (b'250-' + b'r' * 65000 + b'\r\n') * 16)
            return
        elif verb == 'EPSV':
            data = socket.socket()
            data.bind(('127.0.0.1', 0))
            data.listen(1)
            c.sendall(b'229 Entering Extended Passive Mode (|||%d|)\r\n' % data.getsockname()[1])
        elif verb == 'LIST':
            d, _ = data.accept()
            c.sendall(b'150 listing\r\n')
            name = b'f' * int(mode.split('-')[1]) if mode.startswith('listing-') and mode != 'listing-long' else b'f'
            row = b'b' * 4000 + b'\r\n' if mode == 'listing-long' else \
                b'-rw-r--r--    1 ftp      ftp            0 Jan 01  2020 ' + name + b'\r\n'
            endless(d, row * (65536 // len(row) + 1))
            d.close()
            c.sendall(b'426 aborted\r\n')
        elif verb == 'ABOR':
            c.sendall(b'226 abor ok\r\n')
        elif verb == 'QUIT':
            c.sendall(b'221 bye\r\n')
            return
        elif verb in ('TYPE', 'NOOP', 'CWD', 'OPTS'):
            c.sendall(b'200 ok\r\n')
        else:
            c.sendall(b'502 no\r\n')


while True:
    conn, _ = srv.accept()
    try:
        serve(conn)
    except OSError:
        pass
    conn.close()
