"""The input files of a batch: files, folders (walked as ``ingest`` walks them) and ``@list.txt`` files.

A list file holds one path per line (blank lines and ``#`` comments are skipped; relative paths are relative to
the list file's folder). Each file found is one input: one task for an engine, one done-marker.
"""

from __future__ import annotations

from pathlib import Path

from faultlines.model import FaultlinesError
from faultlines.sources import _wanted_in_folder


def expand(specs: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """``(files, failures)``: the absolute paths of the input files, in order and without repeats, and the
    inputs that name nothing readable (``(name, reason)``). A list file that cannot be read is a usage error
    (:class:`FaultlinesError`)."""
    files: list[str] = []
    failures: list[tuple[str, str]] = []
    for spec in specs:
        for path in _list_file(spec) if spec.startswith("@") else [Path(spec)]:
            _add(path.expanduser().absolute(), files, failures)
    seen: set[str] = set()
    unique = [f for f in files if not (f in seen or seen.add(f))]
    return unique, failures


def _list_file(spec: str) -> list[Path]:
    name = spec[1:]
    if not name:
        raise FaultlinesError("@: give the list file's name after the @ (one path per line)")
    list_path = Path(name).expanduser()
    try:
        text = list_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise FaultlinesError(f"{spec}: cannot read the list file ({reason})") from None
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            path = Path(line).expanduser()
            out.append(path if path.is_absolute() else list_path.parent / path)
    return out


def _add(path: Path, files: list[str], failures: list[tuple[str, str]]) -> None:
    if path.is_dir():
        found = sorted(p for p in path.rglob("*") if _wanted_in_folder(p, path))
        if not found:
            failures.append((str(path), "folder holds no readable pages"))
        files += [str(p) for p in found]
    elif path.is_file():
        files.append(str(path))
    elif path.exists():
        failures.append((str(path), "not a regular file"))
    else:
        failures.append((str(path), "no such file or folder"))
