"""Stage 3, derive: what code derives from the parse and the curated records, each thing once:
section ids, footnote readings, works joined to entries, the alignment of the editions'
notes, every evidence span located, entity mentions and the coverage of every numeral."""
