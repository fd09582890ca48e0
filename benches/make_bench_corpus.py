#!/usr/bin/env python3
"""Build a large benchmark corpus for Quarry from real English text shipped in Debian packages.

Usage: python3 benches/make_bench_corpus.py [OUT_DIR] [--mb 250] [--files 39000]

The text comes from public documentation and public-domain works packaged by Debian: the Linux
kernel documentation (reStructuredText sources and the rendered HTML pages, reduced to text), the
Python 3.11 documentation, the GNU Collaborative International Dictionary of English (GCIDE, from
Webster's 1913), WordNet's glosses, Perl's POD manuals, and the PostgreSQL and Git manuals. The
script installs the packages (apt-get, as root, adding bookworm-backports for the kernel
documentation) when they are missing, splits the text into files of about MB*1e6/FILES bytes at
paragraph boundaries, and spreads them over sub-folders of 500 files.
If the sources run out before the target size, it starts over from the first source (the report at
the end says how much was reused). Nothing it writes is committed to the repository.
"""

import argparse
import gzip
import html.parser
import os
import pathlib
import shutil
import subprocess
import sys

PACKAGES = ["linux-doc-6.12", "python3.11-doc", "dict-gcide", "wordnet-base", "perl-doc",
            "postgresql-doc-15", "git-doc"]


class TextOnly(html.parser.HTMLParser):
    """Collects the readable text of an HTML page, one paragraph per block element."""

    SKIP = {"script", "style", "head", "nav"}
    BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "pre", "tr", "dd", "dt", "section"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_text(path):
    parser = TextOnly()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    return "".join(parser.parts)


def sorted_files(root, suffixes):
    root = pathlib.Path(root)
    if not root.exists():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name.endswith(suffixes))


def sources():
    """Yields (name, text) pairs in a fixed order."""
    kernel = "/usr/share/doc/linux-doc-6.12"
    for path in sorted_files(f"{kernel}/Documentation", (".rst.gz", ".txt.gz")):
        yield "kernel-rst", gzip.open(path, "rt", encoding="utf-8", errors="replace").read()
    for path in sorted_files("/usr/share/doc/python3.11", (".txt",)):
        yield "python", path.read_text(encoding="utf-8", errors="replace")
    for path in sorted_files("/usr/share/dictd", ("gcide.dict.dz",)):
        yield "gcide", gzip.open(path, "rt", encoding="utf-8", errors="replace").read()
    for path in sorted_files("/usr/share/wordnet", tuple(f"data.{p}" for p in ("noun", "verb", "adj", "adv"))):
        glosses = [line.split(" | ", 1)[1] for line in path.read_text(errors="replace").splitlines()
                   if " | " in line]
        yield "wordnet", "\n\n".join(glosses)
    for path in sorted_files("/usr/share/perl", (".pod",)):
        yield "perl", path.read_text(encoding="utf-8", errors="replace")
    for path in sorted_files("/usr/share/doc/postgresql-doc-15", (".html",)):
        yield "postgresql", html_text(path)
    for path in sorted_files("/usr/share/doc/git-doc", (".txt", ".adoc")):
        yield "git", path.read_text(encoding="utf-8", errors="replace")
    for path in sorted_files(f"{kernel}/html", (".html",)):
        yield "kernel-html", html_text(path)


def paragraphs():
    for name, text in sources():
        for paragraph in text.split("\n\n"):
            if paragraph.strip():
                yield name, paragraph.strip("\n") + "\n\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="bench-corpus")
    parser.add_argument("--mb", type=float, default=250.0)
    parser.add_argument("--files", type=int, default=39000)
    args = parser.parse_args()

    missing = [p for p in PACKAGES if subprocess.run(["dpkg", "-s", p], capture_output=True).returncode]
    if missing:
        print("installing", " ".join(missing), file=sys.stderr)
        # linux-doc-6.12 is in bookworm-backports, which a fresh Debian 12 machine does not list.
        backports = pathlib.Path("/etc/apt/sources.list.d/quarry-bench-backports.list")
        known = subprocess.run(["apt-cache", "show", "linux-doc-6.12"], capture_output=True)
        if known.returncode and not backports.exists():
            backports.write_text("deb http://deb.debian.org/debian bookworm-backports main\n")
        subprocess.run(["apt-get", "update"], check=True)
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", *missing], check=True,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})

    out = pathlib.Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    target = int(args.mb * 1_000_000)
    per_file = target // args.files
    written, count, rounds, used = 0, 0, 0, {}
    buffer = []
    buffered = 0
    while count < args.files:
        rounds += 1
        for name, paragraph in paragraphs():
            size = len(paragraph.encode("utf-8"))
            buffer.append(paragraph)
            buffered += size
            used[name] = used.get(name, 0) + size
            if buffered >= per_file:
                folder = out / f"part-{count // 500:03d}"
                folder.mkdir(parents=True, exist_ok=True)
                (folder / f"doc-{count:05d}.txt").write_text("".join(buffer), encoding="utf-8")
                written += buffered
                count += 1
                buffer, buffered = [], 0
                if count >= args.files:
                    break
    print(f"wrote {count} files, {written / 1e6:.1f} MB to {out} in {rounds} pass(es) over the sources",
          file=sys.stderr)
    for name, size in used.items():
        print(f"  {name}: {size / 1e6:.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
