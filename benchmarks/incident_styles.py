"""Cross-document incidents on one event told in four styles, with neighbouring same-night attacks.

Each *story* is one happening told as a wire (a dateline and a weekday), a local paper (the
full date, a different site word, a different figure), an encyclopedia page (a dated
paragraph among background) and a round-up (one item beside another town's). Some stories
have a *hard negative*: another attack the same night, by the same group, in a neighbouring
town, told by its own wire. Every report is written for this benchmark.

The events of all documents go through `build_incidents`; each event that lies within 30 km
of a story's town on the story's day range is that story's (round-ups also report other towns,
which are no story and are left out). Pairs of story events are scored: precision (pairs put
in one incident that are one story) and recall (pairs of one story put in one incident).

Usage: python benchmarks/incident_styles.py [--show]
"""

from __future__ import annotations

import argparse
import itertools
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kronika import api  # noqa: E402
from kronika.record import Event  # noqa: E402
from kronika.store.incidents import build_incidents, haversine_km  # noqa: E402

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Story:
    key: str
    town: str
    region: str
    country: str
    capital: str
    day: date
    group: str
    attackers: str
    site: str
    other_site: str
    means: str
    killed: int
    injured: int
    #: a town 30-80 km away attacked the same night by the same group (a hard negative), if any
    neighbour: str | None = None
    #: another town of the round-up
    elsewhere: str = "Kano"


STORIES = (
    Story(
        "maiduguri",
        "Maiduguri",
        "Borno",
        "Nigeria",
        "Abuja",
        date(2024, 3, 12),
        "Boko Haram",
        "insurgents",
        "checkpoint",
        "army patrol",
        "opened fire on",
        7,
        4,
        "Konduga",
        "Jos",
    ),
    Story(
        "peshawar",
        "Peshawar",
        "Khyber Pakhtunkhwa",
        "Pakistan",
        "Islamabad",
        date(2024, 4, 9),
        "the Pakistani Taliban",
        "militants",
        "police station",
        "police post",
        "attacked",
        5,
        9,
        "Nowshera",
        "Quetta",
    ),
    Story(
        "mogadishu",
        "Mogadishu",
        "Banaadir",
        "Somalia",
        "Nairobi",
        date(2024, 5, 21),
        "al-Shabaab",
        "fighters",
        "hotel",
        "restaurant",
        "stormed",
        11,
        20,
        "Afgooye",
        "Kismayo",
    ),
    Story(
        "gao",
        "Gao",
        "Gao",
        "Mali",
        "Bamako",
        date(2024, 6, 4),
        "the Islamic State Sahel Province",
        "jihadists",
        "market",
        "bus station",
        "attacked",
        9,
        6,
        None,
        "Mopti",
    ),
    Story(
        "baghdad",
        "Baghdad",
        "Baghdad",
        "Iraq",
        "Baghdad",
        date(2024, 2, 15),
        "the Islamic State",
        "gunmen",
        "checkpoint",
        "security post",
        "attacked",
        4,
        3,
        "Baqubah",
        "Mosul",
    ),
    Story(
        "quetta",
        "Quetta",
        "Balochistan",
        "Pakistan",
        "Islamabad",
        date(2024, 8, 26),
        "the Balochistan Liberation Army",
        "separatists",
        "railway station",
        "train station",
        "attacked",
        14,
        30,
        "Mastung",
        "Karachi",
    ),
    Story(
        "beni",
        "Beni",
        "North Kivu",
        "Democratic Republic of the Congo",
        "Kinshasa",
        date(2024, 7, 2),
        "the Allied Democratic Forces",
        "rebels",
        "village",
        "farming village",
        "raided",
        18,
        5,
        None,
        "Goma",
    ),
    Story(
        "kabul",
        "Kabul",
        "Kabul",
        "Afghanistan",
        "Kabul",
        date(2024, 9, 2),
        "the Islamic State Khorasan Province",
        "a suicide bomber",
        "ministry building",
        "government office",
        "struck",
        6,
        13,
        "Charikar",
        "Kandahar",
    ),
)


def _weekday(d: date) -> str:
    return WEEKDAYS[d.weekday()]


def wire(s: Story) -> tuple[str, str]:
    pub = s.day + timedelta(days=1)
    text = (
        f"{s.town} {s.means} kills {s.killed}\n\n"
        f"{s.capital.upper()}, {pub:%B} {pub.day} (Reuters) - "
        f"{s.attackers.capitalize()} {s.means} a {s.site} in {s.town} on {_weekday(s.day)} night, "
        f"killing {s.killed} people and wounding {s.injured}, "
        f"officials said on {_weekday(pub)}.\n\n"
        f"{s.group[0].upper() + s.group[1:]} claimed responsibility for the attack in a statement.\n"
    )
    return text, pub.isoformat()


def local(s: Story) -> tuple[str, str]:
    pub = s.day + timedelta(days=2)
    text = (
        f"Residents mourn victims of {s.other_site} attack\n\n"
        f"At least {s.killed - 1} people were killed and several others injured when {s.attackers} "
        f"{s.means} a {s.other_site} in {s.town}, {s.region}, on {s.day.day} {s.day:%B %Y}.\n\n"
        f"Hospital staff said the wounded were brought in overnight. Police blamed {s.group}.\n"
    )
    return text, pub.isoformat()


def encyclopedia(s: Story) -> tuple[str, None]:
    text = (
        f"{s.day.year} {s.town} attack\n\n"
        f"The {s.town} attack took place on {s.day.day} {s.day:%B %Y}, when {s.attackers} {s.means} a "
        f"{s.site} in {s.town}, {s.country}. The attack killed {s.killed} people and injured {s.injured}. "
        f"{s.group[0].upper() + s.group[1:]} later claimed responsibility.\n\n"
        f"Background\n\n{s.group[0].upper() + s.group[1:]} has carried out frequent attacks in "
        f"{s.region} for years.\n"
    )
    return text, None


def round_up(s: Story) -> tuple[str, str]:
    pub = s.day + timedelta(days=5)
    other = s.day + timedelta(days=2)
    text = (
        f"Weekly security update\n\n"
        f"- {s.day.day} {s.day:%B}: {s.attackers.capitalize()} {s.means} a {s.site} in {s.town}, killing "
        f"{s.killed} people.\n"
        f"- {other.day} {other:%B}: An explosive device killed two soldiers near {s.elsewhere}.\n\n"
        f"Reporting period {s.day.day - 1 if s.day.day > 1 else 1} to {pub.day} {pub:%B %Y}.\n"
    )
    return text, pub.isoformat()


def neighbour(s: Story) -> tuple[str, str]:
    assert s.neighbour is not None
    pub = s.day + timedelta(days=1)
    text = (
        f"{s.neighbour} police post attacked\n\n"
        f"{s.capital.upper()}, {pub:%B} {pub.day} (AFP) - Suspected {s.attackers} attacked a police post in "
        f"{s.neighbour} on {_weekday(s.day)} night, killing two officers, police said.\n"
    )
    return text, pub.isoformat()


STYLES = {"wire": wire, "local": local, "encyclopedia": encyclopedia, "roundup": round_up}


def documents() -> list[tuple[str, str, str | None, Story, str]]:
    """(document id, text, published, story, the town the document's story event is in)."""
    out = []
    for s in STORIES:
        for name, style in STYLES.items():
            text, pub = style(s)
            out.append((f"{s.key}-{name}.txt", text, pub, s, s.town))
        if s.neighbour:
            text, pub = neighbour(s)
            out.append((f"{s.key}-neighbour.txt", text, pub, s, s.neighbour))
    return out


def _near(e: Event, lat: float, lon: float) -> bool:
    return e.latitude is not None and haversine_km(e.latitude, e.longitude, lat, lon) <= 30  # type: ignore[arg-type]


def label(events: list[Event], docs: list[tuple[str, str, str | None, Story, str]]) -> dict[str, str]:
    """event id -> story label ("maiduguri" or "maiduguri/neighbour") for the events of a story."""
    where: dict[str, tuple[float, float]] = {}
    for e in events:
        if e.place and e.latitude is not None:
            where.setdefault(e.place, (e.latitude, e.longitude))  # type: ignore[arg-type]
    out: dict[str, str] = {}
    for doc_id, _, _, story, town in docs:
        target = where.get(town)
        for e in events:
            if e.document_id != doc_id or e.kind not in ("attack", "clash") or target is None:
                continue
            day_ok = e.date_start is not None and e.date_start <= story.day.isoformat() <= (e.date_end or "")
            if day_ok and _near(e, *target):
                out[e.event_id] = story.key + ("/neighbour" if town != story.town else "")
    return out


def measure(show: bool = False) -> tuple[float, float, int, int]:
    docs = documents()
    events: list[Event] = []
    for doc_id, text, pub, _, _ in docs:
        events.extend(api.extract(text, doc_id, pub))
    story = label(events, docs)
    incidents = build_incidents(events)
    incident_of = {m: inc.incident_id for inc in incidents for m in inc.members}
    tp = fp = fn = 0
    labelled = sorted(story)
    for a, b in itertools.combinations(labelled, 2):
        same_story, same_incident = story[a] == story[b], incident_of[a] == incident_of[b]
        tp += same_story and same_incident
        fp += same_incident and not same_story
        fn += same_story and not same_incident
        if show and same_story != same_incident:
            print("FP" if same_incident else "FN", story[a], a, "~", story[b], b)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    if show:
        by_id = {e.event_id: e for e in events}
        for eid in labelled:
            e = by_id[eid]
            print(
                story[eid],
                e.document_id,
                e.kind,
                e.date_start,
                e.date_end,
                e.place,
                e.killed,
                incident_of[eid][:8],
            )
        missing = [d[0] for d in docs if not any(by_id[x].document_id == d[0] for x in labelled)]
        print("documents without a story event:", missing)
    return precision, recall, len(labelled), len(docs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    precision, recall, n, docs = measure(args.show)
    print(f"{docs} documents, {n} story events")
    print(f"same-incident pairs: precision {precision:.3f}, recall {recall:.3f}")


if __name__ == "__main__":
    main()
