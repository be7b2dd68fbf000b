"""`presscan schema`."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from presscan.cli import app

runner = CliRunner()


def test_schema_is_json_with_the_record_fields() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert {"value", "unit", "start", "end", "text", "kind", "qualifier"} <= set(schema["properties"])
    assert schema["properties"]["value"]["type"] == "number"
