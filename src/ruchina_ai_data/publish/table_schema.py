"""Table Schema (Frictionless, Data Package v1) generated from the column spec."""

from __future__ import annotations

from typing import Any

from ..spec import Column, Table

_TYPES = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "date": "date",
    "category": "string",
}


def field_descriptor(column: Column) -> dict[str, Any]:
    """One Table Schema field."""
    descriptor: dict[str, Any] = {
        "name": column.name,
        "type": _TYPES[column.type],
        "description": column.description,
    }
    if column.unit:
        descriptor["unit"] = column.unit
    constraints: dict[str, Any] = {}
    if column.required:
        constraints["required"] = True
    if column.unique:
        constraints["unique"] = True
    if column.enum:
        constraints["enum"] = list(column.enum)
    if column.pattern:
        constraints["pattern"] = column.pattern.removeprefix("^").removesuffix("$")
    if column.minimum is not None:
        constraints["minimum"] = column.minimum
    if column.maximum is not None:
        constraints["maximum"] = column.maximum
    if column.max_length is not None:
        constraints["maxLength"] = column.max_length
    if constraints:
        descriptor["constraints"] = constraints
    return descriptor


def table_schema(table: Table) -> dict[str, Any]:
    """The Table Schema of one table, foreign keys included."""
    schema: dict[str, Any] = {
        "fields": [field_descriptor(c) for c in table.columns],
        "missingValues": [""],
        "primaryKey": list(table.primary_key),
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": list(fk.fields),
                "reference": {
                    "resource": "" if fk.resource == table.name else fk.resource,
                    "fields": list(fk.reference),
                },
            }
            for fk in table.foreign_keys
        ]
    return schema
