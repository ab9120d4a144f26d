//! Place names: mentions in both scripts, romanization keys, variant clustering, the gazetteer.
//! (Stub: filled in by the place-names issue.)
