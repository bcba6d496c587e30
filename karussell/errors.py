"""One exception root for everything karussell raises on purpose."""

from __future__ import annotations


class KarussellError(Exception):
    """Root of all errors that karussell reports to a user without a traceback."""


class InputError(KarussellError):
    """An input record that cannot be read; names where it is."""

    def __init__(self, source: str, line: int | None, reason: str) -> None:
        self.source = source
        self.line = line
        self.reason = reason
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class DataFileError(KarussellError):
    """A bundled or user-supplied rule or lexicon file is invalid.

    Carries every problem found in the file, each naming its rule or row.
    """

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(f"{path}: " + "; ".join(problems))
