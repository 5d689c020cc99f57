package dev.kijun.io;

/**
 * A document read from a file, with what an auditor needs to reproduce an assessment of it.
 *
 * @param source the file or name it came from
 * @param value what was read
 * @param sha256 the SHA-256 of the file's bytes, in hex
 * @param <T> the type read
 */
public record Document<T>(String source, T value, String sha256) {}
