"""The house rules that a linter checks: ruff (lint and format), mypy --strict, and
where rich may be imported. They run as tests so that the README's one test
command, which CI runs, checks them too."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "src" / "presscan"
BIN = Path(sys.executable).parent

# rich draws terminal tables and progress bars; importing it costs start-up time,
# so only these modules, which draw for a terminal, may import it, and only
# inside the function that draws.
RICH_MODULES = frozenset({"writers.table", "summary", "listing", "progress"})


def _tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    on_path = shutil.which(name)
    if on_path is None:
        pytest.fail(f"{name} is not installed: pip install '.[test]'")
    return on_path


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600, check=False)


def test_ruff_finds_nothing() -> None:
    done = _run(_tool("ruff"), "check", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_format_changes_nothing() -> None:
    done = _run(_tool("ruff"), "format", "--check", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_strict_passes() -> None:
    # mypy reads [tool.mypy] in pyproject.toml: strict, on src/presscan
    done = _run(_tool("mypy"), "--cache-dir", str(REPO / ".mypy_cache"))
    assert done.returncode == 0, done.stdout + done.stderr


def _modules() -> dict[str, ast.Module]:
    return {
        path.relative_to(PACKAGE).with_suffix("").as_posix().replace("/", "."): ast.parse(
            path.read_text(encoding="utf-8")
        )
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def test_rich_is_imported_only_where_a_terminal_is_drawn() -> None:
    offenders = []
    for name, tree in _modules().items():
        for node in ast.walk(tree):
            imported = []
            if isinstance(node, ast.Import):
                imported = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                imported = [node.module]
            if any(module == "rich" or module.startswith("rich.") for module in imported):
                top_level = node in tree.body
                if name not in RICH_MODULES or top_level:
                    offenders.append(f"{name}:{node.lineno}")
    assert not offenders, f"rich imported outside a drawing function: {offenders}"


def test_starting_the_command_line_does_not_import_rich() -> None:
    code = "import sys, presscan, presscan.cli; print('rich' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ}, timeout=60, check=True
    )
    assert done.stdout.strip() == "False"
