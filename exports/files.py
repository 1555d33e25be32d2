"""Atomic file writes: a failed run never leaves a half-written file behind.

Every writer in frontline goes through these two functions. Text is written to a
temporary file in the target's own folder (so the final rename stays on one file
system) and moved into place with ``os.replace``, which is atomic on POSIX and
Windows: readers see the old file or the new one, never a mix.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Mapping


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path``, replacing any earlier file atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp_name, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are for sharing
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process umask (reading it means setting it: set it straight back)."""
    umask = os.umask(0)
    os.umask(umask)
    return umask


def write_folder_atomic(folder: Path, files: Mapping[str, str]) -> None:
    """Replace ``folder`` with one holding exactly ``files`` (name -> text).

    The new folder is built beside the old one and swapped in with renames, so an
    interrupted write leaves the earlier folder as it was.
    """
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        os.chmod(staging, 0o777 & ~_umask())  # mkdtemp makes 0700
        for name, text in files.items():
            (staging / name).write_text(text, encoding="utf-8", newline="")
        if folder.exists():
            retired = folder.with_name(f".{folder.name}.old")
            shutil.rmtree(retired, ignore_errors=True)
            os.replace(folder, retired)
            os.replace(staging, folder)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            os.replace(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
