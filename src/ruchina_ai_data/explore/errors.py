"""The explorer's error: a missing extra, or no database to serve."""


class ExploreError(RuntimeError):
    """The explorer cannot run: a missing extra, or no database to serve."""
