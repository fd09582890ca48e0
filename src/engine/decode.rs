//! Turning a file's bytes into text: byte-order marks, UTF-8, and legacy single-byte encodings.
//!
//! The order of the checks matters: a byte-order mark wins; then binary content is refused (NUL
//! bytes or many control characters in the first 8 KiB); then valid UTF-8; and only then is a
//! legacy encoding guessed with `chardetng` (windows-1252 for Western text).
//!
//! ```
//! use quarry::engine::decode::decode;
//! let text = decode(b"caf\xe9 cr\xe8me".to_vec()).unwrap();
//! assert_eq!(text.text, "café crème");
//! assert_eq!(text.encoding, "windows-1252");
//! ```

use encoding_rs::{Encoding, UTF_8};

/// Decoded text and the name of the encoding it was decoded from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without any byte-order mark.
    pub text: String,
    /// The WHATWG name of the encoding, e.g. `UTF-8`, `UTF-16LE`, `windows-1252`.
    pub encoding: &'static str,
    /// How many malformed byte sequences were replaced with U+FFFD.
    pub replaced: usize,
}

/// Why a file's bytes could not be turned into text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The file has no bytes (or only a byte-order mark).
    #[error("the file is empty")]
    Empty,
    /// The bytes look like a binary file (an image, a PDF, an executable…).
    #[error("the file looks binary, not text")]
    Binary,
    /// A byte-order mark announced an encoding the rest of the file does not follow.
    #[error("the file starts with a {0} byte-order mark but is not valid {0}")]
    Malformed(&'static str),
}

/// How much of the file is sniffed for binary content.
const SNIFF_LEN: usize = 8 * 1024;

/// Decodes `bytes`, detecting the encoding as described in the module docs. Valid UTF-8 is
/// taken over without a copy.
pub fn decode(bytes: Vec<u8>) -> Result<Decoded, DecodeError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(&bytes) {
        let body = &bytes[bom_len..];
        if body.is_empty() {
            return Err(DecodeError::Empty);
        }
        let (text, had_errors) = encoding.decode_without_bom_handling(body);
        let replaced = if had_errors {
            text.matches('\u{FFFD}').count()
        } else {
            0
        };
        // A UTF-16 file whose bytes do not pair up is almost certainly not UTF-16 at all.
        if encoding != UTF_8 && (body.len() % 2 == 1 || replaced * 100 > text.len().max(1)) {
            return Err(DecodeError::Malformed(encoding.name()));
        }
        return Ok(Decoded {
            text: text.into_owned(),
            encoding: encoding.name(),
            replaced,
        });
    }
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if looks_binary(&bytes[..bytes.len().min(SNIFF_LEN)]) {
        return Err(DecodeError::Binary);
    }
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => {
            return Ok(Decoded {
                text,
                encoding: UTF_8.name(),
                replaced: 0,
            });
        }
        Err(error) => error.into_bytes(),
    };
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(&bytes, true);
    let encoding = detector.guess(None, true);
    let (text, had_errors) = encoding.decode_without_bom_handling(&bytes);
    let replaced = if had_errors {
        text.matches('\u{FFFD}').count()
    } else {
        0
    };
    Ok(Decoded {
        text: text.into_owned(),
        encoding: encoding.name(),
        replaced,
    })
}

/// True when the sample has a NUL byte or more than 10 % C0 control characters other than
/// tab, newline, carriage return and form feed.
fn looks_binary(sample: &[u8]) -> bool {
    if sample.contains(&0) {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    controls * 10 > sample.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let mut bytes = if big_endian {
            vec![0xFE, 0xFF]
        } else {
            vec![0xFF, 0xFE]
        };
        for unit in text.encode_utf16() {
            let pair = if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            };
            bytes.extend_from_slice(&pair);
        }
        bytes
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = decode("Zürich, 20 000 km".into()).unwrap();
        assert_eq!(
            (plain.text.as_str(), plain.encoding),
            ("Zürich, 20 000 km", "UTF-8")
        );
        let with_bom = decode("\u{FEFF}Kyiv".into()).unwrap();
        assert_eq!(with_bom.text, "Kyiv");
    }

    #[test]
    fn utf16_both_byte_orders() {
        let le = decode(utf16("Привет, world", false)).unwrap();
        assert_eq!(
            (le.text.as_str(), le.encoding),
            ("Привет, world", "UTF-16LE")
        );
        let be = decode(utf16("Привет, world", true)).unwrap();
        assert_eq!(
            (be.text.as_str(), be.encoding),
            ("Привет, world", "UTF-16BE")
        );
    }

    #[test]
    fn windows_1252_quotes_and_accents() {
        let decoded = decode(b"\x93Na\xefve\x94 r\xe9sum\xe9 \x96 50\x80".to_vec()).unwrap();
        assert_eq!(decoded.encoding, "windows-1252");
        assert_eq!(decoded.text, "\u{201C}Naïve\u{201D} résumé \u{2013} 50€");
    }

    #[test]
    fn binary_and_empty_are_refused() {
        assert_eq!(decode(Vec::new()), Err(DecodeError::Empty));
        assert_eq!(decode(b"\xEF\xBB\xBF".to_vec()), Err(DecodeError::Empty));
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()),
            Err(DecodeError::Binary)
        );
        assert_eq!(decode(vec![1, 2, 3, 4, 5, b'a']), Err(DecodeError::Binary));
    }

    #[test]
    fn odd_length_utf16_is_malformed() {
        let mut bytes = utf16("abc", false);
        bytes.push(b'x');
        assert_eq!(decode(bytes), Err(DecodeError::Malformed("UTF-16LE")));
    }
}
