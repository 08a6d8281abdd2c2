"""Writers for event records (JSON Lines, CSV, GeoJSON) and atomic output files.

An output file is written under a temporary name beside its final name and moved into
place when the run ends (`atomic_output`, `atomic_path`): an interrupted run leaves the
complete records of the inputs it finished, and a failing destination (a full disk, a
read-only folder) leaves whatever was under the final name untouched.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from kronika.errors import RunError
from kronika.record import Event

#: `acled`: ACLED's export columns (kronika.store.acled); `text`: one readable line per event
FORMATS = ("jsonl", "csv", "geojson", "acled", "text")
#: the evidence shown by the `text` format is cut at this many characters
TEXT_EVIDENCE_CHARS = 160
_SENTENCE_END = frozenset('.!?"”»…')
_TEXT_HEADER = f"{'kind':<12} {'date':<23} {'place':<34} {'killed':>6}  evidence"

#: list fields and how CSV flattens them into one cell each
_CSV_LISTS = ("actors", "weapons", "evidence")
CSV_COLUMNS: tuple[str, ...] = (
    *(f.name for f in dataclasses.fields(Event) if f.name not in _CSV_LISTS),
    "actors",
    "actor_roles",
    "weapons",
    "evidence_offsets",
    "evidence_text",
)


def event_json(event: Event) -> str:
    return json.dumps(event.to_dict(), ensure_ascii=False, sort_keys=False)


def csv_row(event: Event) -> dict[str, Any]:
    row = {k: v for k, v in event.to_dict().items() if k not in _CSV_LISTS}
    row["actors"] = "; ".join(a.canonical or a.name for a in event.actors)
    row["actor_roles"] = "; ".join(f"{a.canonical or a.name}={a.role}" for a in event.actors)
    row["weapons"] = "; ".join(event.weapons)
    row["evidence_offsets"] = "; ".join(f"{e.start}-{e.end}" for e in event.evidence)
    row["evidence_text"] = " | ".join(e.text for e in event.evidence)
    return {k: ("" if v is None else v) for k, v in row.items()}


def geojson_feature(event: Event) -> dict[str, Any]:
    props = event.to_dict()
    geometry = None
    if event.latitude is not None and event.longitude is not None:
        geometry = {"type": "Point", "coordinates": [event.longitude, event.latitude]}
    return {"type": "Feature", "id": event.event_id, "geometry": geometry, "properties": props}


def text_line(event: Event) -> str:
    """One readable line: kind, date, place, the number killed and the sentence that says so."""
    when = event.date_start or "date unknown"
    if event.date_end and event.date_end != event.date_start:
        when = f"{event.date_start}..{event.date_end}"
    names = dict.fromkeys((event.place, event.admin1, event.country))
    where = ", ".join(x for x in names if x) or "place unknown"
    killed = "-" if event.killed is None else str(event.killed)
    # the first span that is a whole sentence (a headline or a fragment says less)
    spans = [e.text for e in event.evidence]
    chosen = next((t for t in spans if t.rstrip()[-1:] in _SENTENCE_END), spans[0] if spans else "")
    evidence = " ".join(chosen.split())
    if len(evidence) > TEXT_EVIDENCE_CHARS:
        evidence = evidence[: TEXT_EVIDENCE_CHARS - 1].rstrip() + "…"
    return f"{event.kind:<12} {when:<23} {where[:34]:<34} {killed:>6}  {evidence}"


class Writer:
    """Streams records to a file object in one format; `close()` finishes the output."""

    def __init__(self, out: IO[str], fmt: str) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        self.out, self.fmt, self.count = out, fmt, 0
        self._csv: csv.DictWriter[str] | None = None
        self._acled: Any = None
        if fmt == "acled":
            from kronika.store.acled import AcledWriter

            self._acled = AcledWriter(out)
        elif fmt == "csv":
            self._csv = csv.DictWriter(out, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
            self._csv.writeheader()
        elif fmt == "geojson":
            out.write('{"type": "FeatureCollection", "features": [\n')
        elif fmt == "text":
            out.write(_TEXT_HEADER + "\n")

    def write(self, events: Iterable[Event]) -> None:
        for event in events:
            if self._acled is not None:
                self._acled.write(event)
            elif self.fmt == "jsonl":
                self.out.write(event_json(event) + "\n")
            elif self._csv is not None:
                self._csv.writerow(csv_row(event))
            elif self.fmt == "text":
                self.out.write(text_line(event) + "\n")
            else:
                sep = ",\n" if self.count else ""
                self.out.write(sep + json.dumps(geojson_feature(event), ensure_ascii=False))
            self.count += 1
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "geojson":
            self.out.write("\n]}\n")
        elif self._acled is not None:
            self._acled.close()
        self.out.flush()


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _check_destination(path: str) -> Path:
    """The file to replace: a symbolic link's target (the link stays a link)."""
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()
    if target.is_dir():
        raise RunError(f"cannot write {path}: it is a folder; give a file name")
    if not target.parent.is_dir():
        raise RunError(f"cannot write {path}: folder {target.parent} does not exist")
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_path(path: str) -> Iterator[Path]:
    """A temporary path beside `path` for a writer that takes a file name (Parquet); moved to
    `path` when the block ends without error, removed otherwise."""
    target = _check_destination(path)
    if target.exists() and not target.is_file():
        raise RunError(f"cannot write {path}: not a regular file")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise RunError(f"cannot write {path}: {_why(exc)}") from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as exc:
        raise RunError(f"cannot write {path}: {_why(exc)}") from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


class GuardedStream:
    """A text stream whose write failures become one `RunError` naming the destination."""

    def __init__(self, fh: IO[str], name: str) -> None:
        self._fh, self.name, self.failed = fh, name, False

    def _guard(self, fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except BrokenPipeError:
            raise
        except OSError as exc:
            self.failed = True
            raise RunError(f"cannot write {self.name}: {_why(exc)}") from None

    def write(self, text: str) -> int:
        return int(self._guard(self._fh.write, text))

    def writelines(self, lines: Iterable[str]) -> None:
        self._guard(self._fh.writelines, lines)

    def flush(self) -> None:
        self._guard(self._fh.flush)

    def close(self) -> None:
        self._guard(self._fh.close)

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._fh, attr)


@contextlib.contextmanager
def atomic_output(path: str) -> Iterator[GuardedStream]:
    """A text stream that becomes the file `path` when the block ends.

    On an interruption or a failure that is not the destination's own, what was written
    (whole records of the inputs done: writers flush after each record) is moved into place.
    When the destination itself fails (full, read-only), the temporary file is removed and
    the final name is left as it was.
    """
    target = _check_destination(path)
    if target.exists() and not target.is_file():
        # a device or a pipe (/dev/stdout, a FIFO): nothing to replace, write to it directly
        with _direct_output(path) as stream:
            yield stream
        return
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise RunError(f"cannot write {path}: {_why(exc)}") from None
    tmp = Path(tmp_name)
    stream = GuardedStream(fh, path)
    try:
        try:
            yield stream
        finally:
            stream.close()
    except BaseException:
        if stream.failed:
            with contextlib.suppress(OSError):
                tmp.unlink()
        else:
            _move(tmp, target, path)
        raise
    _move(tmp, target, path)


@contextlib.contextmanager
def _direct_output(path: str) -> Iterator[GuardedStream]:
    try:
        fh = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise RunError(f"cannot write {path}: {_why(exc)}") from None
    stream = GuardedStream(fh, path)
    try:
        yield stream
    finally:
        stream.close()


def _move(tmp: Path, target: Path, path: str) -> None:
    try:
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise RunError(f"cannot write {path}: {_why(exc)}") from None
