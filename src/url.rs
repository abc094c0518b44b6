//! Web addresses: the one percent-decoder, shared by the preview server (request paths) and
//! the link checker (links in built pages), so both read `%XX` escapes the same way.

/// Decodes the `%XX` escapes of `text` into bytes; `None` if an escape is malformed (a `%` not
/// followed by two hexadecimal digits).
pub fn percent_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        if byte == b'%' {
            let hex = std::str::from_utf8(bytes.get(index + 1..index + 3)?).ok()?;
            if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            decoded.push(u8::from_str_radix(hex, 16).ok()?);
            index += 3;
        } else {
            decoded.push(byte);
            index += 1;
        }
    }
    Some(decoded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_escapes() {
        assert_eq!(percent_decode("my%20file.png").unwrap(), b"my file.png");
        assert_eq!(percent_decode("%2E%2e%2F").unwrap(), b"../");
        assert_eq!(percent_decode("%C3%A9").unwrap(), "é".as_bytes());
        assert_eq!(percent_decode("plain").unwrap(), b"plain");
    }

    #[test]
    fn refuses_malformed_escapes() {
        for text in ["%", "%2", "%zz", "a%2", "%+1", "%é"] {
            assert_eq!(percent_decode(text), None, "{text}");
        }
    }
}
