//! Ordered parallel evaluation of ingest jobs: HTML extraction is CPU-bound (trafilatura runs
//! at ~40 pages/s on one core), so WARC records and directory files are extracted by a few
//! worker threads while the reading stays sequential and the output keeps the input order.

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{mpsc, Arc, Mutex};

use crate::source::BoxIter;

/// A unit of work: runs on a worker, returns the (possibly lazy) results of one input.
pub type Job = Box<dyn FnOnce() -> BoxIter + Send>;

type Rx<T> = Arc<Mutex<mpsc::Receiver<T>>>;

/// Runs `jobs` on `threads` workers (inline when `threads <= 1`), yielding their results in
/// job order. At most `4 × threads` jobs are in flight, so memory stays bounded.
pub fn ordered(jobs: Box<dyn Iterator<Item = Job> + Send>, threads: usize) -> BoxIter {
    if threads <= 1 {
        return Box::new(jobs.flat_map(run));
    }
    let (job_tx, job_rx) = mpsc::channel::<(usize, Job)>();
    let (res_tx, res_rx) = mpsc::channel::<(usize, BoxIter)>();
    let job_rx: Rx<(usize, Job)> = Arc::new(Mutex::new(job_rx));
    let mut spawned = 0;
    for _ in 0..threads {
        let rx = Arc::clone(&job_rx);
        let tx = res_tx.clone();
        let ok = std::thread::Builder::new()
            .name("veille-ingest".into())
            .spawn(move || loop {
                let next = match rx.lock() {
                    Ok(guard) => guard.recv(),
                    Err(_) => return,
                };
                let Ok((i, job)) = next else { return };
                if tx.send((i, run(job))).is_err() {
                    return;
                }
            })
            .is_ok();
        spawned += usize::from(ok);
    }
    if spawned == 0 {
        return Box::new(jobs.flat_map(run));
    }
    Box::new(Ordered {
        jobs,
        tx: Some(job_tx),
        rx: res_rx,
        window: 4 * spawned,
        submitted: 0,
        emitted: 0,
        in_flight: 0,
        exhausted: false,
        ready: BTreeMap::new(),
        current: Box::new(std::iter::empty()),
    })
}

/// Runs a job; a panic inside it (none is expected: extractors are already guarded) yields
/// nothing rather than stopping the batch.
fn run(job: Job) -> BoxIter {
    catch_unwind(AssertUnwindSafe(job)).unwrap_or_else(|_| Box::new(std::iter::empty()))
}

struct Ordered {
    jobs: Box<dyn Iterator<Item = Job> + Send>,
    tx: Option<mpsc::Sender<(usize, Job)>>,
    rx: mpsc::Receiver<(usize, BoxIter)>,
    window: usize,
    submitted: usize,
    emitted: usize,
    in_flight: usize,
    exhausted: bool,
    ready: BTreeMap<usize, BoxIter>,
    current: BoxIter,
}

impl Iterator for Ordered {
    type Item = <BoxIter as Iterator>::Item;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(x) = self.current.next() {
                return Some(x);
            }
            while !self.exhausted && self.in_flight < self.window {
                match self.jobs.next() {
                    Some(job) => {
                        let sent = self.tx.as_ref().map(|tx| tx.send((self.submitted, job)));
                        match sent {
                            Some(Ok(())) => {
                                self.submitted += 1;
                                self.in_flight += 1;
                            }
                            // Workers gone: run the job here.
                            Some(Err(mpsc::SendError((_, job)))) => {
                                self.ready.insert(self.submitted, run(job));
                                self.submitted += 1;
                            }
                            None => self.exhausted = true,
                        }
                    }
                    None => {
                        self.exhausted = true;
                        self.tx = None; // lets idle workers exit
                    }
                }
            }
            if let Some(it) = self.ready.remove(&self.emitted) {
                self.emitted += 1;
                self.current = it;
                continue;
            }
            if self.in_flight == 0 {
                return None;
            }
            let (i, it) = self.rx.recv().ok()?;
            self.in_flight -= 1;
            self.ready.insert(i, it);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{IngestError, Record};

    fn job(i: usize) -> Job {
        Box::new(move || {
            // Later jobs finish first.
            std::thread::sleep(std::time::Duration::from_millis((20 - i as u64) * 2));
            if i == 3 {
                panic!("job 3");
            }
            let r = || -> Result<Record, IngestError> {
                Ok(Record {
                    text: i.to_string(),
                    meta: Default::default(),
                    origin: String::new(),
                })
            };
            Box::new(vec![r(), r()].into_iter()) as BoxIter
        })
    }

    #[test]
    fn keeps_order_and_survives_a_panicking_job() {
        for threads in [1, 3] {
            let jobs: Vec<Job> = (0..20).map(job).collect();
            let out: Vec<String> = ordered(Box::new(jobs.into_iter()), threads)
                .map(|r| r.map(|r| r.text).unwrap_or_default())
                .collect();
            let want: Vec<String> = (0..20)
                .filter(|&i| i != 3)
                .flat_map(|i| [i.to_string(), i.to_string()])
                .collect();
            assert_eq!(out, want, "threads={threads}");
        }
    }
}
