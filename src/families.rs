//! Wire-copy families: articles that share long passages are one source.
//!
//! STATUS: skeleton; being written (issue 5).
