"""The README's Spark example (presscan.extract in mapInPandas) run on a local Spark, on 127.0.0.1 only:
the records are a local run's. pyspark (300 MB) and Java are not in the test extra: without them this
test skips, and the README says so."""

from __future__ import annotations

import importlib.util
import shutil
import sys

import pytest

from conftest import SAMPLES
from presscan.dask import frame
from presscan.writers.jsonl import json_line
from test_dask import by_source_and_start, local_run, readme_block

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("pyspark") is None or shutil.which("java") is None,
    reason="pyspark and Java are not installed (pip install pyspark; a JDK)",
)


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::FutureWarning")  # pyspark's: "does not yet fully support pandas >= 3.0.0"
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_the_readme_spark_example_gives_the_records_of_a_local_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)  # Spark's Python workers: this one, with presscan
    monkeypatch.setenv("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master("local[1]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    try:
        code = readme_block("### Spark").replace("bulletins/*.txt", str(SAMPLES / "*.txt"))
        scope: dict[str, object] = {"spark": spark}
        exec(code, scope)
        rows = scope["records"].toPandas()  # type: ignore[attr-defined]
    finally:
        spark.stop()
    # Spark names each file by its URL: a local run reads the same URLs (presscan.readers.remote)
    urls = [f"file://{path}" for path in sorted(SAMPLES.glob("*.txt"))]
    expected, _ = local_run(*urls)
    written = "".join(json_line(figure) + "\n" for figure in frame.figures_of(rows))
    assert by_source_and_start(written) == by_source_and_start(expected)
