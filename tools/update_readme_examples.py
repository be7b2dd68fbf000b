"""Rewrite the output of every console example in README.md with what the command prints now.

tests/test_readme.py runs each "$ " line of a ```console block and compares its
output with the lines below it. After a change to the records on purpose, run

    .venv/bin/python tools/update_readme_examples.py

then read `git diff README.md`: every changed line should be a change you meant.
Commands run with bash from the repository root, the virtual environment's bin
first on PATH, stderr merged into stdout, as the test runs them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
BIN = Path(sys.executable).parent


def run_shell(command: str) -> str:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "COLUMNS": "100"}
    done = subprocess.run(
        ["bash", "-c", f"{{ {command}\n}} 2>&1"], capture_output=True, text=True, cwd=REPO, env=env, timeout=120
    )
    return done.stdout.rstrip("\n")


def rewrite_block(block: str) -> str:
    lines: list[str] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            lines.append(line)
            output = run_shell(line[2:])
            if output:
                lines.extend(output.split("\n"))
    return "\n".join(lines) + "\n"


def main() -> None:
    text = README.read_text(encoding="utf-8")
    updated = re.sub(
        r"^(```console\n)(.*?)(^```$)",
        lambda m: m.group(1) + rewrite_block(m.group(2)) + m.group(3),
        text,
        flags=re.S | re.M,
    )
    if updated != text:
        README.write_text(updated, encoding="utf-8")
        print("README.md: console examples rewritten; check `git diff README.md`")
    else:
        print("README.md: console examples already match")


if __name__ == "__main__":
    main()
