package org.escalationrouter.judge;

/**
 * The words that triggered a signal and where they stand.
 *
 * @param location the {@link org.escalationrouter.parse.TextPart#source()} of the part, e.g. {@code
 *     subject}, {@code body}, {@code attachment:letter.pdf}
 */
public record Evidence(String phrase, String location) {}
