//! Date and date-period cases of the Recognizers-Text French suite.
//!
//! STATUS: adapter being written.

use super::common::FileResult;

pub fn run() -> Vec<FileResult> {
    Vec::new()
}
