//! Writes a tiny MaxMind DB (format 2.0) so the GeoIP path is tested against the real
//! reader: one IPv4 prefix mapped to a city and country, nothing else.

use std::net::Ipv4Addr;

fn control(kind: u8, size: usize) -> Vec<u8> {
    assert!(size < 29);
    if kind <= 7 {
        vec![(kind << 5) | size as u8]
    } else {
        vec![size as u8, kind - 7]
    }
}

fn string(s: &str) -> Vec<u8> {
    let mut out = control(2, s.len());
    out.extend_from_slice(s.as_bytes());
    out
}

fn uint(kind: u8, value: u64) -> Vec<u8> {
    let bytes: Vec<u8> = value
        .to_be_bytes()
        .into_iter()
        .skip_while(|b| *b == 0)
        .collect();
    let mut out = control(kind, bytes.len());
    out.extend(bytes);
    out
}

fn map(entries: Vec<(&str, Vec<u8>)>) -> Vec<u8> {
    let mut out = control(7, entries.len());
    for (key, value) in entries {
        out.extend(string(key));
        out.extend(value);
    }
    out
}

fn names(english: &str) -> Vec<u8> {
    map(vec![("names", map(vec![("en", string(english))]))])
}

/// A City database where every address in `network/prefix` is in `city`, `country`.
pub fn city_db(network: Ipv4Addr, prefix: usize, city: &str, country: &str) -> Vec<u8> {
    let node_count = prefix as u32;
    let data = map(vec![("city", names(city)), ("country", names(country))]);
    let bits = u32::from(network);
    let mut out = Vec::new();
    for depth in 0..prefix {
        let bit = (bits >> (31 - depth)) & 1;
        let follow = if depth + 1 == prefix {
            node_count + 16 // the record at offset 0 of the data section
        } else {
            depth as u32 + 1
        };
        let (left, right) = if bit == 0 {
            (follow, node_count)
        } else {
            (node_count, follow)
        };
        out.extend_from_slice(&left.to_be_bytes()[1..]);
        out.extend_from_slice(&right.to_be_bytes()[1..]);
    }
    out.extend([0u8; 16]);
    out.extend(data);
    out.extend(b"\xAB\xCD\xEFMaxMind.com");
    let mut languages = control(11, 1);
    languages.extend(string("en"));
    out.extend(map(vec![
        ("binary_format_major_version", uint(5, 2)),
        ("binary_format_minor_version", uint(5, 0)),
        ("build_epoch", uint(9, 1_700_000_000)),
        ("database_type", string("GeoLite2-City")),
        ("description", map(vec![("en", string("Portico test"))])),
        ("ip_version", uint(5, 4)),
        ("languages", languages),
        ("node_count", uint(6, u64::from(node_count))),
        ("record_size", uint(5, 24)),
    ]));
    out
}
