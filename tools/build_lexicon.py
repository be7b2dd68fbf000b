"""Build patterns/lexicon/ from jieba's own dictionary.

    python tools/build_lexicon.py [--dict PATH] [--out patterns/lexicon]

presscan tags the words around each figure with jieba's dictionary and jieba's
maximum-probability route (no HMM). Loading jieba's dict.txt into Python dicts
costs about 1 s and 90 MB on every run; the files written here let
`presscan.lexicon` load only the part of it that a text touches:

- chars.txt: the one-character words, "字 freq tag", sorted;
- words.txt: every longer word, "word freq tag", sorted, so that the words
  starting with the same two characters (one block) sit together;
- index.txt: a header (source, its SHA-256, the frequency total jieba uses),
  then one line per first character: the character, the byte offset of its
  first block in words.txt, the second characters of its blocks, and the byte
  length of each block.

Nothing is dropped: the same words, frequencies and tags as dict.txt, with
jieba's rules for repeated words (the last line wins; every line counts in
the total). The output is deterministic; tests/test_lexicon.py rebuilds it and
compares bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMAT = "presscan-lexicon 1"


def jieba_dictionary() -> Path:
    import jieba

    return Path(jieba.__file__).with_name("dict.txt")


def read_dictionary(path: Path) -> tuple[dict[str, tuple[int, str]], int]:
    """Words with (freq, tag) and the total of all frequencies, as jieba reads them."""
    entries: dict[str, tuple[int, str]] = {}
    total = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        fields = line.split(" ")
        if len(fields) != 3:
            raise SystemExit(f"{path}:{number}: expected 'word freq tag', got {line!r}")
        word, freq, tag = fields
        entries[word] = (int(freq), tag)
        total += int(freq)
    return entries, total


def build(source: Path) -> dict[str, bytes]:
    """The three files, as bytes, keyed by name."""
    entries, total = read_dictionary(source)
    chars = "".join(f"{w} {f} {t}\n" for w, (f, t) in sorted(entries.items()) if len(w) == 1)
    words = sorted(w for w in entries if len(w) > 1)
    body = bytearray()
    # first char -> (offset of its first block, second chars, block lengths)
    firsts: dict[str, tuple[int, list[str], list[int]]] = {}
    for word in words:
        line = f"{word} {entries[word][0]} {entries[word][1]}\n".encode()
        first, second = word[0], word[1]
        if first not in firsts:
            firsts[first] = (len(body), [], [])
        _, seconds, lengths = firsts[first]
        if not seconds or seconds[-1] != second:
            seconds.append(second)
            lengths.append(0)
        lengths[-1] += len(line)
        body += line
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    header = f"# {FORMAT}\tsource=jieba dict.txt\tsha256={digest}\ttotal={total}\twords={len(entries)}\n"
    index = header + "".join(
        f"{first}\t{offset}\t{''.join(seconds)}\t{','.join(map(str, lengths))}\n"
        for first, (offset, seconds, lengths) in firsts.items()
    )
    return {"chars.txt": chars.encode(), "words.txt": bytes(body), "index.txt": index.encode()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dict", type=Path, default=None, help="jieba's dict.txt (default: the installed jieba's)")
    parser.add_argument("--out", type=Path, default=ROOT / "patterns" / "lexicon")
    args = parser.parse_args()
    files = build(args.dict or jieba_dictionary())
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (args.out / name).write_bytes(data)
        print(f"{args.out / name}: {len(data):,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
