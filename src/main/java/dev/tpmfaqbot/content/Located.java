package dev.tpmfaqbot.content;

/** A value read from content together with where it came from, for cross-file problems. */
record Located<T>(T value, FieldReader fields) {}
