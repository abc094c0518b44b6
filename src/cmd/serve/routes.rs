//! What each request gets: the live-reload events, the build status, a file of the last build
//! that worked (pages with the live-reload script), a redirect, or a short plain refusal.

use http_body_util::{Either, Full};
use hyper::body::Bytes;
use hyper::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderValue, LOCATION};
use hyper::{Method, Response, StatusCode};

use super::events::{EventStream, Subscriber};
use super::files::{EVENTS_PATH, Resolved, content_type, resolve, with_live_reload};

/// The body of an answer: a whole file or text, or an endless event stream.
pub type Reply = Response<Either<Full<Bytes>, EventStream>>;

/// The address pages (and tests) can ask for the build number and problems once.
const STATUS_PATH: &str = "/__deckle/status";

/// The page shown while no build has worked yet; the script shows the problems over it.
const NO_BUILD_PAGE: &str = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<title>deckle: the site does not build yet</title></head>\n<body><h1>The site does not build yet</h1>\
<p>deckle lists the problems below and in the terminal. Fix them and save: this page updates by itself.</p>\
</body></html>\n";

/// Answers a request for `path` (its `?query` already removed) from the current status.
pub fn answer(method: &Method, path: &str, status: &Subscriber) -> Reply {
    if method != Method::GET && method != Method::HEAD {
        return text(405, "Only GET and HEAD are answered here.\n");
    }
    if path == EVENTS_PATH {
        return reply(
            200,
            "text/event-stream",
            Either::Right(EventStream::new(status.clone())),
        );
    }
    // A copy of the status: the builder never waits for a request.
    let current = status.borrow().clone();
    if path == STATUS_PATH {
        return whole(200, "application/json", current.json().into_bytes());
    }
    let version = current.version;
    let Some(site) = current.site else {
        let page = with_live_reload(NO_BUILD_PAGE.as_bytes(), version);
        return whole(503, "text/html; charset=utf-8", page);
    };
    match resolve(&site, path) {
        Resolved::File(file) => file_reply(&file, 200, version),
        Resolved::Redirect(location) => {
            let mut answer = text(302, "");
            match HeaderValue::from_str(&location) {
                Ok(to) => answer.headers_mut().insert(LOCATION, to),
                Err(_) => return not_found(),
            };
            answer
        }
        Resolved::Forbidden => text(403, "This address is outside the site.\n"),
        Resolved::NotFound => match resolve(&site, "/404.html") {
            Resolved::File(file) => file_reply(&file, 404, version),
            _ => not_found(),
        },
    }
}

/// A plain-text answer.
pub fn text(code: u16, text: &str) -> Reply {
    whole(code, "text/plain; charset=utf-8", text.as_bytes().to_vec())
}

fn not_found() -> Reply {
    text(404, "There is no page at this address.\n")
}

/// A file of the site; pages get the live-reload script. Read whole: a site's files are small,
/// and the read comes from the page cache of a build just written.
fn file_reply(file: &std::path::Path, code: u16, version: u64) -> Reply {
    let Ok(bytes) = std::fs::read(file) else {
        return not_found();
    };
    let kind = content_type(file);
    let body = if kind.starts_with("text/html") {
        with_live_reload(&bytes, version)
    } else {
        bytes
    };
    whole(code, kind, body)
}

fn whole(code: u16, kind: &'static str, body: Vec<u8>) -> Reply {
    reply(code, kind, Either::Left(Full::new(Bytes::from(body))))
}

fn reply(code: u16, kind: &'static str, body: Either<Full<Bytes>, EventStream>) -> Reply {
    let mut answer = Response::new(body);
    *answer.status_mut() = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let headers = answer.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(kind));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    answer
}
