"""A generator of varied, realistic-looking conflict reports for store tests and benchmarks.

Every sentence template here is written for this project. A *story* is one real-world
happening (kind, place, day, actors, counts); each story is told by one to three
"outlets" with different wording, dates written differently and sometimes different
counts, so the same event arrives from several documents the way wires report it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

PLACES: tuple[tuple[str, str, str], ...] = (
    ("Maiduguri", "Borno", "Nigeria"),
    ("Mosul", "Nineveh", "Iraq"),
    ("Kandahar", "Kandahar", "Afghanistan"),
    ("Mogadishu", "Banaadir", "Somalia"),
    ("Peshawar", "Khyber Pakhtunkhwa", "Pakistan"),
    ("Gao", "Gao", "Mali"),
    ("Makhachkala", "Dagestan", "Russia"),
    ("Nazran", "Ingushetia", "Russia"),
    ("Marawi", "Lanao del Sur", "Philippines"),
    ("Beni", "North Kivu", "Democratic Republic of the Congo"),
    ("Diffa", "Diffa", "Niger"),
    ("Quetta", "Balochistan", "Pakistan"),
    ("Aden", "Aden", "Yemen"),
    ("Sinjar", "Nineveh", "Iraq"),
    ("Djibo", "Sahel", "Burkina Faso"),
    ("Mandera", "Mandera", "Kenya"),
)
GROUPS = (
    "Boko Haram",
    "al-Shabaab",
    "the Islamic State",
    "the Taliban",
    "Jamaat Nusrat al-Islam wal-Muslimin",
    "the Allied Democratic Forces",
    "Tehrik-i-Taliban Pakistan",
    "an Islamic State affiliate",
)
SITES = (
    "a crowded market",
    "a police checkpoint",
    "a mosque during Friday prayers",
    "a church service",
    "a primary school",
    "a bus station",
    "an army base",
    "a hotel used by officials",
    "the district governor's office",
    "a camp for displaced families",
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

SHOOTING = (
    "On {day} {month} {year}, {attackers} attacked {site} in {place}, killing {killed} people and wounding "
    "{injured}, local officials said.",
    "At least {killed} people were killed and {injured} injured when {attackers} stormed {site} in {place}, "
    "{region}, on {month} {day}, {year}.",
    "{Attackers} opened fire on {site} in the {region} town of {place} on {weekday}, {day} {month} {year}. "
    "Hospital staff counted {killed} dead and {injured} wounded.",
)
BOMBING = (
    "A bomb exploded at {site} in {place} on {day} {month} {year}. The blast killed {killed} and hurt "
    "{injured}; {group} later said its fighters had carried it out.",
    "A suicide bomber blew himself up at {site} in {place}, {country}, on {month} {day}, {year}, killing "
    "{killed} people, police said.",
)
HEADLINES = {
    "shooting": "Gunmen kill {killed} in {place}",
    "bombing": "Blast kills {killed} in {place}",
    "clash": "Fighting near {place}",
    "arrest": "Suspects held in {place} raid",
}
CLASH = (
    "Security forces fought {group} fighters for several hours near {place} on {day} {month} {year}; the "
    "army said {killed} militants were killed.",
    "Heavy fighting broke out between troops and {group} outside {place}, {country}, on {month} {day}, "
    "{year}, leaving {killed} dead according to a military spokesman.",
)
ARREST = (
    "Police in {place} arrested {arrested} suspected members of {group} on {day} {month} {year}, the "
    "interior ministry said.",
    "{Arrested_words} people accused of planning attacks for {group} were detained in a raid in {place}, "
    "{region}, on {month} {day}, {year}.",
)
FILLER = (
    "The region has seen repeated violence over the past year.",
    "Residents said shops stayed closed the following day.",
    "Officials did not give further details.",
    "Aid groups have warned of a worsening humanitarian situation in the area.",
    "The government condemned the violence and promised an investigation.",
    "No group immediately claimed responsibility.",
)
NUMBER_WORDS = ("", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten")


@dataclass(frozen=True, slots=True)
class Story:
    kind: str
    modus: str  # shooting, bombing, clash or arrest
    day: date
    place: tuple[str, str, str]
    group: str
    site: str
    killed: int
    injured: int
    arrested: int


def _fill(template: str, story: Story, rng: random.Random, killed: int) -> str:
    place, region, country = story.place
    attackers = rng.choice(
        ("gunmen", "suspected militants", "a suicide bomber", f"fighters from {story.group}")
    )
    arrested = story.arrested
    return template.format(
        day=story.day.day,
        month=MONTHS[story.day.month - 1],
        year=story.day.year,
        weekday=story.day.strftime("%A"),
        place=place,
        region=region,
        country=country,
        attackers=attackers,
        Attackers=attackers[0].upper() + attackers[1:],
        site=story.site,
        group=story.group,
        killed=killed,
        injured=story.injured,
        arrested=arrested,
        Arrested_words=NUMBER_WORDS[arrested] if arrested < len(NUMBER_WORDS) else str(arrested),
    )


def stories(n: int, seed: int = 7) -> list[Story]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        kind = rng.choices(("attack", "clash", "arrest"), weights=(6, 2, 2))[0]
        out.append(
            Story(
                kind=kind,
                modus=rng.choice(("shooting", "bombing")) if kind == "attack" else kind,
                day=date(2015, 1, 1) + timedelta(days=rng.randrange(0, 9 * 365)),
                place=rng.choice(PLACES),
                group=rng.choice(GROUPS),
                site=rng.choice(SITES),
                killed=rng.randint(1, 40),
                injured=rng.randint(0, 60),
                arrested=rng.randint(1, 12),
            )
        )
    return out


def document_text(story: Story, outlet: int, rng: random.Random) -> str:
    templates = {"shooting": SHOOTING, "bombing": BOMBING, "clash": CLASH, "arrest": ARREST}[story.modus]
    template = templates[(outlet + rng.randrange(len(templates))) % len(templates)]
    # Outlets disagree on tolls now and then, as early and late reports do.
    killed = story.killed + (rng.randint(0, 3) if outlet else 0)
    lead = _fill(template, story, rng, killed)
    body = " ".join(rng.sample(FILLER, k=rng.randint(1, 3)))
    headline = HEADLINES[story.modus].format(killed=killed, place=story.place[0])
    return f"{headline}\n\n{lead}\n\n{body}\n"


def as_html(title: str, text: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n")[1:] if p.strip())
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body><nav>Home | World</nav>"
        f"<h1>{title}</h1>{paragraphs}<footer>All rights reserved</footer></body></html>"
    )


def write_corpus(
    folder: Path,
    n_documents: int,
    seed: int = 7,
    html: float = 0.0,
    truth: dict[Path, int] | None = None,
    wording: int = 0,
) -> list[Path]:
    """Write `n_documents` reports (a share `html` of them as HTML pages) into `folder`, in subfolders by
    outlet; return their paths. The same seed writes the same files; another `wording`
    tells the same stories in other words. `truth`, when given, receives the story
    (real-world event) number of each file."""
    rng = random.Random(seed if not wording else f"{seed}:{wording}")
    paths: list[Path] = []
    all_stories = stories(max(1, n_documents // 2), seed)
    i = 0
    while len(paths) < n_documents:
        story = all_stories[i % len(all_stories)]
        for outlet in range(rng.randint(1, 3)):
            if len(paths) >= n_documents:
                break
            text = document_text(story, outlet, rng)
            sub = folder / f"outlet{outlet}"
            sub.mkdir(parents=True, exist_ok=True)
            if rng.random() < html:
                path = sub / f"report-{len(paths):05d}.html"
                path.write_text(as_html(text.split("\n")[0], text), encoding="utf-8")
            else:
                path = sub / f"report-{len(paths):05d}.txt"
                path.write_text(text, encoding="utf-8")
            paths.append(path)
            if truth is not None:
                truth[path] = i % len(all_stories)
        i += 1
    return paths


def make_event(
    document_id: str,
    kind: str = "attack",
    day: str | None = "2020-03-05",
    end: str | None = None,
    precision: str = "day",
    place: str | None = "Mosul",
    lat: float | None = 36.34,
    lon: float | None = 43.13,
    geo: str = "place",
    admin1: str | None = "Nineveh",
    country: str | None = "Iraq",
    code: str | None = "IQ",
    actors: tuple[tuple[str, str], ...] = (),
    killed: int | None = None,
    injured: int | None = None,
    weapons: tuple[str, ...] = (),
    text: str = "Gunmen attacked the town.",
    confidence: float = 0.6,
    salt: str = "",
):
    """An event record built directly (not extracted), for store and incident tests."""
    from kronika.record import Actor, Event, Evidence, stable_id

    return Event(
        event_id=stable_id(document_id, kind, day, place, text, salt),
        document_id=document_id,
        kind=kind,  # type: ignore[arg-type]
        date_start=day,
        date_end=end or day,
        date_precision=precision if day else "unknown",  # type: ignore[arg-type]
        place=place,
        admin1=admin1,
        country=country,
        country_code=code,
        latitude=lat,
        longitude=lon,
        geo_precision=geo,  # type: ignore[arg-type]
        actors=[Actor(name, name, role) for name, role in actors],  # type: ignore[arg-type]
        killed=killed,
        injured=injured,
        weapons=list(weapons),  # type: ignore[arg-type]
        evidence=[Evidence(document_id, 0, len(text), text)],
        confidence=confidence,
    )
