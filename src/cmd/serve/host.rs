//! Which `Host` a request may name. The preview listens on 127.0.0.1 only, but a web page from
//! elsewhere can still reach it through DNS rebinding (its own name made to resolve to
//! 127.0.0.1); such a request names that other host, so only loopback names are answered.

/// Whether `host` (a `Host` header or a request's authority) names this computer's loopback
/// address (`localhost`, `127.0.0.1` or `[::1]`), on `port` if it gives a port at all.
pub fn is_loopback(host: &str, port: u16) -> bool {
    let (name, given_port) = match host.rsplit_once(':') {
        // `[::1]` alone has colons inside its brackets, not a port.
        Some((name, rest)) if !rest.contains(']') => (name, Some(rest)),
        _ => (host, None),
    };
    let name_ok = name.eq_ignore_ascii_case("localhost") || name == "127.0.0.1" || name == "[::1]";
    let port_ok = given_port.is_none_or(|p| p.parse::<u16>() == Ok(port));
    name_ok && port_ok
}

/// The plain answer to a request for another host.
pub fn refusal(port: u16) -> String {
    format!(
        "deckle serve only answers addresses on this computer. Open http://127.0.0.1:{port}/ \
         (or http://localhost:{port}/) in your browser.\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_names_are_answered() {
        for host in [
            "127.0.0.1:8000",
            "localhost:8000",
            "LocalHost:8000",
            "[::1]:8000",
            "127.0.0.1",
            "localhost",
            "[::1]",
        ] {
            assert!(is_loopback(host, 8000), "{host}");
        }
    }

    #[test]
    fn other_hosts_and_ports_are_refused() {
        for host in [
            "evil.example",
            "evil.example:8000",
            "localhost.evil.example:8000",
            "127.0.0.1.evil.example",
            "127.0.0.2:8000",
            "localhost:8001",
            "localhost:",
            "[::1]:x",
            "::1",
            "",
            "0.0.0.0:8000",
        ] {
            assert!(!is_loopback(host, 8000), "{host}");
        }
    }
}
