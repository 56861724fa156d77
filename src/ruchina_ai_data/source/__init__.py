"""Stage 1, the source: the pinned report file and its parse into both editions."""
