//! Turning a request's address and User-Agent into words for a notification: "Firefox 120
//! on Linux", "Berlin, Germany".

use std::net::IpAddr;
use std::path::Path;

use anyhow::Context;

/// The browser and operating system a User-Agent names, as a person would say it in the
/// language of `words`.
pub fn describe(words: &portico_i18n::Catalog, user_agent: &str) -> String {
    const UNKNOWN: &str = "UNKNOWN";
    let unrecognised = || words.text("device-unrecognised");
    let Some(found) = woothee::parser::Parser::new().parse(user_agent) else {
        return unrecognised();
    };
    if found.name == UNKNOWN && found.os == UNKNOWN {
        return unrecognised();
    }
    let major = found.version.split('.').next().unwrap_or_default();
    let browser = match (found.name, major) {
        (UNKNOWN, _) => words.text("device-unrecognised-browser"),
        (name, "" | UNKNOWN) => name.to_string(),
        (name, major) => format!("{name} {major}"),
    };
    let on = |browser: &str, os: &str| {
        words.text_with(
            "device-on",
            &[("browser", browser.into()), ("os", os.into())],
        )
    };
    match (found.os, found.os_version.as_ref()) {
        (UNKNOWN, _) => browser,
        // Windows names its version already ("Windows 10"); its os_version is "NT 10.0".
        (os, version)
            if version.is_empty()
                || version == UNKNOWN
                || os.contains(version)
                || os.starts_with("Windows") =>
        {
            on(&browser, os)
        }
        (os, version) => on(&browser, &format!("{os} {version}")),
    }
}

/// A MaxMind-format (GeoIP2 / GeoLite2 City or Country) database, when configured.
pub struct GeoIp {
    reader: maxminddb::Reader<Vec<u8>>,
}

impl GeoIp {
    pub fn open(path: &Path) -> anyhow::Result<GeoIp> {
        let reader = maxminddb::Reader::open_readfile(path)
            .with_context(|| format!("cannot read the GeoIP database {}", path.display()))?;
        Ok(GeoIp { reader })
    }

    /// "City, Country", "Country", or nothing when the database does not know the address.
    pub fn locate(&self, ip: IpAddr) -> Option<String> {
        let city: maxminddb::geoip2::City = self.reader.lookup(ip).ok()?.decode().ok()??;
        let place = [city.city.names.english, city.country.names.english]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        (!place.is_empty()).then_some(place)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_common_browsers_and_systems() {
        let en = crate::i18n::words(portico_i18n::Lang::En);
        let firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0";
        assert_eq!(describe(en, firefox), "Firefox 120 on Linux");
        let chrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
        assert_eq!(describe(en, chrome), "Chrome 131 on Windows 10");
        let safari = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1";
        assert!(
            describe(en, safari).starts_with("Safari 17 on iPhone"),
            "{}",
            describe(en, safari)
        );
    }

    #[test]
    fn a_device_is_described_in_the_readers_language() {
        let de = crate::i18n::words(portico_i18n::Lang::De);
        let firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0";
        assert_eq!(describe(de, firefox), "Firefox 120 unter Linux");
    }

    #[test]
    fn unknown_agents_still_read_as_a_sentence() {
        let en = crate::i18n::words(portico_i18n::Lang::En);
        assert_eq!(describe(en, ""), "An unrecognised browser or app");
        assert!(!describe(en, "curl/8.5.0").is_empty());
    }
}
