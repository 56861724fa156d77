"""Stage 5, publish: the rows written as Parquet and CSV, and the artefacts generated from
the spec and the written files (Table Schemas, `datapackage.json`, `croissant.json`, the
data dictionary); also the comparison of two releases."""
