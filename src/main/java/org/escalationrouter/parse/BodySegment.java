package org.escalationrouter.parse;

/** A run of body lines of one kind, before it joins the letter as a {@link TextPart}. */
record BodySegment(TextPart.Kind kind, String source, String text) {}
