package fi.kasvu.platform.messages;

/** A conversation (viestiketju) among a few people, or an announcement (tiedote) to many that takes no replies. */
public enum ThreadKind { CONVERSATION, ANNOUNCEMENT }
