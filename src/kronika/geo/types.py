"""The place layer: toponyms of the cleaned text resolved to places."""

from __future__ import annotations

from dataclasses import dataclass

from kronika.record import GeoPrecision

#: geo_precision values from the most precise to the coarsest
PRECISION_RANK: dict[str, int] = {
    "place": 0,
    "district": 1,
    "admin1": 2,
    "country": 3,
    "region": 4,
    "unknown": 5,
}


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place: the most precise named place with its region and country."""

    name: str
    admin1: str | None
    country: str | None
    country_code: str | None
    latitude: float | None
    longitude: float | None
    precision: GeoPrecision
    #: GeoNames id when the place comes from the gazetteer
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A toponym at `[start, end)` of `Document.text` and its resolution."""

    start: int
    end: int
    text: str
    place: Place
    #: how the mention relates to what happens around it: "location" (where something
    #: happens), "origin" ("a resident of X"), "in_name" (inside a group's name), "other"
    role: str = "location"
    #: what kind of name holds the toponym: for role "in_name" "group" ("Khachmaz Jamaat"),
    #: "event" ("the 2018 Magnitogorsk building collapse"), "agency" ("State Security Service
    #: of Georgia"), "facility" ("Mindanao State University"), "attribute" ("the US dollar");
    #: for role "location"
    #: "landmark" (a city named through a facility in it: "Manchester Arena") or "dateline"
    #: (where a news story was filed: "BEIRUT, Feb 9 (Reuters) -") or "unknown" (a locality
    #: the gazetteer lacks, "insurgents occupied X": `place` is the district, region, big city
    #: or country the text puts it in, and its precision says so)
    name_of: str = ""
    #: the cue phrase before the toponym that made it a location or origin ("in", "resident of")
    cue: str = ""
