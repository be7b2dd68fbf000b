"""Hatchling build hook: compile presscan's pipeline modules with mypyc into the wheel.

The modules that run once per figure (matching, attribution, the word cutter)
spend their time in the interpreter; compiled by mypyc from the same typed
source they run about 1.5x faster and give the same records (the test suite
runs on the compiled build in CI, and on the plain source in development).

- Editable installs are never compiled: the .py files you edit are what runs.
- PRESSCAN_PURE_PYTHON=1 builds a pure-Python wheel on purpose.
- When compiling fails (no C compiler, say), the wheel is pure Python and pip
  prints why; tests/test_build.py fails on such an install, so CI notices.
- With GCC (Linux and other POSIX systems), the C that mypyc writes is compiled
  twice, guided by a profile: once instrumented, then run on the samples and
  the held-out sets of eval/heldout where the tree has them (extract + JSON
  Lines, twice: a few seconds), then again with the profile
  (-fprofile-use), link-time optimised (-flto) with its symbols hidden
  (-fvisibility=hidden: the runtime's helpers, CPyList_GetItem and the like,
  are called directly and inlined, not through the PLT). The same C, the same
  records; some 10 % less time a figure (docs/performance.md, "The second round,
  twenty-third pass"). Should any step fail, the wheel is built without the
  profile, then without those flags, as before.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Final

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

extensions = mypycify({arguments!r}, opt_level="3", target_dir={target!r})
for extension in extensions:
    extension.extra_compile_args = [*extension.extra_compile_args, *{flags!r}]
    extension.extra_link_args = [*extension.extra_link_args, *{link!r}]
setup(
    name="presscan_compiled",
    ext_modules=extensions,
    script_args=["build_ext", "--force", "--build-lib", {lib!r}, "--build-temp", {temp!r}],
)
"""

# GCC's flags for every build but the plain one: the whole library optimised at link time, its
# symbols hidden (mypyc's shims find the library's modules through capsules, not by name)
_LTO_FLAGS: Final = ("-flto=auto", "-fno-semantic-interposition", "-fvisibility=hidden")

# the run that gives the profile: what `presscan extract --format jsonl` runs on a text, and
# presscan.extract's Figures, on the samples and the held-out sets (some 500 000 characters; a
# source tree without eval/ trains on the samples alone), instrumented: a few seconds
_TRAINING = """\
import sys
from pathlib import Path

sys.path.insert(0, sys.argv[2])  # the copy of the package, before any other presscan on the path
import presscan
from presscan import extract
from presscan.core import iter_record_values
from presscan.jsonline import JsonEncoder

assert presscan.compiled, f"the training run imported the Python modules ({presscan.__file__})"
paths = sorted(Path(sys.argv[1]).glob("*.txt")) + sorted(Path(sys.argv[3]).glob("*/*.txt"))
texts = [path.read_text(encoding="utf-8") for path in paths]
assert texts, "no samples to train on"
encoder = JsonEncoder()
for _ in range(2):
    for text in texts:
        for values in iter_record_values(text):
            encoder.encode_values_line(values)
for text in texts:
    for figure in extract(text):
        encoder.encode_line(figure)
"""


def _gcc() -> bool:
    """Whether the C compiler setuptools will call is GCC (the profile's flags are GCC's)."""
    if os.name != "posix":
        return False
    import sysconfig

    compiler = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()
    try:
        done = subprocess.run([*compiler, "--version"], capture_output=True, text=True, check=False, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0 and "Free Software Foundation" in done.stdout


class CompileHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        if os.environ.get(PURE_PYTHON_VARIABLE) == "1":
            self.app.display_info(f"presscan: {PURE_PYTHON_VARIABLE}=1, building pure Python")
            return
        self._work = Path(tempfile.mkdtemp(prefix="presscan-mypyc-"))
        sources = [str(Path(self.root, "src", "presscan", f"{name}.py")) for name in COMPILED_MODULES]
        self._arguments = ["--ignore-missing-imports", f"--cache-dir={self._work / 'mypy-cache'}", *sources]
        failures: list[str] = []
        lib: Path | None = None
        if _gcc():
            lib = self._guided(failures)
            if lib is None:
                lib = self._compile("lib-lto", list(_LTO_FLAGS), failures)
        if lib is None:
            lib = self._compile("lib", [], failures)
        if lib is None:
            self.app.display_warning(
                "presscan: compiling with mypyc failed; installing pure Python (the same records, about 1.5x slower)\n"
                + failures[-1]
            )
            return
        if lib.name == "lib-guided":
            self.app.display_info("presscan: compiled, guided by the profile of its training run")
        else:
            how = "with the link-time flags" if lib.name == "lib-lto" else "with mypyc's flags only"
            self.app.display_info(f"presscan: compiled {how}, not guided by a profile\n" + "\n".join(failures))
        built = sorted(lib.rglob("*.so")) + sorted(lib.rglob("*.pyd"))
        for path in built:
            build_data["force_include"][str(path)] = path.relative_to(lib).as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def _compile(self, name: str, flags: list[str], failures: list[str]) -> Path | None:
        """The extensions built into a folder `name` of the scratch folder, with `flags` besides mypyc's
        own; None when that failed (why, in `failures`). Every build writes its objects to the same
        folder: a profile's files are named by the objects' paths."""
        lib = self._work / name
        script = self._work / "setup.py"
        script.write_text(
            _SETUP.format(
                arguments=self._arguments,
                target=str(self._work / "c"),
                lib=str(lib),
                temp=str(self._work / "temp"),
                flags=flags,
                link=["-O3", *flags] if flags else [],  # the link optimises the whole library (-flto)
            ),
            encoding="utf-8",
        )
        # run in the scratch folder: setuptools must not read presscan's pyproject.toml
        done = subprocess.run(
            [sys.executable, str(script)], cwd=self._work, capture_output=True, text=True, check=False
        )
        if done.returncode == 0 and (sorted(lib.rglob("*.so")) or sorted(lib.rglob("*.pyd"))):
            return lib
        failures.append(f"{name}: " + (done.stdout + done.stderr)[-3000:])
        return None

    def _guided(self, failures: list[str]) -> Path | None:
        """The extensions built with GCC's profile of the training run (_TRAINING); None when a
        step failed."""
        profile = self._work / "profile"
        instrumented = self._compile(
            "lib-instrumented",
            [*_LTO_FLAGS, f"-fprofile-generate={profile}", "-fprofile-update=single"],
            failures,
        )
        samples = Path(self.root, "samples")
        if instrumented is None or not samples.is_dir():
            return None
        # a copy of the package with the instrumented modules beside its Python ones, and its patterns
        training = self._work / "training"
        shutil.copytree(Path(self.root, "src", "presscan"), training / "presscan")
        shutil.copytree(Path(self.root, "patterns"), training / "presscan" / "_patterns")
        for path in sorted(instrumented.rglob("*.so")):
            shutil.copy2(path, training / path.relative_to(instrumented))
        # pip's isolated build finds its packages by PYTHONPATH: the copy goes before them
        paths = [str(training), *filter(None, [os.environ.get("PYTHONPATH")])]
        environment = {**os.environ, "PYTHONPATH": os.pathsep.join(paths), "PRESSCAN_NO_CACHE": "1"}
        try:
            done = subprocess.run(
                [sys.executable, "-c", _TRAINING, str(samples), str(training), str(Path(self.root, "eval", "heldout"))],
                cwd=training,
                env=environment,
                capture_output=True,
                text=True,
                check=False,
                timeout=900,
            )
        except subprocess.SubprocessError as error:
            failures.append(f"training: {error}")
            return None
        if done.returncode:
            failures.append("training: " + (done.stdout + done.stderr)[-3000:])
            return None
        return self._compile(
            "lib-guided",
            [
                *_LTO_FLAGS,
                f"-fprofile-use={profile}",
                "-fprofile-partial-training",  # what the samples never ran stays optimised as without a profile
                "-Wno-missing-profile",
                "-Wno-error=coverage-mismatch",
            ],
            failures,
        )

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
