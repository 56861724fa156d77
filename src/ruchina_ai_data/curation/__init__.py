"""Stage 2, curation: the hand-curated records of `curated/*.toml`, read once into typed,
frozen records and checked for form and against each other (never against the source)."""
