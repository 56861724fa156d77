"""The explorer's error: no database to serve, or a server that did not start."""


class ExploreError(RuntimeError):
    """The explorer cannot run: no database to serve, or a server that did not start."""
