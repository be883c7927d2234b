//! UD evaluation (placeholder)
