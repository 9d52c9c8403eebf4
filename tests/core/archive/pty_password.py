#!/usr/bin/env python3
# Runs a command on a pseudo-terminal and types passwords at its prompts, as a person
# would: for each ANSWER, waits until PROMPT appears in the output after the last answer
# AND the terminal's echo is off (the program turned it off to read a secret), then types
# the answer and Enter. Prints everything the program wrote to the terminal to stdout
# (the captured screen: a password that was echoed would be in it) and exits with the
# program's exit code (or 90 + reason when it never asked).
#
#   pty_password.py TIMEOUT_S PROMPT ANSWER [ANSWER...] -- COMMAND [ARG...]
#
# (tests/core/archive/tst_archivesecret.cpp: ferry-cli's password prompt.)
import os
import pty
import select
import sys
import termios
import time


def main():
    sep = sys.argv.index("--")
    timeout, prompt, answers = float(sys.argv[1]), sys.argv[2].encode(), sys.argv[3:sep]
    command = sys.argv[sep + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    deadline = time.monotonic() + timeout
    screen = b""
    seen = 0  # screen[:seen] is before the last answer

    def pump(wait):
        nonlocal screen
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            return True
        try:
            data = os.read(fd, 65536)
        except OSError:  # EIO: the program closed the terminal (it ended)
            return False
        if not data:
            return False
        screen += data
        return True

    for answer in answers:
        while True:
            if time.monotonic() > deadline:
                sys.stdout.buffer.write(screen)
                return 91
            asked = screen.find(prompt, seen) >= 0
            echo_off = not (termios.tcgetattr(fd)[3] & termios.ECHO)
            if asked and echo_off:
                break
            if not pump(0.05):
                sys.stdout.buffer.write(screen)
                return 92
        os.write(fd, answer.encode() + b"\r")
        seen = len(screen)
    while time.monotonic() < deadline:
        if not pump(0.2):
            break
    _, status = os.waitpid(pid, 0)
    sys.stdout.buffer.write(screen)
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main())
