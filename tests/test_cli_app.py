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
    """presscan.collector: the CLI's process tunes Python's cycle collector, and freezes what is
    alive when it exits (CPython's last collection passes over it); a program that calls
    presscan.extract keeps its own settings, and nothing is frozen at its exit."""
    probe = (
        "import atexit, gc, sys\n"
        "print(gc.get_threshold())\n"
        "from presscan import cli, extract\n"
        "extract('全省建成充电桩890台。')\n"
        "print(gc.get_threshold())\n"
        "atexit._run_exitfuncs()\n"
        "print(gc.get_freeze_count(), gc.isenabled())\n"
        "sys.argv = ['presscan', '--version']\n"
        "try:\n"
        "    cli.main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(gc.get_threshold())\n"
        "print(gc.get_freeze_count())\n"
        "atexit._run_exitfuncs()\n"
        "print(gc.get_freeze_count() > 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    from presscan.collector import THRESHOLDS

    lines = done.stdout.splitlines()
    python_default, library, library_exit, _version, console_script, before_exit, at_exit = lines
    assert library == python_default
    assert library_exit == "0 True"
    assert console_script == str(THRESHOLDS)
    assert (before_exit, at_exit) == ("0", "True")


def test_the_console_script_writes_its_output_whole_with_the_collector_frozen_at_exit(tmp_path: Path) -> None:
    """The console script's output, to a pipe and to a file (-o, JSON Lines and SQLite), is
    complete when the process ends with what is alive frozen (presscan.collector)."""
    script = str(Path(sys.executable).parent / "presscan")
    sample = str(REPO / "samples" / "bulletin.txt")
    piped = subprocess.run([script, "extract", sample, "--format", "jsonl"], capture_output=True, text=True, timeout=60)
    assert piped.returncode == 0, piped.stderr
    lines = piped.stdout.splitlines()
    assert len(lines) > 10 and lines[-1].endswith("}")
    written = tmp_path / "figures.jsonl"
    done = subprocess.run([script, "extract", sample, "-o", str(written)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert written.read_text(encoding="utf-8").splitlines() == lines
    import sqlite3

    database = tmp_path / "figures.sqlite"
    done = subprocess.run([script, "extract", sample, "-o", str(database)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(database) as connection:
        (count,) = connection.execute("select count(*) from figures").fetchone()
    assert count == len(lines)


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
