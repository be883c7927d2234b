#!/usr/bin/env python3
"""Area-weighted polygon centroids of the Natural Earth 1:50m first-order regions (states50:
US, Canada, Australia, Brazil) and map units (map_units50: England, Scotland, Wales, ...),
read from Debian's r-cran-rnaturalearthdata package (R lazy-load database) with the PyPI
`rdata` reader. Natural Earth is public domain.

Usage: ne50_admin1_points.py RNATURALEARTHDATA_DATA_DIR > ne50_admin1_points.tsv
Output columns: set, iso_a2 (empty when Natural Earth has none, as for England), adm0_a3,
name, name_alt, lat, lon (sorted, 5 decimals).
"""
import lzma, struct, sys, warnings, bz2, zlib

warnings.filterwarnings("ignore")
import rdata
from rdata import parser


def lazy_load(data_dir):
    rdx = rdata.conversion.convert(parser.parse_file(f"{data_dir}/Rdata.rdx"))
    blob = open(f"{data_dir}/Rdata.rdb", "rb").read()
    out = {}
    for name, (off, ln) in rdx["variables"].items():
        b = blob[off : off + ln]
        n = struct.unpack(">I", b[:4])[0]
        kind, body = b[4:5], b[5:]
        if kind == b"Z":
            raw = lzma.decompress(body, format=lzma.FORMAT_RAW,
                                  filters=[{"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME}])
        elif kind == b"2":
            raw = bz2.decompress(body)
        elif kind == b"0":
            raw = body
        else:
            raw = zlib.decompress(b[4:])
        assert len(raw) == n
        out[str(name)] = raw
    return out


def centroid(polys):
    """Area-weighted centroid of all rings (holes have the opposite orientation in sp,
    so their signed areas subtract)."""
    a = cx = cy = 0.0
    for poly in polys.Polygons:
        coords = poly.coords
        sign = -1.0 if bool(poly.hole[0]) else 1.0
        ra = rx = ry = 0.0
        for i in range(len(coords) - 1):
            x0, y0 = float(coords[i][0]), float(coords[i][1])
            x1, y1 = float(coords[i + 1][0]), float(coords[i + 1][1])
            c = x0 * y1 - x1 * y0
            ra += c
            rx += (x0 + x1) * c
            ry += (y0 + y1) * c
        # orientation-free: each ring counts by its absolute area, holes negatively
        s = sign if ra >= 0 else -sign
        a += s * ra
        cx += s * rx
        cy += s * ry
    return cy / (3 * a), cx / (3 * a)


def main():
    raws = lazy_load(sys.argv[1])
    rows = []
    def text(v):
        return "" if v is None or str(v) in ("<NA>", "nan", "-99", "None") else str(v)

    for var, name_col, alt_col, a3_col in [
        ("states50", "name", "name_alt", "sr_adm0_a3"),
        ("map_units50", "geounit", "name_long", "adm0_a3"),
    ]:
        sp = rdata.conversion.convert(parser.parse_data(raws[var], expand_altrep=True))
        df = sp.data
        for i in range(len(df)):
            iso, a3 = text(df["iso_a2"].iloc[i]), text(df[a3_col].iloc[i])
            name, alt = text(df[name_col].iloc[i]), text(df[alt_col].iloc[i])
            if not name or not (iso or a3):
                continue
            lat, lon = centroid(sp.polygons[i])
            rows.append((var, iso, a3, name, alt, f"{lat:.5f}", f"{lon:.5f}"))
    rows.sort()
    print("set\tiso_a2\tadm0_a3\tname\tname_alt\tlat\tlon")
    for r in rows:
        print("\t".join(x.replace("\t", " ") for x in r))


if __name__ == "__main__":
    main()
