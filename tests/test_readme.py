"""The README is tested: its console examples are run, and every option and field is documented.

A console example is a ```console block; each line starting with "$ " is a shell
command (run with bash from the repository root, with the installed presscan
first on PATH, stderr merged into stdout) and the lines after it, up to the next
command or the end of the block, are its exact output. When an example fails,
the message shows the output to paste into README.md.
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from presscan.record import Figure, Period

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
BIN = Path(sys.executable).parent


def readme() -> str:
    return README.read_text(encoding="utf-8")


def console_examples(text: str) -> list[tuple[str, str]]:
    """(command, expected output) for every "$ " line of every ```console block."""
    examples: list[tuple[str, str]] = []
    for block in re.findall(r"^```console\n(.*?)^```$", text, flags=re.S | re.M):
        command: str | None = None
        output: list[str] = []
        for line in block.splitlines():
            if line.startswith("$ "):
                if command is not None:
                    examples.append((command, "\n".join(output)))
                command, output = line[2:], []
            elif command is not None:
                output.append(line)
        if command is not None:
            examples.append((command, "\n".join(output)))
    return examples


EXAMPLES = console_examples(readme())


def run_shell(command: str) -> str:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "COLUMNS": "100"}
    done = subprocess.run(
        ["bash", "-c", f"{{ {command}\n}} 2>&1"], capture_output=True, text=True, cwd=REPO, env=env, timeout=120
    )
    return done.stdout.rstrip("\n")


@functools.cache
def help_text(*args: str) -> str:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}
    done = subprocess.run(
        [str(BIN / "presscan"), *args, "--help"], capture_output=True, text=True, cwd=REPO, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_readme_has_console_examples_of_presscan() -> None:
    assert any(command.startswith("presscan extract samples/bulletin.txt") for command, _ in EXAMPLES)
    assert all("presscan" in command for command, _ in EXAMPLES)


@pytest.mark.parametrize(("command", "expected"), [pytest.param(c, o, id=c) for c, o in EXAMPLES])
def test_console_example_output_is_real(command: str, expected: str) -> None:
    actual = run_shell(command)
    assert actual == expected, f"README.md shows other output for `$ {command}`; the real output is:\n{actual}"


def test_set_up_section_has_exactly_the_two_commands() -> None:
    section = readme().split("## Set up", 1)[1].split("\n## ", 1)[0]
    commands = [line for block in re.findall(r"```sh\n(.*?)```", section, flags=re.S) for line in block.splitlines()]
    assert commands == [
        "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/presscan extract samples/bulletin.txt",
        "python3 -m venv .venv && .venv/bin/pip install '.[test]' && .venv/bin/python -m pytest -q",
    ]


def test_test_command_is_what_ci_runs() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert ".venv/bin/pip install -q '.[test]' && .venv/bin/python -m pytest -q" in ci
    assert "python3 -m venv .venv" in ci


def commands() -> list[str]:
    """The commands listed by `presscan --help`."""
    return re.findall(r"^\W*([a-z]+)\s{2,}\S", help_text().split("Commands", 1)[1], flags=re.M)


def test_every_command_is_documented() -> None:
    listed = commands()
    assert {"extract", "schema"} <= set(listed)
    for command in listed:
        assert f"presscan {command}" in readme(), f"README.md does not document `presscan {command}`"


def test_every_option_is_documented() -> None:
    text = readme()
    for command in ["", *commands()]:
        options = set(
            re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*|-[a-zA-Z])(?![\w-])", help_text(*filter(None, [command])))
        )
        assert "--help" in options
        missing = sorted(option for option in options if f"`{option}`" not in text)
        assert not missing, f"README.md does not document these options of `presscan {command}`: {missing}"


def test_every_output_field_is_documented() -> None:
    text = readme()
    missing = [name for name in [*Figure.model_fields, *Period.model_fields] if f"`{name}`" not in text]
    assert not missing, f"README.md does not describe these record fields: {missing}"


def test_every_unit_family_is_documented() -> None:
    from presscan import default_patterns

    families = readme().split("`kind` is one of", 1)[1].split("\n\n", 1)[0]
    missing = sorted({unit.kind for unit in default_patterns().units.values()} - set(re.findall(r"[a-z_]+", families)))
    assert not missing, f"README.md does not list these kinds: {missing}"


def test_library_example_prints_what_the_readme_shows() -> None:
    block = readme().split("## Library", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    expected = "\n".join(line[2:] for line in block.splitlines() if line.startswith("# "))
    done = subprocess.run([sys.executable, "-c", block], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip("\n") == expected


def section(text: str, title: str) -> str:
    return text.split(f"\n{title}\n", 1)[1].split("\n## ", 1)[0]


def test_required_sections() -> None:
    text = readme()
    performance = section(text, "## Performance")
    # the section quotes benchmarks/bench.py's measured ratios, not a promise, in one table
    assert "python benchmarks/bench.py" in performance and "throughput ratio" in performance
    assert sum(1 for line in performance.splitlines() if line.startswith("| --- ")) == 1
    assert "(docs/performance.md)" in performance
    assert re.findall(r"^#+ Limits", text, flags=re.M) == ["## Limits"]
    assert "(docs/reliability.md)" in section(text, "## Limits")
    batch = section(text, "## Batch processing")
    assert "*.txt" in batch and "*.md" in batch


def test_the_reference_lives_in_docs() -> None:
    reliability = (REPO / "docs" / "reliability.md").read_text(encoding="utf-8")
    for title in ("## Bad input", "## Pattern files", "## Output", "## Limits, measured", "## Fuzzing"):
        assert f"\n{title}\n" in reliability, title
    performance = (REPO / "docs" / "performance.md").read_text(encoding="utf-8")
    assert "python benchmarks/bench.py" in performance and "throughput ratio" in performance


def test_links_between_the_documents_lead_somewhere() -> None:
    for document in [README, *sorted((REPO / "docs").glob("*.md"))]:
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", document.read_text(encoding="utf-8")):
            assert (document.parent / target).exists(), f"{document.name} links to {target}, which is missing"
