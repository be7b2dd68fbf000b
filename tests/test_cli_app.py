"""The command line as a whole: the version, the help of every command, the console script and `python -m presscan`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import REPO
from presscan.cli import app

runner = CliRunner()


def test_python_dash_m_presscan_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "presscan", "--help"], capture_output=True, text=True, cwd=REPO, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "extract" in done.stdout and "schema" in done.stdout


def test_the_console_script_runs_the_collector_less_often_and_the_library_leaves_it_alone() -> None:
    """presscan.collector: the CLI's process tunes Python's cycle collector; a
    program that calls presscan.extract keeps its own settings."""
    probe = (
        "import gc, sys\n"
        "print(gc.get_threshold())\n"
        "from presscan import cli, extract\n"
        "extract('全省建成充电桩890台。')\n"
        "print(gc.get_threshold())\n"
        "sys.argv = ['presscan', '--version']\n"
        "try:\n"
        "    cli.main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(gc.get_threshold())\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    from presscan.collector import THRESHOLDS

    python_default, library, _version, console_script = done.stdout.splitlines()
    assert library == python_default
    assert console_script == str(THRESHOLDS)


def test_help_documents_exit_codes() -> None:
    result = runner.invoke(app, ["extract", "--help"])
    assert "Exit codes" in result.stdout
    for option in ("--glob", "--hidden", "--jobs", "--encoding", "--fail-fast", "--quiet"):
        assert option in result.stdout


def _commands() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def _help(*args: str) -> str:
    """The help as the installed script prints it on a wide terminal (rich's boxes)."""
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}
    done = subprocess.run(
        [str(Path(sys.executable).parent / "presscan"), *args, "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    return done.stdout


FLAGS = {
    # command: a flag of it and the start of its help, which must follow it with nothing between
    "": [("--version", "Print the version"), ("--help -h", "Show this message")],
    "extract": [("--hidden", "Also read hidden"), ("--excel", "CSV for spreadsheets"), ("--quiet -q", "No progress")],
    "summary": [("--fail-fast", "Stop at the first"), ("--help -h", "Show this message")],
    "patterns": [("--help -h", "Show this message")],
    "report": [("--open", "Open the report"), ("--hidden", "Also read hidden")],
    "schema": [("--help -h", "Show this message")],
    "text": [("--hidden", "Also read hidden"), ("--quiet -q", "No progress")],
}


@pytest.mark.parametrize("command", sorted(FLAGS))
def test_flags_read_as_flags_in_the_help(command: str) -> None:
    """typer 0.29 writes the type after every option in its rich help, `<bool>` after flags too:
    `--hidden <bool>` reads as if it took a value. A flag shows no type; an option with a value does."""
    text = _help(*filter(None, [command]))
    assert "<bool>" not in text
    for flag, help_start in FLAGS[command]:
        names = r"\s+".join(map(re.escape, flag.split()))
        assert re.search(rf"│ {names}\s+{re.escape(help_start)}", text), (flag, text)
    if command in ("extract", "summary"):
        assert re.search(r"--jobs\s+-j\s+N ", text)  # an option that takes a value names it


def test_every_command_is_checked_for_its_flags() -> None:
    assert sorted(filter(None, FLAGS)) == _commands()


def test_options_that_take_a_value_name_it_and_extras_show_their_brackets() -> None:
    """A value is named for what it is (FORMAT, FILE, ADDRESS, YEAR), not typer's type (<str>, <path>);
    rich reads [dask] as markup unless escaped, and the install line must survive."""
    text = _help("extract")
    for option, metavar in [
        ("--format", "FORMAT"),
        ("--output", "FILE"),
        ("--scheduler", "ADDRESS"),
        ("--year", "YEAR"),
    ]:
        assert re.search(rf"{option}\s+(-\w\s+)?{metavar}\b", text), option
    assert "<str>" not in text and "<path>" not in text
    assert "presscan[dask]" in re.sub(r"\s*│\s*", " ", text)
