//! The HTTP side of the preview: hyper's HTTP/1 server on a single-thread tokio runtime, on a
//! thread of its own. Each connection is a task, so a client that does not read its answer
//! holds up nobody else; hyper bounds what it buffers of a request (a header block over
//! [`MAX_REQUEST_HEAD`] is refused with 431, a declared body length is never allocated, and
//! request bodies are never read); answers go out in one write with `TCP_NODELAY`. Requests
//! naming a host other than this computer are refused (see [`super::host`]).

use std::convert::Infallible;
use std::time::Duration;

use hyper::Request;
use hyper::body::Incoming;
use hyper::header::HOST;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};

use super::events::Subscriber;
use super::host::{is_loopback, refusal};
use super::routes::{Reply, answer, text};
use crate::error::Error;

/// The most of a request's line and headers kept in memory (browsers send a few KB).
const MAX_REQUEST_HEAD: usize = 64 * 1024;
/// How long accepting waits after failing (out of file handles, say) before trying again.
const ACCEPT_PAUSE: Duration = Duration::from_millis(50);

/// Serves `listener` (bound to 127.0.0.1 `port`) from the status `status` on a thread of its
/// own, until the process ends.
pub fn serve(listener: std::net::TcpListener, port: u16, status: Subscriber) -> Result<(), Error> {
    let failed = |e: std::io::Error| Error::new(format!("could not start the preview: {e}"));
    listener.set_nonblocking(true).map_err(failed)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()
        .map_err(failed)?;
    std::thread::Builder::new()
        .name("deckle-serve-http".into())
        .spawn(move || runtime.block_on(accept(listener, port, status)))
        .map_err(failed)?;
    Ok(())
}

/// Accepts connections forever, each served by a task of its own.
async fn accept(listener: std::net::TcpListener, port: u16, status: Subscriber) {
    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
        return;
    };
    let mut http = http1::Builder::new();
    // The timer makes hyper drop a client that takes over 30 s to send its headers.
    http.timer(TokioTimer::new()).max_buf_size(MAX_REQUEST_HEAD);
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(_) => {
                tokio::time::sleep(ACCEPT_PAUSE).await;
                continue;
            }
        };
        // Small answers go out at once rather than waiting for the client's acknowledgement.
        let _ = stream.set_nodelay(true);
        let status = status.clone();
        let connection = http.serve_connection(
            TokioIo::new(stream),
            service_fn(move |request| {
                let reply = respond(&request, port, &status);
                async move { Ok::<_, Infallible>(reply) }
            }),
        );
        tokio::spawn(async move {
            // A client that goes away or sends nonsense ends only its own connection.
            let _ = connection.await;
        });
    }
}

/// Checks the host a request names, then answers it.
fn respond(request: &Request<Incoming>, port: u16, status: &Subscriber) -> Reply {
    let host = request.headers().get(HOST).and_then(|h| h.to_str().ok());
    let authority = request.uri().authority().map(|a| a.as_str());
    let local = host.is_some_and(|h| is_loopback(h, port))
        && authority.is_none_or(|a| is_loopback(a, port));
    if !local {
        return text(403, &refusal(port));
    }
    answer(request.method(), request.uri().path(), status)
}
