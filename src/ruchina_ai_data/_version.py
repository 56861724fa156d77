"""Package version (SemVer for data: see CHANGELOG.md) and the date of this release."""

__version__ = "1.0.0"
RELEASE_DATE = "2026-11-27"
