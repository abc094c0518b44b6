//! The one way deckle spreads work over the machine's cores.
//!
//! Work that is independent item by item (files to remove, pages to write, outputs to make)
//! goes through [`map`]: the items are cut into consecutive runs, one thread per run, and the
//! results come back in the items' order, so the output never depends on which thread was
//! faster. Small jobs stay on the calling thread, where starting threads would cost more
//! than it saves.

use crate::error::Error;

/// Applies `work` to every item of `items` and returns the results in the same order.
///
/// Each thread takes a run of at least `min_run` consecutive items (and at most as many runs
/// as the machine has cores), so a handful of items is done on the calling thread. A thread
/// that panics becomes an error naming `what`, to be reported as a bug, instead of taking
/// the whole build down.
pub fn map<T, R, F>(items: &[T], min_run: usize, what: &str, work: F) -> Result<Vec<R>, Error>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let run = items.len().div_ceil(threads).max(min_run.max(1));
    if items.len() <= run {
        return Ok(items.iter().map(&work).collect());
    }
    let work = &work;
    std::thread::scope(|scope| {
        let running: Vec<_> = items
            .chunks(run)
            .map(|share| scope.spawn(move || share.iter().map(work).collect::<Vec<R>>()))
            .collect();
        let mut results = Vec::with_capacity(items.len());
        for thread in running {
            let done = thread.join().map_err(|_| {
                Error::new(format!(
                    "deckle stopped unexpectedly while {what}; please report this as a bug"
                ))
            })?;
            results.extend(done);
        }
        Ok(results)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_items_order() {
        let items: Vec<usize> = (0..10_000).collect();
        let squares = map(&items, 10, "testing", |n| n * n).unwrap();
        assert_eq!(squares, items.iter().map(|n| n * n).collect::<Vec<_>>());
    }

    #[test]
    fn few_items_run_on_the_calling_thread() {
        let caller = std::thread::current().id();
        let ids = map(&[1, 2, 3], 100, "testing", |_| std::thread::current().id()).unwrap();
        assert!(ids.iter().all(|id| *id == caller));
    }

    #[test]
    fn a_panicking_thread_is_an_error_naming_the_work() {
        // On a one-core machine everything runs on the caller, where a panic is not caught.
        if std::thread::available_parallelism().map_or(1, |n| n.get()) == 1 {
            return;
        }
        let items: Vec<usize> = (0..100).collect();
        let result = map(&items, 1, "writing the pages", |&n| {
            assert!(n != 99, "planted");
            n
        });
        let err = result.unwrap_err();
        assert!(err.message.contains("while writing the pages"), "{err}");
    }
}
