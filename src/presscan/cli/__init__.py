"""The command line: a thin shell over the library, one module per command.

This module only assembles the typer app from the command modules (typer's
"One File Per Command": each module has a Typer of its own, added here without
a name, so that its command stands at the top level) and is the console
script's entry point, `presscan = presscan.cli:main`.

    presscan.cli.common    what every command shares: errors as one line, stdout, patterns, help
    presscan.cli.options   the options shared by commands, and the one object of input options
    presscan.cli.extract   presscan extract (records, through presscan.writers)
    presscan.cli.summary   presscan summary
    presscan.cli.report    presscan report (an HTML page to review the figures: presscan.report)
    presscan.cli.text      presscan text (the text presscan reads from an input)
    presscan.cli.patterns  presscan patterns
    presscan.cli.schema    presscan schema

Adding a command: a module like presscan.cli.summary, added to COMMANDS below,
and a section in the README (tests/test_readme.py checks that every command and
option is documented).
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Annotated

import typer

from presscan import signals
from presscan.cli import extract, patterns, report, schema, summary, text
from presscan.cli.common import EXIT_CODES_HELP, Group, print_version
from presscan.collector import tune_collector
from presscan.dropped import quiet_when_dropped
from presscan.errors import (
    EXIT_BROKEN_PIPE,
    EXIT_INPUT_FAILED,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_PATTERNS,
    EXIT_TERMINATED,
    EXIT_USAGE,
    PresscanError,
)

__all__ = [
    "EXIT_BROKEN_PIPE",
    "EXIT_INPUT_FAILED",
    "EXIT_INTERNAL",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_OUTPUT",
    "EXIT_PATTERNS",
    "EXIT_TERMINATED",
    "EXIT_USAGE",
    "app",
    "main",
]

# In the order of --help.
COMMANDS = (extract, summary, report, text, schema, patterns)


def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=print_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Extract every statistical figure from Chinese press releases as typed records."""


def _app(commands: tuple[ModuleType, ...]) -> typer.Typer:
    """The presscan command group with `commands`."""
    built = typer.Typer(
        name="presscan",
        help=(
            "Extract every statistical figure from Chinese press releases as typed records.\n\n"
            "Example: presscan extract bulletin.txt --format csv -o figures.csv\n\n" + EXIT_CODES_HELP
        ),
        no_args_is_help=True,
        add_completion=False,
        context_settings={"help_option_names": ["-h", "--help"]},
        cls=Group,
    )
    built.callback()(_main)
    for command in commands:
        built.add_typer(command.app)
    return built


app = _app(COMMANDS)


def _names(command: ModuleType) -> set[str]:
    """The names a command module's commands are called by."""
    return {
        info.name or info.callback.__name__.replace("_", "-")
        for info in command.app.registered_commands
        if info.callback
    }


def _app_for(args: list[str]) -> typer.Typer:
    """The app to run `args` with. When they start with a command's name, the group is built with
    that command alone: typer turns the parameters of every command it holds into click's on each
    run, and the others are not needed (their help is the group's, shown without a command)."""
    if args:
        for command in COMMANDS:
            if args[0] in _names(command):
                return _app((command,))
    return app


def main() -> None:
    """Console-script entry point: run the app, and end quietly on pipes and signals."""
    tune_collector()
    signals.install()
    try:
        with quiet_when_dropped(KeyboardInterrupt, SystemExit):
            _app_for(sys.argv[1:])()
    except PresscanError as error:
        sys.stderr.write(f"presscan: error: {error}\n")
        sys.exit(error.exit_code)
    except BrokenPipeError:
        signals.silence_stdout()
        sys.exit(EXIT_BROKEN_PIPE)
    except KeyboardInterrupt:
        sys.stderr.write("presscan: interrupted\n")
        sys.exit(EXIT_INTERRUPTED)
