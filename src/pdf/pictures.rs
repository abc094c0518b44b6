//! The pictures of one PDF, each stored once as an image XObject however often it is placed,
//! named `/Im1`, `/Im2`… in the order they are first drawn.
//!
//! A JPEG goes in as its own bytes with `DCTDecode`; decoded samples go in deflated. Colours
//! are `DeviceRGB` or `DeviceGray`, which the document's sRGB output intent covers for
//! PDF/A-1b; there is never a soft mask (PDF/A-1b forbids transparency: [`crate::picture`]
//! flattened it) nor `/Interpolate`.

use std::sync::Arc;

use super::syntax::{ObjectRef, ObjectWriter};
use crate::error::Result;
use crate::picture::{Picture, Samples};

/// The pictures drawn so far, with their objects; those not yet written are pending.
#[derive(Debug, Default)]
pub(super) struct Pictures {
    stored: Vec<(Arc<Picture>, ObjectRef)>,
    /// How many of `stored` are written.
    written: usize,
}

impl Pictures {
    /// The number (from 0) of `picture` in this document, reserving an object for it the first
    /// time: the same `Arc`, or an equal picture read again, is one image.
    pub(super) fn number(&mut self, writer: &mut ObjectWriter, picture: &Arc<Picture>) -> usize {
        let same = |(stored, _): &(Arc<Picture>, ObjectRef)| {
            Arc::ptr_eq(stored, picture) || **stored == **picture
        };
        if let Some(index) = self.stored.iter().position(same) {
            return index;
        }
        self.stored.push((Arc::clone(picture), writer.reserve()));
        self.stored.len() - 1
    }

    /// Writes the pictures first drawn since the last call.
    pub(super) fn write_pending(&mut self, writer: &mut ObjectWriter) -> Result<()> {
        for (picture, id) in &self.stored[self.written..] {
            let entries = format!(
                " /Type /XObject /Subtype /Image /Width {} /Height {} /ColorSpace /{} \
                 /BitsPerComponent 8",
                picture.width,
                picture.height,
                if picture.grey {
                    "DeviceGray"
                } else {
                    "DeviceRGB"
                }
            );
            match &picture.samples {
                Samples::Jpeg(bytes) => {
                    writer.plain_stream(*id, &format!("{entries} /Filter /DCTDecode"), bytes)
                }
                Samples::Pixels(samples) => writer.stream(*id, &entries, samples)?,
            }
        }
        self.written = self.stored.len();
        Ok(())
    }

    /// The pictures' entries for a resource dictionary's `/XObject`: `/Im1 12 0 R …`.
    pub(super) fn resource_entries(&self) -> String {
        self.stored
            .iter()
            .enumerate()
            .map(|(index, (_, id))| format!("/{} {id} ", picture_name(index)))
            .collect()
    }

    /// Whether no picture was drawn.
    pub(super) fn is_empty(&self) -> bool {
        self.stored.is_empty()
    }
}

/// A picture's resource name ("Im1" for the document's first picture, and so on).
pub(super) fn picture_name(index: usize) -> String {
    format!("Im{}", index + 1)
}
