#!/usr/bin/env python3
"""Make a corpus twice the size of another with twice its distinct text, to time how linking scales.

Usage: python3 benches/mirror_corpus.py SOURCE_DIR OUT_DIR

OUT_DIR gets a link to each sub-folder of SOURCE_DIR and, beside them, a mirrored copy of every
file: letters shifted by 13 places (ROT13) in every word that is not on Quarry's English stop word
list, and every digit shifted by 5. The copy keeps the layout, the paragraph and sentence lengths,
the stop words and the capitalisation, but shares no content word, name or figure with the source,
so the doubled corpus holds twice the distinct passages. (Doubling by taking more files of the
large benchmark corpus does not: make_bench_corpus.py starts its sources over when they run out,
so its second half mostly repeats its first.) Passages made of stop words alone stay copies of
each other across the two halves. Nothing it writes is committed to the repository.
"""

import codecs
import os
import pathlib
import re
import sys

STOP_WORDS = pathlib.Path(__file__).resolve().parent.parent / "assets" / "stopwords-en.txt"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[2])
    source, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    stop = {line.strip() for line in STOP_WORDS.read_text().splitlines()
            if line.strip() and not line.startswith("#")}
    digits = str.maketrans("0123456789", "5678901234")
    word = re.compile(r"[A-Za-z]+")

    def mirror(match):
        w = match.group(0)
        return w if w.lower() in stop else codecs.encode(w, "rot13")

    out.mkdir(parents=True, exist_ok=True)
    files = 0
    for folder, _, names in os.walk(source, followlinks=True):
        relative = pathlib.Path(folder).relative_to(source)
        for name in names:
            text = (pathlib.Path(folder) / name).read_text(encoding="utf-8", errors="replace")
            target = out / "mirror" / relative / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(word.sub(mirror, text).translate(digits), encoding="utf-8")
            files += 1
    for entry in source.iterdir():
        link = out / entry.name
        if not link.exists():
            link.symlink_to(entry.resolve())
    print(f"{out}: {files} files of {source} and their mirrored copies")


if __name__ == "__main__":
    main()
