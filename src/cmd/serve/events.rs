//! What the server knows about the builds, and how open pages hear of a new one: the builder
//! publishes each outcome on a `watch` channel, and every open page holds a server-sent-events
//! stream (`/__deckle/events`) that gets the new build number and problems the moment they are
//! published, instead of asking again and again.

use std::convert::Infallible;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::task::{Context, Poll};

use hyper::body::{Body, Bytes, Frame};
use tokio::sync::watch;

/// The outcome of the builds so far.
#[derive(Debug, Clone, Default)]
pub struct Status {
    /// The folder of the last build that worked, if any.
    pub site: Option<PathBuf>,
    /// Counts the builds that worked; a page reloads when it changes.
    pub version: u64,
    /// The problems of the last build, when it failed, as text for the page.
    pub problems: Option<String>,
}

impl Status {
    /// The build number and problems as JSON, for pages (`/__deckle/status` and each event).
    pub fn json(&self) -> String {
        serde_json::json!({ "version": self.version, "problems": self.problems }).to_string()
    }
}

/// Where the builder publishes each new status.
pub type Publisher = watch::Sender<Status>;
/// What the server reads the current status from.
pub type Subscriber = watch::Receiver<Status>;

/// A publisher with no build yet, and the server's side of it.
pub fn channel() -> (Publisher, Subscriber) {
    watch::channel(Status::default())
}

/// The waiting for the next status; gives the receiver back, or `None` once the builder is gone.
type Next = Pin<Box<dyn Future<Output = Option<Subscriber>> + Send>>;

/// A server-sent-events body: the current status at once, then each new one as it is
/// published. It ends when the builder stops; a page that goes away drops it.
pub struct EventStream {
    first: Option<Bytes>,
    next: Next,
}

impl EventStream {
    /// Starts a stream for one page.
    pub fn new(mut status: Subscriber) -> EventStream {
        // `retry`: how soon the browser reconnects after the preview restarts, in ms.
        let first = format!("retry: 500\n{}", event(&status.borrow_and_update()));
        EventStream {
            first: Some(Bytes::from(first)),
            next: wait(status),
        }
    }
}

fn wait(mut status: Subscriber) -> Next {
    Box::pin(async move {
        status.changed().await.ok()?;
        Some(status)
    })
}

/// One event: the status as JSON on one `data:` line (JSON has no raw line breaks).
fn event(status: &Status) -> String {
    format!("data: {}\n\n", status.json())
}

impl Body for EventStream {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        if let Some(first) = self.first.take() {
            return Poll::Ready(Some(Ok(Frame::data(first))));
        }
        match self.next.as_mut().poll(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(None) => Poll::Ready(None),
            Poll::Ready(Some(mut status)) => {
                let text = event(&status.borrow_and_update());
                self.next = wait(status);
                Poll::Ready(Some(Ok(Frame::data(Bytes::from(text)))))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::task::Waker;

    fn frame(stream: &mut EventStream) -> Poll<Option<String>> {
        let mut cx = Context::from_waker(Waker::noop());
        Pin::new(stream).poll_frame(&mut cx).map(|frame| {
            frame.map(|f| String::from_utf8_lossy(&f.unwrap().into_data().unwrap()).into_owned())
        })
    }

    #[test]
    fn sends_the_current_status_then_each_new_one() {
        let (publish, subscribe) = channel();
        let mut stream = EventStream::new(subscribe);
        assert_eq!(
            frame(&mut stream),
            Poll::Ready(Some(
                "retry: 500\ndata: {\"problems\":null,\"version\":0}\n\n".into()
            ))
        );
        assert_eq!(frame(&mut stream), Poll::Pending);
        publish.send_modify(|s| {
            s.version = 1;
            s.problems = Some("line one\nline two".into());
        });
        assert_eq!(
            frame(&mut stream),
            Poll::Ready(Some(
                "data: {\"problems\":\"line one\\nline two\",\"version\":1}\n\n".into()
            ))
        );
        assert_eq!(frame(&mut stream), Poll::Pending);
        drop(publish);
        assert_eq!(frame(&mut stream), Poll::Ready(None));
    }
}
