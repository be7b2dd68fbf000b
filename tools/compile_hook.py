"""Hatchling build hook: compile presscan's pipeline modules with mypyc into the wheel.

The modules that run once per figure (matching, attribution, the word cutter)
spend their time in the interpreter; compiled by mypyc from the same typed
source they run about 1.5x faster and give the same records (the test suite
runs on the compiled build in CI, and on the plain source in development).

- Editable installs are never compiled: the .py files you edit are what runs.
- PRESSCAN_PURE_PYTHON=1 builds a pure-Python wheel on purpose.
- When compiling fails (no C compiler, say), the wheel is pure Python and pip
  prints why; tests/test_build.py fails on such an install, so CI notices.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# presscan modules compiled, in src/presscan/; the rest (CLI, writers, pydantic
# records, pattern loading) stays Python: it runs once per input, not per figure
COMPILED_MODULES = (
    "core",
    "recordvalues",
    "normalise",
    "normalised",
    "linemarks",
    "proselines",
    "linescan",
    "charfold",
    "match",
    "matchwords",
    "rawfigure",
    "wordlookup",
    "number_readings",
    "tails",
    "figurebuild",
    "figureparts",
    "titles",
    "lookback",
    "numerals",
    "numberstarts",
    "segment",
    "wordtoken",
    "tokens",
    "wordbits",
    "wordclass",
    "nameverbs",
    "namemarks",
    "phraseends",
    "subject",
    "tenors",
    "counted",
    "shares",
    "listitems",
    "chains",
    "chainparts",
    "clauselists",
    "listedsubjects",
    "periods",
    "periodtypes",
    "eventtimes",
    "timejoins",
    "timeline",
    "timegate",
    "clausetimes",
    "sections",
    "timeframes",
    "predicate",
    "statusrules",
    "sentencewords",
    "measure",
    "attribute",
    "islands",
    "figuregroups",
    "lexicon",
    "cutter",
    "jsonline",
    "jsonnumber",
)
PURE_PYTHON_VARIABLE = "PRESSCAN_PURE_PYTHON"

_SETUP = """\
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="presscan_compiled",
    ext_modules=mypycify({arguments!r}, opt_level="3", target_dir={target!r}),
    script_args=["build_ext", "--build-lib", {lib!r}, "--build-temp", {temp!r}],
)
"""


class CompileHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        if os.environ.get(PURE_PYTHON_VARIABLE) == "1":
            self.app.display_info(f"presscan: {PURE_PYTHON_VARIABLE}=1, building pure Python")
            return
        self._work = Path(tempfile.mkdtemp(prefix="presscan-mypyc-"))
        lib = self._work / "lib"
        sources = [str(Path(self.root, "src", "presscan", f"{name}.py")) for name in COMPILED_MODULES]
        arguments = ["--ignore-missing-imports", f"--cache-dir={self._work / 'mypy-cache'}", *sources]
        script = self._work / "setup.py"
        script.write_text(
            _SETUP.format(
                arguments=arguments, target=str(self._work / "c"), lib=str(lib), temp=str(self._work / "temp")
            ),
            encoding="utf-8",
        )
        # run in the scratch folder: setuptools must not read presscan's pyproject.toml
        done = subprocess.run(
            [sys.executable, str(script)], cwd=self._work, capture_output=True, text=True, check=False
        )
        built = sorted(lib.rglob("*.so")) + sorted(lib.rglob("*.pyd"))
        if done.returncode or not built:
            self.app.display_warning(
                "presscan: compiling with mypyc failed; installing pure Python (the same records, about 1.5x slower)\n"
                + (done.stdout + done.stderr)[-3000:]
            )
            return
        for path in built:
            build_data["force_include"][str(path)] = path.relative_to(lib).as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
