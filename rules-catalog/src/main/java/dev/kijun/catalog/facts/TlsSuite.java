package dev.kijun.catalog.facts;

/**
 * One cipher suite a path offers, as a whole (B2-22); its algorithms are judged one by one as
 * {@link CipherComponent}s.
 *
 * @param pointer its JSON pointer, e.g. {@code /encryption/inTransit/0/cipherSuites/2}
 * @param where the channel, for messages
 * @param declared the suite as declared
 * @param understood whether every word of its name was understood
 * @param tls13 whether it is a TLS 1.3 suite
 * @param aead whether its cipher is an AEAD
 * @param forwardSecret whether its key exchange is ephemeral
 */
public record TlsSuite(String pointer, String where, String declared, boolean understood, boolean tls13,
    boolean aead, boolean forwardSecret) {}
