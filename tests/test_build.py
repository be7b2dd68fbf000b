"""How presscan was built: an install from the source runs the per-figure modules
compiled by mypyc (tools/compile_hook.py); an editable install runs the .py files.

The rest of the suite checks that both give the same records: CI runs it on a
compiled install, development on an editable one.
"""

from __future__ import annotations

import ast
import importlib
import os
from pathlib import Path

from typer.testing import CliRunner

import presscan
from presscan.cli import app

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO / "src" / "presscan"


def compiled_modules() -> tuple[str, ...]:
    """COMPILED_MODULES as tools/compile_hook.py lists them (read, not imported: hatchling is a build tool)."""
    tree = ast.parse((REPO / "tools" / "compile_hook.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "COMPILED_MODULES" for target in node.targets
        ):
            return tuple(ast.literal_eval(node.value))
    raise AssertionError("tools/compile_hook.py has no COMPILED_MODULES")


def test_the_compiled_modules_exist() -> None:
    names = compiled_modules()
    assert names and all((SOURCE / f"{name}.py").is_file() for name in names)


def test_presscan_runs_as_it_was_built() -> None:
    package = Path(presscan.__file__).resolve().parent
    modules = {name: importlib.import_module(f"presscan.{name}") for name in compiled_modules()}
    if package == SOURCE:
        # an editable install: the .py files run, and no stale build shadows them
        assert not presscan.compiled
        assert [path.name for path in SOURCE.iterdir() if path.suffix in (".so", ".pyd")] == []
    elif os.environ.get("PRESSCAN_PURE_PYTHON") == "1":
        assert not presscan.compiled
    else:
        pure = [name for name, module in modules.items() if str(module.__file__).endswith(".py")]
        assert presscan.compiled and pure == [], (
            f"presscan was installed without its compiled modules ({', '.join(pure)} run as Python): "
            "pip's output (pip install -v) says why compiling failed; a C compiler and the Python "
            "headers are needed. Set PRESSCAN_PURE_PYTHON=1 to install pure Python on purpose."
        )


def test_version_says_how_presscan_was_built() -> None:
    result = CliRunner().invoke(app, ["--version"])
    build = "compiled with mypyc" if presscan.compiled else "pure Python"
    assert (result.exit_code, result.stdout) == (0, f"presscan {presscan.__version__} ({build})\n")
