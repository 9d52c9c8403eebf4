#!/usr/bin/env python3
"""Fails when a shipped translation is not complete and current.

For every translations/ferry_<lang>.ts: no entry unfinished, vanished or obsolete, none
empty, every plural form filled; each translation keeps its source's placeholders (%1..%9,
%n) and its keyboard accelerator (one '&' when the source has one). Then lupdate runs over
core/, ui/ and app/ into a copy of each file (as `ninja ferry_lupdate` does): the copy must
hold exactly the shipped entries, so a string added to the sources that the .ts lacks (or a
string the sources no longer have) fails.

usage: check_translations.py LUPDATE SOURCE_ROOT
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r'%(?:[1-9]|n)')


def accelerators(text):
    return len(re.findall(r'&(?!&)', text.replace('&&', '')))


def entries(path):
    """{(context, source, comment): [translation texts]} and the problems found."""
    problems = []
    out = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter('context'):
        name = ctx.findtext('name')
        for m in ctx.iter('message'):
            source = m.findtext('source') or ''
            key = (name, source, m.findtext('comment') or '')
            tr = m.find('translation')
            kind = tr.get('type') if tr is not None else 'missing'
            where = f'{path.name}: [{name}] {source!r}'
            if kind in ('unfinished', 'vanished', 'obsolete', 'missing'):
                problems.append(f'{where}: {kind}')
            if m.get('numerus') == 'yes':
                texts = [f.text or '' for f in tr.findall('numerusform')]
            else:
                texts = [tr.text or '']
            out[key] = texts
            if kind in ('vanished', 'obsolete'):
                continue
            for t in texts:
                if not t.strip():
                    problems.append(f'{where}: empty translation')
                    continue
                want = set(PLACEHOLDER.findall(source))
                have = set(PLACEHOLDER.findall(t))
                # A translation may drop %n where its language says the number once
                # elsewhere; every %1..%9 must stay.
                if {p for p in want if p != '%n'} != {p for p in have if p != '%n'}:
                    problems.append(f'{where}: placeholders {sorted(want)} became {sorted(have)} in {t!r}')
                if accelerators(source) and accelerators(t) != 1:
                    problems.append(f'{where}: the accelerator is lost in {t!r}')
    return out, problems


def main():
    lupdate, root = sys.argv[1], Path(sys.argv[2])
    shipped = sorted((root / 'translations').glob('ferry_*.ts'))
    if not shipped:
        print('no translations/ferry_*.ts')
        return 1
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for ts in shipped:
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            copies.append(copy)
        run = subprocess.run([lupdate, '-locations', 'none', '-no-obsolete', '-no-ui-lines',
                              str(root / 'core'), str(root / 'ui'), str(root / 'app'), '-ts',
                              *map(str, copies)], capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout, run.stderr)
            return 1
        for ts, copy in zip(shipped, copies):
            before, found = entries(ts)
            problems += found
            after, _ = entries(copy)
            for key in sorted(after.keys() - before.keys()):
                problems.append(f'{ts.name}: the sources have [{key[0]}] {key[1]!r}; the .ts lacks it (run ninja ferry_lupdate)')
            for key in sorted(before.keys() - after.keys()):
                problems.append(f'{ts.name}: [{key[0]}] {key[1]!r} is no longer in the sources (run ninja ferry_lupdate)')
            print(f'{ts.name}: {len(before)} entries')
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
