//! Compact serialised forms of the index's two big lists: every block's tokens and every word's
//! postings. They are most of the corpus file, and both are sorted runs of small numbers, so they
//! are written as differences (a gap and a length instead of two offsets; a block step and a
//! position step instead of two absolute numbers), which postcard's variable-length integers then
//! store in one byte most of the time. In memory they stay as plain structs for the search code.
//!
//! Deltas wrap (`wrapping_sub` / `wrapping_add`), so any input round-trips, sorted or not; bad
//! bytes (a list whose length is not a multiple of the record size) fail to decode.

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::index::{Posting, Tok};

/// `Vec<Tok>` as `[gap, len, word]*`, where `gap` is the start minus the previous token's end.
pub mod tokens {
    use super::*;

    pub fn serialize<S: Serializer>(toks: &[Tok], s: S) -> Result<S::Ok, S::Error> {
        let mut flat = Vec::with_capacity(toks.len() * 3);
        let mut prev_end = 0u32;
        for t in toks {
            flat.extend([t.start.wrapping_sub(prev_end), t.end.wrapping_sub(t.start), t.word]);
            prev_end = t.end;
        }
        flat.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Tok>, D::Error> {
        let flat = Vec::<u32>::deserialize(d)?;
        if flat.len() % 3 != 0 {
            return Err(D::Error::custom("token list of the wrong length"));
        }
        let mut prev_end = 0u32;
        Ok(flat
            .chunks_exact(3)
            .map(|c| {
                let start = prev_end.wrapping_add(c[0]);
                let end = start.wrapping_add(c[1]);
                prev_end = end;
                Tok { start, end, word: c[2] }
            })
            .collect())
    }
}

/// `Vec<Vec<Posting>>` with each list as `[block step, pos or pos step]*`: the position is a step
/// from the previous one when the block is the same, absolute when the block changed.
pub mod postings {
    use super::*;

    pub fn serialize<S: Serializer>(lists: &[Vec<Posting>], s: S) -> Result<S::Ok, S::Error> {
        let flat: Vec<Vec<u32>> = lists
            .iter()
            .map(|list| {
                let mut out = Vec::with_capacity(list.len() * 2);
                let (mut block, mut pos) = (0u32, 0u32);
                for p in list {
                    let step = p.block.wrapping_sub(block);
                    out.extend([step, if step == 0 { p.pos.wrapping_sub(pos) } else { p.pos }]);
                    (block, pos) = (p.block, p.pos);
                }
                out
            })
            .collect();
        flat.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Vec<Posting>>, D::Error> {
        let flat = Vec::<Vec<u32>>::deserialize(d)?;
        flat.into_iter()
            .map(|list| {
                if list.len() % 2 != 0 {
                    return Err(D::Error::custom("posting list of the wrong length"));
                }
                let (mut block, mut pos) = (0u32, 0u32);
                Ok(list
                    .chunks_exact(2)
                    .map(|c| {
                        pos = if c[0] == 0 { pos.wrapping_add(c[1]) } else { c[1] };
                        block = block.wrapping_add(c[0]);
                        Posting { block, pos }
                    })
                    .collect())
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Both {
        #[serde(with = "tokens")]
        toks: Vec<Tok>,
        #[serde(with = "postings")]
        post: Vec<Vec<Posting>>,
    }

    #[test]
    fn any_lists_round_trip_and_sorted_ones_shrink() {
        let toks = vec![Tok { start: 0, end: 5, word: 7 }, Tok { start: 6, end: 300, word: 70000 }, Tok { start: 2, end: 1, word: 0 }];
        let post = vec![
            vec![Posting { block: 3, pos: 9 }, Posting { block: 3, pos: 12 }, Posting { block: 900, pos: 1 }],
            vec![],
            vec![Posting { block: 5, pos: 5 }, Posting { block: 1, pos: 0 }],
        ];
        let both = Both { toks, post };
        let bytes = postcard::to_allocvec(&both).unwrap();
        assert_eq!(postcard::from_bytes::<Both>(&bytes).unwrap(), both);

        let sorted: Vec<Posting> = (0..1000).map(|i| Posting { block: 10_000 + i / 4, pos: 200 + i % 4 }).collect();
        let plain = postcard::to_allocvec(&sorted).unwrap().len();
        let compact = postcard::to_allocvec(&Both { toks: vec![], post: vec![sorted] }).unwrap().len();
        assert!(compact * 3 < plain * 2, "{compact} vs {plain}");
    }

    #[test]
    fn lists_of_the_wrong_length_are_refused() {
        let bad = postcard::to_allocvec(&(vec![1u32, 2], vec![vec![1u32]])).unwrap();
        assert!(postcard::from_bytes::<Both>(&bad).is_err());
    }
}
