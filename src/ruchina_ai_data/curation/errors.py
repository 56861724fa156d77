"""The one error of curated records: malformed, inconsistent, or disagreeing with the source."""


class CurationError(ValueError):
    """A curated record is malformed or does not agree with the source; the message names
    the file and the record."""
