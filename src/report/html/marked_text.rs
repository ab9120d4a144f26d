//! A text cut into paragraphs, with some byte ranges ("marks": quotes, source sentences) picked
//! out so that a page can wrap them in elements. Paragraphs are runs of non-blank lines; a mark
//! that runs across a paragraph break is cut into one piece per paragraph, so the elements
//! always nest.

use std::ops::Range;

/// One piece of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'t> {
    /// Text outside every mark.
    Plain(&'t str),
    /// (Part of) mark number `mark`; `first` is true for its first piece only, the one that
    /// carries the element id.
    Marked {
        text: &'t str,
        mark: usize,
        first: bool,
    },
}

/// A paragraph of the text: its byte range and its pieces in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph<'t> {
    pub range: Range<usize>,
    pub pieces: Vec<Piece<'t>>,
}

impl Paragraph<'_> {
    /// Marks whose first piece lies in this paragraph, in text order.
    pub fn marks_starting_here(&self) -> impl Iterator<Item = usize> + '_ {
        self.pieces.iter().filter_map(|p| match p {
            Piece::Marked {
                mark, first: true, ..
            } => Some(*mark),
            _ => None,
        })
    }
}

/// The paragraphs of a text, and which marks could be placed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkedText<'t> {
    pub paragraphs: Vec<Paragraph<'t>>,
    /// One entry per mark given: false when the mark was out of bounds, not on character
    /// boundaries, overlapped an earlier mark, or covered only blank lines. A page shows such
    /// marks somewhere else rather than losing them.
    pub placed: Vec<bool>,
}

/// Cuts `text` into paragraphs and places `marks` (byte ranges, in any order) in them.
pub fn mark_text<'t>(text: &'t str, marks: &[Range<usize>]) -> MarkedText<'t> {
    let usable = usable_marks(text, marks);
    let mut placed = vec![false; marks.len()];
    let mut next = 0; // index into `usable` of the first mark not wholly consumed
    let paragraphs = paragraph_ranges(text)
        .into_iter()
        .map(|para| {
            let mut pieces = Vec::new();
            let mut cursor = para.start;
            let mut i = next;
            while let Some(&mark) = usable.get(i) {
                let range = &marks[mark];
                if range.start >= para.end {
                    break;
                }
                let (start, end) = (range.start.max(cursor), range.end.min(para.end));
                if start < end {
                    if cursor < start {
                        pieces.push(Piece::Plain(&text[cursor..start]));
                    }
                    pieces.push(Piece::Marked {
                        text: &text[start..end],
                        mark,
                        first: !placed[mark],
                    });
                    placed[mark] = true;
                    cursor = end;
                }
                if range.end <= para.end {
                    next = i + 1;
                }
                i += 1;
            }
            if cursor < para.end {
                pieces.push(Piece::Plain(&text[cursor..para.end]));
            }
            Paragraph {
                range: para,
                pieces,
            }
        })
        .collect();
    MarkedText { paragraphs, placed }
}

/// Indices of the marks that can be placed, sorted by start; a mark overlapping an earlier one
/// is left out.
fn usable_marks(text: &str, marks: &[Range<usize>]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..marks.len())
        .filter(|&i| {
            let r = &marks[i];
            r.start < r.end && text.get(r.clone()).is_some()
        })
        .collect();
    order.sort_by_key(|&i| (marks[i].start, marks[i].end));
    let mut end_so_far = 0;
    order.retain(|&i| {
        let keep = marks[i].start >= end_so_far;
        if keep {
            end_so_far = marks[i].end;
        }
        keep
    });
    order
}

/// Byte ranges of the maximal runs of non-blank lines, line ends excluded.
fn paragraph_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<Range<usize>> = None;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let line_end = line_start + content.len();
        if content.trim().is_empty() {
            out.extend(open.take());
        } else {
            match &mut open {
                Some(para) => para.end = line_end,
                None => open = Some(line_start..line_end),
            }
        }
        line_start += line.len();
    }
    out.extend(open);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(m: &MarkedText) -> Vec<Vec<String>> {
        m.paragraphs
            .iter()
            .map(|p| {
                p.pieces
                    .iter()
                    .map(|piece| match piece {
                        Piece::Plain(t) => t.to_string(),
                        Piece::Marked { text, mark, first } => {
                            format!("[{mark}{}:{text}]", if *first { "" } else { "+" })
                        }
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn paragraphs_split_at_blank_lines_only() {
        let m = mark_text("one\ntwo\n\n  \r\nthree\n", &[]);
        assert_eq!(shape(&m), vec![vec!["one\ntwo"], vec!["three"]]);
        assert_eq!(m.paragraphs[1].range, 13..18);
    }

    #[test]
    fn marks_are_placed_in_order_and_cut_at_paragraph_breaks() {
        let text = "a \"b\" c\n\nd \"e\n\nf\" g";
        let b = 2..5;
        let e = text.find("\"e").unwrap()..text.find(" g").unwrap();
        let m = mark_text(text, &[e, b]);
        assert_eq!(
            shape(&m),
            vec![
                vec!["a ", "[1:\"b\"]", " c"],
                vec!["d ", "[0:\"e]"],
                vec!["[0+:f\"]", " g"]
            ]
        );
        assert_eq!(m.placed, vec![true, true]);
        assert_eq!(
            m.paragraphs[1].marks_starting_here().collect::<Vec<_>>(),
            [0]
        );
        assert_eq!(m.paragraphs[2].marks_starting_here().count(), 0);
    }

    #[test]
    fn unusable_marks_are_reported_not_placed() {
        let text = "héllo world";
        // 2..3 cuts "é" in half; 0..5 then 3..8 overlap; 50..60 is out of bounds.
        let m = mark_text(text, &[2..3, 0..5, 3..8, 50..60, 7..7]);
        assert_eq!(m.placed, vec![false, true, false, false, false]);
        assert_eq!(shape(&m), vec![vec!["[1:héll]", "o world"]]);
    }
}
