"""A record as one level of columns: for CSV, and for any table-shaped output (a spreadsheet, a database).

There is no nesting in a row: a nested object is spread over columns of its
own, named after the object and its field (period_start_year); the period's
text keeps the column `period`. Values are what JSON gives them, except the
ones a JSON number would round, which are written from the Decimal exactly.
"""

from __future__ import annotations

from presscan.jsonnumber import exact_number
from presscan.record import Figure, TableCell

_FIELDS = list(Figure.model_fields)
_NESTED: dict[str, tuple[str, ...]] = {
    "period": ("start_year", "end_year", "start_month", "end_month", "resolved_from"),
    "table": tuple(TableCell.model_fields),
}
_NUMBER_FIELDS = ("value", "value_high")


def _columns() -> list[str]:
    columns: list[str] = []
    for name in _FIELDS:
        if name == "period":
            columns.append(name)
        if name in _NESTED:
            columns.extend(f"{name}_{part}" for part in _NESTED[name])
        else:
            columns.append(name)
    return columns


COLUMNS = _columns()


def record_dict(figure: Figure) -> dict[str, object]:
    return figure.model_dump(mode="json")


def _exact_numbers(figure: Figure) -> dict[str, str]:
    found = {}
    for name in _NUMBER_FIELDS:
        value = getattr(figure, name)
        text = exact_number(value) if value is not None else None
        if text is not None:
            found[name] = text
    return found


def flat_record(figure: Figure) -> dict[str, object]:
    """The record as one level of columns (COLUMNS), values as JSON gives them."""
    data = record_dict(figure)
    data.update(_exact_numbers(figure))
    for name, parts in _NESTED.items():
        nested = data.pop(name)
        nested_fields = nested if isinstance(nested, dict) else {}
        if name == "period":
            data[name] = nested_fields.get("text")
        for part in parts:
            data[f"{name}_{part}"] = nested_fields.get(part)
    return data
