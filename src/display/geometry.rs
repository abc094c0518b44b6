//! The display list's units and shapes: millimetres and points, rectangles, paths and strokes.
//!
//! Positions are in millimetres from the bottom-left corner of the page (or of the drawing a
//! form holds), y upwards, as PDF has it; line widths, dashes and type sizes are in points, as
//! printers speak of them and as [`crate::layout`] measures text. Nothing here knows how a
//! shape is written out: [`crate::pdf`] turns shapes into PDF operators, and a rasteriser can
//! turn the same numbers into pixels.

use crate::colour::Colour;

/// Points per millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;

/// Millimetres to points.
pub fn pt(mm: f32) -> f32 {
    mm * PT_PER_MM
}

/// Points to millimetres.
pub fn mm(pt: f32) -> f32 {
    pt / PT_PER_MM
}

/// A rectangle in millimetres, from the page's bottom-left corner (PDF's convention).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f32,
    /// Bottom edge.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

impl Rect {
    /// A rectangle from its left, bottom, width and height.
    pub fn new(x: f32, y: f32, w: f32, h: f32) -> Rect {
        Rect { x, y, w, h }
    }

    /// Right edge.
    pub fn right(&self) -> f32 {
        self.x + self.w
    }

    /// Top edge.
    pub fn top(&self) -> f32 {
        self.y + self.h
    }

    /// This rectangle grown by `by` on every side (shrunk when negative).
    pub fn grow(&self, by: f32) -> Rect {
        Rect::new(
            self.x - by,
            self.y - by,
            self.w + 2.0 * by,
            self.h + 2.0 * by,
        )
    }

    /// Whether `other` lies entirely inside this rectangle (edges may touch).
    pub fn contains(&self, other: &Rect) -> bool {
        const EPS: f32 = 1e-3;
        other.x >= self.x - EPS
            && other.y >= self.y - EPS
            && other.right() <= self.right() + EPS
            && other.top() <= self.top() + EPS
    }

    /// Whether the two rectangles share any area (touching edges do not count).
    #[cfg(test)]
    pub(crate) fn overlaps(&self, other: &Rect) -> bool {
        const EPS: f32 = 1e-3;
        self.x < other.right() - EPS
            && other.x < self.right() - EPS
            && self.y < other.top() - EPS
            && other.y < self.top() - EPS
    }
}

/// One piece of a [`Path`], its points in millimetres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Segment {
    /// Starts a path at a point.
    Start((f32, f32)),
    /// A straight line to a point.
    Line((f32, f32)),
    /// A cubic Bézier curve through two control points to a point.
    Curve((f32, f32), (f32, f32), (f32, f32)),
}

impl Segment {
    /// The segment with every point passed through `map`.
    fn mapped(self, map: impl Fn((f32, f32)) -> (f32, f32)) -> Segment {
        match self {
            Segment::Start(p) => Segment::Start(map(p)),
            Segment::Line(p) => Segment::Line(map(p)),
            Segment::Curve(c1, c2, p) => Segment::Curve(map(c1), map(c2), map(p)),
        }
    }
}

/// A path made of straight lines and curves, in millimetres.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Path {
    segments: Vec<Segment>,
}

impl Path {
    /// An empty path.
    pub fn new() -> Path {
        Path::default()
    }

    fn push(mut self, segment: Segment) -> Path {
        self.segments.push(segment);
        self
    }

    /// Starts at (x, y); only valid as the first point.
    pub fn start(self, x: f32, y: f32) -> Path {
        self.push(Segment::Start((x, y)))
    }

    /// A straight line to (x, y).
    pub fn line_to(self, x: f32, y: f32) -> Path {
        self.push(Segment::Line((x, y)))
    }

    /// A cubic Bézier curve to (x, y) with control points c1 and c2.
    pub fn curve_to(self, c1: (f32, f32), c2: (f32, f32), x: f32, y: f32) -> Path {
        self.push(Segment::Curve(c1, c2, (x, y)))
    }

    /// A closed circle, drawn as four Bézier curves.
    pub fn circle((x, y): (f32, f32), radius: f32) -> Path {
        let k = 0.552_284_8 * radius;
        Path::new()
            .start(x + radius, y)
            .curve_to((x + radius, y + k), (x + k, y + radius), x, y + radius)
            .curve_to((x - k, y + radius), (x - radius, y + k), x - radius, y)
            .curve_to((x - radius, y - k), (x - k, y - radius), x, y - radius)
            .curve_to((x + k, y - radius), (x + radius, y - k), x + radius, y)
    }

    /// Straight lines through `points`, in order.
    pub fn through(points: impl IntoIterator<Item = (f32, f32)>) -> Path {
        let mut path = Path::new();
        for (index, (x, y)) in points.into_iter().enumerate() {
            path = if index == 0 {
                path.start(x, y)
            } else {
                path.line_to(x, y)
            };
        }
        path
    }

    /// The path's pieces, in order.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// The same path with every point passed through `map`.
    pub fn mapped(&self, map: impl Fn((f32, f32)) -> (f32, f32)) -> Path {
        Path {
            segments: self.segments.iter().map(|s| s.mapped(&map)).collect(),
        }
    }
}

/// How a line is stroked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    /// Line width in points.
    pub width: f32,
    /// Colour.
    pub colour: Colour,
    /// Dash and gap lengths in points; `None` for a solid line.
    pub dash: Option<(f32, f32)>,
}

impl Stroke {
    /// A solid line `width` points wide.
    pub fn solid(width: f32, colour: Colour) -> Stroke {
        Stroke {
            width,
            colour,
            dash: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rectangles() {
        let outer = Rect::new(0.0, 0.0, 10.0, 10.0);
        assert!(outer.contains(&Rect::new(1.0, 1.0, 9.0, 9.0)));
        assert!(!outer.contains(&Rect::new(1.0, 1.0, 9.5, 9.0)));
        assert!(!outer.overlaps(&Rect::new(10.0, 0.0, 5.0, 5.0)));
        assert!(outer.overlaps(&Rect::new(9.0, 9.0, 5.0, 5.0)));
        assert!((pt(25.4) - 72.0).abs() < 1e-4 && (mm(72.0) - 25.4).abs() < 1e-4);
    }

    #[test]
    fn a_path_through_points_starts_at_the_first() {
        let path = Path::through([(0.0, 0.0), (1.0, 2.0), (3.0, 4.0)]);
        assert_eq!(
            path.segments(),
            [
                Segment::Start((0.0, 0.0)),
                Segment::Line((1.0, 2.0)),
                Segment::Line((3.0, 4.0))
            ]
        );
        let moved = path.mapped(|(x, y)| (x + 1.0, y * 2.0));
        assert_eq!(moved.segments()[2], Segment::Line((4.0, 8.0)));
    }
}
