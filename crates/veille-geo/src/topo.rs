//! Reading the US counties of us-atlas (TopoJSON, US Census Bureau cartographic boundaries)
//! into representative points: the area-weighted centroid of each county's polygons.

use std::collections::BTreeMap;

/// One county: FIPS code, name, GeoNames admin1 code of its state, centroid.
#[derive(Debug, Clone, PartialEq)]
pub struct County {
    pub fips: u32,
    /// "Metcalfe".
    pub name: String,
    /// "Metcalfe County" ("Orleans Parish" in Louisiana, "Juneau Borough" in Alaska).
    pub full_name: String,
    /// "Co." / "Par." / "Bor." abbreviation word without the dot ("Co").
    pub short_suffix: &'static str,
    pub admin1: String,
    pub lat: f32,
    pub lon: f32,
}

/// Parses us-atlas `counties-10m.json`; `us_admin1` maps GeoNames US admin1 names
/// ("Kentucky") to their codes ("KY").
///
/// # Errors
/// A message when the file is not the expected TopoJSON.
pub fn us_counties(
    json: &str,
    us_admin1: &BTreeMap<String, String>,
) -> Result<Vec<County>, String> {
    let v: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let num = |x: &serde_json::Value| x.as_f64().ok_or("not a number");
    let tr = v.get("transform").ok_or("no transform")?;
    let sc = tr
        .get("scale")
        .and_then(|x| x.as_array())
        .ok_or("no scale")?;
    let tl = tr
        .get("translate")
        .and_then(|x| x.as_array())
        .ok_or("no translate")?;
    if sc.len() != 2 || tl.len() != 2 {
        return Err("bad transform".into());
    }
    let (sx, sy, tx, ty) = (num(&sc[0])?, num(&sc[1])?, num(&tl[0])?, num(&tl[1])?);
    // decode the delta-encoded, quantized arcs
    let mut arcs: Vec<Vec<(f64, f64)>> = Vec::new();
    for a in v.get("arcs").and_then(|x| x.as_array()).ok_or("no arcs")? {
        let (mut x, mut y) = (0i64, 0i64);
        let mut pts = Vec::new();
        for p in a.as_array().ok_or("bad arc")? {
            let p = p.as_array().ok_or("bad point")?;
            if p.len() < 2 {
                return Err("bad point".into());
            }
            x += p[0].as_i64().ok_or("bad coordinate")?;
            y += p[1].as_i64().ok_or("bad coordinate")?;
            pts.push((x as f64 * sx + tx, y as f64 * sy + ty));
        }
        arcs.push(pts);
    }
    let objects = v.get("objects").ok_or("no objects")?;
    let geoms = |name: &str| {
        objects
            .get(name)
            .and_then(|o| o.get("geometries"))
            .and_then(|g| g.as_array())
            .ok_or(format!("no {name}"))
    };
    let mut state_code: BTreeMap<String, String> = BTreeMap::new(); // FIPS "21" → "KY"
    for s in geoms("states")? {
        let (Some(id), Some(name)) = (
            s.get("id").and_then(|x| x.as_str()),
            s.get("properties")
                .and_then(|p| p.get("name"))
                .and_then(|x| x.as_str()),
        ) else {
            continue;
        };
        if let Some(code) = us_admin1.get(name) {
            state_code.insert(id.to_string(), code.clone());
        }
    }
    let mut out = Vec::new();
    for c in geoms("counties")? {
        let (Some(id), Some(name)) = (
            c.get("id").and_then(|x| x.as_str()),
            c.get("properties")
                .and_then(|p| p.get("name"))
                .and_then(|x| x.as_str()),
        ) else {
            continue;
        };
        let Ok(fips) = id.parse::<u32>() else {
            continue;
        };
        let Some(admin1) = id.get(..2).and_then(|s| state_code.get(s)) else {
            continue;
        };
        let Some((lat, lon)) = c.get("arcs").and_then(|a| centroid(a, &arcs)) else {
            continue;
        };
        let (word, short) = match admin1.as_str() {
            "LA" => ("Parish", "Par"),
            "AK" => ("Borough", "Bor"),
            _ => ("County", "Co"),
        };
        let lower = name.to_lowercase();
        let full_name = if lower.ends_with(" city") || lower.ends_with(" county") {
            name.to_string()
        } else {
            format!("{name} {word}")
        };
        out.push(County {
            fips,
            name: name.to_string(),
            full_name,
            short_suffix: short,
            admin1: admin1.clone(),
            lat: lat as f32,
            lon: lon as f32,
        });
    }
    out.sort_by_key(|c| c.fips);
    Ok(out)
}

/// Area-weighted centroid of a Polygon or MultiPolygon given by arc indexes (longitudes
/// unwrapped around the first point, for the counties that cross the antimeridian).
fn centroid(arcs_v: &serde_json::Value, arcs: &[Vec<(f64, f64)>]) -> Option<(f64, f64)> {
    let mut rings: Vec<Vec<(f64, f64)>> = Vec::new();
    collect_rings(arcs_v, arcs, &mut rings);
    let x0 = rings.first()?.first()?.0;
    let (mut a, mut cx, mut cy) = (0.0f64, 0.0f64, 0.0f64);
    for r in &rings {
        for w in r.windows(2) {
            let un = |x: f64| {
                if x - x0 > 180.0 {
                    x - 360.0
                } else if x0 - x > 180.0 {
                    x + 360.0
                } else {
                    x
                }
            };
            let (x1, y1, x2, y2) = (un(w[0].0), w[0].1, un(w[1].0), w[1].1);
            let cr = x1 * y2 - x2 * y1;
            a += cr;
            cx += (x1 + x2) * cr;
            cy += (y1 + y2) * cr;
        }
    }
    if a.abs() < 1e-12 {
        return None;
    }
    let (mut lon, lat) = (cx / (3.0 * a), cy / (3.0 * a));
    if lon < -180.0 {
        lon += 360.0;
    } else if lon > 180.0 {
        lon -= 360.0;
    }
    Some((lat, lon))
}

/// A ring is an array of arc indexes (numbers); polygons nest rings in arrays.
fn collect_rings(v: &serde_json::Value, arcs: &[Vec<(f64, f64)>], out: &mut Vec<Vec<(f64, f64)>>) {
    let Some(items) = v.as_array() else { return };
    if items.first().is_some_and(|x| x.is_number()) {
        let mut ring = Vec::new();
        for i in items {
            let Some(i) = i.as_i64() else { continue };
            let (idx, rev) = if i < 0 {
                ((!i) as usize, true)
            } else {
                (i as usize, false)
            };
            let Some(arc) = arcs.get(idx) else { continue };
            if rev {
                ring.extend(arc.iter().rev());
            } else {
                ring.extend(arc.iter());
            }
        }
        out.push(ring);
    } else {
        for x in items {
            collect_rings(x, arcs, out);
        }
    }
}
