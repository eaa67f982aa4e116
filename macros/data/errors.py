"""Data problems, each pointing at one place in one file."""
from dataclasses import dataclass


def format_path(path) -> str:
    """('levels', 3, 'salary') -> 'levels[3].salary'"""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    path: tuple
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        key = format_path(self.path)
        return f"{where} {key}: {self.message}" if key else f"{where}: {self.message}"


class DataError(Exception):
    """Every problem found in the data, reported together."""

    def __init__(self, problems, where: str = "in the data"):
        self.problems = sorted(problems, key=lambda p: (p.file, p.line or 0, format_path(p.path)))
        count = len(self.problems)
        lines = "\n".join(str(p) for p in self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} {where}:\n{lines}")
