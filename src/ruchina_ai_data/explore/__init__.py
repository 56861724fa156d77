"""The explorer: the published tables as a SQLite database, served by Datasette with
metadata generated from the column spec (the `explore` extra). Reads the package files
only; nothing here feeds back into the build."""
