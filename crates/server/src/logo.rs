//! What an uploaded logo really is, read from its bytes rather than from the name or type
//! the browser sent: PNG, JPEG or WebP, with its size in pixels. Nothing is decoded
//! beyond the header, and SVG (a document that can carry script) is never accepted.

use portico_api::branding::{logo_too_large, BrandingProblem, LOGO_MAX_SIDE};
use portico_i18n::branding_message;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogoImage {
    pub content_type: &'static str,
    pub width: u32,
    pub height: u32,
}

/// The image `bytes` hold, or a sentence for the person who uploaded them.
pub fn inspect(bytes: &[u8]) -> Result<LogoImage, String> {
    let words = crate::i18n::caller_words();
    if let Some(problem) = logo_too_large(bytes.len() as u64) {
        return Err(branding_message(words, &problem));
    }
    let (content_type, size) = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        ("image/png", png_size(bytes))
    } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        ("image/jpeg", jpeg_size(bytes))
    } else if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        ("image/webp", webp_size(bytes))
    } else {
        return Err(branding_message(words, &BrandingProblem::LogoType));
    };
    let Some((width, height)) = size else {
        let kind = match content_type {
            "image/png" => "PNG",
            "image/jpeg" => "JPEG",
            _ => "WebP",
        };
        return Err(words.text_with("error-logo-damaged", &[("kind", kind.into())]));
    };
    if width == 0 || height == 0 || width > LOGO_MAX_SIDE || height > LOGO_MAX_SIDE {
        return Err(words.text_with(
            "error-logo-pixels",
            &[
                ("width", width.into()),
                ("height", height.into()),
                ("max", LOGO_MAX_SIDE.into()),
            ],
        ));
    }
    Ok(LogoImage {
        content_type,
        width,
        height,
    })
}

fn be16(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from(u16::from_be_bytes(
        bytes.get(at..at + 2)?.try_into().ok()?,
    )))
}

fn be32(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

fn le24(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at + 3)?;
    Some(u32::from(b[0]) | u32::from(b[1]) << 8 | u32::from(b[2]) << 16)
}

/// The first chunk of a PNG is always IHDR: width and height, big-endian.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    (bytes.get(12..16)? == b"IHDR").then_some(())?;
    Some((be32(bytes, 16)?, be32(bytes, 20)?))
}

/// Walks the segments to the first start-of-frame, which holds the size.
fn jpeg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let mut at = 2;
    loop {
        // Markers may be padded with any number of 0xff bytes.
        while *bytes.get(at)? == 0xff && *bytes.get(at + 1)? == 0xff {
            at += 1;
        }
        if *bytes.get(at)? != 0xff {
            return None;
        }
        let marker = *bytes.get(at + 1)?;
        match marker {
            // Markers without a length.
            0x01 | 0xd0..=0xd7 => at += 2,
            // The image ended, or its data began, before any frame header.
            0xd9 | 0xda => return None,
            // Start of frame: every SOFn but DHT (c4), JPG (c8) and DAC (cc).
            0xc0..=0xcf if !matches!(marker, 0xc4 | 0xc8 | 0xcc) => {
                return Some((be16(bytes, at + 7)?, be16(bytes, at + 5)?));
            }
            _ => {
                let length = be16(bytes, at + 2)? as usize;
                if length < 2 {
                    return None;
                }
                at += 2 + length;
            }
        }
    }
}

/// Lossy (`VP8 `), lossless (`VP8L`) and extended (`VP8X`) WebP keep the size differently.
fn webp_size(bytes: &[u8]) -> Option<(u32, u32)> {
    match bytes.get(12..16)? {
        b"VP8 " => {
            (bytes.get(23..26)? == [0x9d, 0x01, 0x2a]).then_some(())?;
            let width = u32::from(u16::from_le_bytes(bytes.get(26..28)?.try_into().ok()?));
            let height = u32::from(u16::from_le_bytes(bytes.get(28..30)?.try_into().ok()?));
            Some((width & 0x3fff, height & 0x3fff))
        }
        b"VP8L" => {
            (*bytes.get(20)? == 0x2f).then_some(())?;
            let bits = u32::from_le_bytes(bytes.get(21..25)?.try_into().ok()?);
            Some((1 + (bits & 0x3fff), 1 + ((bits >> 14) & 0x3fff)))
        }
        b"VP8X" => Some((1 + le24(bytes, 24)?, 1 + le24(bytes, 27)?)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use portico_api::branding::LOGO_MAX_BYTES;

    use super::*;

    /// The header of a 2 × 3 PNG: all `inspect` reads.
    fn tiny_png() -> Vec<u8> {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        png.extend_from_slice(&2u32.to_be_bytes());
        png.extend_from_slice(&3u32.to_be_bytes());
        png.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
        png
    }

    #[test]
    fn png_jpeg_and_webp_are_read_from_their_headers() {
        assert_eq!(
            inspect(&tiny_png()),
            Ok(LogoImage {
                content_type: "image/png",
                width: 2,
                height: 3
            })
        );
        // SOI, an APP0 of 16 bytes, padding, then SOF2 (progressive) for 640 × 480.
        let mut jpeg = vec![0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10];
        jpeg.extend_from_slice(&[0; 14]);
        jpeg.extend_from_slice(&[0xff, 0xff, 0xc2, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80]);
        assert_eq!(inspect(&jpeg).map(|i| (i.width, i.height)), Ok((640, 480)));
        let mut lossless = b"RIFF\0\0\0\0WEBPVP8L\0\0\0\0\x2f".to_vec();
        lossless.extend_from_slice(&((99u32) | (49u32 << 14)).to_le_bytes());
        assert_eq!(
            inspect(&lossless).map(|i| (i.width, i.height)),
            Ok((100, 50))
        );
        let mut extended = b"RIFF\0\0\0\0WEBPVP8X\0\0\0\0\0\0\0\0".to_vec();
        extended.extend_from_slice(&[0x1f, 0x00, 0x00, 0x0f, 0x00, 0x00]);
        assert_eq!(inspect(&extended).map(|i| i.content_type), Ok("image/webp"));
        assert_eq!(
            inspect(&extended).map(|i| (i.width, i.height)),
            Ok((32, 16))
        );
    }

    #[test]
    fn svg_html_and_damaged_files_are_refused() {
        for bytes in [
            &b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"[..],
            b"<!doctype html><script>alert(1)</script>",
            b"GIF89a",
            b"",
        ] {
            assert!(inspect(bytes).unwrap_err().contains("PNG, JPEG or WebP"));
        }
        assert!(inspect(b"\x89PNG\r\n\x1a\n")
            .unwrap_err()
            .contains("damaged"));
        assert!(inspect(&[0xff, 0xd8, 0xff, 0xda])
            .unwrap_err()
            .contains("damaged"));
    }

    #[test]
    fn huge_sizes_and_files_are_refused() {
        let mut png = tiny_png();
        png[16..20].copy_from_slice(&40_000u32.to_be_bytes());
        assert!(inspect(&png).unwrap_err().contains("40000 × 3 pixels"));
        let mut big = tiny_png();
        big.resize(LOGO_MAX_BYTES + 1, 0);
        assert_eq!(
            inspect(&big).unwrap_err(),
            "The logo is 257 KB; the limit is 256 KB."
        );
    }

    #[test]
    fn no_input_makes_it_panic() {
        // Every prefix of every sample, and some noise after each magic number.
        let mut samples = vec![tiny_png()];
        samples.push(vec![0xff, 0xd8, 0xff, 0xe0, 0x00, 0x00, 0xff, 0xc0]);
        samples.push(b"RIFF\0\0\0\0WEBPVP8 \0\0\0\0\0\0\0\0\0\0\0".to_vec());
        for sample in samples {
            for end in 0..=sample.len() {
                let _ = inspect(&sample[..end]);
            }
        }
    }
}
