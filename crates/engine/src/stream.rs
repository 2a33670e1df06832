//! Decoding a corpus from a reader, a window at a time ([`crate::Corpus::from_reader`]), so that
//! the page never holds the whole file and the decoded corpus in its memory at once. A
//! WebAssembly memory never shrinks: a 14 MB file copied in to be decoded (500 articles) stayed
//! part of the page's memory for good, a third of it.
//!
//! Postcard reads through a [`Flavor`]; this one keeps a window of the input and copies a string
//! into a scratch buffer only when it runs over the window's end. Every type of the corpus owns its
//! data, so nothing is borrowed from the input (which would need the whole of it at hand).

use std::io::Read;

use postcard::de_flavors::Flavor;
use postcard::{Error, Result};

/// How much of the input is read at a time.
const WINDOW: usize = 64 * 1024;

pub(crate) struct Windowed<R> {
    reader: R,
    window: Vec<u8>,
    /// The unread part of the window is `window[at..len]`.
    at: usize,
    len: usize,
    scratch: Vec<u8>,
}

impl<R: Read> Windowed<R> {
    pub(crate) fn new(reader: R) -> Self {
        Windowed { reader, window: vec![0; WINDOW], at: 0, len: 0, scratch: Vec::new() }
    }

    /// Reads the next piece of the input into the window (only once the window is used up).
    fn refill(&mut self) -> Result<()> {
        debug_assert_eq!(self.at, self.len);
        loop {
            match self.reader.read(&mut self.window) {
                Ok(0) => return Err(Error::DeserializeUnexpectedEnd),
                Ok(n) => {
                    (self.at, self.len) = (0, n);
                    return Ok(());
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => return Err(Error::DeserializeUnexpectedEnd),
            }
        }
    }
}

impl<'de, R: Read + 'de> Flavor<'de> for Windowed<R> {
    type Remainder = ();
    type Source = ();

    #[inline]
    fn pop(&mut self) -> Result<u8> {
        if self.at == self.len {
            self.refill()?;
        }
        let b = self.window[self.at];
        self.at += 1;
        Ok(b)
    }

    /// Borrowing from the input is what this flavor exists to avoid; no corpus type asks for it.
    fn try_take_n(&mut self, _ct: usize) -> Result<&'de [u8]> {
        Err(Error::SerdeDeCustom)
    }

    fn try_take_n_temp<'a>(&'a mut self, ct: usize) -> Result<&'a [u8]>
    where
        'de: 'a,
    {
        let available = self.len - self.at;
        if ct <= available {
            let start = self.at;
            self.at += ct;
            return Ok(&self.window[start..start + ct]);
        }
        // Runs over the window: gathered in the scratch buffer, which grows only as the input
        // really holds the bytes (a corrupt length cannot make it allocate more than the file).
        self.scratch.clear();
        self.scratch.extend_from_slice(&self.window[self.at..self.len]);
        self.at = self.len;
        let mut needed = ct - available;
        while needed > 0 {
            self.refill()?;
            let n = needed.min(self.len);
            self.scratch.extend_from_slice(&self.window[..n]);
            self.at = n;
            needed -= n;
        }
        Ok(&self.scratch)
    }

    fn finalize(self) -> Result<()> {
        Ok(())
    }
}
