"""Where the report was announced: the publisher's page, kept beside the report as
`announcement.md` and pinned by its sha256. Its facts go into `editions` and the descriptor."""

from __future__ import annotations

from pathlib import Path

from ..hashing import sha256_bytes

ANNOUNCEMENT_FILE = "announcement.md"
ANNOUNCEMENT_SHA256 = "6fdcb354c5c7540f0cafbdd1d1314692d0ca212c788ebadc7520e280b4691e04"
ANNOUNCED_BY = "FACE (Hinterbrühl, Austria), on the report page of its website"
# The title the announcement gives, which is not the title either edition prints.
ANNOUNCEMENT_TITLE = "The Evolving Russian-Chinese Alliance in Artificial Intelligence"


def announcement_problem(report_path: Path) -> str | None:
    """What is wrong with the announcement beside the report, if it is there: another file
    than the pinned one, or one that does not print the title recorded. None when it is
    absent (the report alone is enough to build) or right."""
    path = report_path.with_name(ANNOUNCEMENT_FILE)
    if not path.is_file():
        return None
    data = path.read_bytes()
    actual = sha256_bytes(data)
    if actual != ANNOUNCEMENT_SHA256:
        return f"announcement at {path} has sha256 {actual}, expected {ANNOUNCEMENT_SHA256}"
    if f"“{ANNOUNCEMENT_TITLE}”" not in data.decode("utf-8"):
        return f"announcement at {path} does not print the title {ANNOUNCEMENT_TITLE!r}"
    return None
