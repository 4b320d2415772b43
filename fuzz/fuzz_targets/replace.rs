//! Shared by the `content` and `locales` targets: a file set with one file
//! replaced by the fuzzer's input.

use std::collections::BTreeMap;
use std::sync::Arc;

use passerelle::content::files::Files;

/// `original` with the file chosen by the input's first byte replaced by the
/// rest of the input; `None` for an empty input.
pub fn one_replaced(original: &BTreeMap<String, Vec<u8>>, data: &[u8]) -> Option<Files> {
    let (&which, rest) = data.split_first()?;
    let name = original.keys().nth(usize::from(which) % original.len())?.clone();
    let mut files = original.clone();
    files.insert(name, rest.to_vec());
    Some(Files::Memory(Arc::new(files)))
}
