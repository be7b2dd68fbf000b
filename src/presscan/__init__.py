"""presscan: every statistical figure in a Chinese press release, as a typed record.

>>> from presscan import extract
>>> [(f.value, f.unit, f.kind) for f in extract("全省高速公路已建成充电桩 890台")]
[(Decimal('890'), '台', 'count')]
"""

from presscan import core as _core
from presscan.core import extract, iter_extract
from presscan.errors import InputError, OutputError, PatternError, PresscanError
from presscan.patterndata import PatternSet
from presscan.patternset import default_patterns, load_patterns
from presscan.record import SCHEMA_VERSION, Figure, Period

__version__ = "0.1.0"

# True when the per-figure modules run compiled by mypyc (the default install;
# tools/compile_hook.py), False for pure Python (editable installs, or
# PRESSCAN_PURE_PYTHON=1). Both give the same records.
compiled: bool = not _core.__file__.endswith(".py")

__all__ = [
    "SCHEMA_VERSION",
    "Figure",
    "InputError",
    "OutputError",
    "PatternError",
    "PatternSet",
    "Period",
    "PresscanError",
    "__version__",
    "compiled",
    "default_patterns",
    "extract",
    "iter_extract",
    "load_patterns",
]
